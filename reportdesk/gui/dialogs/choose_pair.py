"""比较两篇 (Ctrl+D): choose two reports in a small dialog, then show them side by side.

The dialog offers the last two reports picked in the matrix (a column header or a cell)
or in the tree, so that picking two and pressing Ctrl+D then Enter compares them; with fewer
picked, two of a kind (`compare.two.default_pair`)."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QPushButton

from reportdesk.compare.side_by_side import default_pair
from reportdesk.gui.i18n import tr
from reportdesk.gui.panels.side_by_side_panel import TwoPanel


class PickTwoDialog(QDialog):
    def __init__(self, reports: list[tuple[str, str]], first: str | None, second: str | None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("比较两篇"))
        self.ids = [r for r, _ in reports]
        self.first, self.second = QComboBox(self), QComboBox(self)
        for box in (self.first, self.second):
            box.addItems([label for _, label in reports])
            box.setMinimumContentsLength(24)
        self.first.setCurrentIndex(self.ids.index(first) if first in self.ids else 0)
        self.second.setCurrentIndex(self.ids.index(second) if second in self.ids else min(1, len(self.ids) - 1))
        self.swap_button = QPushButton(tr("交换"), self)
        self.swap_button.clicked.connect(self._swap)
        self.note = QLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(tr("甲（左）："), self.first)
        form.addRow(tr("乙（右）："), self.second)
        form.addRow("", self.swap_button)
        form.addRow(self.note)
        form.addRow(self.buttons)
        for box in (self.first, self.second):
            box.currentIndexChanged.connect(self._check)
        self._check()

    def chosen(self) -> tuple[str, str]:
        return self.ids[self.first.currentIndex()], self.ids[self.second.currentIndex()]

    def _swap(self) -> None:
        a, b = self.first.currentIndex(), self.second.currentIndex()
        self.first.setCurrentIndex(b)
        self.second.setCurrentIndex(a)

    def _check(self) -> None:
        same = self.first.currentIndex() == self.second.currentIndex()
        self.note.setText(tr("请选择两篇不同的报告") if same else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not same)


def install(window):
    """The two-report view as a page of the window's stack, following the matrix and the tree
    (the reports picked there are the pair offered next)."""
    two = TwoPanel(window.session, window)
    window.stack.addWidget(two)
    two.sig_back.connect(lambda: back_to_desk(window))
    two.sig_pick.connect(lambda: compare_two_reports(window))
    two.panes.sig_built.connect(window._check_idle)  # the window is idle once the panes are filled
    window.matrix_panel.sig_report_chosen.connect(two.note_report)
    window.tree_panel.sig_section_chosen.connect(two.note_section)
    return two


def compare_two_reports(window) -> None:
    """Ctrl+D: choose two reports, then compare them in the two-report view."""
    alignment = window.session.alignment
    if alignment is None or len(alignment.reports) < 2:
        window.session.say(tr("比较两篇需要至少两篇报告"))
        return
    recent = list(reversed(window.two.recent))  # picked first on the left
    current = window.two.report_ids or (recent if len(recent) == 2 else
                                        default_pair(alignment, recent[0] if recent else None))
    dialog = PickTwoDialog([(r.id, r.label) for r in alignment.reports], *current, parent=window)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        show_two(window, *dialog.chosen())


def show_two(window, a: str, b: str) -> None:
    """The two-report view, in place of the comparison desk, for reports a and b."""
    window.stack.setCurrentWidget(window.two)
    window.two.show_reports(a, b)
    window.two.panes.a.setFocus()


def back_to_desk(window) -> None:
    if window.stack.currentWidget() is window.two:
        window.stack.setCurrentWidget(window.main_split)
