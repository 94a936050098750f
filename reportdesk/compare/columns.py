"""What the comparison pane shows for one topic and part: a column per report, or a diff.

Plain data for the window: each column's text (the sections one after another), the
character ranges of its sections (for synchronised scrolling) and its highlights.
"""
from __future__ import annotations

from dataclasses import dataclass

from reportdesk.align.counterparts import MIN_SCORE, hungarian, similarity_scores
from reportdesk.align.pins import Pins
from reportdesk.align.units import full_text
from reportdesk.compare.diff import Piece, diff_texts
from reportdesk.compare.highlights import Span, phrase_highlights
from reportdesk.model import Alignment, SectionRef


@dataclass(frozen=True)
class Column:
    report_id: str
    label: str  # region, or file and position
    headings: tuple[str, ...]
    text: str
    segments: tuple[tuple[int, int], ...]  # character range of each section in `text`
    spans: tuple[Span, ...]


def section_text(ref: SectionRef) -> str:
    body = full_text(ref.section)
    return ref.section.heading + ("\n" + body if body else "")


def cell_sections(alignment: Alignment, report_id: str, part: str, topic: str) -> list[SectionRef]:
    cell = alignment.cell(report_id, part, topic)
    if cell is None:
        return []
    by_key = {s.key: s for s in alignment.sections}
    chosen = [by_key[k] for k in cell.keys]
    keys = {s.key for s in chosen}
    # a sub-section whose parent is shown already appears inside the parent's text
    return [s for s in chosen if s.parent_key not in keys]


def topic_columns(alignment: Alignment, part: str, topic: str, report_ids: list[str] | None = None,
                  progress=None) -> list[Column]:
    """One column per report (in the given order), with highlights across the columns."""
    refs = {r.id: r for r in alignment.reports}
    order = report_ids if report_ids is not None else [r.id for r in alignment.reports]
    texts, segments, headings = [], [], []
    for report_id in order:
        parts, ranges, position = [], [], 0
        sections = cell_sections(alignment, report_id, part, topic)
        for section in sections:
            text = section_text(section)
            ranges.append((position, position + len(text)))
            parts.append(text)
            position += len(text) + 2
        texts.append("\n\n".join(parts))
        segments.append(tuple(ranges))
        headings.append(tuple(s.section.heading for s in sections))
        if progress is not None and progress.cancelled:
            return []
    present = [k for k, t in enumerate(texts) if t]
    spans_present = phrase_highlights([texts[k] for k in present]) if present else []
    spans = [()] * len(texts)
    for k, found in zip(present, spans_present):
        spans[k] = tuple(found)
    return [Column(report_id, refs[report_id].label, headings[k], texts[k],
                   segments[k], spans[k]) for k, report_id in enumerate(order)]


def paired_diff(alignment: Alignment, part: str, topic: str, report_a: str, report_b: str,
                pins: Pins | None = None) -> list[Piece]:
    """Inline differences between two reports' text on a topic, section by counterpart section."""
    a, b = cell_sections(alignment, report_a, part, topic), cell_sections(alignment, report_b, part, topic)
    pairs = _pairs(alignment, a, b, pins or Pins())
    pieces: list[Piece] = []
    used_b = set()
    for i, section in enumerate(a):
        j = pairs.get(i)
        if pieces:
            pieces.append(Piece("equal", "\n\n"))
        if j is None:
            pieces.append(Piece("delete", section_text(section)))
        else:
            used_b.add(j)
            pieces.extend(diff_texts(section_text(section), section_text(b[j])))
    for j, section in enumerate(b):
        if j not in used_b:
            if pieces:
                pieces.append(Piece("equal", "\n\n"))
            pieces.append(Piece("insert", section_text(section)))
    return pieces


def _pairs(alignment: Alignment, a: list[SectionRef], b: list[SectionRef], pins: Pins) -> dict[int, int]:
    pinned = {}
    for x, y in pins.pairs:
        for i, s in enumerate(a):
            for j, t in enumerate(b):
                if {s.key, t.key} == {x, y}:
                    pinned[i] = j
    free_a = [i for i in range(len(a)) if i not in pinned]
    free_b = [j for j in range(len(b)) if j not in pinned.values()]
    scores = similarity_scores(alignment, [a[i] for i in free_a], [b[j] for j in free_b])
    for i, j in hungarian(scores):
        if scores[i][j] >= MIN_SCORE or (len(free_a) == 1 and len(free_b) == 1):
            pinned[free_a[i]] = free_b[j]
    return pinned
