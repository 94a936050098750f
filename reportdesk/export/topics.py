"""按主题汇编: each report's text sorted under parts and topics, every sentence exactly once.

Where each piece of a report goes:

* its opening (preamble) and its 基本情况 part: chapter 一、基本情况, under the report's name;
* the text a part heading carries itself (二、2025年工作总体要求和主要目标 with the year's
  targets, a part's introduction): that part's first topic, （一）概述;
* what belongs to no part (附件, 名词解释 after a report's end): a last chapter, 附录;
* every other section: the topic it is assigned to. A sub-section on the same topic is
  printed inside its parent, as in the source; a sub-section on another topic is printed
  under that topic, and its parent shows a one-line pointer where it stood.

Source markers stay inside a region's block; the compilation numbers only the levels it
adds (chapters 一、, topics （一）), so "（一）（一）一是" never happens.
"""
from __future__ import annotations

from reportdesk.export.blocks import Block, Heading, Para, Toc
from reportdesk.export.compile import (ExportOptions, chosen_parts, chosen_reports, chosen_topics,
                                       front_matter)
from reportdesk.export.sections import body_lines, own_blocks, subhead
from reportdesk.model import Alignment, ReportRef, Section, part_heading
from reportdesk.text.numerals import int_to_chinese

OVERVIEW = "基本情况"
INTRODUCTION = "概述"
APPENDIX = "附录"
SILENT = "未涉及此主题的报告："


def by_topic(alignment: Alignment, options: ExportOptions) -> list[Block]:
    reports = chosen_reports(alignment, options)
    parts = chosen_parts(options)
    appendix = appendix_chapter(reports)
    how = [f"第一章“{OVERVIEW}”收录各报告的开头和基本情况；其后各章按部分、主题编排，各部分的总体情况和"
           f"目标任务列在该部分的“{INTRODUCTION}”中。每段原文只收录一次，所在小节归入其他主题的，"
           "在原处注明“见某主题”。每个主题末尾列出未涉及该主题的报告。"]
    if appendix:
        how.append(f"报告所附的附件、名词解释等不属于任何部分的内容，编入最后一章“{APPENDIX}”。")
    if not options.overview:
        how.append(f"应要求未收录“{OVERVIEW}”一章（各报告的开头和基本情况）。")
    blocks = front_matter(alignment, options, options.title or "各地工作总结按主题汇编", how,
                          Toc(levels=max(1, min(options.toc_levels, 3))))
    chapter = 0
    if options.overview:
        overview = overview_chapter(reports)
        if overview:
            chapter += 1
            blocks.append(Heading(1, f"{int_to_chinese(chapter)}、{OVERVIEW}", new_page=True))
            blocks.extend(overview)
    for part in parts:
        body = part_chapter(alignment, options, reports, part)
        if body:
            chapter += 1
            blocks.append(Heading(1, f"{int_to_chinese(chapter)}、{part_heading(part)}", new_page=True))
            blocks.extend(body)
    if appendix:
        chapter += 1
        blocks.append(Heading(1, f"{int_to_chinese(chapter)}、{APPENDIX}", new_page=True))
        blocks.extend(appendix)
    return blocks


def overview_chapter(reports: list[ReportRef]) -> list[Block]:
    """Per report: its opening and every section of its 基本情况 part, headings as written."""
    return _per_report(reports, "overview", opening=True)


def appendix_chapter(reports: list[ReportRef]) -> list[Block]:
    """Per report: what belongs to no part (附件, 名词解释 at a report's end), as written."""
    return _per_report(reports, None, opening=False)


def _per_report(reports: list[ReportRef], part: str | None, opening: bool) -> list[Block]:
    out: list[Block] = []
    k = 0
    for ref in reports:
        pieces: list[Block] = [Para(line) for line in body_lines(ref.report.preamble)] if opening else []
        for section in ref.report.sections:
            if section.part == part:
                pieces.extend(_whole(section))
        if pieces:
            k += 1
            out.append(Heading(2, f"（{int_to_chinese(k)}）{ref.label}"))
            out.extend(pieces)
    return out


def _whole(section: Section) -> list[Block]:
    out = own_blocks(section, 3, subhead)
    for child in section.children:
        out.extend(_whole(child))
    return out


def part_chapter(alignment: Alignment, options: ExportOptions, reports: list[ReportRef],
                 part: str) -> list[Block]:
    """概述 (the part headings' own text), then each topic someone wrote on in this part."""
    out: list[Block] = []
    number = 0
    intros = [(ref, lines) for ref in reports if (lines := introduction(ref, part))]
    if intros:
        number += 1
        out.append(Heading(2, f"（{int_to_chinese(number)}）{INTRODUCTION}"))
        for ref, lines in intros:
            out.append(Heading(3, ref.label))
            out.extend(Para(line) for line in lines)
    topics = [(t, name) for t, name in chosen_topics(alignment, options)
              if any(alignment.cell(r.id, part, t) for r in reports)]
    numbered = {t: f"（{int_to_chinese(number + k)}）{name}" for k, (t, name) in enumerate(topics, 1)}
    for topic, _ in topics:
        out.append(Heading(2, numbered[topic]))
        silent = []
        for ref in reports:
            cell = alignment.cell_sections(ref.id, part, topic)
            if not cell:
                silent.append(ref.label)
                continue
            out.append(Heading(3, ref.label))
            for aligned in cell:
                out.extend(topic_text(alignment, aligned.key, aligned.section, topic, numbered))
        if silent:
            out.append(Para(f"{SILENT}{'、'.join(silent)}。", "note"))
    return out


def introduction(ref: ReportRef, part: str) -> list[str]:
    """The own text of the report's part headings of this part (highlights count as achievements)."""
    lines: list[str] = []
    for section in ref.report.sections:
        own = "achievements" if section.part == "highlights" else section.part
        if section.is_part and own == part:
            lines.extend(body_lines(section.body))
    return lines


def topic_text(alignment: Alignment, key: str, section: Section, topic: str,
               numbered: dict[str, str]) -> list[Block]:
    """A section's own text; sub-sections on this topic inside it, others as pointers."""
    out = own_blocks(section, 3, subhead)
    for k, child in enumerate(section.children, 1):
        child_key = f"{key}.{k}"
        assigned = alignment.assignment(child_key)
        child_topic = assigned.topic if assigned is not None else topic
        if child_topic == topic:
            out.extend(topic_text(alignment, child_key, child, topic, numbered))
        elif child_topic in numbered:
            out.append(Para(f"（{child.title}：见“{numbered[child_topic]}”）", "pointer"))
        # else: its topic was left out of this compilation, as the 汇编说明 says
    return out

