"""A whole report as one text to read from start to end, and where each section starts in it."""
from __future__ import annotations

from dataclasses import dataclass

from reportdesk.model import ReportRef, keyed_sections


@dataclass(frozen=True)
class ReadingText:
    text: str
    starts: dict  # section key -> (start, end of its heading line) in `text`


def report_text(ref: ReportRef) -> ReadingText:
    """Title, issuer and date, the opening, then every heading and its own text, in order."""
    report = ref.report
    lines: list[str] = [report.title]
    meta = "　".join(x for x in (report.issuer, report.date) if x)
    if meta:
        lines.append(meta)
    if report.preamble:
        lines.append(report.preamble)
    starts = {}
    position = sum(len(line) + 1 for line in lines)
    for key, section in keyed_sections(ref.id, report.sections):
        starts[key] = (position, position + len(section.heading))
        lines.append(section.heading)
        position += len(section.heading) + 1
        if section.body:
            lines.append(section.body)
            position += len(section.body) + 1
    return ReadingText("\n".join(lines), starts)
