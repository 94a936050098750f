"""The comparison pane following the session: the current topic and part, column by column,
computed in the background runner. (Two reports side by side: panels/two_panel.py.)"""
from __future__ import annotations

from PySide6.QtWidgets import QMenu

from reportdesk.compare.marks import column_marks
from reportdesk.gui.move_menu import add_move_menu
from reportdesk.gui.i18n import PART_LABELS, tr
from reportdesk.gui.views.columns_view import CompareView


class ComparePanel(CompareView):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self._reveal: str | None = None  # a report to bring into view once the columns are built
        self.sig_columns_changed.connect(self.refresh)
        self.sig_order_changed.connect(session.set_shown)  # the matrix, 要点 and exports follow
        self.sig_built.connect(self._built)
        session.sig_columns_ready.connect(self._columns_ready)
        session.sig_reports_changed.connect(self._reports_changed)
        session.sig_topic_changed.connect(lambda _: self.refresh())
        session.sig_alignment_changed.connect(self._alignment_changed)
        session.sig_copies_changed.connect(lambda _: self.refresh_copy_marks())
        self.sig_passage_menu.connect(self._passage_menu)
        self.copy_marks = self._marks_of

    def _reports_changed(self, alignment) -> None:
        if alignment is None:
            self.clear()
        else:
            self.set_reports([r.id for r in alignment.reports], alignment.labels())

    def _alignment_changed(self, alignment) -> None:
        if alignment is None:
            self.clear()
        else:  # a report may have been renamed
            self.labels = self.names = alignment.labels()

    def _marks_of(self, column) -> list:
        session = self.session
        return column_marks(session.copies, session.alignment, column) if session.copies else []

    def _passage_menu(self, key: str, where) -> None:
        """A passage's topic, moving it to another, and showing it where it stands in 原文."""
        alignment = self.session.alignment
        passage = alignment.passage(key) if alignment else None
        if passage is None:
            return
        topic = alignment.passage_topic(key).topic
        menu = QMenu(self)
        menu.addAction(tr("此段主题：%s") % alignment.topic_name(topic)).setEnabled(False)
        add_move_menu(menu, self.session, [key], topic)
        menu.addSeparator()
        menu.addAction(tr("在原文中查看"), lambda: self.sig_open_passage.emit(key))
        menu.exec(where)

    def reveal_soon(self, report_id: str) -> None:
        """Bring a report's column into view as soon as the columns being built are there."""
        if self.building() or self.session.running("compare"):
            self._reveal = report_id
        else:
            self.reveal(report_id)

    def _built(self) -> None:
        if self._reveal is not None:
            self.reveal(self._reveal)
            self._reveal = None
        self.session.columns_shown()  # figures and copies may run now

    def _columns_ready(self, columns) -> None:
        if columns is None:
            self.sig_built.emit()  # nothing to show is built too: what waits for it may go on
        else:
            self.set_columns(columns)

    def refresh(self) -> None:
        """Show the session's topic and part again (after any change of what to show)."""
        session = self.session
        alignment, part, topic = session.alignment, session.part, session.topic
        if alignment is not None and topic:
            self.set_title(f"<b>{alignment.topic_name(topic)}</b> · {tr(PART_LABELS[part])}")
        session.build_columns(self.visible_ids())
