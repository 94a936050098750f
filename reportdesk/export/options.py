"""What the user chose to compile (ExportOptions) and what that means for an alignment:
which topic list, reports, topics and parts, in which order. Every mode reads its
choices here, so the modes and the front matter agree on what is in the compilation."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from reportdesk.model import MATRIX_PARTS, Alignment, ReportRef

@dataclass
class ExportOptions:
    mode: str = "topics"
    parts: list[str] = field(default_factory=lambda: list(MATRIX_PARTS))
    topics: list[str] | None = None  # None: every topic, in the list's order
    reports: list[str] | None = None  # report ids; None: all, in loading order
    title: str = ""  # the cover's title and the document's; the one that fits the reports when empty
    cell_chars: int = 100  # comparison table: opening text per cell
    date: str = ""  # the cover's date; today when empty
    unit: str = ""  # 编印单位 on the cover, and the document's author
    toc_levels: int = 2  # 目录 depth in topics mode: 2 parts and topics, 3 also each region
    overview: bool = True  # topics mode: a first chapter with openings and 基本情况
    topic_list: str = ""  # a mixed set: the list whose topics and reports to compile ("": the main one)
    leave_out_unwritten: bool = True  # comparison table: no row for a topic nobody wrote on
    roster_note: str = ""  # who of the list of who must report did not (roster.render.missing_note)


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


# what a topic list's name says its reports are when it names a kind of document
# (政府工作报告, 教育工作总结); a list of one's own may be named anything else
_KIND = re.compile(r"(?:报告|总结|汇报|要点|计划|讲话)$")
# what each mode makes of the reports: <各地><kind><…>
_MADE = {"topics": "按主题汇编", "reports": "汇编", "table": "对照表"}


def report_kind(alignment: Alignment, options: ExportOptions) -> str:
    """What the compiled reports are, as the topic list that fits them names them (政府工作
    报告, 教育工作总结); "报告" for reports no list fits or a list not named after a kind."""
    topic_list = chosen_list(alignment, options)
    if topic_list is not None and topic_list.fits and _KIND.search(topic_list.name):
        return topic_list.name
    return "报告"


def default_title(alignment: Alignment, options: ExportOptions) -> str:
    """The cover's title when the user gives none: what the reports are and what the mode
    makes of them (各地政府工作报告按主题汇编, 各地教育工作总结对照表)."""
    return f"各地{report_kind(alignment, options)}{_MADE.get(options.mode, _MADE['topics'])}"


def cover_title(alignment: Alignment, options: ExportOptions) -> str:
    return options.title.strip() or default_title(alignment, options)


def chosen_parts(options: ExportOptions) -> list[str]:
    return [p for p in MATRIX_PARTS if p in options.parts]
