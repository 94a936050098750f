"""报送名单: the units expected to report, typed or pasted one a line, or read from a .txt or an
.xlsx column; saved as a .txt for the next batch. The units are parsed by the core
(`roster.parse_units`): numbering, headers and repeats are left out."""
from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel, QMessageBox,
                               QPlainTextEdit, QPushButton, QVBoxLayout)

from reportdesk.files import WriteError
from reportdesk.gui.i18n import tr
from reportdesk.roster import RosterError, parse_units, read_units, save_units


class RosterDialog(QDialog):
    def __init__(self, units: tuple[str, ...], folder: str, parent=None):
        super().__init__(parent)
        self.folder = folder
        self.setWindowTitle(tr("报送名单"))
        self.resize(460, 520)
        layout = QVBoxLayout(self)
        self.hint = QLabel(tr("每行一个应报送的单位（可直接粘贴通知中的名单，顿号分隔也可以）。"
                              "报告按其地区自动对应到单位，如“溆浦县”对应“溆浦县教育局”。"), self)
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.editor = QPlainTextEdit(self)
        self.editor.setPlainText("\n".join(units))
        self.editor.textChanged.connect(self._count)
        layout.addWidget(self.editor, 1)
        row = QHBoxLayout()
        self.count = QLabel(self)
        self.read_button = QPushButton(tr("从文件读取…"), self)
        self.read_button.clicked.connect(self._read)
        self.save_button = QPushButton(tr("另存为文件…"), self)
        self.save_button.clicked.connect(self._save)
        row.addWidget(self.count, 1)
        row.addWidget(self.read_button)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._count()

    def units(self) -> tuple[str, ...]:
        return parse_units(self.editor.toPlainText())

    def _count(self) -> None:
        self.count.setText(tr("共 %d 个单位") % len(self.units()))

    def _read(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("读取报送名单"), self.folder,
                                              tr("名单 (*.txt *.xlsx)") + ";;" + tr("所有文件 (*)"))
        if path:
            self.read_file(path)

    def read_file(self, path: str) -> bool:
        """Put the units of a .txt or .xlsx in the editor; False, after saying why, if it cannot."""
        try:
            self.editor.setPlainText("\n".join(read_units(path)))
        except RosterError as err:
            QMessageBox.warning(self, tr("无法读取名单"), str(err))
            return False
        return True

    def _save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("保存报送名单"), self.folder + "/" + tr("报送名单.txt"),
                                              tr("文本文件 (*.txt)"))
        if path:
            try:
                save_units(path if path.lower().endswith(".txt") else path + ".txt", self.units())
            except WriteError as err:
                QMessageBox.warning(self, tr("无法保存名单"), str(err))
