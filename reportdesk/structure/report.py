"""From a file's paragraphs to Reports: split, title block, headings, tree, parts, metadata."""
from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from reportdesk.model import Document, Report, Section
from reportdesk.structure.clean import clean_paragraphs
from reportdesk.structure.headings import FlatHeading, detect_headings
from reportdesk.structure.metadata import (TitleBlock, find_issuer, find_period, find_region,
                                           find_year, take_signature, take_title_block)
from reportdesk.structure.names import display_name
from reportdesk.structure.part_rules import ReportTime, reviewed_year, top_level_parts
from reportdesk.structure.passages import report_blocks
from reportdesk.structure.split import Chunk, split_reports, strip_count

_CJK = re.compile(r"[\u4e00-\u9fff]")


def build_reports(document: Document) -> tuple[Report, ...]:
    """Every report found in one read file, in the order they appear."""
    paragraphs = clean_paragraphs(document.paragraphs)
    split = split_reports(paragraphs)
    stem = Path(document.path).stem
    reports = []
    for chunk in split.chunks:
        report = _build_report(chunk, split.file_title, stem)
        if report is not None:
            reports.append(report)
    return tuple(reports)


def _build_report(chunk: Chunk, file_title: str, stem: str) -> Report | None:
    block, rest = take_title_block(chunk.paragraphs)
    rest = take_signature(rest, block)
    preamble, flat = detect_headings(rest)
    if not flat and not preamble and not block.titles:
        return None
    body_text = "\n".join(preamble + [h.title + "\n" + "\n".join(h.body) for h in flat])
    title = _title(block, chunk, file_title, stem, preamble)
    sources = block.titles + [chunk.label_title, file_title]
    named = [chunk.label_title, file_title, stem if _CJK.search(stem) else ""]
    year = find_year(sources + [block.date or ""], body_text)
    period = find_period(sources, "\n".join(preamble) or body_text)
    time = ReportTime(year, period, block.at_congress)
    report = Report(
        title=title,
        region=find_region(block, named, body_text),
        year=year,
        period=period,
        issuer=find_issuer(block, title, preamble),
        date=block.date,
        preamble="\n".join(preamble),
        sections=build_tree(flat, time),
        piece=_piece(chunk.label),
        reviewed=reviewed_year(flat, time),
    )
    return replace(report, name=display_name(report), blocks=report_blocks(report))


def _piece(label: str) -> str:
    """【篇一】 → 篇一, 范文2 → 篇2: a report's place in its collection."""
    number = re.search(r"[一二三四五六七八九十\d]{1,3}", label)
    return f"篇{number.group(0)}" if number else ""


def _title(block: TitleBlock, chunk: Chunk, file_title: str, stem: str, preamble: list[str]) -> str:
    if block.title:
        return block.title
    if chunk.label_title:
        return chunk.label_title
    if file_title:
        return f"{strip_count(file_title)}{chunk.label}"
    if _CJK.search(stem):
        return stem
    first = preamble[0] if preamble else ""
    return (first[:20] + "…") if len(first) > 20 else (first or stem)


def build_tree(flat: list[FlatHeading], time: ReportTime = ReportTime()) -> tuple[Section, ...]:
    """Nest flat headings by depth and give each its part (inherited from above)."""
    parts = top_level_parts(flat, time)

    def make(index: int) -> tuple[Section, int]:
        heading = flat[index]
        children = []
        k = index + 1
        while k < len(flat) and flat[k].depth > heading.depth:
            child, k = make(k)
            children.append(child)
        section = Section(marker=heading.marker, kind=heading.kind, title=heading.title,
                          body="\n".join(heading.body), depth=heading.depth,
                          part=parts[index], children=tuple(children), is_part=heading.is_part,
                          run_in=heading.run_in, ordinal=heading.ordinal,
                          printed=heading.printed if heading.printed != heading.marker else "")
        return section, k

    top, k = [], 0
    while k < len(flat):
        section, k = make(k)
        top.append(section)
    return tuple(top)

