"""Distinctive points (要点): what each region did on a topic that the others did not.

For every topic and report, the sentences of its cell are scored, and the best two or
three become its points, in reading order. A sentence scores when it

* carries facts of its own: figures (text.figures, the one definition of what a figure is),
  named projects and documents (“十百千”工程, 《实施方案》), counts;
* is unlike what the other regions wrote on the topic: one minus its largest TF-IDF cosine
  with another region's text there (words every region uses weigh little);
* is not boilerplate: standard formulas (formulas.py) count for nothing.

Extractive on purpose: a point is the region's own sentence, so it can be quoted.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from reportdesk.compare.formulas import FormulaFinder, bundled_formulas
from reportdesk.compare.sentences import Normaliser, count_chars
from reportdesk.text.sentences import split_sentences
from reportdesk.model import Alignment
from reportdesk.text.quantities import quantities
from reportdesk.text.similarity import spread, tfidf_matrix
from reportdesk.text.tokenize import tokens, word_spans

POINTS = 3
MAX_CANDIDATES = 300  # sentences of one report on one topic weighed at most
MIN_CHARS = 15  # shorter sentences are headings or fragments, not points
MAX_CHARS = 160  # longer ones are paragraphs run together: a point must be readable
_NAME = re.compile(r"“[^”]{2,20}”|《[^》]{2,40}》|\"[^\"]{2,20}\"")
FIGURE_CONTEXT = 8  # at most this many characters of words before a figure
_CJK = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True)
class Point:
    report_id: str
    key: str  # the passage it comes from
    text: str
    figures: tuple[str, ...]  # figures with the words just before them (补充教师682人)
    names: tuple[str, ...]  # named projects and documents
    distinct: float  # 1 - the largest cosine with another region's text on the topic
    score: float


@dataclass(frozen=True)
class PointsCell:
    topic: str
    report_id: str
    points: tuple[Point, ...]

    @property
    def figures(self) -> tuple[str, ...]:
        """The key figures: those of the points, in order, once each."""
        return tuple(dict.fromkeys(f for p in self.points for f in p.figures))


@dataclass(frozen=True)
class PointsTable:
    """The 要点汇总表 as data: topics × reports, the points and key figures of each cell."""

    part: str
    topics: tuple[tuple[str, str], ...]  # (id, name), topics some report wrote on
    reports: tuple[tuple[str, str], ...]  # (id, display name)
    cells: tuple[PointsCell, ...]

    def cell(self, topic: str, report_id: str) -> PointsCell | None:
        return next((c for c in self.cells if c.topic == topic and c.report_id == report_id), None)


def distinctive_points(alignment: Alignment, part: str = "achievements", per_report: int = POINTS,
                       formulas: tuple[str, ...] | None = None) -> PointsTable:
    """Each report's distinctive points on each topic it wrote on in this part."""
    normaliser = Normaliser()
    finder = FormulaFinder(formulas if formulas is not None else bundled_formulas(), normaliser)
    topics = alignment.written_topics(part)
    regions = {r.id: r.report.region or r.id for r in alignment.reports}
    cells = []
    for topic in topics:
        candidates = {}  # report id -> [(key, sentence)]
        for ref in alignment.reports:
            sentences = [(p.key, text) for p in alignment.cell_passages(ref.id, part, topic)
                         for text in _sentences(alignment.passage_parts(p)[1])]
            # the candidates of a cell, spread over all it says: their vectors are a dense matrix,
            # and one report of 90,000 sentences on a topic must not fill the memory
            sentences = spread(sentences, MAX_CANDIDATES)
            if sentences:
                candidates[ref.id] = sentences
        cells += topic_points(topic, candidates, regions, finder, normaliser, per_report)
    return PointsTable(part, tuple((t, alignment.topic_name(t)) for t in topics),
                       tuple((r.id, r.label) for r in alignment.reports), tuple(cells))


