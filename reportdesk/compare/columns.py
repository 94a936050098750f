"""What the comparison pane shows for one topic and part: a column per report, or a diff.

Plain data for the window: each column's text (the sections one after another), the
character ranges of its sections (for synchronised scrolling) and its highlights.
"""
from __future__ import annotations

from dataclasses import dataclass

from reportdesk.align.counterparts import pair_sections
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
    b_index = {s.key: j for j, s in enumerate(b)}
    a_index = {s.key: i for i, s in enumerate(a)}
    pairs = {a_index[p.a]: b_index[p.b] for p in pair_sections(alignment, a, b, pins, pair_lone=True)}
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

