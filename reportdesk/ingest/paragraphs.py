"""Collecting paragraphs run by run, the way every reader reports them."""
from __future__ import annotations

import re
from dataclasses import replace

from reportdesk.model import Paragraph

# A table of contents repeats the headings with page numbers: its paragraphs are left out.
TOC_STYLE = re.compile(r"^(?:toc|目录|contents)\s*\d", re.IGNORECASE)
_HEADING_NAME = re.compile(r"^(?:heading|标题)\s*(\d)$", re.IGNORECASE)
# Characters no writer accepts (XML 1.0 and spreadsheets refuse C0 controls, lone surrogates and
# U+FFFE/U+FFFF): NUL from damage, Ctrl-Z from DOS editors, BEL and ESC pasted from terminals.
_UNWRITABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_LINE_BREAKS = {"\r\n": "\n", "\r": "\n", "\x0b": "\n", "\x0c": "\n"}


def outline_of_name(name: str | None) -> int | None:
    """The outline level (0-based) a built-in heading style's name implies: "heading 2", "标题 2" → 1."""
    match = _HEADING_NAME.match(name or "")
    return int(match.group(1)) - 1 if match else None


def clean_text(text: str) -> str:
    """Text every writer accepts: line breaks as \\n, other control characters and lone
    surrogates removed (a surrogate pair, as RTF writes characters outside the BMP, is joined)."""
    if not _UNWRITABLE.search(text):
        return text
    if re.search("[\ud800-\udfff]", text):
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    text = re.sub("\r\n?|[\x0b\x0c]", lambda m: _LINE_BREAKS[m.group()], text)
    return _UNWRITABLE.sub("", text)


def clean_paragraphs(paragraphs) -> list[Paragraph]:
    """The paragraphs with clean text; those left empty are dropped."""
    out = []
    for paragraph in paragraphs:
        text = clean_text(paragraph.text)
        if text is not paragraph.text:
            paragraph = replace(paragraph, text=text)
        if text.strip():
            out.append(paragraph)
    return out


class ParagraphBuilder:
    """Text runs in, paragraphs out: bold only when every run with text is bold (as in .docx)."""

    def __init__(self) -> None:
        self.paragraphs: list[Paragraph] = []
        self._parts: list[str] = []
        self._bold = self._plain = 0

    def add(self, text: str, bold: bool = False) -> None:
        if not text:
            return
        self._parts.append(text)
        if text.strip():
            if bold:
                self._bold += 1
            else:
                self._plain += 1

    def end(self, style: str | None = None, level: int | None = None, in_table: bool = False) -> None:
        """Close the paragraph being collected; empty ones and contents entries are dropped."""
        text = "".join(self._parts)
        bold = self._bold > 0 and self._plain == 0
        self._parts, self._bold, self._plain = [], 0, 0
        if not text.strip() or (style and TOC_STYLE.match(style)):
            return
        self.paragraphs.append(Paragraph(text, style=style, level=level, bold=bold, in_table=in_table))
