"""The files that could not be read, each with the reason, and the files set aside (not reports,
read with damage repaired), in a strip under the desk.

A header with the count folds and unfolds the list: folded, the strip is one line; unfolded,
it has the height the user last dragged it to (kept with the window's layout), else room for
a few lines. It unfolds by itself when a load brings new problems, and folds when none are left.
"""
from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtWidgets import (QListWidget, QListWidgetItem, QPushButton, QSplitter, QStyle, QToolButton,
                               QVBoxLayout, QWidget)

from reportdesk.gui.i18n import tr
from reportdesk.members import file_label

SHOWN_LINES = 5  # an unfolded list the user never sized shows this many lines at most
QWIDGETSIZE_MAX = (1 << 24) - 1


class ErrorsPanel(QWidget):
    sig_visible = Signal(bool)  # shown or hidden (the 错误列表 menu entry follows it)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("errors")
        self.chosen_height = 0  # the unfolded height the user dragged it to (0: fitted to its lines)
        self._count = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 4)
        layout.setSpacing(2)
        self.header = QToolButton(self)
        self.header.setCheckable(True)
        self.header.setAutoRaise(True)
        self.header.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.header.toggled.connect(self._fold)
        self.body = QWidget(self)
        inner = QVBoxLayout(self.body)
        inner.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget(self.body)
        self.list.setMinimumHeight(self.fontMetrics().height() + 8)  # one problem takes one line, not a scroll area's three
        self.retry = QPushButton(self.body)  # a file back on its USB stick, a file closed in Word
        self.retry.clicked.connect(session.retry_failed)
        inner.addWidget(self.list, 1)
        inner.addWidget(self.retry)
        layout.addWidget(self.header, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.body, 1)
        self._fold(False)
        self.hide()
        session.sig_errors_changed.connect(self._errors_changed)

    def retranslate(self) -> None:
        self.header.setText(tr("文件读取问题（%d）") % self._count)
        self.header.setToolTip(tr("点击展开或折叠列表"))
        self.retry.setText(tr("重新读取这些文件"))

    # -- shown, folded ---------------------------------------------------------------------------

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - Qt's name
        was = self.isVisible()
        super().setVisible(visible)
        if visible:
            self._fit()
        if visible != was:
            self.sig_visible.emit(visible)

    def is_open(self) -> bool:
        return self.header.isChecked()

    def set_open(self, open_: bool) -> None:
        self.header.setChecked(open_)

    def _fold(self, open_: bool) -> None:
        self.header.setArrowType(Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow)
        self.body.setVisible(open_)
        self.setMaximumHeight(QWIDGETSIZE_MAX if open_ else self._folded_height())
        self._fit()

    def _folded_height(self) -> int:
        margins = self.layout().contentsMargins()
        return self.header.sizeHint().height() + margins.top() + margins.bottom()

    def _open_height(self) -> int:
        if self.chosen_height:
            return self.chosen_height
        lines = max(1, min(self.list.count(), SHOWN_LINES))
        row = self.list.sizeHintForRow(0) if self.list.count() else self.fontMetrics().height() + 4
        retry = self.retry.sizeHint().height() if not self.retry.isHidden() else 0
        return self._folded_height() + lines * row + 2 * self.list.frameWidth() + retry + 8

    def _fit(self) -> None:
        """Give the strip its height in the splitter it sits in: one line folded, else its own."""
        splitter = self._splitter()
        if splitter is None or not self.isVisible():
            return
        mine = splitter.indexOf(self)
        sizes = splitter.sizes()
        total = sum(sizes)
        wanted = min(self._open_height() if self.is_open() else self._folded_height(), total * 2 // 3)
        sizes[mine] = wanted
        sizes[1 - mine] = max(0, total - wanted)
        splitter.setSizes(sizes)

    def _splitter(self) -> QSplitter | None:
        parent = self.parentWidget()
        return parent if isinstance(parent, QSplitter) and parent.count() == 2 else None

    def splitter_moved(self) -> None:
        """The user dragged the strip's edge: that is its height from now on, while unfolded."""
        splitter = self._splitter()
        if splitter is not None and self.is_open() and self.isVisible():
            self.chosen_height = splitter.sizes()[splitter.indexOf(self)]

    # -- kept with the window's layout (layout.json) ----------------------------------------------

    def save_state(self) -> QByteArray:
        return QByteArray(str(self.chosen_height).encode("ascii"))

    def restore_state(self, state: QByteArray) -> bool:
        text = bytes(state).decode("ascii", "replace")
        if not text.isdigit():
            return False
        self.chosen_height = int(text)
        return True

    # -- following the session ------------------------------------------------------------------

    def _errors_changed(self) -> None:
        """The files that could not be read, then the ones read with a note (damage repaired,
        characters that could not be decoded, set aside as not reports)."""
        self.list.clear()
        style = self.style()
        for message in self.session.errors.values():
            self.list.addItem(QListWidgetItem(style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical), message))
        notes = [(f.path, f.warnings) for f in self.session.files if f.warnings and not f.error]
        for path, warnings in notes:
            text = f"{file_label(path)}：{'；'.join(warnings)}"
            self.list.addItem(QListWidgetItem(style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning), text))
        self.retry.setVisible(bool(self.session.errors))
        before, self._count = self._count, self.list.count()
        self.retranslate()
        if self._count > before:
            self.set_open(True)  # new problems: shown, not folded away
        elif not self._count:
            self.set_open(False)
        self.setVisible(bool(self._count))
        self._fit()
