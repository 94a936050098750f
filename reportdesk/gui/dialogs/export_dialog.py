"""The export dialog: what to compile (mode, parts, topics, reports, order) and with which template."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QCheckBox, QDialog, QDialogButtonBox,
                               QFileDialog, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QPushButton, QRadioButton, QSpinBox, QVBoxLayout)

from reportdesk.export.options import ExportOptions, default_title
from reportdesk.gui.i18n import PART_LABELS, tr
from reportdesk.model import MATRIX_PARTS, Alignment

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
    def __init__(self, alignment: Alignment, template: str = "", parent=None, unit: str = "", topic_list=None):
        """`topic_list`: of a mixed set, the list shown (its topics and reports are offered)."""
        super().__init__(parent)
        self.alignment, self.topic_list = alignment, topic_list
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
            box = QCheckBox(tr(PART_LABELS[part]))
            box.setChecked(True)
            self.parts[part] = box
            parts_row.addWidget(box)
        parts_row.addStretch(1)
        layout.addLayout(parts_row)
        lists = QGridLayout()
        written = {c.topic for c in alignment.cells}
        topics = topic_list.topics if topic_list is not None else alignment.topics
        members = set(topic_list.reports) if topic_list is not None else {r.id for r in alignment.reports}
        self.topics = _checklist([(t, n) for t, n in topics if t in written])
        self.reports = _checklist([(r.id, f"{r.label} · {r.report.title}") for r in alignment.reports
                                   if r.id in members])
        for column, (title, widget) in enumerate(((tr("主题（可拖动调整顺序）"), self.topics),
                                                  (tr("报告（可拖动调整顺序）"), self.reports))):
            group = QGroupBox(title)
            box = QVBoxLayout(group)
            box.addWidget(widget)
            lists.addWidget(group, 0, column)
        layout.addLayout(lists, 1)
        form = QFormLayout()
        self.title = QLineEdit()  # the title that fits the reports and the mode, to edit
        self.title.setPlaceholderText(tr("（默认标题）"))
        self._proposed = ""
        form.addRow(tr("文档标题："), self.title)
        self.unit = QLineEdit(unit)
        self.unit.setPlaceholderText(tr("如：某某市教育局办公室（印在封面上，也是文档作者）"))
        form.addRow(tr("编印单位："), self.unit)
        self.date = QLineEdit()
        self.date.setPlaceholderText(tr("（今天的日期）"))
        form.addRow(tr("日期："), self.date)
        choices = QHBoxLayout()
        self.overview = QCheckBox(tr("包括“基本情况”一章（各篇的开头和概况）"))
        self.overview.setChecked(True)
        self.regions_in_toc = QCheckBox(tr("目录中列出各地区"))
        self.leave_out_unwritten = QCheckBox(tr("对照表不列无人写的主题"))
        self.leave_out_unwritten.setChecked(True)
        for box in (self.overview, self.regions_in_toc, self.leave_out_unwritten):
            choices.addWidget(box)
        choices.addStretch(1)
        form.addRow(tr("选项："), choices)
        template_row = QHBoxLayout()
        self.template = QLineEdit(template)
        self.template.setPlaceholderText(tr("（使用自带的公文格式模板）"))
        browse = QPushButton(tr("选择单位模板…"))
        browse.clicked.connect(self._choose_template)
        template_row.addWidget(self.template, 1)
        template_row.addWidget(browse)
        form.addRow(tr("模板："), template_row)
        self.template_note = QLabel()  # what a unit template lacks and the export will add
        self.template_note.setWordWrap(True)
        form.addRow("", self.template_note)
        self.template.editingFinished.connect(self._check_template)
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
        self.mode_group.idToggled.connect(lambda *_: self._mode_changed())
        self._mode_changed()
        self._check_template()

    def _mode_changed(self) -> None:
        mode = self.mode()
        proposed = default_title(self.alignment, ExportOptions(mode=mode, topic_list=self._list_id()))
        if self.title.text().strip() in ("", self._proposed):  # the user's own title is kept
            self.title.setText(proposed)
        self._proposed = proposed
        self.cell_chars.setEnabled(mode == "table")
        self.leave_out_unwritten.setEnabled(mode == "table")
        self.overview.setEnabled(mode == "topics")
        self.regions_in_toc.setEnabled(mode == "topics")

    def _check_template(self) -> None:
        """Say at once what the chosen unit template lacks (the export adds it) or why it
        cannot be used."""
        from reportdesk.export.docx_writer import TemplateError, check_template

        path = self.template_path()
        if not path:
            self.template_note.clear()
            return
        try:
            missing = check_template(path)
        except TemplateError as err:
            self.template_note.setText(str(err))
            return
        self.template_note.setText("；".join(missing) if missing else tr("模板可以直接使用"))

    def _choose_template(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("选择单位模板…"), "", tr("Word 文档 (*.docx)"))
        if path:
            self.template.setText(path)
            self._check_template()

    def mode(self) -> str:
        return self.mode_group.checkedButton().property("mode")

    def options(self) -> ExportOptions:
        return ExportOptions(mode=self.mode(), parts=[p for p, box in self.parts.items() if box.isChecked()],
                             topics=_ticked(self.topics), reports=_ticked(self.reports),
                             title=self.title.text().strip(), cell_chars=self.cell_chars.value(),
                             unit=self.unit.text().strip(), date=self.date.text().strip(),
                             toc_levels=3 if self.regions_in_toc.isChecked() else 2,
                             overview=self.overview.isChecked(),
                             leave_out_unwritten=self.leave_out_unwritten.isChecked(),
                             topic_list=self._list_id())

    def _list_id(self) -> str:
        return self.topic_list.id if self.topic_list is not None else ""

    def template_path(self) -> str:
        return self.template.text().strip()
