"""What the comparison pane shows for one topic and part: a column per report.

Plain data for the window: each column's text (the report's passages on the topic, one
after another, as written), where each passage lies in it (for synchronised scrolling, the
copy marks and a click that opens the passage in 原文), the headings it sits under, and
the highlights across the columns.
"""
from __future__ import annotations

from dataclasses import dataclass

from reportdesk.compare.highlights import Span, phrase_highlights
from reportdesk.model import Alignment, Passage

@dataclass(frozen=True)
class Column:
    report_id: str
    label: str  # region, or file and position
    headings: tuple[str, ...]  # where its passages stand in the report, one line per section
    text: str
    segments: tuple[tuple[int, int], ...]  # character range of each passage in `text`
    spans: tuple[Span, ...]
    keys: tuple[str, ...] = ()  # the passage of each segment
    mentioned: bool = False  # no passage on the topic, but it names the topic in passing

    def passage_at(self, position: int) -> str | None:
        """The key of the passage at a character position of the column's text."""
        return next((key for key, (start, end) in zip(self.keys, self.segments) if start <= position <= end), None)


def topic_columns(alignment: Alignment, part: str, topic: str, report_ids: list[str] | None = None,
                  progress=None) -> list[Column]:
    """One column per report (in the given order), with highlights across the columns."""
    refs = {r.id: r for r in alignment.reports}
    order = report_ids if report_ids is not None else [r.id for r in alignment.reports]
    built = []
    for report_id in order:
        built.append(_column_text(alignment, alignment.cell_passages(report_id, part, topic)))
        if progress is not None and progress.cancelled:
            return []
    texts = [b[0] for b in built]
    present = [k for k, t in enumerate(texts) if t]
    spans_present = phrase_highlights([texts[k] for k in present]) if present else []
    spans = [()] * len(texts)
    for k, found in zip(present, spans_present):
        spans[k] = tuple(found)
    return [Column(report_id, refs[report_id].label, built[k][2], texts[k], built[k][1], spans[k], built[k][3],
                   alignment.mention(report_id, part, topic) is not None)
            for k, report_id in enumerate(order)]


def _column_text(alignment: Alignment, passages: list[Passage]):
    """(text, segments, headings, keys): the passages as written, a line naming their place
    before the first passage of each section that does not open with the section's heading."""
    pieces, segments, headings, keys = [], [], [], []
    position, section = 0, object()
    for passage in passages:
        text = alignment.passage_text(passage).rstrip()
        heading, _ = alignment.passage_parts(passage)
        if passage.section_key != section:
            section = passage.section_key
            headings.append(passage.place)
            if not heading and passage.headings:
                line = f"〔{passage.place}〕"
                pieces.append(line)
                position += len(line) + 1
        segments.append((position, position + len(text)))
        keys.append(passage.key)
        pieces.append(text)
        position += len(text) + 2
        pieces.append("")
    return "\n".join(pieces).rstrip("\n"), tuple(segments), tuple(headings), tuple(keys)
