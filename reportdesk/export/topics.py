"""按主题汇编: each report's text sorted under parts and topics, every passage exactly once.

Where each piece of a report goes:

* its opening (preamble) and its 基本情况 part: chapter 一、基本情况, under the report's name,
  without the formalities of a speech (text/formalities.py);
* what belongs to no part (附件, 名词解释 after a report's end): a last chapter, 附录;
* every passage of a part: under its part and its main topic, in reading order, after the
  headings of its place in the report. A passage that is also about another topic (a
  second subject) is printed once, under its main topic; the other topic says where to find
  it (for a region with nothing else there, in one line for the topic). A region is listed as
  not writing on a topic only when no passage of it is on the topic at all.

Source markers stay inside a region's block; the compilation numbers only the levels it
adds (chapters 一、, topics （一）), so "（一）（一）一是" never happens.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Callable

from reportdesk.export.blocks import Block, Heading, Para, RunIn, Toc
from reportdesk.export.front import front_matter
from reportdesk.export.options import ExportOptions, chosen_parts, chosen_reports, chosen_topics, cover_title
from reportdesk.export.sections import body_lines, own_blocks, passage_blocks, subhead
from reportdesk.model import Alignment, ReportRef, Section, part_name
from reportdesk.text.formalities import without_formalities
from reportdesk.text.numerals import int_to_chinese

OVERVIEW = "基本情况"
APPENDIX = "附录"
SILENT = "未涉及此主题的报告："
ELSEWHERE = "写到此主题、内容收在其他主题下的报告："


def by_topic(alignment: Alignment, options: ExportOptions) -> list[Block]:
    reports = chosen_reports(alignment, options)
    parts = chosen_parts(options)
    appendix = appendix_chapter(reports)
    overview = overview_chapter(reports) if options.overview else []
    first = (f"第一章“{OVERVIEW}”收录各报告的开头和基本情况（称呼、“请予审议”“现将……总结如下”等程式性语句不录）；其后各章"
             if overview else "各章")
    how = [f"{first}按部分、主题编排。每段原文只收录一次，收在它主要写的主题下；同时写到其他主题的，在那个主题下"
           "注明“另见”。每个主题末尾列出完全未涉及该主题的报告。"]
    if appendix:
        how.append(f"报告所附的附件、名词解释等不属于任何部分的内容，编入最后一章“{APPENDIX}”。")
    if not options.overview:
        how.append(f"应要求未收录“{OVERVIEW}”一章（各报告的开头和基本情况）。")
    blocks = front_matter(alignment, options, cover_title(alignment, options), how,
                          Toc(levels=max(1, min(options.toc_levels, 3))))
    chapter = 0
    if overview:
        chapter += 1
        blocks.append(Heading(1, f"{int_to_chinese(chapter)}、{OVERVIEW}", new_page=True))
        blocks.extend(overview)
    for part in parts:
        body = part_chapter(alignment, options, reports, part)
        if body:
            chapter += 1
            blocks.append(Heading(1, f"{int_to_chinese(chapter)}、{part_name(part)}", new_page=True))
            blocks.extend(body)
    if appendix:
        chapter += 1
        blocks.append(Heading(1, f"{int_to_chinese(chapter)}、{APPENDIX}", new_page=True))
        blocks.extend(appendix)
    return blocks


def overview_chapter(reports: list[ReportRef]) -> list[Block]:
    """Per report: its opening and every section of its 基本情况 part, headings as written,
    without the formalities of a speech or a cover note (各位代表：, 现在，我代表…请予审议, 现将
    工作总结如下): a report that opens with nothing else has no place in the chapter, and
    when none has, there is no chapter."""
    return _per_report(reports, "overview", opening=True, keep=without_formalities)


def appendix_chapter(reports: list[ReportRef]) -> list[Block]:
    """Per report: what belongs to no part (附件, 名词解释 at a report's end), as written."""
    return _per_report(reports, None, opening=False)


def _per_report(reports: list[ReportRef], part: str | None, opening: bool,
                keep: Callable[[str], str] = str) -> list[Block]:
    """Per report that has any, its opening (when asked) and its sections of `part`, each
    paragraph's text passed through `keep` (a paragraph left empty is left out)."""
    out: list[Block] = []
    k = 0
    for ref in reports:
        pieces: list[Block] = [Para(line) for line in body_lines(ref.report.preamble)] if opening else []
        for section in ref.report.sections:
            if section.part == part:
                pieces.extend(_whole(section))
        pieces = [kept for kept in (_kept(piece, keep) for piece in pieces) if kept is not None]
        if any(not isinstance(p, Heading) and not (isinstance(p, Para) and p.kind == "subhead") for p in pieces):
            k += 1
            out.append(Heading(2, f"（{int_to_chinese(k)}）{ref.label}"))
            out.extend(pieces)
    return out


def _kept(block: Block, keep: Callable[[str], str]) -> Block | None:
    if isinstance(block, Para) and block.kind == "body":
        text = keep(block.text)
        return replace(block, text=text) if text else None
    if isinstance(block, RunIn):
        text = keep(block.text)
        return replace(block, text=text) if text else subhead(block.heading)
    return block


def _whole(section: Section) -> list[Block]:
    out = own_blocks(section, 3, subhead)
    for child in section.children:
        out.extend(_whole(child))
    return out


def _home(assignment, numbered: dict[str, str]) -> str:
    """The topic a passage is printed under: its main topic, or (when that one was left out
    of the compilation) the first of its other topics that is in it."""
    if assignment.topic in numbered:
        return assignment.topic
    return next(t for t in numbered if t in assignment.secondary)


def part_chapter(alignment: Alignment, options: ExportOptions, reports: list[ReportRef],
                 part: str) -> list[Block]:
    """Each topic someone wrote on in this part: every region's passages on it."""
    out: list[Block] = []
    topics = [(t, name) for t, name in chosen_topics(alignment, options)
              if any(alignment.cell(r.id, part, t) for r in reports)]
    numbered = {t: f"（{int_to_chinese(k)}）{name}" for k, (t, name) in enumerate(topics, 1)}
    for topic, _ in topics:
        out.append(Heading(2, numbered[topic]))
        silent, elsewhere = [], []
        writers = {r.id for r in alignment.writers_of(topic)}
        for ref in (r for r in reports if r.id in writers):
            passages = alignment.cell_passages(ref.id, part, topic)
            if not passages:
                silent.append(ref.label)
                continue
            homes = [_home(alignment.passage_topic(p.key), numbered) for p in passages]
            here = [p for p, home in zip(passages, homes) if home == topic]
            there = list(dict.fromkeys(numbered[home] for home in homes if home != topic))
            if not here:  # all it wrote on the topic is printed under another
                elsewhere.append(f"{ref.label}（见“{'”“'.join(there)}”）")
                continue
            out.append(Heading(3, ref.label))
            shown: set[str] = set()
            run: list = []
            for passage in here:
                if run and (run[-1].end != passage.start or run[-1].section_key != passage.section_key):
                    out.extend(passage_blocks(alignment, run, shown))
                    run = []
                run.append(passage)
            out.extend(passage_blocks(alignment, run, shown))
            if there:
                out.append(Para(f"（另见“{'”“'.join(there)}”中{ref.label}的内容）", "pointer"))
        if elsewhere:
            out.append(Para(f"{ELSEWHERE}{'、'.join(elsewhere)}。", "pointer"))
        if silent:
            out.append(Para(f"{SILENT}{'、'.join(silent)}。", "note"))
    return out
