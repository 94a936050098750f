"""The outline of parsed files as plain data (for --json) and as an indented text tree."""
from __future__ import annotations

from reportdesk.model import ParsedFile, Report, Section, part_name
from reportdesk.structure.names import unique_names


def outline_data(files: list[ParsedFile], topics: dict | None = None) -> dict:
    """The JSON document of `reportdesk outline --json`; names are unique in the set, as
    in the window."""
    names = iter(unique_names([r.name for f in files for r in f.reports]))
    return {"files": [_file_data(f, topics or {}, names) for f in files]}


def _file_data(parsed: ParsedFile, topics: dict, names) -> dict:
    return {
        "path": parsed.path,
        "encoding": parsed.encoding,
        "error": parsed.error,
        "notes": list(parsed.warnings),  # read with damage repaired, or set aside: why
        "reports": [_report_data(r, topics, next(names)) for r in parsed.reports],
    }


def _report_data(report: Report, topics: dict, name: str) -> dict:
    return {
        "name": name,
        "title": report.title,
        "region": report.region,
        "year": report.year,
        "period": report.period,
        "issuer": report.issuer,
        "date": report.date,
        "headings": [
            {"depth": s.depth, "marker": s.marker, "title": s.title, "part": s.part,
             "topic": topics.get(id(s)), "chars": s.chars}
            for s in report.walk()
        ],
    }


def outline_text(files: list[ParsedFile]) -> str:
    """An indented tree a person can read."""
    lines: list[str] = []
    for parsed in files:
        if parsed.error:
            lines.append(f"✗ {parsed.path}\n    {parsed.error}")
            continue
        if not parsed.reports:  # set aside: not a report, or one of our own compilations
            lines.append(f"– {parsed.path}\n    {'；'.join(parsed.warnings)}")
            continue
        lines.append(f"■ {parsed.path}  [{parsed.encoding}，{len(parsed.reports)} 篇报告]")
        for k, report in enumerate(parsed.reports, 1):
            facts = [f"地区：{report.region or '未注明'}",
                     f"年份：{report.year or '未注明'}", f"期间：{report.period or '未注明'}"]
            if report.issuer:
                facts.append(f"单位：{report.issuer}")
            if report.date:
                facts.append(f"日期：{report.date}")
            lines.append(f"  {k}. {report.name}：{report.title}" if report.name != report.title
                         else f"  {k}. {report.title}")
            lines.append(f"     {'  '.join(facts)}")
            lines.extend(_section_lines(report.sections, indent=5))
    return "\n".join(lines)


def _section_lines(sections: tuple[Section, ...], indent: int) -> list[str]:
    lines = []
    for section in sections:
        part = f"〔{part_name(section.part)}〕" if section.part and section.depth == 1 else ""
        lines.append(f"{' ' * indent}{section.marker}{section.title}{part}  {section.chars}字")
        lines.extend(_section_lines(section.children, indent + 2))
    return lines
