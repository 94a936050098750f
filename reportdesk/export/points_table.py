"""The 要点汇总表 (topics × regions: each region's distinctive points and key figures) as
.xlsx and .docx.

Takes plain values, so that export does not depend on how points are found:
`columns` are the regions' display names; each row is (topic name, one cell per column),
a cell being (points, key figures), both lists of strings, empty where the region wrote
nothing on the topic.
"""
from __future__ import annotations

import io
from pathlib import Path

from reportdesk.files import write_atomically
from reportdesk.sheets import workbook_bytes

Cell = tuple[list[str], list[str]]
Row = tuple[str, list[Cell]]
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
WIDE_MAX = 5  # up to this many regions side by side; more, and the table runs one row per region


def cell_text(cell: Cell) -> str:
    """A cell as one block of text: numbered points, then the key figures."""
    points, figures = cell
    lines = [f"{CIRCLED[k] if k < len(CIRCLED) else f'{k + 1}.'}{p}" for k, p in enumerate(points)]
    if figures:
        lines.append("关键数字：" + "；".join(figures))
    return "\n".join(lines)


def write_points_xlsx(target: str | Path, title: str, columns: list[str], rows: list[Row]) -> None:
    """Sheet 要点汇总 (topics × regions) and sheet 要点明细 (one row per point, for filtering)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    grid = book.active
    grid.title = "要点汇总"
    grid.append([title])
    grid["A1"].font = Font(bold=True, size=14)
    grid.append(["主题"] + columns)
    for topic, cells in rows:
        grid.append([topic] + [cell_text(c) for c in cells])
    wrap = Alignment(wrap_text=True, vertical="top")
    for row in grid.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = wrap
    for cell in grid[2]:
        cell.font = Font(bold=True)
    grid.column_dimensions["A"].width = 16
    for k in range(len(columns)):
        grid.column_dimensions[grid.cell(row=2, column=k + 2).column_letter].width = 48
    grid.freeze_panes = "B3"
    detail = book.create_sheet("要点明细")
    detail.append(["主题", "地区", "序号", "要点", "关键数字"])
    for topic, cells in rows:
        for column, (points, figures) in zip(columns, cells):
            for k, point in enumerate(points, 1):
                detail.append([topic, column, k, point, "；".join(figures) if k == 1 else ""])
    for letter, width in zip("ABCDE", (16, 16, 6, 80, 40)):
        detail.column_dimensions[letter].width = width
    detail.freeze_panes = "A2"
    write_atomically(target, workbook_bytes(book))


def write_points_docx(target: str | Path, title: str, columns: list[str], rows: list[Row]) -> None:
    """A landscape A4 document: the title, then the table (regions side by side when there
    are few, else one row per topic and region)."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    for side in ("top_margin", "bottom_margin", "left_margin", "right_margin"):
        setattr(section, side, Mm(20))
    heading = document.add_paragraph()
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(heading, title, "方正小标宋简体", Pt(22))
    wide = len(columns) <= WIDE_MAX
    header = ["主题"] + columns if wide else ["主题", "地区", "要点", "关键数字"]
    if wide:
        body = [[topic] + [cell_text(c) for c in cells] for topic, cells in rows]
        widths = [Mm(25)] + [Mm(232 / max(1, len(columns)))] * len(columns)
    else:  # the topic is named on its first row only
        body = [[topic if k == 0 else "", column, cell_text((points, [])), "；".join(figures)]
                for topic, cells in rows
                for k, (column, (points, figures)) in enumerate((c, p) for c, p in zip(columns, cells) if p[0])]
        widths = [Mm(25), Mm(30), Mm(147), Mm(55)]
    table = document.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    table.autofit = False
    for cell, text in zip(table.rows[0].cells, header):
        _run(cell.paragraphs[0], text, "黑体", Pt(12))
    for values in body:
        for cell, text in zip(table.add_row().cells, values):
            for k, line in enumerate(text.split("\n")):
                paragraph = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                _run(paragraph, line, "仿宋_GB2312", Pt(10.5))
    for column, width in zip(table.columns, widths):  # the grid (LibreOffice, WPS) and each cell (Word)
        column.width = width
        for cell in column.cells:
            cell.width = width
    buffer = io.BytesIO()
    document.save(buffer)
    write_atomically(target, buffer.getvalue())


def _run(paragraph, text: str, east_asian: str, size) -> None:
    """A run whose Chinese text uses the named font (python-docx's font.name sets only the
    Latin slots)."""
    from docx.oxml.ns import qn

    run = paragraph.add_run(text)
    run.font.size = size
    run.font.name = "Times New Roman"
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), east_asian)
