"""Pick the topic list that explains a set of reports, by comparison, not by a fixed bar.

How well a list explains the text is two things: its words are the text's words (`fit`:
evidence words per word of text), and its topics group the sections the way the text
groups itself (`grouping`: how close each unit of work is to the centre of its topic,
divided by the same for the similarity clusters of the same sections, which group by
the text alone). A list's score is fit × grouping.

The choice:
1. Each report votes for the list that fits it best; the list with the most text behind
   it is the candidate, and the reports that voted otherwise are the misfits (a mixed set
   gets the majority list, and the window can flag the others).
2. On the reports that voted for it, the candidate must score clearly higher than every
   other list (CLEAR times the next), group the text nearly as well as the clusters do
   (within GROUPING_SLACK), and its signature words (the words such reports are written
   in) must be commoner in the text than any other list's: general words fit any text a
   little, the kind of report shows in its signature. Otherwise no list explains the
   text and the clusters are used.

Absolute fit is not comparable between lists (a short list of general words fits any
text a little), which is why a fixed threshold failed on reports nobody had tried.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from reportdesk.align.clusters import MAX_UNITS, section_vectors, unit_groups
from reportdesk.text.similarity import spread
from reportdesk.align.taxonomy import Taxonomy
from reportdesk.align.topics import scorer_for
from reportdesk.model import OTHER, SectionRef

CLEAR = 1.5  # the chosen list scores at least this many times the next one
GROUPING_SLACK = 0.1  # a list may group the text up to 10% less tightly than the clusters
MAX_MARGIN = 99.0  # reported when no other list fits at all


@dataclass(frozen=True)
class Choice:
    """Which list to use, the scores behind the choice, and the reports that fit another."""

    taxonomy: Taxonomy | None  # None: no list explains the text; group by similarity
    scores: tuple[tuple[str, str, float], ...]  # (list id, name, score), best first
    margin: float  # chosen (or best) list's score / the next list's score
    misfits: tuple[str, ...] = ()  # ids of reports another list fits better


def fit(refs: list[SectionRef], taxonomy: Taxonomy) -> float:
    """Evidence words and signature words of the list per word of text."""
    hits, total = _fit_counts(refs, taxonomy)
    return hits / total if total else 0.0


def signature_share(refs: list[SectionRef], taxonomy: Taxonomy) -> float:
    """The list's signature words per word of text."""
    scorer = scorer_for(taxonomy)
    hits = total = 0
    for ref in _units(refs):
        words = scorer.section_evidence(ref.section)
        hits += words.signature_hits
        total += words.n_words
    return hits / total if total else 0.0


def _fit_counts(refs: list[SectionRef], taxonomy: Taxonomy) -> tuple[float, int]:
    scorer = scorer_for(taxonomy)
    hits = total = 0
    for ref in refs:
        if ref.parent_key is None:  # a unit's text holds its sub-sections'
            evidence = scorer.section_evidence(ref.section)
            hits += evidence.fit_hits
            total += evidence.n_words
    return hits, total


def choose_taxonomy(refs: list[SectionRef], candidates: list[Taxonomy]) -> Choice:
    """The list that clearly explains the sections, or none (see the module docstring)."""
    if not refs or not candidates:
        return Choice(None, (), 0.0)
    votes, misfits = _votes(refs, candidates)
    candidate = max(range(len(candidates)), key=lambda k: (votes[k][0], -k))
    fitting = [r for r in refs if r.report_id not in votes[candidate][1]]
    # how the text groups is judged on at most MAX_UNITS units, spread over the whole set: the
    # clusters it is compared with cost far more than linear time (100,000 "一、" headings)
    units = spread(_units(fitting), MAX_UNITS)
    vectors = section_vectors(units)
    weights = [len(r.section.full_text()) + 1.0 for r in units]
    baseline = grouping_tightness(vectors, unit_groups(units, vectors), weights)
    several = len({r.report_id for r in fitting}) > 1
    scored = []
    for k, taxonomy in enumerate(candidates):
        tightness = grouping_tightness(vectors, _own_topics(units, taxonomy), weights)
        # one report, or clusters that group nothing: no structure to compare, fit decides
        grouping = tightness / baseline if baseline and several else 1.0
        scored.append((fit(fitting, taxonomy) * grouping, grouping, k))
    scored.sort(key=lambda s: (-s[0], s[2]))
    best, runner_up = scored[0], scored[1] if len(scored) > 1 else (0.0, 0.0, -1)
    margin = round(min(MAX_MARGIN, best[0] / runner_up[0]) if runner_up[0] > 0 else MAX_MARGIN * (best[0] > 0), 2)
    scores = tuple((candidates[k].id, candidates[k].name, round(s, 4)) for s, _, k in scored)
    kinds = [signature_share(fitting, t) for t in candidates]
    chosen = (best[2] == candidate and margin >= CLEAR and best[1] >= 1 - GROUPING_SLACK
              and kinds[candidate] > max((v for k, v in enumerate(kinds) if k != candidate), default=-1.0))
    if not chosen:
        return Choice(None, scores, margin)
    return Choice(candidates[candidate], scores, margin, tuple(misfits[candidate]))


def _own_topics(units: list[SectionRef], taxonomy: Taxonomy) -> list[str]:
    """Each unit's topic by its own words alone (the list's grouping, before neighbours)."""
    scorer, ids = scorer_for(taxonomy), taxonomy.ids
    topics = []
    for ref in units:
        scores = scorer.section_evidence(ref.section).scores
        topics.append(ids[int(scores.argmax())] if scores.max() > 0 else OTHER)
    return topics


def best_fits(refs: list[SectionRef], candidates: list[Taxonomy]) -> dict[str, tuple[int, int]]:
    """Per report: (index of the list whose words fit it best, how many words it has)."""
    by_report: dict[str, list[SectionRef]] = defaultdict(list)
    for ref in refs:
        by_report[ref.report_id].append(ref)
    out = {}
    for report_id, sections in by_report.items():
        counts = [_fit_counts(sections, t) for t in candidates]
        best = max(range(len(candidates)), key=lambda k: (counts[k][0] / counts[k][1] if counts[k][1] else 0, -k))
        out[report_id] = (best, counts[best][1])
    return out


def _votes(refs: list[SectionRef], candidates: list[Taxonomy]):
    """Per list: (words of the reports it fits best, ids of the reports it does not)."""
    best_of = best_fits(refs, candidates)
    weight = [0] * len(candidates)
    for best, words in best_of.values():
        weight[best] += words
    misfits = {k: [r for r, (b, _) in best_of.items() if b != k] for k in range(len(candidates))}
    return [(weight[k], set(misfits[k])) for k in range(len(candidates))], misfits


def _units(refs: list[SectionRef]) -> list[SectionRef]:
    return [r for r in refs if r.parent_key is None]


def grouping_tightness(vectors: np.ndarray, groups: list, weights: list[float]) -> float:
    """How close units are to the centre of their group, weighted by length; a unit alone
    in its group or left as "other" is explained by nothing and counts 0."""
    members: dict[str, list[int]] = defaultdict(list)
    for k, group in enumerate(groups):
        members[group].append(k)
    total = sum(weights)
    if not total:
        return 0.0
    close = 0.0
    for group, ks in members.items():
        if len(ks) < 2 or group == OTHER:
            continue
        centre = vectors[ks].sum(axis=0)
        norm = float(np.linalg.norm(centre))
        if norm:
            close += sum(weights[k] * float(vectors[k] @ centre) / norm for k in ks)
    return close / total
