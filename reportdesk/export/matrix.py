"""The coverage matrix as an Excel workbook, as the window shows it.

One sheet per part (成效, 问题, 计划): a row per topic, a column per report under its display
name, each cell the characters the report wrote on the topic, an empty cell on a warm fill
where it wrote nothing, then how many reports wrote on the topic. A last sheet, 章节对应,
lists every section behind the cells (part, topic, report, heading, characters, corrected by
hand) with a filter on its header, so that the gaps and the sources can be sorted in Excel.
"""
from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from reportdesk.export.wordml import xml_text
from reportdesk.files import write_atomically
from reportdesk.model import MATRIX_PARTS, Alignment, part_name
from reportdesk.text.width import display_width

GAP_FILL = "FCE4D6"  # the matrix's warm gap colour, light enough to print
CORRECTED_NOTE = "是"


@dataclass(frozen=True)
class MatrixRow:
    topic: str  # id
    name: str  # as shown
    chars: tuple[int | None, ...]  # per report, None where it wrote nothing

    @property
    def writers(self) -> int:
        return sum(1 for c in self.chars if c is not None)


def matrix_rows(alignment: Alignment, part: str, topics: list[str] | None = None) -> list[MatrixRow]:
    """The matrix of one part: `topics` (ids, in this order) or the whole list."""
    names = dict(alignment.topics)
    chosen = topics if topics is not None else [t for t, _ in alignment.topics]
    cells = {(c.report_id, c.topic): c.chars for c in alignment.cells if c.part == part}
    return [MatrixRow(t, names.get(t, t), tuple(cells.get((r.id, t)) for r in alignment.reports))
            for t in chosen if t in names]


def write_matrix_xlsx(alignment: Alignment, target: str | Path, parts: tuple[str, ...] = MATRIX_PARTS) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import PatternFill

    labels = [xml_text(r.label) for r in alignment.reports]
    book = Workbook()
    book.remove(book.active)
    gap = PatternFill("solid", fgColor=GAP_FILL)
    for part in parts:
        sheet = book.create_sheet(part_name(part))
        sheet.append(["主题", *labels, "写到的报告数"])
        for row in matrix_rows(alignment, part):
            sheet.append([xml_text(row.name), *row.chars, row.writers])
            for column, chars in enumerate(row.chars, 2):
                if chars is None:
                    sheet.cell(row=sheet.max_row, column=column).fill = gap
        _dress(sheet, first_width=18, width=max(8, min(24, 2 + max(map(display_width, labels), default=8))))
    sheet = book.create_sheet("章节对应")
    sheet.append(["部分", "主题", "报告", "章节", "字数", "手动调整"])
    names = dict(alignment.topics)
    reports = {r.id: r.label for r in alignment.reports}
    order = {t: k for k, (t, _) in enumerate(alignment.topics)}
    position = {r.id: k for k, r in enumerate(alignment.reports)}
    for part in parts:
        for cell in sorted((c for c in alignment.cells if c.part == part),
                           key=lambda c: (order.get(c.topic, len(order)), position[c.report_id])):
            for key in cell.keys:
                ref, assignment = alignment.section(key), alignment.assignment(key)
                sheet.append([part_name(part), xml_text(names.get(cell.topic, cell.topic)),
                              xml_text(reports.get(cell.report_id, "")), xml_text(ref.section.heading),
                              ref.section.chars, CORRECTED_NOTE if assignment and assignment.pinned else ""])
    _dress(sheet, first_width=8, width=16)
    sheet.column_dimensions["D"].width = 48
    sheet.auto_filter.ref = sheet.dimensions
    data = io.BytesIO()
    book.save(data)
    write_atomically(target, data.getvalue())
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
