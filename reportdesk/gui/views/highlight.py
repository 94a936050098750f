"""Highlight character ranges in a QPlainTextEdit through a QSyntaxHighlighter, in colours that
read well on the palette in use (light, or Windows' dark mode).

A highlighter formats one block at a time, only when it is laid out, which keeps long
texts with thousands of ranges fast (extra selections are re-applied on every scroll).
Two layers: the comparison's marks (shared, unique, numbers, diff), which the user can
switch off, and Find hits, always shown and drawn last.
"""
from __future__ import annotations

from bisect import bisect_right

from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette, QSyntaxHighlighter, QTextCharFormat

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


def _line(colour: str, style) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(style)
    fmt.setUnderlineColor(QColor(colour))
    return fmt


def formats() -> dict[str, QTextCharFormat]:
    """Character formats per kind of mark, for the palette in use."""
    dark = is_dark()
    if dark not in _formats:
        c = colours()
        hidden = QTextCharFormat()
        hidden.setForeground(QGuiApplication.palette().color(QPalette.ColorRole.Base))
        _formats[dark] = {
            "boilerplate": _format(foreground=c["boilerplate"]),
            "boilerplate_hidden": hidden,
            "copied": _line(c["copied"], QTextCharFormat.UnderlineStyle.WaveUnderline),
            "reused": _line(c["reused"], QTextCharFormat.UnderlineStyle.DashUnderline),
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

    def __init__(self, document, kinds=None):
        super().__init__(document)
        self.kinds = kinds or formats  # kinds() -> {kind: QTextCharFormat}, for the palette in use
        self._marks = _Layer()
        self._copies = _Layer()  # copied, reused and boilerplate sentences (查重)
        self._find = _Layer()
        self.marks_shown = True
        self.boilerplate_hidden = False

    def set_spans(self, spans) -> None:
        self._marks = _Layer(spans)
        self.rehighlight()

    def set_all(self, spans=(), copies=(), find=(), marks_shown: bool = True, boilerplate_hidden: bool = False) -> None:
        """Every layer at once, highlighted once (a new column: three passes cost three times)."""
        self._marks, self._copies, self._find = _Layer(spans), _Layer(copies), _Layer(find)
        self.marks_shown, self.boilerplate_hidden = marks_shown, boilerplate_hidden
        self.rehighlight()

    def set_copies(self, marks) -> None:
        """Copy-detection marks: (start, end, kind) with kind boilerplate, copied or reused."""
        self._copies = _Layer(marks)
        self.rehighlight()

    def hide_boilerplate(self, hidden: bool) -> None:
        if hidden != self.boilerplate_hidden:
            self.boilerplate_hidden = hidden
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
        kinds = self.kinds()
        layers = (self._marks, self._copies, self._find) if self.marks_shown else (self._copies, self._find)
        for layer in layers:
            k = max(0, bisect_right(layer.starts, block_start) - 1)
            while k < len(layer.spans) and layer.spans[k][0] < block_end:
                start, end, kind = layer.spans[k]
                if end > block_start:
                    begin = max(start, block_start)
                    if kind == "boilerplate" and self.boilerplate_hidden:
                        kind = "boilerplate_hidden"
                    length = min(end, block_end) - begin
                    if layer is self._copies:  # an underline or a paler text over the other marks
                        self._merge(begin - block_start, length, kinds[kind])
                    else:
                        self.setFormat(begin - block_start, length, kinds[kind])
                k += 1

    def _merge(self, start: int, length: int, fmt: QTextCharFormat) -> None:
        """Add a format to a range, keeping what each stretch of it already has."""
        run = start
        for position in range(start + 1, start + length + 1):
            if position == start + length or self.format(position) != self.format(run):
                merged = QTextCharFormat(self.format(run))
                merged.merge(fmt)
                self.setFormat(run, position - run, merged)
                run = position
