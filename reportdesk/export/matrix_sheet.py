"""The coverage matrix as an Excel workbook, as the window shows it.

One sheet per part (成效, 问题, 计划): a row per topic, a column per report under its display
name, each cell the characters the report wrote on the topic, "提及" where it only names the
topic in passing, an empty cell on a warm fill where it wrote nothing, then how many reports
wrote on the topic. A last sheet, 原文对应, lists every passage behind the cells (part, topic,
report, where it stands, its opening words, characters, main or further topic, corrected by
hand) with a filter on its header, so that the gaps and the sources can be sorted in Excel.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportdesk.export.wordml import xml_text
from reportdesk.files import write_atomically
from reportdesk.model import MATRIX_PARTS, Alignment, TopicList, part_name
from reportdesk.sheets import workbook_bytes
from reportdesk.text.width import display_width

GAP_FILL = "FCE4D6"  # the matrix's warm gap colour, light enough to print
MENTION_FILL = "FFF2CC"
MENTION = "提及"
CORRECTED_NOTE = "是"
OPENING = 40  # characters of a passage's text in the 原文对应 sheet


@dataclass(frozen=True)
class MatrixRow:
    topic: str  # id
    name: str  # as shown
    chars: tuple[int | None, ...]  # per report, None where it wrote nothing
    mentions: tuple[bool, ...] = ()  # per report: it names the topic only in passing

    @property
    def writers(self) -> int:
        return sum(1 for c in self.chars if c is not None)


def matrix_rows(alignment: Alignment, part: str, topics: list[str] | None = None,
                topic_list: TopicList | None = None) -> list[MatrixRow]:
    """The matrix of one part: `topics` (ids, in this order) or the whole list, over the
    reports of one topic list (the first, unless given)."""
    topic_list = topic_list or (alignment.lists[0] if alignment.lists else None)
    names = dict(alignment.topics)
    own = topic_list.topics if topic_list is not None else alignment.topics
    chosen = topics if topics is not None else [t for t, _ in own]
    reports = _reports(alignment, topic_list)
    cells = {(c.report_id, c.topic): c.chars for c in alignment.cells if c.part == part}
    named = {(c.report_id, c.topic) for c in alignment.mentions if c.part == part}
    return [MatrixRow(t, names.get(t, t), tuple(cells.get((r.id, t)) for r in reports),
                      tuple((r.id, t) in named for r in reports))
            for t in chosen if t in names]


def _reports(alignment: Alignment, topic_list: TopicList | None) -> list:
    if topic_list is None:
        return list(alignment.reports)
    members = set(topic_list.reports)
    return [r for r in alignment.reports if r.id in members]


def write_matrix_xlsx(alignment: Alignment, target: str | Path, parts: tuple[str, ...] = MATRIX_PARTS) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import PatternFill

    book = Workbook()
    book.remove(book.active)
    gap, mention = PatternFill("solid", fgColor=GAP_FILL), PatternFill("solid", fgColor=MENTION_FILL)
    lists = alignment.lists or (None,)
    for part, topic_list in ((p, t) for t in lists for p in parts):
        labels = [xml_text(r.label) for r in _reports(alignment, topic_list)]
        title = part_name(part) if len(lists) == 1 else f"{part_name(part)}·{topic_list.name}"[:31]
        sheet = book.create_sheet(title)
        sheet.append(["主题", *labels, "写到的报告数"])
        for row in matrix_rows(alignment, part, topic_list=topic_list):
            shown = [MENTION if c is None and named else c for c, named in zip(row.chars, row.mentions)]
            sheet.append([xml_text(row.name), *shown, row.writers])
            for column, (chars, named) in enumerate(zip(row.chars, row.mentions), 2):
                if chars is None:
                    sheet.cell(row=sheet.max_row, column=column).fill = mention if named else gap
        _dress(sheet, first_width=18, width=max(8, min(24, 2 + max(map(display_width, labels), default=8))))
    sheet = book.create_sheet("原文对应")
    sheet.append(["部分", "主题", "报告", "位置", "原文", "字数", "主次", "手动调整"])
    names = dict(alignment.topics)
    reports = {r.id: r.label for r in alignment.reports}
    order = {t: k for k, (t, _) in enumerate(alignment.topics)}
    position = {r.id: k for k, r in enumerate(alignment.reports)}
    for part in parts:
        for cell in sorted((c for c in alignment.cells if c.part == part),
                           key=lambda c: (order.get(c.topic, len(order)), position[c.report_id])):
            for key in cell.keys:
                passage, assignment = alignment.passage(key), alignment.passage_topic(key)
                text = "".join(alignment.passage_text(passage).split())
                opening = text[:OPENING] + ("……" if len(text) > OPENING else "")
                sheet.append([part_name(part), xml_text(names.get(cell.topic, cell.topic)),
                              xml_text(reports.get(cell.report_id, "")), xml_text(passage.place),
                              xml_text(opening), passage.chars, "主要" if assignment.topic == cell.topic else "兼及",
                              CORRECTED_NOTE if assignment.pinned else ""])
    _dress(sheet, first_width=8, width=16)
    sheet.column_dimensions["D"].width = 36
    sheet.column_dimensions["E"].width = 48
    sheet.auto_filter.ref = sheet.dimensions
    write_atomically(target, workbook_bytes(book))
    return Path(target)


def _dress(sheet, first_width: int, width: int) -> None:
    """Bold, centred headers frozen in place; the first column and the others' widths."""
    from openpyxl.styles import Alignment as CellAlignment
    from openpyxl.styles import Font

    sheet.freeze_panes = "B2"
    for column in sheet.iter_cols(min_row=1, max_row=1):
        letter = column[0].column_letter
        sheet.column_dimensions[letter].width = first_width if letter == "A" else width
        column[0].font = Font(bold=True)
        column[0].alignment = CellAlignment(wrap_text=True, vertical="center", horizontal="center")
