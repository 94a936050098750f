"""The 原文 tab: a whole report as read, at the section chosen in the tree, with Find hits or a
figure highlighted."""
from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit

from reportdesk.compare.find import find_spans
from reportdesk.compare.reading import report_text
from reportdesk.gui.views.text import setup_text_view
from reportdesk.model import report_of_key
from reportdesk.gui.views.highlight import SpanHighlighter


class TextPanel(QPlainTextEdit):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        setup_text_view(self)
        self.session = session
        self.highlighter = SpanHighlighter(self.document())
        session.sig_reports_changed.connect(lambda alignment: None if alignment else self.clear())

    def show_section(self, key: str, words: list[str]) -> bool:
        """The whole report the section belongs to, from its title on, scrolled so that the
        section's heading is at the top and selected, with every Find word marked."""
        alignment = self.session.alignment
        ref = alignment.report(report_of_key(key)) if alignment else None
        if ref is None:
            return False
        reading = report_text(ref)
        self.setPlainText(reading.text)
        self.highlighter.set_spans([])
        self.highlighter.set_find(find_spans(reading.text, words))
        start, end = reading.starts.get(key, (0, 0))
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

    def show_fact(self, fact) -> None:
        """A figure's section with its sentence and the figure itself highlighted."""
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
