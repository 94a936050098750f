"""The 原文 tab: a whole report as read, at the section or passage chosen, with Find hits or a
figure highlighted; a right click on a passage moves it to another topic."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit

from reportdesk.compare.find import find_spans
from reportdesk.compare.marks import reading_marks
from reportdesk.gui.views.text_view import setup_text_view
from reportdesk.gui.move_menu import add_move_menu
from reportdesk.gui.i18n import tr
from reportdesk.model import is_passage_key, report_of_key
from reportdesk.gui.views.highlight import SpanHighlighter


class TextPanel(QPlainTextEdit):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        setup_text_view(self)
        self.session = session
        self.highlighter = SpanHighlighter(self.document())
        self.report_id: str | None = None  # whose text is shown (None: a figure's section alone)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        session.sig_reports_changed.connect(lambda alignment: None if alignment else self.clear())

    def show_section(self, key: str, words: list[str]) -> bool:
        """The whole report a section or passage belongs to, from its title on, scrolled so that
        the section's heading (or the passage) is at the top and selected, with every Find word
        marked."""
        alignment = self.session.alignment
        ref = alignment.report(report_of_key(key)) if alignment else None
        if ref is None:
            return False
        reading = alignment.text_of(ref.id)
        self.setPlainText(reading.text)
        self.highlighter.set_spans([])
        copies = self.session.copies
        self.highlighter.set_copies([(m.start, m.end, m.kind) for m in reading_marks(copies, reading, ref.id)]
                                    if copies else [])
        self.highlighter.set_find(find_spans(reading.text, words))
        self.report_id = ref.id
        if is_passage_key(key) and alignment.passage(key) is not None:
            passage = alignment.passage(key)
            start, end = passage.start, passage.start + len(alignment.passage_text(passage).rstrip())
        else:
            start, end = reading.keyed_headings(ref.id).get(key, (0, 0))
        cursor = self.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.setTextCursor(cursor)  # from the end back to the heading: it lands at the top
        cursor.setPosition(start)
        cursor.setPosition(end, cursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        return True

    def set_find(self, words: list[str]) -> None:
        self.highlighter.set_find(find_spans(self.toPlainText(), words))

    def _menu(self, position) -> None:
        """The usual text menu, and for the passage under the mouse: its topic, and moving it."""
        menu = self.createStandardContextMenu()
        alignment = self.session.alignment
        at = self.cursorForPosition(position).position()
        passage = alignment.passage_at(self.report_id, at) if alignment and self.report_id else None
        if passage is not None and passage.writes:
            topic = alignment.passage_topic(passage.key).topic
            menu.addSeparator()
            menu.addAction(tr("此段主题：%s") % alignment.topic_name(topic)).setEnabled(False)
            add_move_menu(menu, self.session, [passage.key], topic)
        menu.exec(self.viewport().mapToGlobal(position))

    def show_fact(self, fact) -> None:
        """A figure's section with its sentence and the figure itself highlighted."""
        self.highlighter.set_copies([])
        self.report_id = None
        alignment = self.session.alignment
        section = alignment.section_at(fact.section_key) if alignment else None
        body = section.body if section is not None else fact.sentence
        heading = (section.heading + "\n") if section is not None else ""
        offset = len(heading)
        self.setPlainText(heading + body)
        spans = []
        sentence_start = body.find(fact.sentence)
        if sentence_start >= 0:
            spans.append((offset + sentence_start, offset + sentence_start + len(fact.sentence), "shared"))
        spans.append((offset + fact.start, offset + fact.end, "find"))
        self.highlighter.set_spans(spans)
        cursor = self.textCursor()
        cursor.setPosition(offset + fact.start)
        self.setTextCursor(cursor)
        self.centerCursor()
