"""The 要点 tab: for each topic and region, the two or three sentences that carry its own facts
and are least like the other regions' text — the one page leadership asks for."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from reportdesk.compare.points import points_rows
from reportdesk.export.points_table import cell_text
from reportdesk.gui.i18n import PART_LABELS, tr
from reportdesk.model import MATRIX_PARTS

CELL_WIDTH = 300


class PointsView(QWidget):
    sig_part_chosen = Signal(str)  # compute the points of this part
    sig_export = Signal(str)  # "xlsx" or "docx"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.table_data = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.part_label = QLabel(self)
        self.part_box = QComboBox(self)
        for part in MATRIX_PARTS:
            self.part_box.addItem("", part)
        self.part_box.currentIndexChanged.connect(lambda _: self.sig_part_chosen.emit(self.part()))
        self.status = QLabel(self)
        self.xlsx_button, self.docx_button = QPushButton(self), QPushButton(self)
        self.xlsx_button.clicked.connect(lambda: self.sig_export.emit("xlsx"))
        self.docx_button.clicked.connect(lambda: self.sig_export.emit("docx"))
        for widget, stretch in ((self.part_label, 0), (self.part_box, 0), (self.status, 1), (self.xlsx_button, 0),
                                (self.docx_button, 0)):
            bar.addWidget(widget, stretch)
        layout.addLayout(bar)
        self.grid = QTableWidget(self)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setWordWrap(True)
        self.grid.horizontalHeader().setDefaultSectionSize(CELL_WIDTH)
        layout.addWidget(self.grid, 1)
        self.retranslate()

    def part(self) -> str:
        return self.part_box.currentData()

    def retranslate(self) -> None:
        self.part_label.setText(tr("部分："))
        for k, part in enumerate(MATRIX_PARTS):
            self.part_box.setItemText(k, tr(PART_LABELS[part]))
        self.xlsx_button.setText(tr("导出 Excel…"))
        self.docx_button.setText(tr("导出 Word…"))
        if self.table_data is None:
            self.status.setText(tr("各地区在每个主题上最有特色、带数字的两三句话"))

    def set_points(self, table) -> None:
        """A compare.points.PointsTable: topics as rows, reports as columns."""
        self.table_data = table
        columns, rows = points_rows(table)
        self.grid.clear()
        self.grid.setRowCount(len(rows))
        self.grid.setColumnCount(len(columns))
        self.grid.setHorizontalHeaderLabels(columns)
        self.grid.setVerticalHeaderLabels([name for name, _ in rows])
        for r, (_, cells) in enumerate(rows):
            for c, cell in enumerate(cells):
                item = QTableWidgetItem(cell_text(cell) or "—")
                item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                self.grid.setItem(r, c, item)
        self.grid.resizeRowsToContents()
        self.status.setText(tr("%d 个主题 × %d 篇报告") % (len(rows), len(columns)))
        for button in (self.xlsx_button, self.docx_button):
            button.setEnabled(bool(rows))
