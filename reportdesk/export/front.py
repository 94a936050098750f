"""The front matter every mode opens with, as a bound compilation (汇编) does: an unnumbered
cover, a 汇编说明 saying what is in it and what was left out, and the 目录."""
from __future__ import annotations

import datetime

from reportdesk.export.blocks import Block, BodyStart, Cover, Notice, Toc
from reportdesk.export.options import ExportOptions, chosen_list, chosen_reports
from reportdesk.model import MATRIX_PARTS, Alignment, ReportRef, part_name


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
    """Sentences saying which parts and topics the user chose to leave out, if any. Reports
    left unchecked are not named nor counted: the compilation is sent up as the reports it
    holds, and a reader has no use for the ones the clerk had open and set aside."""
    lines = []
    chosen = {r.id for r in reports}
    topic_list = chosen_list(alignment, options)
    elsewhere = [t for t in alignment.lists if topic_list is not None and t.id != topic_list.id
                 and not chosen & set(t.reports)]
    if elsewhere:
        lines.append("另有" + "、".join(f"{len(t.reports)}篇{t.name if t.fits else '无适用主题表的报告'}" for t in elsewhere)
                     + "，主题不同，未收录，可另行汇编。")
    if options.mode != "reports":
        parts = [f"“{part_name(p)}”" for p in MATRIX_PARTS if p not in options.parts]
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
