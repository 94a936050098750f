"""The 原文 tab: one section's text as read, with Find hits or a figure highlighted."""
from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit

from reportdesk.gui.models.filters import find_spans
from reportdesk.gui.views.compare import setup_text_view
from reportdesk.gui.views.highlight import SpanHighlighter


class TextPanel(QPlainTextEdit):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        setup_text_view(self)
        self.session = session
        self.highlighter = SpanHighlighter(self.document())
        session.sig_reports_changed.connect(lambda alignment: None if alignment else self.clear())

    def show_section(self, key: str, words: list[str]) -> bool:
        """The section's text with every Find word marked; False when there is no such section."""
        alignment = self.session.alignment
        section = alignment.section_at(key) if alignment else None
        if section is None:
            return False
        aligned = alignment.section(key) is not None  # an aligned section speaks for its children
        text = section.full_text(heading=True) if aligned else section.heading + "\n" + section.body
        self.setPlainText(text)
        self.highlighter.set_spans(find_spans(text, words))
        return True

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
