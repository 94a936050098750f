"""A thin strip beside the two panes: where the differences are in the whole comparison, where
the panes are now, and a click that jumps to the difference nearest the place clicked."""
from __future__ import annotations

from bisect import bisect_left

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from reportdesk.gui.colours import colours

WIDTH = 16
MIN_MARK = 3  # pixels: a one-word change in a long text must still be seen


def nearest(positions: list[float], position: float) -> int:
    """Index of the sorted position closest to `position` (-1 when there is none)."""
    if not positions:
        return -1
    k = bisect_left(positions, position)
    if k == 0:
        return 0
    if k == len(positions):
        return len(positions) - 1
    return k if positions[k] - position < position - positions[k - 1] else k - 1


class OverviewBar(QWidget):
    sig_chosen = Signal(int)  # the index of the difference nearest the click

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFixedWidth(WIDTH)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.marks: list[tuple[float, float, str]] = []  # (start, end) as shares of the whole, kind
        self.visible = (0.0, 0.0)
        self.current = -1

    def set_marks(self, marks: list[tuple[float, float, str]]) -> None:
        self.marks = marks
        self.update()

    def set_visible(self, start: float, end: float) -> None:
        self.visible = (start, end)
        self.update()

    def set_current(self, index: int) -> None:
        self.current = index
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        c = colours()
        height, width = self.height(), self.width()
        painter.fillRect(self.rect(), self.palette().alternateBase())
        colour = {"changed": QColor(c["find"]), "only_a": QColor(c["delete_text"]), "only_b": QColor(c["insert_text"])}
        for k, (start, end, kind) in enumerate(self.marks):
            y = start * height
            mark = QRectF(2, y, width - 4, max(MIN_MARK, (end - start) * height))
            painter.fillRect(mark, colour.get(kind, QColor(c["muted"])))
            if k == self.current:
                painter.setPen(QPen(self.palette().text().color(), 1.5))
                painter.drawRect(mark.adjusted(-1.5, -1.5, 1.5, 1.5))
        top, bottom = self.visible
        painter.setPen(QPen(self.palette().text().color(), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(0.5, top * height, width - 1, max(4.0, (bottom - top) * height)))

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        k = nearest([(s + e) / 2 for s, e, _ in self.marks], event.position().y() / max(1, self.height()))
        if k >= 0:
            self.sig_chosen.emit(k)
