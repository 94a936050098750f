"""The first screen: where to drop report files, and the way to the bundled examples."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from reportdesk.gui.i18n import tr


class WelcomePage(QWidget):
    sig_open_files = Signal()
    sig_open_folder = Signal()
    sig_open_examples = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        self.headline = QLabel(self)
        self.headline.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.headline.setStyleSheet("font-size: 22pt; color: #2d4a6b;")
        self.hint = QLabel(self)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setStyleSheet("font-size: 11pt; color: #666;")
        layout.addWidget(self.headline)
        layout.addWidget(self.hint)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.open_files = QPushButton(self)
        self.open_folder = QPushButton(self)
        self.examples = QPushButton(self)
        for button, signal in ((self.open_files, self.sig_open_files), (self.open_folder, self.sig_open_folder),
                               (self.examples, self.sig_open_examples)):
            button.setMinimumHeight(36)
            button.clicked.connect(signal.emit)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addSpacing(16)
        layout.addLayout(buttons)
        layout.addStretch(3)
        self.setStyleSheet("WelcomePage { border: 3px dashed #b8c7d9; border-radius: 12px; }")
        self.retranslate()

    def retranslate(self) -> None:
        self.headline.setText(tr("把报告文件或文件夹拖到这里"))
        self.hint.setText(tr("Word（.docx .doc）、WPS、PDF、RTF、ODT、网页、纯文本和 .zip 压缩包都能打开；可一次拖入多个文件或整个文件夹。"))
        self.open_files.setText(tr("打开文件…"))
        self.open_folder.setText(tr("打开文件夹…"))
        self.examples.setText(tr("打开示例报告"))
