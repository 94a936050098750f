"""The indicators tab: every figure in the reports, filtered by topic, indicator and region."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTableView, QVBoxLayout, QWidget)

from reportdesk.gui.i18n import tr
from reportdesk.gui.models.facts import FactsFilter, FactsModel


class IndicatorsView(QWidget):
    sig_show_fact = Signal(object)  # a Fact: show its sentence in its section
    sig_export = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.topic_box, self.indicator_box, self.region_box = QComboBox(), QComboBox(), QComboBox()
        self.labels = [QLabel(), QLabel(), QLabel()]
        for label, box in zip(self.labels, (self.topic_box, self.indicator_box, self.region_box)):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.currentIndexChanged.connect(self._filter)
            row.addWidget(label)
            row.addWidget(box)
        row.addStretch(1)
        self.count = QLabel()
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.sig_export.emit)
        row.addWidget(self.count)
        row.addWidget(self.export_button)
        layout.addLayout(row)
        self.model = FactsModel(self)
        self.proxy = FactsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(7, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(self._activated)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def retranslate(self) -> None:
        for label, text in zip(self.labels, ("主题：", "指标：", "地区：")):
            label.setText(tr(text))
        self.export_button.setText(tr("导出表格…"))
        self._count()

    def set_facts(self, facts, topic_names: dict[str, str], labels: dict[str, str]) -> None:
        self.model.set_facts(facts, topic_names, labels)
        choices = (
            (self.topic_box, [(t, topic_names[t]) for t in topic_names if any(f.topic == t for f in facts)]),
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
        self._filter()
        if len(facts) <= 300:  # measuring every row of thousands would freeze the window
            self.table.resizeColumnsToContents()
        else:
            for column, width in enumerate((90, 120, 160, 110, 80, 50, 80)):
                self.table.setColumnWidth(column, width)

    def _filter(self) -> None:
        self.proxy.set_filters(self.topic_box.currentData() or "", self.indicator_box.currentData() or "",
                               self.region_box.currentData() or "")
        self._count()

    def _count(self) -> None:
        self.count.setText(tr("%d 个数字") % self.proxy.rowCount())

    def _activated(self, index) -> None:
        fact = self.model.facts[self.proxy.mapToSource(index).row()]
        self.sig_show_fact.emit(fact)

    def visible_facts(self) -> list:
        return [self.model.facts[self.proxy.mapToSource(self.proxy.index(r, 0)).row()]
                for r in range(self.proxy.rowCount())]
