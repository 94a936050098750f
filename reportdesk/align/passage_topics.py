"""Passages and their topics: each block of a report cut where its subject changes.

A block (`structure.passages`: a paragraph, a run-in item, a lead sentence with what it
leads) is read sentence by sentence, and each sentence clause by clause (commas and colons
part clauses). A clause's evidence for a topic is the topic list's words found in it as
written (`align.words`: strong words weigh 3, others 1). A sentence's evidence adds its
clauses', the first at full weight and the others at LATER_CLAUSES: the subject of a
Chinese sentence comes first. The block's context speaks for what its headings and its lead
sentence name (the prior: the nearest heading counts most, HEADING_DECAY for each above).

Labelling: every sentence gets a topic or "other" so that the sum of
    its own evidence for its topic + PRIOR_WEIGHT × the prior's share of that topic
(OTHER_SCORE for "other") minus SWITCH_COST for every change of topic between neighbours
is as large as possible (a Viterbi pass). A sentence without topic words goes on with its
neighbours' subject; a sentence clearly about something else (more evidence than the
prior and two changes cost) becomes a passage of its own. Each run of sentences with one
label is a passage.

A passage's topics: its label, then (at most MAX_SECONDARY) the topics that are a subject of
one of its sentences or clauses: a row's best topic, or one within CO_SUBJECT of it, with
enough of the row's own evidence. A sentence needs SUBJECT_EVIDENCE; its first clause one
listed word (FIRST_CLAUSE_SUBJECT); a later clause CLAUSE_SUBJECT, more than one strong word,
since later clauses mostly say how or why; but in a list of problems (消费不振，外资下降，…)
and where no heading or lead says what the passage is about, every clause counts as a first
one. Each area of an enumeration (教育、医疗、养老等…) that a strong word names counts too
(ITEM_SUBJECT). Topics whose words appear with less weight than that are named in passing
(`TopicAssignment.passing`): shown as 提及, never as a cell.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

import numpy as np

from reportdesk.align.taxonomy import Taxonomy
from reportdesk.align.words import matcher_for
from reportdesk.model import (OTHER, Passage, ReportRef, SectionRef, TopicAssignment, matrix_part, parent_of_key,
                              report_text, section_paths)
from reportdesk.text.formalities import is_formality
from reportdesk.text.sentences import clause_spans, sentence_cover

PRIOR_WEIGHT = 3.0  # a heading that names one topic only is worth this much per sentence
HEADING_DECAY = 0.5  # each heading further up counts this much less than the one below it
OTHER_SCORE = 0.8  # what a sentence must beat to be about a listed topic at all
SWITCH_COST = 1.0  # the price of a change of subject between two sentences
LATER_CLAUSES = 0.6  # evidence in clauses after the first counts this much
SUBJECT_EVIDENCE = 2.0  # own evidence that makes a topic a sentence's subject (one strong word in front)
CO_SUBJECT = 0.5  # a second topic with this share of the best one's evidence is a subject too
PASSING_EVIDENCE = 0.9  # less than this is noise, not even a mention
CLAUSE_SUBJECT = 3.5  # a later clause's subject: more than one strong word
FIRST_CLAUSE_SUBJECT = 0.9  # a first clause's subject: one listed word
ITEM_SUBJECT = 2.5  # an enumerated area's subject: a strong word
MAX_SECONDARY = 4  # further topics of a passage, the strongest first
MIN_PRIOR = 3.0  # heading evidence below this total (one strong word) gives a weaker prior


_ITEM = re.compile(r"、")


@dataclass(frozen=True)
class _Evidence:
    """What one sentence's words say, whatever report it stands in (cached by its text)."""

    scores: np.ndarray  # per topic: its clauses' evidence, the first clause weighing most
    clauses: np.ndarray  # clauses × topics: each clause's own evidence
    items: tuple  # (clause index, items × topics) for each clause that enumerates (A、B、C)
    words: Counter  # the listed words found in it


