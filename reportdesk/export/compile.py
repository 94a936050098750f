"""Compile aligned reports into export blocks: by topic, by report, or as a comparison table."""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

from reportdesk.export.blocks import Block, Heading, PageBreak, Para, Table, Title, Toc
from reportdesk.model import MATRIX_PARTS, Alignment, Section, part_heading
from reportdesk.text.numerals import int_to_chinese
MODES = ("topics", "reports", "table")


@dataclass
class ExportOptions:
    mode: str = "topics"
    parts: list[str] = field(default_factory=lambda: list(MATRIX_PARTS))
    topics: list[str] | None = None  # None: every topic, in the list's order
    reports: list[str] | None = None  # report ids; None: all, in loading order
    title: str = ""
    cell_chars: int = 100  # comparison table: opening text per cell
    date: str = ""


def compile_blocks(alignment: Alignment, options: ExportOptions) -> list[Block]:
    if options.mode == "reports":
        blocks = by_report(alignment, options)
    elif options.mode == "table":
        blocks = comparison_table(alignment, options)
    else:
        blocks = by_topic(alignment, options)
    return with_toc_entries(blocks)


def with_toc_entries(blocks: list[Block], depth: int = 2) -> list[Block]:
    """Fill the table of contents with the headings, so that it reads right even before
    Word updates the field (LibreOffice and previews show what is stored)."""
    entries = tuple((b.level, b.text) for b in blocks if isinstance(b, Heading) and b.level <= depth)
    return [Toc(entries) if isinstance(b, Toc) else b for b in blocks]


def _reports(alignment: Alignment, options: ExportOptions):
    refs = {r.id: r for r in alignment.reports}
    order = options.reports if options.reports is not None else [r.id for r in alignment.reports]
    return [refs[r] for r in order if r in refs]


def _topics(alignment: Alignment, options: ExportOptions) -> list[tuple[str, str]]:
    names = dict(alignment.topics)
    order = options.topics if options.topics is not None else [t for t, _ in alignment.topics]
    return [(t, names[t]) for t in order if t in names]


def _date(options: ExportOptions) -> str:
    if options.date:
        return options.date
    today = datetime.date.today()
    return f"{today.year}年{today.month}月{today.day}日"


def section_paragraphs(section: Section, with_heading: bool = True) -> list[Para]:
    """A section's text as paragraphs, exactly as read: its body, then its sub-sections."""
    out = [Para(line) for line in section.body.split("\n") if line.strip()]
    for child in section.children:
        out.append(Para(child.heading, "subhead"))
        out.extend(section_paragraphs(child))
    return out


def by_topic(alignment: Alignment, options: ExportOptions) -> list[Block]:
    """按主题汇编: for each part and topic, every region's text on it, then who wrote nothing."""
    reports = _reports(alignment, options)
    title = options.title or "各地工作总结按主题汇编"
    blocks: list[Block] = [Title(title, f"（共{len(reports)}篇报告　{_date(options)}）"), Toc(), PageBreak()]
    part_no = 0
    for part in [p for p in MATRIX_PARTS if p in options.parts]:
        topics = [(t, name) for t, name in _topics(alignment, options)
                  if any(alignment.cell_sections(r.id, part, t) for r in reports)]
        if not topics:
            continue
        part_no += 1
        blocks.append(Heading(1, f"{int_to_chinese(part_no)}、{part_heading(part)}"))
        for k, (topic, name) in enumerate(topics, 1):
            blocks.append(Heading(2, f"（{int_to_chinese(k)}）{name}"))
            silent = []
            for ref in reports:
                sections = alignment.cell_sections(ref.id, part, topic)
                if not sections:
                    silent.append(ref.label)
                    continue
                for s in sections:
                    blocks.append(Heading(3, f"{ref.label}：{s.section.heading}"))
                    blocks.extend(section_paragraphs(s.section))
            if silent:
                blocks.append(Para(f"未涉及此主题的报告：{'、'.join(silent)}。", "note"))
    return blocks


def by_report(alignment: Alignment, options: ExportOptions) -> list[Block]:
    """逐篇汇编: every report in full with its own headings, each on a new page."""
    reports = _reports(alignment, options)
    blocks: list[Block] = [Title(options.title or "各地工作总结汇编", f"（共{len(reports)}篇报告　{_date(options)}）"),
                           Toc()]
    for ref in reports:
        report = ref.report
        blocks.append(PageBreak())
        blocks.append(Heading(1, f"{ref.label}：{report.title}" if report.region is None else report.title))
        meta = "　".join(x for x in (report.issuer, report.date) if x)
        if meta:
            blocks.append(Para(meta, "meta"))
        blocks.extend(Para(line) for line in report.preamble.split("\n") if line.strip())
        for section in report.sections:
            blocks.extend(_report_section(section))
    return blocks


def _report_section(section: Section) -> list[Block]:
    out: list[Block] = [Heading(min(section.depth + 1, 3), section.heading)]
    out.extend(Para(line) for line in section.body.split("\n") if line.strip())
    for child in section.children:
        out.extend(_report_section(child))
    return out


_SENTENCE = re.compile(r"[^。！？；]*[。！？；]?")


def opening(text: str, cap: int) -> str:
    """Whole opening sentences up to `cap` characters (at least part of the first)."""
    text = re.sub(r"\s+", "", text)
    out = ""
    for sentence in _SENTENCE.findall(text):
        if not sentence:
            continue
        if len(out) + len(sentence) > cap:
            return out or sentence[:cap] + "…"
        out += sentence
    return out


def comparison_table(alignment: Alignment, options: ExportOptions, per_table: int = 5) -> list[Block]:
    """Topics as rows, regions as columns, each cell the opening of that region's text."""
    reports = _reports(alignment, options)
    blocks: list[Block] = [Title(options.title or "各地工作总结对照表", f"（{_date(options)}）")]
    for part in [p for p in MATRIX_PARTS if p in options.parts]:
        topics = [(t, name) for t, name in _topics(alignment, options)
                  if any(alignment.cell_sections(r.id, part, t) for r in reports)]
        if not topics:
            continue
        blocks.append(Heading(1, part_heading(part)))
        for start in range(0, len(reports), per_table):  # a few regions per table fit a landscape page
            chunk = reports[start:start + per_table]
            rows = []
            for topic, name in topics:
                cells = []
                for ref in chunk:
                    sections = alignment.cell_sections(ref.id, part, topic)
                    text = "".join(s.section.title + "。" + "".join(p.text for p in section_paragraphs(s.section))
                                   for s in sections)
                    cells.append(opening(text, options.cell_chars) if text else "—")
                rows.append((name, *cells))
            blocks.append(Table(("主题", *(r.label for r in chunk)), tuple(rows)))
    return blocks
