"""Compile aligned reports into export blocks: by topic, by report, or as a comparison table.

Every mode opens like a bound compilation (汇编): an unnumbered cover, a 汇编说明 saying
what is in it and what was left out, a 目录 whose page numbers come from the page model
(layout.py), then the body numbered from 1. Every block of text says whose it is with
the report's display name (`ReportRef.label`).
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from reportdesk.export.blocks import Block, BodyStart, Cover, Notice, Para, ReportTitle, Toc
from reportdesk.export.layout import with_page_numbers
from reportdesk.export.sections import section_blocks
from reportdesk.model import MATRIX_PARTS, Alignment, ReportRef, part_heading

MODES = ("topics", "reports", "table")


@dataclass
class ExportOptions:
    mode: str = "topics"
    parts: list[str] = field(default_factory=lambda: list(MATRIX_PARTS))
    topics: list[str] | None = None  # None: every topic, in the list's order
    reports: list[str] | None = None  # report ids; None: all, in loading order
    title: str = ""
    cell_chars: int = 100  # comparison table: opening text per cell
    date: str = ""  # the cover's date; today when empty
    unit: str = ""  # 编印单位 on the cover, and the document's author
    toc_levels: int = 2  # 目录 depth in topics mode: 2 parts and topics, 3 also each region
    overview: bool = True  # topics mode: a first chapter with openings and 基本情况
    topic_list: str = ""  # a mixed set: the list whose topics and reports to compile ("": the main one)
    leave_out_unwritten: bool = True  # comparison table: no row for a topic nobody wrote on
    roster_note: str = ""  # who of the list of who must report did not (roster.render.missing_note)


def compile_blocks(alignment: Alignment, options: ExportOptions) -> list[Block]:
    from reportdesk.export.table import comparison_table
    from reportdesk.export.topics import by_topic

    if options.mode == "reports":
        blocks = by_report(alignment, options)
    elif options.mode == "table":
        blocks = comparison_table(alignment, options)
    else:
        blocks = by_topic(alignment, options)
    return with_page_numbers(blocks)


def chosen_list(alignment: Alignment, options: ExportOptions):
    """The topic list compiled (in a mixed set, one list at a time), or None without lists."""
    main = alignment.lists[0] if alignment.lists else None
    return next((t for t in alignment.lists if t.id == options.topic_list), main)


def chosen_reports(alignment: Alignment, options: ExportOptions) -> list[ReportRef]:
    topic_list = chosen_list(alignment, options)
    default = list(topic_list.reports) if topic_list is not None else [r.id for r in alignment.reports]
    order = options.reports if options.reports is not None else default
    found = (alignment.report(r) for r in order)
    return [r for r in found if r is not None]


def chosen_topics(alignment: Alignment, options: ExportOptions) -> list[tuple[str, str]]:
    topic_list = chosen_list(alignment, options)
    names = dict(alignment.topics)
    default = [t for t, _ in (topic_list.topics if topic_list is not None else alignment.topics)]
    order = options.topics if options.topics is not None else default
    return [(t, names[t]) for t in order if t in names]


def chosen_parts(options: ExportOptions) -> list[str]:
    return [p for p in MATRIX_PARTS if p in options.parts]


def cover_date(options: ExportOptions) -> str:
    if options.date:
        return options.date
    today = datetime.date.today()
    return f"{today.year}年{today.month}月{today.day}日"


def front_matter(alignment: Alignment, options: ExportOptions, title: str, how: list[str],
                 toc: Toc) -> list[Block]:
    """Cover, 汇编说明 (what is included, from how many reports, what was left out), 目录."""
    reports = chosen_reports(alignment, options)
    names = "、".join(r.label for r in reports)
    lines = [f"本汇编收录{len(reports)}篇报告" + (f"：{names}。" if len(reports) <= 30 else "。")]
    lines += how
    lines += [options.roster_note] if options.roster_note else []
    lines += left_out(alignment, options, reports)
    return [Cover(title, options.unit, cover_date(options)), Notice("汇编说明", tuple(lines)), toc,
            BodyStart(landscape=options.mode == "table")]


def left_out(alignment: Alignment, options: ExportOptions, reports: list[ReportRef]) -> list[str]:
    """Sentences naming what the user chose to leave out, if anything."""
    lines = []
    chosen = {r.id for r in reports}
    topic_list = chosen_list(alignment, options)
    own = set(topic_list.reports) if topic_list is not None else {r.id for r in alignment.reports}
    others = [r.label for r in alignment.reports if r.id not in chosen and r.id in own]
    if others:
        lines.append(f"未收录的报告（{len(others)}篇）：{'、'.join(others)}。")
    elsewhere = [t for t in alignment.lists if topic_list is not None and t.id != topic_list.id
                 and not chosen & set(t.reports)]
    if elsewhere:
        lines.append("另有" + "、".join(f"{len(t.reports)}篇{t.name if t.fits else '无适用主题表的报告'}" for t in elsewhere)
                     + "，主题不同，未收录，可另行汇编。")
    if options.mode != "reports":
        parts = [f"“{part_heading(p)}”" for p in MATRIX_PARTS if p not in options.parts]
        if parts:
            lines.append(f"未收录{'、'.join(parts)}部分。")
        if options.topics is not None:
            kept = set(options.topics)
            own_topics = topic_list.topics if topic_list is not None else alignment.topics
            topics = [f"“{name}”" for t, name in own_topics if t not in kept
                      and any(c.topic == t for c in alignment.cells)]
            if topics:
                lines.append(f"未收录以下主题：{'、'.join(topics)}。")
    return lines


# -- reports mode ------------------------------------------------------------------------

def by_report(alignment: Alignment, options: ExportOptions) -> list[Block]:
    """逐篇汇编: every report in full with its own hierarchy, each on a new page."""
    reports = chosen_reports(alignment, options)
    how = ["各篇按原文全文收录，标题层次照录原文：一级标题用黑体，二级标题用楷体，三级标题用仿宋加粗，"
           "四级标题用仿宋；原文中标题与正文连排的，仍连排。"]
    blocks = front_matter(alignment, options, options.title or "各地工作总结汇编", how,
                          Toc(report_titles=True))
    for ref in reports:
        report = ref.report
        blocks.append(report_heading(ref))
        blocks.extend(Para(line) for line in report.preamble.split("\n") if line.strip())
        for section in report.sections:
            blocks.extend(section_blocks(section, lambda s: min(s.depth, 4)))
    return blocks


def report_heading(ref: ReportRef) -> ReportTitle:
    """A report's own title, and the line under it naming whose it is (display name, issuer,
    date) with what the title does not already say."""
    title = ref.report.title
    named = all(word in title for word in ref.label.split())
    meta = [] if named else [ref.label]
    meta += [x for x in (ref.report.issuer, ref.report.date) if x and x not in title and x not in ref.label]
    return ReportTitle(title, "　".join(meta), byline=not named)
