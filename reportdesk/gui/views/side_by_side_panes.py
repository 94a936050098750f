"""Two texts side by side whose rows (pairs of counterpart sections) start level, with a
gutter between them that joins each row and says how alike its two sections are.

Rows are levelled with a top margin on each row's first block, computed from the laid-out
heights (`row_margins`, a pure function) and computed again whenever the layout changes
(width, zoom). Scrolling one pane scrolls the other to the matching place: positions map
through the starts of paired rows and sentences (`compare.scroll.map_position`), guarded
against the other pane's scroll coming back.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPolygonF, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QHBoxLayout, QTextEdit, QWidget

from reportdesk.compare.scroll import map_position
from reportdesk.gui.colours import colours
from reportdesk.gui.views.highlight import SpanHighlighter, _format, formats
from reportdesk.gui.views.text_view import setup_text_view

ROW_GAP = 10  # pixels between rows, so that a row's start is seen at a glance
GUTTER = 46


def row_margins(heights_a: list[float], heights_b: list[float], gap: float = ROW_GAP):
    """Top margins that start every row at the same height in both panes, given each row's
    own height there: a row starts below the taller of the two previous rows."""
    margins_a, margins_b, end_a, end_b = [], [], 0.0, 0.0
    for k, (ha, hb) in enumerate(zip(heights_a, heights_b)):
        start = max(end_a, end_b) + (gap if k else 0.0)
        margins_a.append(start - end_a)
        margins_b.append(start - end_b)
        end_a, end_b = start + ha, start + hb
    return margins_a, margins_b


def _blend(colour: str, base: QColor, share: float) -> QColor:
    c = QColor(colour)
    return QColor.fromRgbF(*(share * x + (1 - share) * y for x, y in
                             zip((c.redF(), c.greenF(), c.blueF()), (base.redF(), base.greenF(), base.blueF()))))


def pane_formats(side: str, base: QColor):
    """Marks of one pane: blue where both texts agree; red (first pane) or green (second
    pane) where they differ, strong for changed words and faint for whole sentences."""
    c = colours()
    diff, text = ("delete", "delete_text") if side == "a" else ("insert", "insert_text")
    kinds = dict(formats())
    kinds.update({
        "same": _format(background=c["shared"]), "shared": _format(background=c["shared"]),
        "near": _format(background=_blend(c["shared"], base, 0.5).name()),
        "changed": _format(background=c[diff], foreground=c[text]),
        "only": _format(background=_blend(c[diff], base, 0.45).name()),
        "gap": _format(background=c["gap"], foreground=c["gap_text"]),
        "title": _format(foreground=c["muted"], bold=True),
    })
    return kinds


class Pane(QTextEdit):
    """One report's side: read-only, wrapped as Chinese wraps, at the window's zoom."""

    def __init__(self, side: str, parent=None):
        super().__init__(parent)
        setup_text_view(self)
        self.side = side
        self.document().setUndoRedoEnabled(False)
        self._formats = None
        self.highlighter = SpanHighlighter(self.document(), self.formats)

    def formats(self):
        """The marks' formats, made once per palette (the highlighter asks for every block)."""
        if self._formats is None:
            self._formats = pane_formats(self.side, self.palette().base().color())
        return self._formats

    def set_text(self, text: str, spans, headings: list[int]) -> None:
        """Show a text with its marks and its sections' headings in bold. The highlighter is
        detached meanwhile, so that it goes over the text once (in a later turn of the event
        loop) and not after every step."""
        self.highlighter.setDocument(None)
        self.setExtraSelections([])
        self.setPlainText(text)
        self.highlighter.set_spans(spans)
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        for start in headings:
            end = text.find("\n", start)
            cursor.setPosition(start)
            cursor.setPosition(len(text) if end < 0 else end, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(bold)
        cursor.endEditBlock()

    def highlight(self) -> None:
        self.highlighter.setDocument(self.document())

    def restyle(self) -> None:
        self._formats = None
        self.highlighter.rehighlight()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "highlighter"):
            self.restyle()  # Windows switched to dark mode (or back) while the window is open
        super().changeEvent(event)

    def y_of(self, position: int) -> float:
        """Document y of the line holding a character position."""
        block = self.document().findBlock(position)
        top = self.document().documentLayout().blockBoundingRect(block).top()
        layout = block.layout()
        line = layout.lineForTextPosition(position - block.position()) if layout is not None else None
        return top + (line.y() if line is not None and line.isValid() else 0.0)


