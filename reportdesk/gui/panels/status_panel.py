"""The status bar's content: what happened last, and a load's progress with its Cancel button."""
from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from reportdesk.gui.i18n import tr


class StatusPanel(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.text = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(240)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(session.cancel_loading)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel_button)
        self._loading(False)
        session.sig_loading.connect(self._loading)
        session.sig_progress.connect(self._progress)
        session.sig_message.connect(self.text.setText)

    def retranslate(self) -> None:
        self.cancel_button.setText(tr("取消"))

    def _loading(self, loading: bool) -> None:
        self.progress.setRange(0, 0)  # busy until the first file is counted
        self.progress.setVisible(loading)
        self.cancel_button.setVisible(loading)

    def _progress(self, done: int, total: int, name: str) -> None:
        if name == "align":
            self.progress.setRange(0, 0)
            self.text.setText(tr("正在比对主题…"))
        else:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)
            if name:
                self.text.setText(tr("正在读取 %s") % name)