@dataclass(frozen=True)
class _Sentence:
    start: int  # in the report's text
    end: int
    evidence: _Evidence

    @property
    def scores(self) -> np.ndarray:
        return self.evidence.scores


def report_passages(ref: ReportRef, taxonomy: Taxonomy) -> tuple[list[Passage], list[TopicAssignment]]:
    """The passages of one report and their topics, in reading order. They depend on the
    report's text alone: the same report loaded again (another copy, a set aligned again
    after a file was added) is not worked out twice."""
    scorer = matcher_for(taxonomy)
    report = ref.report
    text = report_text(report).text
    sections = tuple((path, section.heading, section.title, section.part)
                     for path, section in section_paths(report.sections))
    key = ("report", text, report.blocks, sections)
    found = scorer.memo.get(key)
    if found is None:
        found = scorer.memo[key] = _report_topics(scorer, taxonomy, report, text, sections)
    headings = {path: heading for path, heading, _, _ in sections}
    passages, topics = [], []
    for b, k, start, end, part, path, kind, chars, a in found:
        key = f"{ref.id}@{b}.{k}"
        passages.append(Passage(key, ref.id, f"{ref.id}/{path}" if path else None, start, end, part,
                                tuple(headings[p] for p in _ancestors(path)), kind, chars))
        topics.append(TopicAssignment(key, a.topic, a.score, a.secondary, a.evidence, a.pinned, a.passing))
    return passages, topics


def _report_topics(scorer, taxonomy: Taxonomy, report, text: str, sections) -> list[tuple]:
    """(block, k, start, end, part, section path, kind, characters, topic assignment without
    its key) of each passage of a report."""
    ids = list(taxonomy.ids)
    other = ids.index(OTHER) if OTHER in ids else None
    titles = {path: title for path, _, title, _ in sections}
    section_parts = {path: part for path, _, _, part in sections}
    out = []
    for b, block in enumerate(report.blocks):
        part = matrix_part(block.part)
        if block.kind == "title":
            out.append((b, 0, block.start, block.end, None, block.section, "title", _chars(text, block.start, block.end),
                        TopicAssignment("", OTHER, 0.0)))
            continue
        path_keys = _ancestors(block.section)
        # Text that opened a part of its own (problems inside the review) is not about what
        # the headings above it announce.
        above = [titles[p] for p in path_keys] if section_parts.get(block.section) == block.part else []
        prior = _prior(scorer, above, text[block.start:block.start + block.lead], len(ids))
        sentences = _sentences(scorer, text, block.start, block.end, len(ids))
        for k, (first, last, label) in enumerate(_runs(_labels(sentences, prior, other)), 1):
            start = block.start if first == 0 else sentences[first].start
            end = block.end if last == len(sentences) - 1 else sentences[last].end
            run = sentences[first:last + 1]
            if all(is_formality(text[s.start:s.end]) for s in run):  # 各位代表！: address, not a subject
                found = TopicAssignment("", OTHER, 0.0)
            else:
                found = _topics("", run, label, prior, ids, other, part)
            if found.topic != OTHER:
                found = replace(found, evidence=_words(scorer, sentences[first:last + 1], ids.index(found.topic)))
            out.append((b, k, start, end, part, block.section, block.kind, _chars(text, start, end), found))
    return out