class Gutter(QWidget):
    """Between the panes: each row's two sections joined by a band, with their likeness."""

    def __init__(self, panes: "TwoPanes"):
        super().__init__(panes)
        self.panes = panes
        self.setFixedWidth(GUTTER)

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        panes = self.panes
        comparison = panes.comparison
        if comparison is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        c, base = colours(), self.palette().base().color()
        fill = {"pair": _blend(c["shared"], base, 0.7), "only_a": _blend(c["delete"], base, 0.7),
                "only_b": _blend(c["insert"], base, 0.7)}
        top_a, top_b = panes.a.verticalScrollBar().value(), panes.b.verticalScrollBar().value()
        offset = panes.a.viewport().mapTo(self.parentWidget(), QPoint(0, 0)).y() - self.y()
        ends_a, ends_b = panes.row_ends()
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() - 1))
        painter.setFont(font)
        for row, (a0, a1), (b0, b1) in zip(comparison.rows, ends_a, ends_b):
            if row.kind == "part":
                continue
            ya0, ya1 = a0 - top_a + offset, a1 - top_a + offset
            yb0, yb1 = b0 - top_b + offset, b1 - top_b + offset
            if max(ya1, yb1) < 0 or min(ya0, yb0) > self.height():
                continue
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill[row.kind])
            w = self.width()
            painter.drawPolygon(QPolygonF([QPointF(0, ya0), QPointF(w, yb0), QPointF(w, yb1), QPointF(0, ya1)]))
            if row.similarity is not None:
                painter.setPen(QColor(c["muted"]))
                top = max(min(ya0, yb0), 0)
                painter.drawText(QRectF(0, top + 2, w, 18), Qt.AlignmentFlag.AlignHCenter, f"{row.similarity:.0%}")


