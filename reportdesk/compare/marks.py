"""Where copied, reused and boilerplate sentences are in the text the comparison pane shows.

The pane shows a section as `Section.full_text(heading=True)`: its heading, its body, then
each sub-section's heading and body, depth first, non-empty pieces joined by line breaks.
Copy detection places sentences in a section's own heading or body; this maps them there.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from reportdesk.compare.copies import CopyReport
from reportdesk.model import Section


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str  # "boilerplate", "reused" or "copied"
    reason: str = ""  # for boilerplate: "formula" or "widespread"
    others: tuple[str, ...] = ()  # report ids of the reports that have the sentence too


def field_offsets(key: str, section: Section) -> dict[tuple[str, bool], int]:
    """(section key, is heading) -> where that heading or body starts in the section's
    full_text(heading=True)."""
    offsets: dict[tuple[str, bool], int] = {(key, True): 0}
    position = len(section.heading) + 1

    def visit(k: str, s: Section, with_heading: bool) -> None:
        nonlocal position
        pieces = ([(True, s.heading)] if with_heading else []) + [(False, s.body)]
        for is_heading, text in pieces:
            if text:
                offsets[(k, is_heading)] = position
                position += len(text) + 1
        for n, child in enumerate(s.children, 1):
            visit(f"{k}.{n}", child, True)

    visit(key, section, False)
    return offsets


def section_marks(copies: CopyReport, key: str, section: Section) -> list[Mark]:
    """Marks in `section.full_text(heading=True)` (sub-sections included), in order."""
    return marks_at(copies, field_offsets(key, section))


def column_marks(copies: CopyReport, alignment, column) -> list[Mark]:
    """Marks in a comparison column's text (its sections one after another)."""
    marks = []
    for key, (start, _) in zip(column.keys, column.segments):
        ref = alignment.section(key)
        if ref is not None:
            marks += [replace(m, start=m.start + start, end=m.end + start)
                      for m in section_marks(copies, key, ref.section)]
    return marks


def reading_marks(copies: CopyReport, reading) -> list[Mark]:
    """Marks in a whole report as `compare.reading.report_text` lays it out."""
    offsets = {}
    for key, (start, end) in reading.starts.items():
        offsets[(key, True)] = start
        offsets[(key, False)] = end + 1
    return marks_at(copies, offsets)


def marks_at(copies: CopyReport, offsets: dict[tuple[str, bool], int]) -> list[Mark]:
    """Marks for the headings and bodies placed at these offsets, in order; the formulas
    inside an otherwise own or copied sentence are boilerplate marks of their own."""
    marks: list[Mark] = []
    for (k, is_heading), offset in offsets.items():
        for f in copies.findings_in(k):
            s = f.sentence
            if s.heading != is_heading:
                continue
            base = offset + s.start
            if f.kind == "boilerplate":
                marks.append(Mark(base, offset + s.end, f.kind, f.reason, f.others))
                continue
            position = 0
            for a, b in s.formulas:
                if f.kind != "own" and a > position:
                    marks.append(Mark(base + position, base + a, f.kind, "", f.others))
                marks.append(Mark(base + a, base + b, "boilerplate", "formula"))
                position = b
            if f.kind != "own" and position < len(s.text):
                marks.append(Mark(base + position, offset + s.end, f.kind, "", f.others))
    return sorted(marks, key=lambda m: m.start)
