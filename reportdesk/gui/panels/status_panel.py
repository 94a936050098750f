"""The status bar's content: what happened last, and a load's progress with its Cancel button;
after an export, 打开文件 and 打开所在文件夹 until the next message."""
from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from reportdesk.gui.dialogs.targets import open_file, show_in_folder
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
        self.exported = ""  # the file the last export wrote, while the buttons offer it
        self.open_button, self.folder_button = QPushButton(self), QPushButton(self)
        self.open_button.clicked.connect(lambda: open_file(self.exported))
        self.folder_button.clicked.connect(lambda: show_in_folder(self.exported))
        layout.addWidget(self.text, 1)
        for widget in (self.open_button, self.folder_button, self.progress, self.cancel_button):
            layout.addWidget(widget)
        self._loading(False)
        self._offer("")
        session.sig_loading.connect(self._loading)
        session.sig_progress.connect(self._progress)
        session.sig_message.connect(self._message)
        session.sig_exported.connect(self._offer)

    def retranslate(self) -> None:
        self.cancel_button.setText(tr("取消"))
        self.open_button.setText(tr("打开文件"))
        self.folder_button.setText(tr("打开所在文件夹"))

    def _message(self, text: str) -> None:
        self.text.setText(text)
        self._offer("")  # the buttons belong to the export just said, not to what follows

    def _offer(self, path: str) -> None:
        self.exported = path
        for button in (self.open_button, self.folder_button):
            button.setVisible(bool(path))
            button.setToolTip(path)

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
