"""Spreadsheets we write: what a report says is stored as text, never as a formula.

A report line may start with = + - or @ (`=HYPERLINK("http://…"&A1,…)`, `=cmd|' /C calc'!A0`);
written as it is, Excel would run it. In .xlsx every text cell is stored as text; in CSV a
text value that starts so gets a leading apostrophe (OWASP's rule for CSV injection), which
Excel shows as plain text.
"""
from __future__ import annotations

import io

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_text(value):
    """A value for a CSV cell: text that a spreadsheet would read as a formula is quoted."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def as_text(book) -> None:
    """Every cell openpyxl took for a formula (a string starting with =) is text again: we
    never write formulas."""
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    cell.data_type = "s"


def workbook_bytes(book) -> bytes:
    """The workbook as .xlsx bytes, every text cell stored as text."""
    as_text(book)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