def section_passages(reports: list[ReportRef], refs: list[SectionRef],
                     assignments: list[TopicAssignment]) -> tuple[list[Passage], list[TopicAssignment]]:
    """Passages for topics given to sections (the similarity groups used when no list fits):
    each block is one passage on the topic of the section it lies in."""
    topic_of = {a.key: a for a in assignments}  # the sections grouped (not always all of them)
    passages: list[Passage] = []
    topics: list[TopicAssignment] = []
    for ref in reports:
        text = report_text(ref.report).text
        headings = {path: section.heading for path, section in section_paths(ref.report.sections)}
        for b, block in enumerate(ref.report.blocks):
            section_key = f"{ref.id}/{block.section}" if block.section else None
            kind = block.kind
            part = matrix_part(block.part) if kind != "title" else None
            passage = _passage(ref.id, b, 1 if kind != "title" else 0, section_key, block.start, block.end, part,
                               tuple(headings[p] for p in _ancestors(block.section)), kind, text)
            key, found = section_key, None
            while key is not None and found is None:
                found = topic_of.get(key)
                key = parent_of_key(key)
            passages.append(passage)
            topics.append(TopicAssignment(passage.key, found.topic, found.score, evidence=found.evidence)
                          if found is not None else TopicAssignment(passage.key, OTHER, 0.0))
    return passages, topics


def _ancestors(path: str) -> list[str]:
    """The position paths from the top section down to `path` ("2.3" → ["2", "2.3"])."""
    if not path:
        return []
    pieces = path.split(".")
    return [".".join(pieces[:k]) for k in range(1, len(pieces) + 1)]


def _passage(report_id: str, block: int, k: int, section_key, start: int, end: int, part, context,
             kind: str, text: str) -> Passage:
    return Passage(f"{report_id}@{block}.{k}", report_id, section_key, start, end, part, context, kind,
                   _chars(text, start, end))


def _chars(text: str, start: int, end: int) -> int:
    """Characters as a reader counts them: white space not counted."""
    return len("".join(text[start:end].split()))


def _prior(scorer, titles: list[str], lead: str, n: int) -> np.ndarray:
    """Shares of the topics that the headings above a block (the nearest counting most) and
    its lead sentence name."""
    total = np.zeros(n)
    weight = 1.0
    for title in reversed(titles):
        total += weight * scorer.scores(title)
        weight *= HEADING_DECAY
    if lead.strip():
        total += scorer.scores(lead.strip().split("\n")[-1])
    return total / max(float(total.sum()), MIN_PRIOR)


def _sentences(scorer, text: str, start: int, end: int, n: int) -> list[_Sentence]:
    return [_Sentence(start + a, start + b, _evidence(scorer, text[start + a:start + b], n))
            for a, b in sentence_cover(text[start:end])]


