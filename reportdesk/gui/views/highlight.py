"""Highlight character ranges in a QPlainTextEdit through a QSyntaxHighlighter.

A highlighter formats one block at a time, only when it is laid out, which keeps long
texts with thousands of ranges fast (extra selections are re-applied on every scroll).
"""
from __future__ import annotations

from bisect import bisect_right

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat


def _format(background: str | None = None, foreground: str | None = None, bold: bool = False,
            strike: bool = False, underline: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if background:
        fmt.setBackground(QColor(background))
    if foreground:
        fmt.setForeground(QColor(foreground))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setFontStrikeOut(strike)
    fmt.setFontUnderline(underline)
    return fmt


COLOURS = {"shared": "#d6e9ff", "unique": "#fff0b3", "number": "#b3261e", "delete": "#fbd5d5",
           "insert": "#cdeccd", "find": "#ffb74d"}
FORMATS = {
    "shared": _format(background=COLOURS["shared"]),
    "unique": _format(background=COLOURS["unique"]),
    "number": _format(foreground=COLOURS["number"], bold=True),
    "delete": _format(background=COLOURS["delete"], foreground="#7f1d1d", strike=True),
    "insert": _format(background=COLOURS["insert"], foreground="#14532d", underline=True),
    "find": _format(background=COLOURS["find"]),
}


class SpanHighlighter(QSyntaxHighlighter):
    """Formats (start, end, kind) ranges given in document character positions."""

    def __init__(self, document):
        super().__init__(document)
        self._starts: list[int] = []
        self._spans: list[tuple[int, int, str]] = []

    def set_spans(self, spans) -> None:
        self._spans = sorted((s.start, s.end, s.kind) if hasattr(s, "kind") else tuple(s) for s in spans)
        self._starts = [s for s, _, _ in self._spans]
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt's name
        if not self._spans:
            return
        block_start = self.currentBlock().position()
        block_end = block_start + len(text)
        k = max(0, bisect_right(self._starts, block_start) - 1)
        while k < len(self._spans) and self._spans[k][0] < block_end:
            start, end, kind = self._spans[k]
            if end > block_start:
                begin = max(start, block_start)
                self.setFormat(begin - block_start, min(end, block_end) - begin, FORMATS[kind])
            k += 1
