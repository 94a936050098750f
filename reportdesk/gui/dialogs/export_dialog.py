"""The export dialog: what to compile (mode, parts, topics, reports, order) and with which template."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QCheckBox, QDialog, QDialogButtonBox,
                               QFileDialog, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QPushButton, QRadioButton, QSpinBox, QVBoxLayout)

from reportdesk.export.compile import ExportOptions
from reportdesk.gui.i18n import tr
from reportdesk.model import MATRIX_PARTS, Alignment, part_heading

MODES = (("topics", "按主题汇编"), ("reports", "逐篇汇编"), ("table", "对照表"))


def _checklist(items: list[tuple[str, str]]) -> QListWidget:
    """A list whose items can be ticked and dragged into another order."""
    widget = QListWidget()
    widget.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
    for key, label in items:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        widget.addItem(item)
    return widget


def _ticked(widget: QListWidget) -> list[str]:
    return [widget.item(k).data(Qt.ItemDataRole.UserRole) for k in range(widget.count())
            if widget.item(k).checkState() == Qt.CheckState.Checked]


class ExportDialog(QDialog):
    def __init__(self, alignment: Alignment, template: str = "", parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("导出 Word…"))
        self.resize(720, 560)
        layout = QVBoxLayout(self)
        modes = QHBoxLayout()
        self.mode_group = QButtonGroup(self)
        for k, (mode, label) in enumerate(MODES):
            button = QRadioButton(tr(label))
            button.setProperty("mode", mode)
            button.setChecked(k == 0)
            self.mode_group.addButton(button, k)
            modes.addWidget(button)
        modes.addStretch(1)
        layout.addLayout(modes)
        self.parts = {}
        parts_row = QHBoxLayout()
        parts_row.addWidget(QLabel(tr("部分：")))
        for part in MATRIX_PARTS:
            box = QCheckBox(tr(part_heading(part)))
            box.setChecked(True)
            self.parts[part] = box
            parts_row.addWidget(box)
        parts_row.addStretch(1)
        layout.addLayout(parts_row)
        lists = QGridLayout()
        written = {c.topic for c in alignment.cells}
        self.topics = _checklist([(t, n) for t, n in alignment.topics if t in written])
        self.reports = _checklist([(r.id, f"{r.label} · {r.report.title}") for r in alignment.reports])
        for column, (title, widget) in enumerate(((tr("主题（可拖动调整顺序）"), self.topics),
                                                  (tr("报告（可拖动调整顺序）"), self.reports))):
            group = QGroupBox(title)
            box = QVBoxLayout(group)
            box.addWidget(widget)
            lists.addWidget(group, 0, column)
        layout.addLayout(lists, 1)
        form = QFormLayout()
        self.title = QLineEdit()
        self.title.setPlaceholderText(tr("（默认标题）"))
        form.addRow(tr("文档标题："), self.title)
        template_row = QHBoxLayout()
        self.template = QLineEdit(template)
        self.template.setPlaceholderText(tr("（使用自带的公文格式模板）"))
        browse = QPushButton(tr("选择单位模板…"))
        browse.clicked.connect(self._choose_template)
        template_row.addWidget(self.template, 1)
        template_row.addWidget(browse)
        form.addRow(tr("模板："), template_row)
        self.cell_chars = QSpinBox()
        self.cell_chars.setRange(20, 2000)
        self.cell_chars.setValue(100)
        self.cell_chars.setSuffix(tr(" 字"))
        form.addRow(tr("对照表每格字数："), self.cell_chars)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("导出…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.mode_group.idToggled.connect(lambda *_: self.cell_chars.setEnabled(self.mode() == "table"))
        self.cell_chars.setEnabled(False)

    def _choose_template(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("选择单位模板…"), "", tr("Word 文档 (*.docx)"))
        if path:
            self.template.setText(path)

    def mode(self) -> str:
        return self.mode_group.checkedButton().property("mode")

    def options(self) -> ExportOptions:
        return ExportOptions(mode=self.mode(), parts=[p for p, box in self.parts.items() if box.isChecked()],
                             topics=_ticked(self.topics), reports=_ticked(self.reports),
                             title=self.title.text().strip(), cell_chars=self.cell_chars.value())

    def template_path(self) -> str:
        return self.template.text().strip()
