"""Year over year for one region: what is new, what was dropped, what was written again, and
whether last year's plans show up in this year's achievements.

Two reports of the same region and different periods (2021 and 2022, or 上半年 and 全年)
are paired automatically, each with the next one. Topics are compared through the
coverage matrix; repeated sentences come from copy detection on the two reports alone
(copies.py: the later report's sentences reused from the earlier); each planned item
(a sentence of the earlier report's 下步打算) is looked for among the later report's
achievements by TF-IDF cosine over content words.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

from reportdesk.compare.copies import CopyOptions, find_copies, period_key
from reportdesk.compare.sentences import Sentence, count_chars
from reportdesk.text.sentences import split_sentences
from reportdesk.model import MATRIX_PARTS, Alignment, ReportRef
from reportdesk.text.similarity import tfidf_matrix
from reportdesk.text.tokenize import tokens

PLAN_MIN_CHARS = 8
MENTIONED = 0.3  # cosine of a planned item and an achievement that says it was done


@dataclass(frozen=True)
class YearPair:
    region: str
    earlier: str  # report ids
    later: str


@dataclass(frozen=True)
class TopicChange:
    part: str
    topic: str
    status: str  # "new" (only the later report), "dropped" (only the earlier), "kept"


@dataclass(frozen=True)
class Repeat:
    earlier: Sentence
    later: Sentence
    similarity: float
    verbatim: bool  # the same characters, white space aside


@dataclass(frozen=True)
class PlanCheck:
    item: str  # the planned item, as the earlier report wrote it
    key: str  # its passage
    mentioned: bool
    match: str | None  # the later report's sentence that comes closest
    score: float


@dataclass(frozen=True)
class YearComparison:
    pair: YearPair
    topics: tuple[TopicChange, ...]
    repeated: tuple[Repeat, ...]
    plans: tuple[PlanCheck, ...]

    def changes(self, status: str, part: str = "achievements") -> list[str]:
        """Topic ids of one status in one part, in the topic list's order."""
        return [c.topic for c in self.topics if c.status == status and c.part == part]


def pair_years(reports: Alignment | Sequence[ReportRef]) -> list[YearPair]:
    """Each region's reports in period order, every one paired with the next (a second
    report of the same period is left out)."""
    refs = reports.reports if isinstance(reports, Alignment) else reports
    by_region: dict[str, dict[tuple[int, int], ReportRef]] = {}
    for ref in refs:
        key = period_key(ref)
        if ref.report.region and key:
            by_region.setdefault(ref.report.region, {}).setdefault(key, ref)
    pairs = []
    for region, periods in by_region.items():
        ordered = [periods[k] for k in sorted(periods)]
        pairs += [YearPair(region, a.id, b.id) for a, b in zip(ordered, ordered[1:])]
    return pairs


def compare_years(alignment: Alignment, pair: YearPair) -> YearComparison:
    """Topics new, dropped and kept; sentences written again; last period's plans checked."""
    return YearComparison(pair, tuple(topic_changes(alignment, pair)), tuple(repeated(alignment, pair)),
                          tuple(check_plans(alignment, pair)))


def topic_changes(alignment: Alignment, pair: YearPair) -> list[TopicChange]:
    out = []
    for part in MATRIX_PARTS:
        for topic in alignment.written_topics(part):
            a, b = alignment.cell(pair.earlier, part, topic), alignment.cell(pair.later, part, topic)
            if a or b:
                status = "kept" if a and b else "new" if b else "dropped"
                out.append(TopicChange(part, topic, status))
    return out


def repeated(alignment: Alignment, pair: YearPair, options: CopyOptions | None = None) -> list[Repeat]:
    """The later report's sentences that the earlier one has too, in the later's order."""
    refs = [alignment.report(pair.earlier), alignment.report(pair.later)]
    copies = find_copies(refs, options)
    found = copies.pair(pair.earlier, pair.later)
    if found is None:
        return []
    out = []
    for p in found.passages:
        earlier, later = (p.a, p.b) if p.a.report_id == pair.earlier else (p.b, p.a)
        out.append(Repeat(earlier, later, p.similarity, "".join(earlier.text.split()) == "".join(later.text.split())))
    return sorted(out, key=lambda r: _order(r.later))


def check_plans(alignment: Alignment, pair: YearPair) -> list[PlanCheck]:
    """Each planned item of the earlier report with the later report's closest achievement."""
    items = _sentences(alignment, pair.earlier, "plans")
    done = _sentences(alignment, pair.later, "achievements")
    if not items:
        return []
    if not done:
        return [PlanCheck(text, key, False, None, 0.0) for key, text in items]
    matrix = tfidf_matrix([tokens(text) for _, text in items + done])
    cosine = matrix[:len(items)] @ matrix[len(items):].T
    out = []
    for k, (key, text) in enumerate(items):
        best = int(np.argmax(cosine[k]))
        score = float(cosine[k, best])
        out.append(PlanCheck(text, key, score >= MENTIONED, done[best][1], round(score, 3)))
    return out


def _sentences(alignment: Alignment, report_id: str, part: str) -> list[tuple[str, str]]:
    """(passage key, sentence) of a report's writing in one part, in reading order."""
    out = []
    for passage in alignment.report_passages(report_id):
        if passage.part == part and passage.writes:
            text = alignment.passage_text(passage)
            out += [(passage.key, text[s:e].strip()) for s, e in split_sentences(text)
                    if count_chars(text[s:e]) >= PLAN_MIN_CHARS]
    return out


def _order(sentence: Sentence) -> tuple:
    path = (sentence.key or "/").rsplit("/", 1)[1]
    return tuple(int(n) for n in path.split(".") if n), not sentence.heading, sentence.start
