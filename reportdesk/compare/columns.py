"""What the comparison pane shows for one topic and part: a column per report, or a diff.

Plain data for the window: each column's text (the sections one after another), the
character ranges of its sections (for synchronised scrolling) and its highlights.
"""
from __future__ import annotations

from dataclasses import dataclass

from reportdesk.align.counterparts import pair_sections
from reportdesk.compare.diff import Piece, diff_texts
from reportdesk.compare.highlights import Span, phrase_highlights
from reportdesk.model import Alignment, Pins


@dataclass(frozen=True)
class Column:
    report_id: str
    label: str  # region, or file and position
    headings: tuple[str, ...]
    text: str
    segments: tuple[tuple[int, int], ...]  # character range of each section in `text`
    spans: tuple[Span, ...]
    keys: tuple[str, ...] = ()  # the section of each segment


def topic_columns(alignment: Alignment, part: str, topic: str, report_ids: list[str] | None = None,
                  progress=None) -> list[Column]:
    """One column per report (in the given order), with highlights across the columns."""
    refs = {r.id: r for r in alignment.reports}
    order = report_ids if report_ids is not None else [r.id for r in alignment.reports]
    texts, segments, headings, keys = [], [], [], []
    for report_id in order:
        parts, ranges, position = [], [], 0
        sections = alignment.cell_sections(report_id, part, topic)
        for section in sections:
            text = section.section.full_text(heading=True)
            ranges.append((position, position + len(text)))
            parts.append(text)
            position += len(text) + 2
        texts.append("\n\n".join(parts))
        segments.append(tuple(ranges))
        headings.append(tuple(s.section.heading for s in sections))
        keys.append(tuple(s.key for s in sections))
        if progress is not None and progress.cancelled:
            return []
    present = [k for k, t in enumerate(texts) if t]
    spans_present = phrase_highlights([texts[k] for k in present]) if present else []
    spans = [()] * len(texts)
    for k, found in zip(present, spans_present):
        spans[k] = tuple(found)
    return [Column(report_id, refs[report_id].label, headings[k], texts[k], segments[k], spans[k], keys[k])
            for k, report_id in enumerate(order)]


def paired_diff(alignment: Alignment, part: str, topic: str, report_a: str, report_b: str,
                pins: Pins | None = None) -> list[Piece]:
    """Inline differences between two reports' text on a topic, section by counterpart section."""
    a, b = alignment.cell_sections(report_a, part, topic), alignment.cell_sections(report_b, part, topic)
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
            pieces.append(Piece("delete", section.section.full_text(heading=True)))
        else:
            used_b.add(j)
            pieces.extend(diff_texts(section.section.full_text(heading=True), b[j].section.full_text(heading=True)))
    for j, section in enumerate(b):
        if j not in used_b:
            if pieces:
                pieces.append(Piece("equal", "\n\n"))
            pieces.append(Piece("insert", section.section.full_text(heading=True)))
    return pieces

