"""A report as one text, and where each of its pieces lies in it.

This is the text the 原文 tab shows and the one every offset refers to (blocks, passages,
`align --json`): the title, the issuer and date, the opening, then each heading on a line
of its own followed by its section's own text, in reading order, lines joined by "\\n".
"""
from __future__ import annotations

from dataclasses import dataclass

from reportdesk.model.document import Report, section_paths


@dataclass(frozen=True)
class ReportText:
    text: str
    head: tuple[int, int]  # the title line, with the issuer and date line if there is one
    preamble: tuple[int, int]  # the opening, before the first heading (empty span if none)
    headings: dict  # section position path ("2.3") -> (start, end) of its heading line
    bodies: dict  # section position path -> (start, end) of its own text (empty span if none)

    def keyed_headings(self, report_id: str) -> dict:
        """The heading spans by section key ("a.txt#1/2.3")."""
        return {f"{report_id}/{path}": span for path, span in self.headings.items()}


def report_text(report: Report) -> ReportText:
    """The report laid out as one text (see the module docstring)."""
    lines: list[str] = []
    position = 0

    def add(line: str) -> tuple[int, int]:
        nonlocal position
        start = position
        lines.append(line)
        position += len(line) + 1
        return start, start + len(line)

    head = add(report.title)
    meta = "　".join(x for x in (report.issuer, report.date) if x)
    if meta:
        head = (head[0], add(meta)[1])
    preamble = add(report.preamble) if report.preamble else (head[1], head[1])
    headings, bodies = {}, {}
    for path, section in section_paths(report.sections):
        headings[path] = add(section.heading)
        bodies[path] = add(section.body) if section.body else (headings[path][1], headings[path][1])
    return ReportText("\n".join(lines), head, preamble, headings, bodies)