class TwoPanes(QWidget):
    sig_scrolled = Signal()  # the panes show another place
    sig_laid_out = Signal()  # rows levelled again: heights in the documents changed
    sig_built = Signal()  # a comparison given to set_comparison is on screen

    def __init__(self, parent=None):
        super().__init__(parent)
        self.comparison = None
        self.a, self.b = Pane("a", self), Pane("b", self)
        self.gutter = Gutter(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.a, 1)
        layout.addWidget(self.gutter)
        layout.addWidget(self.b, 1)
        self._margins = ({}, {})  # block number -> top margin set, per pane
        self._anchors: tuple[list[float], list[float]] | None = None
        self._syncing = False
        self._steps: list = []  # what is left of showing a comparison, one step per event-loop turn
        self._levelling = QTimer(self)
        self._levelling.setSingleShot(True)
        self._levelling.timeout.connect(self.level_rows)
        for source, target in ((self.a, self.b), (self.b, self.a)):
            source.verticalScrollBar().valueChanged.connect(lambda v, s=source, t=target: self._sync(s, t, v))
            source.document().documentLayout().documentSizeChanged.connect(lambda _: self._levelling.start(0))

    def set_comparison(self, comparison) -> None:
        """Show a comparison: each pane's text, levelling, highlighting in turns of the event
        loop of their own, so that two long reports never freeze the window."""
        self.comparison = None  # not levelled nor synchronised until its texts are in
        self._margins = ({}, {})
        self._steps = [
            lambda: self.a.set_text(comparison.text_a, comparison.spans_a, [h for r in comparison.rows for h in r.heads_a]),
            lambda: self.b.set_text(comparison.text_b, comparison.spans_b, [h for r in comparison.rows for h in r.heads_b]),
            lambda: setattr(self, "comparison", comparison) or self.level_rows(),
            self.a.highlight, self.b.highlight, self.sig_built.emit]
        self._next_step()

    def _next_step(self) -> None:
        if self._steps:
            self._steps.pop(0)()
            if self._steps:
                QTimer.singleShot(1, self, self._next_step)  # a timer: the window repaints in between

    def building(self) -> bool:
        return bool(self._steps)

    def restyle(self) -> None:
        self.a.restyle()
        self.b.restyle()
        self.gutter.update()

    # -- levelling rows ----------------------------------------------------------------------

    def level_rows(self) -> None:
        """Start every row at the same height in both panes (again after a layout change)."""
        comparison = self.comparison
        if comparison is None or not comparison.rows:
            return
        heights = []
        for k, pane in enumerate((self.a, self.b)):
            rows = self._row_tops(k)
            heights.append([(next_top - next_margin) - top for (top, _), (next_top, next_margin) in zip(rows, rows[1:])]
                           + [0.0])
        wanted = row_margins(*heights)
        for k, pane in enumerate((self.a, self.b)):
            starts = [r.a[0] if k == 0 else r.b[0] for r in comparison.rows]
            self._apply_margins(pane, self._margins[k], starts, wanted[k])
        self._anchors = None
        self.gutter.update()
        self.sig_laid_out.emit()

    @staticmethod
    def _apply_margins(pane: Pane, current: dict, starts: list[int], margins: list[float]) -> None:
        changes = []
        for start, margin in zip(starts, margins):
            number = pane.document().findBlock(start).blockNumber()
            if abs(current.get(number, 0.0) - margin) >= 0.5:
                changes.append((start, number, margin))
        if not changes:
            return  # levelled already: the size change that called us was our own
        cursor = QTextCursor(pane.document())
        cursor.beginEditBlock()
        for start, number, margin in changes:
            cursor.setPosition(start)
            block_format = QTextBlockFormat(cursor.blockFormat())
            block_format.setTopMargin(margin)
            cursor.setBlockFormat(block_format)
            current[number] = margin
        cursor.endEditBlock()

    def _row_tops(self, k: int) -> list[tuple[float, float]]:
        """Where each row's text starts in pane k, and the margin above it."""
        pane, margins = (self.a, self.b)[k], self._margins[k]
        out = []
        for row in self.comparison.rows:
            block = pane.document().findBlock(row.a[0] if k == 0 else row.b[0])
            out.append((pane.document().documentLayout().blockBoundingRect(block).top(),
                        margins.get(block.blockNumber(), 0.0)))
        return out

    def row_ends(self) -> tuple[list[tuple[float, float]], list[tuple[float, float]]]:
        """Each row's top and bottom in both documents (for the gutter)."""
        out = []
        for k, pane in enumerate((self.a, self.b)):
            rows = self._row_tops(k)
            bottom = pane.document().documentLayout().documentSize().height()
            out.append([(top, end) for (top, _), end in zip(rows, [t - m for t, m in rows[1:]] + [bottom])])
        return out[0], out[1]

    # -- synchronised scrolling --------------------------------------------------------------

    def anchors(self) -> tuple[list[float], list[float]]:
        """Matching heights in both documents: row starts and paired sentences, top to bottom."""
        if self._anchors is None:
            points = [(0, 0)]
            for row in self.comparison.rows if self.comparison else ():
                points.append((row.a[0], row.b[0]))
                points.extend(row.anchors)
            ys_a = [self.a.y_of(p) for p, _ in points] + [self.a.document().documentLayout().documentSize().height()]
            ys_b = [self.b.y_of(p) for _, p in points] + [self.b.document().documentLayout().documentSize().height()]
            self._anchors = (ys_a, ys_b)
        return self._anchors

    def _sync(self, source: Pane, target: Pane, value: int) -> None:
        if self._syncing or self.comparison is None:  # our own setValue calls come back here
            self.gutter.update()
            return
        self._syncing = True
        try:
            ys_a, ys_b = self.anchors()
            ys_source, ys_target = (ys_a, ys_b) if source is self.a else (ys_b, ys_a)
            middle = value + source.viewport().height() / 2
            mapped = map_position(middle, list(zip(ys_source, ys_source[1:])), list(zip(ys_target, ys_target[1:])))
            target.verticalScrollBar().setValue(int(round(mapped - target.viewport().height() / 2)))
        finally:
            self._syncing = False
        self.gutter.update()
        self.sig_scrolled.emit()

    # -- showing one difference --------------------------------------------------------------

    def show_difference(self, difference) -> None:
        """Select a difference in both panes and bring both to it, a third from the top."""
        # the current difference tinted, lightly enough that its marks still show through
        current = _format(background=_blend(colours()["find"], self.palette().base().color(), 0.5).name())
        self._syncing = True
        try:
            for pane, (start, end) in ((self.a, difference.a), (self.b, difference.b)):
                selection = QTextEdit.ExtraSelection()
                cursor = QTextCursor(pane.document())
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                selection.cursor, selection.format = cursor, QTextCharFormat(current)
                if start == end:  # nothing on this side: mark the line where it would be
                    selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
                pane.setExtraSelections([selection])
                pane.verticalScrollBar().setValue(int(pane.y_of(start) - pane.viewport().height() / 3))
        finally:
            self._syncing = False
        self.gutter.update()
        self.sig_scrolled.emit()
