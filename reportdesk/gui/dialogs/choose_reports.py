"""选择报告: which of the loaded reports the matrix, the columns, 要点, 查重, the figures and the
export show, ticked one by one or by group (kind, year, folder). The order is the one the
matrix's columns were dragged into; the choice is kept with the project."""
from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout)

from reportdesk.gui.i18n import tr
from reportdesk.members import outer_file

GROUPINGS = (("kind", "按类别"), ("year", "按年份"), ("folder", "按文件夹"), ("", "不分组"))
ID = Qt.ItemDataRole.UserRole


def report_groups(alignment, grouping: str) -> list[tuple[str, list]]:
    """(group name, reports) in the order the reports are loaded; one group without grouping."""
    kinds = {r: t.name if t.fits else tr("无适用主题表") for t in alignment.lists for r in t.reports}
    if not grouping:
        return [("", list(alignment.loaded()))]
    groups: dict[str, list] = {}
    for ref in alignment.loaded():
        if grouping == "kind":
            name = kinds.get(ref.id, alignment.taxonomy_name)
        elif grouping == "year":
            year = ref.report.reviewed or ref.report.year
            name = tr("%d 年") % year if year else tr("年份不详")
        else:
            name = os.path.dirname(outer_file(ref.path)) or "."
        groups.setdefault(name, []).append(ref)
    return list(groups.items())


class ChooseReportsDialog(QDialog):
    def __init__(self, alignment, parent=None):
        super().__init__(parent)
        self.alignment = alignment
        self.setWindowTitle(tr("选择报告"))
        self.resize(560, 520)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.grouping = QComboBox(self)
        for key, text in GROUPINGS:
            self.grouping.addItem(tr(text), key)
        self.grouping.currentIndexChanged.connect(lambda _: self._fill(self.chosen()))
        self.count = QLabel(self)
        row.addWidget(self.grouping)
        row.addStretch(1)
        row.addWidget(self.count)
        layout.addLayout(row)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.itemChanged.connect(lambda *_: self._count())
        layout.addWidget(self.tree, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("确定"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("取消"))
        for text, ticked in ((tr("全选"), True), (tr("全不选"), False)):
            button = QPushButton(text, self)
            button.clicked.connect(lambda _=False, on=ticked: self.tick_all(on))
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(QLabel(tr("矩阵、对比、要点、查重、数字指标和导出都只显示勾选的报告；"
                                   "在覆盖矩阵中拖动列标题可调整顺序。"), self, wordWrap=True))
        layout.addWidget(buttons)
        self._fill({r.id for r in alignment.reports})

    def _fill(self, ticked: set[str]) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        for name, refs in report_groups(self.alignment, self.grouping.currentData()):
            parent = self.tree.invisibleRootItem()
            if name:
                parent = QTreeWidgetItem(self.tree, [tr("%s（%d 篇）") % (name, len(refs))])
                parent.setFlags(parent.flags() | Qt.ItemFlag.ItemIsAutoTristate | Qt.ItemFlag.ItemIsUserCheckable)
            for ref in refs:
                item = QTreeWidgetItem(parent, [ref.label])
                item.setToolTip(0, f"{ref.report.title}\n{ref.path}")
                item.setData(0, ID, ref.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Checked if ref.id in ticked else Qt.CheckState.Unchecked)
        self.tree.expandAll()
        self.tree.blockSignals(False)
        self._count()

    def _items(self):
        stack = [self.tree.topLevelItem(k) for k in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop(0)
            if item.data(0, ID) is not None:
                yield item
            stack[:0] = [item.child(k) for k in range(item.childCount())]

    def chosen(self) -> set[str]:
        return {item.data(0, ID) for item in self._items() if item.checkState(0) == Qt.CheckState.Checked}

    def tick_all(self, on: bool) -> None:
        """全选 / 全不选: every box, counted once (not once per box: thousands of reports)."""
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        self.tree.blockSignals(True)
        for item in self._items():
            item.setCheckState(0, state)
        self.tree.blockSignals(False)
        self._count()

    def _count(self) -> None:
        total = len(self.alignment.loaded())
        self.count.setText(tr("已选 %d / %d 篇") % (len(self.chosen()), total))

    def order(self) -> list[str] | None:
        """The reports to show in the order shown so far (new ones after them, in the loaded
        order); None when every report is ticked and the order is the loaded one."""
        chosen = self.chosen()
        shown = [r.id for r in self.alignment.reports if r.id in chosen]
        rest = [r.id for r in self.alignment.loaded() if r.id in chosen and r.id not in shown]
        return shown + rest


def choose_reports(window) -> None:
    """Open the dialog on the loaded reports and show the ones ticked."""
    session = window.session
    if session.alignment is None:
        return
    dialog = ChooseReportsDialog(session.alignment, window)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        order = dialog.order()
        if not order:
            session.say(tr("至少要选择一篇报告"))
            return
        session.set_shown(order)
