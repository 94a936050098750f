"""One plain sheet as a workbook: a title, a header and rows, wrapped, the header frozen.

For the tables a clerk passes on as they are (报送情况, 格式校对): each sheet is what the window
lists, in the same words."""
from __future__ import annotations

import io
from pathlib import Path

from reportdesk.files import write_atomically


def write_rows_xlsx(target: str | Path, sheets: list[tuple[str, str, tuple[str, ...], list[tuple], tuple[int, ...]]]
                    ) -> None:
    """Sheets of (name, title line, header, rows, column widths in characters)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    book.remove(book.active)
    wrap = Alignment(wrap_text=True, vertical="top")
    for name, title, header, rows, widths in sheets:
        sheet = book.create_sheet(name[:31])  # Excel's limit for a sheet's name
        sheet.append([title])
        sheet["A1"].font = Font(bold=True, size=14)
        sheet.append(list(header))
        for cell in sheet[2]:
            cell.font = Font(bold=True)
        for row in rows:
            sheet.append(list(row))
        for row in sheet.iter_rows(min_row=3):
            for cell in row:
                cell.alignment = wrap
        for k, width in enumerate(widths, 1):
            sheet.column_dimensions[sheet.cell(row=2, column=k).column_letter].width = width
        sheet.freeze_panes = "A3"
    buffer = io.BytesIO()
    book.save(buffer)
    write_atomically(target, buffer.getvalue())