def topic_points(topic: str, candidates: dict[str, list[tuple[str, str]]], regions: dict[str, str],
                 finder: FormulaFinder, normaliser: Normaliser, per_report: int = POINTS) -> list[PointsCell]:
    """The points of every report on one topic, from its (passage key, sentence) candidates;
    `regions` maps report ids to regions (a region's other reports are not "the others")."""
    order = list(candidates)
    flat = [(rid, key, text) for rid in order for key, text in candidates[rid]]
    if not flat:
        return []
    matrix = tfidf_matrix([tokens(text) for _, _, text in flat])
    owner = np.array([order.index(rid) for rid, _, _ in flat])
    # Each report's text on the topic, as the sum of its sentences' vectors, normalised.
    profiles = np.stack([matrix[owner == k].sum(axis=0) for k in range(len(order))])
    norms = np.linalg.norm(profiles, axis=1, keepdims=True)
    profiles = profiles / np.where(norms == 0, 1, norms)
    cosine = matrix @ profiles.T  # sentence × report
    cells = []
    for k, rid in enumerate(order):
        others = [j for j, other in enumerate(order) if regions[other] != regions[rid]]
        scored = []
        for n in np.flatnonzero(owner == k):
            _, key, text = flat[n]
            distinct = 1.0 - (float(cosine[n, others].max()) if others else 0.0)
            point = _score(rid, key, text, distinct, finder, normaliser)
            if point is not None:
                scored.append((point.score, n, point))
        best = sorted(scored, key=lambda t: -t[0])[:per_report]
        if best:
            cells.append(PointsCell(topic, rid, tuple(p for _, _, p in sorted(best, key=lambda t: t[1]))))
    return cells


def _sentences(text: str) -> list[str]:
    out = []
    for start, end in split_sentences(text):
        sentence = text[start:end].strip()
        if MIN_CHARS <= count_chars(sentence) <= MAX_CHARS:
            out.append(sentence)
    return out


def _score(report_id: str, key: str, text: str, distinct: float, finder: FormulaFinder,
           normaliser: Normaliser) -> Point | None:
    """A point with its score, or None for a sentence that is mostly formulas."""
    formula = sum(end - start for start, end in finder.spans(text, normaliser.form(text)))
    if formula * 2 >= len(text):
        return None
    figures = tuple(_figure_text(text, q) for q in quantities(text) if not q.masked)
    names = tuple(m.group() for m in _NAME.finditer(text))
    facts = min(len(figures), 3) + 0.5 * min(len(names), 2)
    # Facts count most; distinctness breaks ties among sentences with facts and ranks the rest.
    score = (1.0 + facts) * (0.25 + distinct)
    return Point(report_id, key, text, figures, names, round(distinct, 3), round(score, 3))


def _figure_text(text: str, q) -> str:
    """The figure with the one or two words before it that say what it counts (补充教师682人)."""
    start = q.start
    for word, word_start, word_end in reversed(word_spans(text)):
        if word_end > start:
            continue
        gap = text[word_end:start]
        if len(gap) > 1 or (gap and not _CJK.match(gap)) or q.start - word_start > FIGURE_CONTEXT:
            break  # not next to the figure, or across punctuation
        start = word_start
        if q.start - start >= FIGURE_CONTEXT // 2:
            break
    return text[start:q.tail]


def points_rows(table: PointsTable) -> tuple[list[str], list[tuple[str, list[tuple[list[str], list[str]]]]]]:
    """The table as plain values for the writers: (region names, [(topic name, [(points,
    key figures) per region])])."""
    cells = {(c.topic, c.report_id): c for c in table.cells}
    rows = []
    for topic, name in table.topics:
        row = []
        for report_id, _ in table.reports:
            cell = cells.get((topic, report_id))
            row.append(([p.text for p in cell.points], list(cell.figures)) if cell else ([], []))
        rows.append((name, row))
    return [label for _, label in table.reports], rows
