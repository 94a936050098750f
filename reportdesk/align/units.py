"""Which sections take part in alignment, and their stable keys.

Every section except part headings (二、存在问题) and the overview gets a topic: the
units of work (sections directly under a part heading, or top headings where a report
has none) and their sub-sections.
"""
from __future__ import annotations

from pathlib import Path

from reportdesk.model import MATRIX_PARTS, ParsedFile, ReportRef, Section, SectionRef


def report_refs(files: list[ParsedFile]) -> list[ReportRef]:
    """Every report of the files, with an id unique in the set ("name#k")."""
    refs: list[ReportRef] = []
    used: set[str] = set()
    for parsed in files:
        name = Path(parsed.path).name
        for k, report in enumerate(parsed.reports, 1):
            report_id = f"{name}#{k}"
            suffix = 2
            while report_id in used:  # the same file name in two folders
                report_id = f"{name}({suffix})#{k}"
                suffix += 1
            used.add(report_id)
            refs.append(ReportRef(report_id, parsed.path, k, report))
    return refs


def matrix_part(part: str | None) -> str | None:
    if part == "highlights":
        return "achievements"
    return part if part in MATRIX_PARTS else None


def section_refs(ref: ReportRef) -> list[SectionRef]:
    """The aligned sections of one report, in reading order."""
    out: list[SectionRef] = []

    def visit(section: Section, path: str, parent_key: str | None) -> None:
        key = f"{ref.id}/{path}"
        part = matrix_part(section.part)
        aligned = part is not None and not section.is_part
        if aligned:
            out.append(SectionRef(key, ref.id, section, part, parent_key))
        for k, child in enumerate(section.children, 1):
            visit(child, f"{path}.{k}", key if aligned else None)

    for k, section in enumerate(ref.report.sections, 1):
        visit(section, str(k), None)
    return out


def full_text(section: Section) -> str:
    """The section's body and everything below it (a parent speaks for its children)."""
    parts = [section.body]
    for child in section.children:
        parts.append(child.heading)
        parts.append(full_text(child))
    return "\n".join(p for p in parts if p)
