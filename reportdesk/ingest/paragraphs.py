"""Collecting paragraphs run by run, the way every reader reports them."""
from __future__ import annotations

import re

from reportdesk.model import Paragraph

# A table of contents repeats the headings with page numbers: its paragraphs are left out.
TOC_STYLE = re.compile(r"^(?:toc|目录|contents)\s*\d", re.IGNORECASE)
_HEADING_NAME = re.compile(r"^(?:heading|标题)\s*(\d)$", re.IGNORECASE)


def outline_of_name(name: str | None) -> int | None:
    """The outline level (0-based) a built-in heading style's name implies: "heading 2", "标题 2" → 1."""
    match = _HEADING_NAME.match(name or "")
    return int(match.group(1)) - 1 if match else None


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
