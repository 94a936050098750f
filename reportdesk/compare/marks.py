"""Where copied, reused and boilerplate sentences are in the texts the window shows.

Copy detection places sentences in a section's own heading or body (or the opening); the
原文 tab shows the report's text (`model.report_text`), and a comparison column shows
passages cut from that text as written, so marks are placed in the report's text first.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from reportdesk.compare.copies import CopyReport
from reportdesk.model import ReportText


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str  # "boilerplate", "reused" or "copied"
    reason: str = ""  # for boilerplate: "formula" or "widespread"
    others: tuple[str, ...] = ()  # report ids of the reports that have the sentence too


def column_marks(copies: CopyReport, alignment, column) -> list[Mark]:
    """Marks in a comparison column's text: each passage's part of its report's marks."""
    marks = []
    texts: dict[str, list[Mark]] = {}
    for key, (start, _) in zip(column.keys, column.segments):
        passage = alignment.passage(key)
        if passage is None:
            continue
        found = texts.get(passage.report_id)
        if found is None:
            found = texts[passage.report_id] = reading_marks(copies, alignment.text_of(passage.report_id),
                                                             passage.report_id)
        shift = start - passage.start
        end = passage.start + (column.segments[column.keys.index(key)][1] - start)
        marks += [replace(m, start=max(m.start, passage.start) + shift, end=min(m.end, end) + shift)
                  for m in found if m.start < end and m.end > passage.start]
    return marks


def reading_marks(copies: CopyReport, text: ReportText, report_id: str) -> list[Mark]:
    """Marks in a whole report as `model.report_text` lays it out."""
    offsets = {}
    for path, (start, _) in text.headings.items():
        offsets[(f"{report_id}/{path}", True)] = start
        offsets[(f"{report_id}/{path}", False)] = text.bodies[path][0]
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
