"""What the comparison pane shows for one topic and part: a column per report.

Plain data for the window: each column's text (the sections one after another), the
character ranges of its sections (for synchronised scrolling) and its highlights.
"""
from __future__ import annotations

from dataclasses import dataclass

from reportdesk.compare.highlights import Span, phrase_highlights
from reportdesk.model import Alignment


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

