"""Reader for PDF files with a text layer, through PDFium (pypdfium2).

PDFium gives each character with its box, font size and font; it breaks the text into
lines itself (generated \\r\\n) and inserts generated spaces where glyphs stand apart,
which between CJK characters and digits are layout, not text. pdf_layout rebuilds the
paragraphs. A PDF whose pages carry no text is a scan: the error names those pages.
"""
from __future__ import annotations

import ctypes

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from reportdesk.ingest.errors import ReadError
from reportdesk.ingest.pdf_layout import Line, paragraphs_from_lines
from reportdesk.model import Paragraph

MAX_PAGES = 2_000
MAX_CHARS = 5_000_000
_PASSWORD_ERROR = 4  # FPDF_ERR_PASSWORD
_FONT_NAME_SIZE = 128


def read_pdf(path: str, data: bytes) -> tuple[list[Paragraph], str, tuple[str, ...]]:
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == _PASSWORD_ERROR:
            raise ReadError(path, "encrypted") from exc
        raise ReadError(path, "damaged", kind="PDF ") from exc
    try:
        count = len(document)
        if count > MAX_PAGES:
            raise ReadError(path, "too_many_pages", limit=MAX_PAGES)
        lines: list[Line] = []
        empty: list[int] = []
        total = 0
        for index in range(count):
            page_lines = _page_lines(document, index)
            if not page_lines:
                empty.append(index + 1)
            lines.extend(page_lines)
            total += sum(len(line.text) for line in page_lines)
            if total > MAX_CHARS:
                raise ReadError(path, "too_complex", kind="PDF ", limit=MAX_CHARS)
    except pdfium.PdfiumError as exc:
        raise ReadError(path, "damaged", kind="PDF ") from exc
    finally:
        document.close()
    if not lines:
        raise ReadError(path, "scanned", pages=page_ranges(empty) if empty else "1")
    return paragraphs_from_lines(lines), "PDF", ()


def page_ranges(pages: list[int]) -> str:
    """1,2,3,5 → "1–3、5"."""
    out: list[str] = []
    start = previous = None
    for page in pages + [None]:
        if start is not None and page == previous + 1:
            previous = page
            continue
        if start is not None:
            out.append(f"{start}–{previous}" if previous > start else str(start))
        start = previous = page
    return "、".join(out)


def _page_lines(document: pdfium.PdfDocument, index: int) -> list[Line]:
    page = document[index]
    try:
        height = page.get_height()
        textpage = page.get_textpage()
        try:
            return _lines(textpage, index + 1, height)
        finally:
            textpage.close()
    finally:
        page.close()


def _lines(textpage, page_number: int, height: float) -> list[Line]:
    raw = textpage.raw
    count = pdfium_c.FPDFText_CountChars(raw)
    if count <= 0:
        return []
    text = textpage.get_text_range(0, count)
    if len(text) != count:  # characters outside the BMP: fall back on one call per character
        text = "".join(chr(pdfium_c.FPDFText_GetUnicode(raw, i)) for i in range(count))
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    refs = [ctypes.byref(v) for v in (left, right, bottom, top)]
    lines: list[Line] = []
    chars: list[str] = []
    box = [float("inf"), float("-inf"), float("inf"), float("-inf")]
    first = last = -1
    for i in range(count + 1):
        char = text[i] if i < count else "\n"
        if char in "\r\n":
            if chars and "".join(chars).strip():
                lines.append(_line(raw, "".join(chars).strip(), page_number, box, (first, last), height))
            chars, box, first = [], [float("inf"), float("-inf"), float("inf"), float("-inf")], -1
            continue
        if char == " " and pdfium_c.FPDFText_IsGenerated(raw, i) == 1 and _cjk_around(text, i):
            # PDFium fills wide gaps with spaces: where fonts change (2025 年) and in justified
            # lines (例 分 别); a real space in Chinese text is lost with them, which is rarer.
            continue
        if char in "\x02\ufffe\x00":
            continue  # soft hyphens and unmapped glyphs
        chars.append(char)
        if char.strip() and pdfium_c.FPDFText_GetCharBox(raw, i, *refs):
            if first < 0:
                first = i
            last = i
            box = [min(box[0], left.value), max(box[1], right.value),
                   min(box[2], bottom.value), max(box[3], top.value)]
    return lines


def _line(raw, text: str, page: int, box: list[float], ends: tuple[int, int], height: float) -> Line:
    first, last = ends
    size = pdfium_c.FPDFText_GetFontSize(raw, first) if first >= 0 else 0.0
    starts_bold = _bold(raw, first)
    return Line(text=text, page=page, x0=box[0], x1=box[1], bottom=box[2], top=box[3],
                size=size or (box[3] - box[2]), bold=starts_bold and _bold(raw, last),
                starts_bold=starts_bold, page_height=height)


def _bold(raw, index: int) -> bool:
    if index < 0:
        return False
    if pdfium_c.FPDFText_GetFontWeight(raw, index) >= 600:
        return True
    name = ctypes.create_string_buffer(_FONT_NAME_SIZE)
    flags = ctypes.c_int()
    pdfium_c.FPDFText_GetFontInfo(raw, index, name, _FONT_NAME_SIZE, ctypes.byref(flags))
    font = name.value.decode("latin-1").lower()
    return any(word in font for word in ("bold", "heavy", "black", "semibold", "demi"))


def _cjk_around(text: str, i: int) -> bool:
    return (i > 0 and _is_cjk(text[i - 1])) or (i + 1 < len(text) and _is_cjk(text[i + 1]))


def _is_cjk(char: str) -> bool:
    return ("\u2e80" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff" or "\uff00" <= char <= "\uffef"
            or "\u3000" <= char <= "\u303f" or char in "“”‘’—…")
