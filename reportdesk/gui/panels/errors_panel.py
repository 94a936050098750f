"""The files that could not be read, each with the reason, in a dock under the window."""
from __future__ import annotations

from PySide6.QtWidgets import QDockWidget, QListWidget

from reportdesk.gui.i18n import tr


class ErrorsPanel(QDockWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("errors")
        self.list = QListWidget(self)
        self.setWidget(self.list)
        self.hide()
        session.sig_errors_changed.connect(self._errors_changed)

    def retranslate(self) -> None:
        self.setWindowTitle(tr("无法读取的文件"))

    def _errors_changed(self) -> None:
        self.list.clear()
        for message in self.session.errors.values():
            self.list.addItem(message)
        self.setVisible(bool(self.session.errors))
