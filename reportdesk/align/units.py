"""Which sections take part in alignment, and their stable keys.

Every section except part headings (二、存在问题) and the overview gets a topic: the
units of work (sections directly under a part heading, or top headings where a report
has none) and their sub-sections.
"""
from __future__ import annotations

from pathlib import Path

from reportdesk.model import MATRIX_PARTS, ParsedFile, ReportRef, SectionRef, keyed_sections, parent_of_key


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
    aligned_keys: set[str] = set()
    for key, section in keyed_sections(ref.id, ref.report.sections):
        parent = parent_of_key(key)
        part = matrix_part(section.part)
        if part is not None and not section.is_part:
            aligned_keys.add(key)
            out.append(SectionRef(key, ref.id, section, part, parent if parent in aligned_keys else None))
    return out
