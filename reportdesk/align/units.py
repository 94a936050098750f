"""Which sections take part in alignment, and their stable keys.

Every section except part headings (二、存在问题) and the overview gets a topic: the
units of work (sections directly under a part heading, or top headings where a report
has none) and their sub-sections.
"""
from __future__ import annotations

from dataclasses import replace

from reportdesk.members import short_label
from reportdesk.model import ParsedFile, Pins, ReportRef, SectionRef, keyed_sections, matrix_part, parent_of_key
from reportdesk.structure.names import display_name, unique_names


def report_refs(files: list[ParsedFile], pins: Pins | None = None) -> list[ReportRef]:
    """Every report of the files, with an id unique in the set ("name#k") and a name
    unique in the set, the user's names and regions applied."""
    refs: list[ReportRef] = []
    used: set[str] = set()
    for parsed in files:
        name = short_label(parsed.path)  # "各县.zip › 总结.docx" for a report inside an archive
        for k, report in enumerate(parsed.reports, 1):
            report_id = f"{name}#{k}"
            suffix = 2
            while report_id in used:  # the same file name in two folders
                report_id = f"{name}({suffix})#{k}"
                suffix += 1
            used.add(report_id)
            refs.append(ReportRef(report_id, parsed.path, k, report, as_read=report))
    return named_refs(refs, pins)


def named_refs(refs: list[ReportRef], pins: Pins | None) -> list[ReportRef]:
    """The reports with the user's names and regions (a new region renames a report the
    user has not named), each name made unique in the set: "溆浦县教育局 2021（2）"."""
    pins = pins or Pins()
    out = []
    for ref in refs:
        report = ref.as_read or ref.report
        region = pins.region_of(ref.id)
        if region is not None:
            report = replace(report, region=region or None)
            report = replace(report, name=display_name(report))
        report = replace(report, name=pins.name_of(ref.id) or report.name or display_name(report))
        out.append(replace(ref, report=report, as_read=ref.as_read or ref.report))
    names = unique_names([ref.report.name for ref in out])
    return [replace(ref, name=name) for ref, name in zip(out, names)]


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