def _evidence(scorer, sentence: str, n: int) -> _Evidence:
    """A sentence's evidence, from one pass of the list's words over it (cached by text)."""
    found = scorer.memo.get(sentence)
    if found is None:
        matches = scorer.matches(sentence)
        spans = clause_spans(sentence) or [(0, len(sentence))]

        def within(start: int, end: int) -> np.ndarray:
            return scorer.vector(Counter(w for at, w in matches if start <= at < end))

        clauses = np.array([within(c, d) for c, d in spans]).reshape(len(spans), n)
        weights = np.full(len(spans), LATER_CLAUSES)
        weights[0] = 1.0
        items = tuple((k, np.array([within(a, b) for a, b in _pieces(sentence, c, d)]))
                      for k, (c, d) in enumerate(spans) if "、" in sentence[c:d])
        found = _Evidence(weights @ clauses, clauses, items, Counter(w for _, w in matches))
        if len(scorer.memo) > 200_000:
            scorer.memo.clear()
        scorer.memo[sentence] = found
    return found


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each item of an enumeration A、B、C in text[start:end]."""
    cuts = [start] + [m.end() for m in _ITEM.finditer(text, start, end)] + [end]
    return list(zip(cuts, cuts[1:]))


def _labels(sentences: list[_Sentence], prior: np.ndarray, other: int | None) -> list[int]:
    """The best labelling of the sentences (module docstring), by dynamic programming."""
    if not sentences:
        return []
    n = len(prior)
    emission = np.array([s.scores + PRIOR_WEIGHT * prior for s in sentences])
    if other is not None:
        emission[:, other] = OTHER_SCORE
    best = emission[0].copy()
    back = np.zeros((len(sentences), n), dtype=int)
    for i in range(1, len(sentences)):
        stay = best
        switch_from = int(np.argmax(best))
        switch = best[switch_from] - SWITCH_COST
        back[i] = np.where(stay >= switch, np.arange(n), switch_from)
        best = np.maximum(stay, switch) + emission[i]
    label = int(np.argmax(best))
    labels = [label]
    for i in range(len(sentences) - 1, 0, -1):
        label = int(back[i][label])
        labels.append(label)
    return labels[::-1]


def _runs(labels: list[int]) -> list[tuple[int, int, int]]:
    """(first, last, label) of each run of equal labels."""
    runs: list[tuple[int, int, int]] = []
    for i, label in enumerate(labels):
        if runs and runs[-1][2] == label:
            runs[-1] = (runs[-1][0], i, label)
        else:
            runs.append((i, i, label))
    return runs or [(0, 0, -1)]


def _topics(key: str, sentences: list[_Sentence], label: int, prior: np.ndarray, ids: list[str],
            other: int | None, part: str | None) -> TopicAssignment:
    """The passage's topic, its further subjects and what it names in passing."""
    if label < 0 or not sentences:
        return TopicAssignment(key, OTHER, 0.0)
    clauses = np.vstack([s.evidence.clauses for s in sentences])
    own = clauses.sum(axis=0)  # every word, wherever it stands
    # The first clause carries a sentence's subject. Where no heading or lead says what the
    # passage is about, and in a list of problems (消费不振，外资下降，…), every clause speaks
    # for itself.
    listing = part == "problems" or float(prior.sum()) == 0
    first = np.concatenate([np.arange(len(s.evidence.clauses)) == 0 for s in sentences])
    least = np.where(first | listing, FIRST_CLAUSE_SUBJECT, CLAUSE_SUBJECT)
    top = clauses.max(axis=1)
    subjects = _subject_weights(clauses, least)
    sentence_scores = np.array([s.scores for s in sentences])
    subjects += _subject_weights(sentence_scores, np.full(len(sentences), SUBJECT_EVIDENCE))
    offset = 0
    for s in sentences:  # each area of an enumeration in a clause about them
        for k, items in s.evidence.items:
            if top[offset + k] >= least[offset + k]:
                strong = items[items.max(axis=1) >= ITEM_SUBJECT]
                subjects += (strong * (strong >= strong.max(axis=1, keepdims=True))).sum(axis=0)
        offset += len(s.evidence.clauses)
    order = [int(t) for t in np.lexsort((np.arange(len(ids)), -subjects)) if subjects[t] > 0]
    secondary = [t for t in order if t != label and t != other][:MAX_SECONDARY]
    if label == other and secondary:  # no sentence beat "other" long enough, yet one has a subject
        label, secondary = secondary[0], secondary[1:]
    passing = [t for t in np.flatnonzero(own >= PASSING_EVIDENCE) if t != label and t not in secondary
               and t != other]
    combined = own + PRIOR_WEIGHT * prior * len(sentences)
    total = float(combined.sum())
    score = round(float(combined[label]) / total, 3) if total > 0 and label != other else 0.0
    return TopicAssignment(key, ids[label], score, tuple(ids[t] for t in secondary), (),
                           passing=tuple(ids[int(t)] for t in passing))


def _subject_weights(rows: np.ndarray, least: np.ndarray) -> np.ndarray:
    """Per topic, the evidence of the rows (clauses or sentences) it is a subject of: a row's
    best topic, or one within CO_SUBJECT of it, with at least `least` of the row's evidence."""
    bar = np.maximum(least, CO_SUBJECT * rows.max(axis=1))[:, None]
    return (rows * (rows >= bar)).sum(axis=0)


def _words(scorer, sentences: list[_Sentence], topic: int) -> tuple[str, ...]:
    """The words that speak most for the topic in a passage (at most five)."""
    found = scorer.words(sum((s.evidence.words for s in sentences), Counter()), topic)
    return tuple(w for w, _ in sorted(found.items(), key=lambda x: (-x[1], x[0]))[:5])
