"""The files that could not be read, each with the reason, in a dock under the window."""
from __future__ import annotations

from PySide6.QtWidgets import (QDockWidget, QListWidget, QListWidgetItem, QPushButton, QStyle, QVBoxLayout,
                               QWidget)

from reportdesk.gui.i18n import tr
from reportdesk.members import file_label


class ErrorsPanel(QDockWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("errors")
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        self.list = QListWidget(body)
        self.retry = QPushButton(body)  # a file back on its USB stick, a file closed in Word
        self.retry.clicked.connect(session.retry_failed)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.retry)
        self.setWidget(body)
        self.hide()
        session.sig_errors_changed.connect(self._errors_changed)

    def retranslate(self) -> None:
        self.setWindowTitle(tr("文件读取问题"))
        self.retry.setText(tr("重新读取这些文件"))

    def _errors_changed(self) -> None:
        """The files that could not be read, then the ones read with a warning (damage repaired,
        characters that could not be decoded)."""
        self.list.clear()
        style = self.style()
        for message in self.session.errors.values():
            self.list.addItem(QListWidgetItem(style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical), message))
        notes = [(f.path, f.warnings) for f in self.session.files if f.warnings and not f.error]
        for path, warnings in notes:
            text = f"{file_label(path)}：{'；'.join(warnings)}"
            self.list.addItem(QListWidgetItem(style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning), text))
        self.retry.setVisible(bool(self.session.errors))
        self.setVisible(bool(self.session.errors) or bool(notes))
