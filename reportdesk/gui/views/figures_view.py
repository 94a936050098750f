"""The 数字指标 tab: every figure in the reports (明细), or one figure compared across the reports
(对比表: reports × indicators, sorted by any indicator, with a bar chart of the chosen one)."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QComboBox, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPushButton, QRadioButton, QScrollArea, QSplitter, QStackedWidget,
                               QTableView, QVBoxLayout, QWidget)

from reportdesk.gui.i18n import PART_LABELS, tr
from reportdesk.gui.models.figures_model import SENTENCE, FiguresModel
from reportdesk.gui.models.pivot import PivotFilter, PivotModel
from reportdesk.gui.views.chart import BarChart
from reportdesk.figures.tables import pivot_cells, wide_table

PIVOT_PARTS = ("achievements", "plans")


class FiguresView(QWidget):
    sig_show_fact = Signal(object)  # a Fact: show its sentence in its section
    sig_export = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.facts: list = []
        self._pivot_stale = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.detail_button, self.pivot_button = QRadioButton(), QRadioButton()
        self.detail_button.setChecked(True)
        self.mode = QButtonGroup(self)
        for k, button in enumerate((self.detail_button, self.pivot_button)):
            self.mode.addButton(button, k)
            row.addWidget(button)
        self.mode.idToggled.connect(self._mode_changed)
        self.topic_box, self.indicator_box, self.region_box = QComboBox(), QComboBox(), QComboBox()
        self.part_box = QComboBox()
        for part in PIVOT_PARTS:
            self.part_box.addItem("", part)
        self.part_box.currentIndexChanged.connect(self._pivot)
        self.labels = [QLabel(), QLabel(), QLabel(), QLabel()]
        for label, box in zip(self.labels, (self.topic_box, self.indicator_box, self.region_box, self.part_box)):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            if box is not self.part_box:
                box.currentIndexChanged.connect(self._filter)
            row.addWidget(label)
            row.addWidget(box)
        self.text_box = QLineEdit()
        self.text_box.setClearButtonEnabled(True)
        self.text_box.textChanged.connect(self._filter)
        row.addWidget(self.text_box, 1)
        self.count = QLabel()
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.sig_export.emit)
        row.addWidget(self.count)
        row.addWidget(self.export_button)
        layout.addLayout(row)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._detail_page())
        self.pages.addWidget(self._pivot_page())
        layout.addWidget(self.pages, 1)
        self._mode_changed()
        self.retranslate()

    def _detail_page(self) -> QTableView:
        self.model = FiguresModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        # Reading order until the user clicks a header: sorting hundreds of thousands of
        # figures after every load would hold the window for no one's benefit.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(SENTENCE, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setResizeContentsPrecision(50)
        self.table.doubleClicked.connect(self._activated)
        return self.table

    def _pivot_page(self) -> QSplitter:
        self.pivot_model = PivotModel(self)
        self.pivot_proxy = PivotFilter(self)
        self.pivot_proxy.setSourceModel(self.pivot_model)
        self.pivot = QTableView(self)
        self.pivot.setModel(self.pivot_proxy)
        self.pivot.setSortingEnabled(True)
        self.pivot.horizontalHeader().setResizeContentsPrecision(50)  # measure 50 rows, not all
        self.pivot.horizontalHeader().sectionClicked.connect(self._chart_column)
        self.pivot.doubleClicked.connect(self._pivot_activated)
        self.chart = BarChart(self)
        chart_area = QScrollArea(self)
        chart_area.setWidgetResizable(True)
        chart_area.setWidget(self.chart)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.pivot)
        split.addWidget(chart_area)
        split.setSizes([300, 260])
        return split

    def retranslate(self) -> None:
        self.detail_button.setText(tr("明细"))
        self.pivot_button.setText(tr("对比表"))
        for label, text in zip(self.labels, ("主题：", "指标：", "地区：", "部分：")):
            label.setText(tr(text))
        for k, part in enumerate(PIVOT_PARTS):
            self.part_box.setItemText(k, tr(PART_LABELS[part]))
        self.text_box.setPlaceholderText(tr("筛选：词语、原句或报告名"))
        self.export_button.setText(tr("导出表格…"))
        self._count()

    # -- data ----------------------------------------------------------------------------------

    def set_facts(self, facts, topic_names: dict[str, str], labels: dict[str, str]) -> None:
        self.facts = list(facts)
        used = {f.topic for f in facts}
        choices = (
            (self.topic_box, [(t, topic_names[t]) for t in topic_names if t in used]),
            (self.indicator_box, [(n, n) for n in sorted({f.indicator_name for f in facts if f.indicator_name})]),
            (self.region_box, [(v, v) for v in dict.fromkeys(labels.values())]),
        )
        for box, items in choices:
            box.blockSignals(True)
            current = box.currentData()
            box.clear()
            box.addItem(tr("全部"), "")
            for key, text in items:
                box.addItem(text, key)
            box.setCurrentIndex(max(0, box.findData(current)))
            box.blockSignals(False)
        self._pivot_stale = True
        self.model.filters = self._filters()
        self.model.set_facts(facts, topic_names, labels)  # one pass: filtered as the boxes say
        self._count()
        if self.pivot_button.isChecked():
            self._pivot()  # otherwise when the comparison is first looked at
        self.table.resizeColumnsToContents()  # 50 rows measured (the precision): thousands would freeze it

    def pivot_part(self) -> str:
        return self.part_box.currentData()

    def pivot_frame(self):
        """The comparison table as shown (the chosen part), for the export."""
        return wide_table(self.facts, self.pivot_part())

    def _pivot(self, *_) -> None:
        self._pivot_stale = False
        names = list(dict.fromkeys(self.model.labels.values()))
        self.pivot_model.set_cells(pivot_cells(self.facts, self.pivot_part()), names)
        self.pivot.resizeColumnsToContents()
        self._chart_column(0)
        self._count()

    def _chart_column(self, proxy_column: int) -> None:
        column = self.pivot_proxy.mapToSource(self.pivot_proxy.index(0, proxy_column)).column()
        if 0 <= column < len(self.pivot_model.columns):
            self.chart.set_bars(self.pivot_model.columns[column], self.pivot_model.column_values(column))
        else:
            self.chart.set_bars("", [])

    def _mode_changed(self, *_) -> None:
        pivot = self.pivot_button.isChecked()
        if pivot and self._pivot_stale:
            self._pivot()
        self.pages.setCurrentIndex(1 if pivot else 0)
        for widget in (self.labels[0], self.topic_box, self.labels[1], self.indicator_box, self.labels[2],
                       self.region_box):
            widget.setVisible(not pivot)
        self.labels[3].setVisible(pivot)
        self.part_box.setVisible(pivot)
        self._count()

    def _filters(self) -> tuple[str, str, str, str]:
        return (self.topic_box.currentData() or "", self.indicator_box.currentData() or "",
                self.region_box.currentData() or "", self.text_box.text().strip())

    def _filter(self, *_) -> None:
        self.model.set_filters(*self._filters())
        self.pivot_proxy.set_text(self.text_box.text())
        self._count()

    def _count(self) -> None:
        if self.pivot_button.isChecked():
            self.count.setText(tr("%d 个指标") % self.pivot_proxy.columnCount())
        else:
            self.count.setText(tr("%d 个数字") % self.model.rowCount())

    def _pivot_activated(self, index) -> None:
        source = self.pivot_proxy.mapToSource(index)
        fact = self.pivot_model.fact_at(source.row(), source.column())
        if fact is not None:
            self.sig_show_fact.emit(fact)

    def _activated(self, index) -> None:
        fact = self.model.facts[index.row()]
        self.sig_show_fact.emit(fact)

    def visible_facts(self) -> list:
        return list(self.model.facts)
