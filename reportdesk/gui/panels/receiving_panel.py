"""报送情况: who of the list has reported, who has not (未报送), who sent twice or another period,
and the reports of no unit on the list. Double-click a row to bring its report into view;
right-click to say which unit a report belongs to."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QMenu, QPushButton,
                               QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from reportdesk.gui.colours import colours
from reportdesk.gui.i18n import tr
from reportdesk.roster import STATES
from reportdesk.roster.render import status_rows, summary_lines

REPORT_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("序号", "单位", "状态", "报告", "文件", "说明")


class ReceivingPanel(QWidget):
    sig_report_chosen = Signal(str)  # a report id: show it in the tree and the comparison
    sig_edit_roster = Signal()
    sig_export = Signal()

    def __init__(self, receiving, parent=None):
        super().__init__(parent)
        self.receiving = receiving
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_button = QPushButton(self)
        self.edit_button.clicked.connect(self.sig_edit_roster.emit)
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(self.sig_export.emit)
        row.addWidget(self.summary, 1)
        row.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
        self.table = QTreeWidget(self)
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.header().setStretchLastSection(True)
        self.table.itemDoubleClicked.connect(self._chosen)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu)
        layout.addWidget(self.table, 1)
        receiving.sig_changed.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        self.edit_button.setText(tr("报送名单…"))
        self.export_button.setText(tr("导出（Excel）…"))
        self.table.setHeaderLabels([tr(c) for c in COLUMNS])
        self.refresh()

    def refresh(self) -> None:
        status, refs = self.receiving.status(), self.receiving.refs()
        self.table.clear()
        self.export_button.setEnabled(status is not None)
        if status is None:
            self.summary.setText(tr("还没有报送名单。点“报送名单…”输入或读取应报送的单位（可从 .txt 或 .xlsx 读取），"
                                    "即可看到谁已报送、谁未报送、谁重复报送或报送了其他期间的报告。"))
            return
        self.summary.setText("\n".join(summary_lines(status, refs)))
        palette = colours(self.palette())
        reports = iter([r for u in status.units for r in (u.reports or ("",))] + list(status.extra))
        for values in status_rows(status, refs):
            item = QTreeWidgetItem([tr(v) if k == 2 else v for k, v in enumerate(values)])
            item.setData(0, REPORT_ROLE, next(reports))
            for column in range(len(COLUMNS)):  # the gaps a clerk chases, as the matrix shades them
                if values[2] == STATES["missing"]:
                    item.setBackground(column, QBrush(QColor(palette["gap"])))
                    item.setForeground(column, QBrush(QColor(palette["gap_text"])))
                elif not values[1] and not values[0] and values[2]:  # a report of no unit on the list
                    item.setForeground(column, QBrush(QColor(palette["muted"])))
            self.table.addTopLevelItem(item)

    def _chosen(self, item: QTreeWidgetItem) -> None:
        if report := item.data(0, REPORT_ROLE):
            self.sig_report_chosen.emit(report)

    def _menu(self, where: QPoint) -> None:
        item = self.table.itemAt(where)
        status = self.receiving.status()
        report = item.data(0, REPORT_ROLE) if item is not None else ""
        if not report or status is None:
            return
        menu = QMenu(self)
        assign = menu.addMenu(tr("归入单位"))
        for unit in status.units:
            action = assign.addAction(unit.unit, lambda u=unit.unit: self.receiving.correct(report, u))
            action.setCheckable(True)
            action.setChecked(status.unit_of(report) == unit.unit)
        menu.addAction(tr("不属于名单中的单位"), lambda: self.receiving.correct(report, ""))
        menu.addAction(tr("恢复自动匹配"), lambda: self.receiving.correct(report, None))
        menu.exec(self.table.viewport().mapToGlobal(where))
