"""Highlight character ranges in a QPlainTextEdit through a QSyntaxHighlighter, in colours that
read well on the palette in use (light, or Windows' dark mode).

A highlighter formats one block at a time, only when it is laid out, which keeps long
texts with thousands of ranges fast (extra selections are re-applied on every scroll).
Two layers: the comparison's marks (shared, unique, numbers, diff), which the user can
switch off, and Find hits, always shown and drawn last.
"""
from __future__ import annotations

from bisect import bisect_right

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat

from reportdesk.gui.colours import colours, is_dark

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


_formats: dict[bool, dict[str, QTextCharFormat]] = {}


def formats() -> dict[str, QTextCharFormat]:
    """Character formats per kind of mark, for the palette in use."""
    dark = is_dark()
    if dark not in _formats:
        c = colours()
        _formats[dark] = {
            "shared": _format(background=c["shared"]),
            "unique": _format(background=c["unique"]),
            "number": _format(foreground=c["number"], bold=True),
            "delete": _format(background=c["delete"], foreground=c["delete_text"], strike=True),
            "insert": _format(background=c["insert"], foreground=c["insert_text"], underline=True),
            "find": _format(background=c["find"]),
        }
    return _formats[dark]


class _Layer:
    def __init__(self, spans=()):
        self.spans = sorted((s.start, s.end, s.kind) if hasattr(s, "kind") else tuple(s) for s in spans)
        self.starts = [s for s, _, _ in self.spans]


class SpanHighlighter(QSyntaxHighlighter):
    """Formats (start, end, kind) ranges given in document character positions."""

    def __init__(self, document):
        super().__init__(document)
        self._marks = _Layer()
        self._find = _Layer()
        self.marks_shown = True

    @property
    def _spans(self) -> list[tuple[int, int, str]]:
        """Every range in effect, marks then Find hits (for tests and tooltips)."""
        return (self._marks.spans if self.marks_shown else []) + self._find.spans

    def set_spans(self, spans) -> None:
        self._marks = _Layer(spans)
        self.rehighlight()

    def set_find(self, spans) -> None:
        self._find = _Layer(spans)
        self.rehighlight()

    def show_marks(self, shown: bool) -> None:
        if shown != self.marks_shown:
            self.marks_shown = shown
            self.rehighlight()

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt's name
        block_start = self.currentBlock().position()
        block_end = block_start + len(text)
        kinds = formats()
        for layer in ((self._marks, self._find) if self.marks_shown else (self._find,)):
            k = max(0, bisect_right(layer.starts, block_start) - 1)
            while k < len(layer.spans) and layer.spans[k][0] < block_end:
                start, end, kind = layer.spans[k]
                if end > block_start:
                    begin = max(start, block_start)
                    self.setFormat(begin - block_start, min(end, block_end) - begin, kinds[kind])
                k += 1
