"""格式校对: what is wrong in each report's headings, report by report. Click a finding to read
the report at that heading (原文); export the list for the units that must correct it.

The check runs when the tab is looked at, not with every load: a batch of two thousand
reports costs nothing until someone asks."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from reportdesk.gui.i18n import tr
from reportdesk.structure.checks import RULES

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class ChecksPanel(QWidget):
    sig_open_section = Signal(str)  # a section key ("a.txt#1/2.3"), or a report id for its title
    sig_export = Signal()

    def __init__(self, receiving, parent=None):
        super().__init__(parent)
        self.receiving = receiving
        self._stale = True
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(self.sig_export.emit)
        row.addWidget(self.summary, 1)
        row.addWidget(self.export_button)
        layout.addLayout(row)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(3)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.tree.header().resizeSection(0, 280)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setWordWrap(True)
        self.tree.itemActivated.connect(self._open)
        self.tree.itemClicked.connect(self._open)
        layout.addWidget(self.tree, 1)
        receiving.sig_changed.connect(self._changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.export_button.setText(tr("导出（Excel）…"))
        self.tree.setHeaderLabels([tr("报告 / 位置"), tr("类别"), tr("问题")])
        self._stale = True
        self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.refresh()

    def _changed(self) -> None:
        self._stale = True
        self.refresh()

    def refresh(self) -> None:
        if not self._stale or not self.isVisible():
            return
        self._stale = False
        self.tree.clear()
        refs, pairs = self.receiving.refs(), self.receiving.findings()
        self.export_button.setEnabled(bool(pairs))
        by_report: dict[str, list] = {}
        for ref, finding in pairs:
            by_report.setdefault(ref.id, []).append(finding)
        for ref in refs:
            found = by_report.get(ref.id, [])
            top = QTreeWidgetItem([ref.label, "", tr("%d 处") % len(found) if found else tr("未发现问题")])
            top.setData(0, KEY_ROLE, ref.id)
            for finding in found:
                child = QTreeWidgetItem([finding.place, tr(RULES[finding.rule]), finding.message])
                child.setData(0, KEY_ROLE, f"{ref.id}/{finding.section}" if finding.section else ref.id)
                child.setToolTip(2, finding.message)
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(bool(found))
        self.summary.setText(tr("共 %d 篇报告，%d 篇有格式问题，合计 %d 处。点一条问题可在“原文”中查看。") % (
            len(refs), len(by_report), len(pairs)) if refs else tr("加载报告后，这里列出各篇标题编号、层级、全半角、年份等格式问题。"))

    def _open(self, item: QTreeWidgetItem) -> None:
        key = item.data(0, KEY_ROLE)
        if key and item.parent() is not None:
            self.sig_open_section.emit(key)
