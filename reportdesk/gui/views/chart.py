"""A bar chart of one indicator across the reports, drawn with QPainter (QtCharts is not part
of PySide6-Essentials, and a plotting library is not worth its size for bars)."""
from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from reportdesk.gui.colours import cell_colour

BAR = 22  # pixels per report
LABEL_WIDTH = 170


class BarChart(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = ""
        self.bars: list[tuple[str, float]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def set_bars(self, title: str, bars: list[tuple[str, float]]) -> None:
        """Bars largest first; the chart grows to show every one."""
        self.title = title
        self.bars = sorted(bars, key=lambda b: -b[1])
        self.setMinimumHeight(40 + BAR * len(self.bars))
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(palette.ColorRole.WindowText)
        painter.setPen(text)
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(QRectF(8, 4, self.width() - 16, 24), Qt.AlignmentFlag.AlignLeft, self.title)
        font.setBold(False)
        painter.setFont(font)
        if not self.bars:
            return
        top = max(abs(v) for _, v in self.bars) or 1.0
        span = max(40.0, self.width() - LABEL_WIDTH - 90)
        for k, (name, value) in enumerate(self.bars):
            y = 32 + k * BAR
            painter.setPen(text)
            painter.drawText(QRectF(8, y, LABEL_WIDTH - 12, BAR - 4),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, name)
            length = span * abs(value) / top
            painter.fillRect(QRectF(LABEL_WIDTH, y + 3, length, BAR - 8), QColor(cell_colour(0.8)))
            painter.drawText(QRectF(LABEL_WIDTH + length + 6, y, 80, BAR - 4), Qt.AlignmentFlag.AlignVCenter,
                             f"{value:g}")
        painter.end()
