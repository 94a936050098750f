"""Filtering proxies: Find in the report tree, and the shared way to re-filter a proxy."""
from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel

from reportdesk.gui.models.report_tree import TEXT_ROLE


def find_words(query: str) -> list[str]:
    return [w for w in query.replace("，", " ").replace(",", " ").split() if w]


def refilter(proxy: QSortFilterProxyModel, change) -> None:
    """Apply `change` to a proxy's filter settings and filter again (Qt 6.9+ wants the change
    bracketed by begin/endFilterChange; invalidateFilter is deprecated there)."""
    if hasattr(proxy, "beginFilterChange"):
        proxy.beginFilterChange()
        change()
        proxy.endFilterChange()
    else:
        change()
        proxy.invalidateFilter()


class FindProxy(QSortFilterProxyModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.words: list[str] = []
        self.setRecursiveFilteringEnabled(True)  # a match keeps its report and parents visible

    def set_query(self, query: str) -> None:
        refilter(self, lambda: setattr(self, "words", find_words(query)))

    def filterAcceptsRow(self, row, parent) -> bool:  # noqa: N802 - Qt's name
        if not self.words:
            return True
        text = self.sourceModel().index(row, 0, parent).data(TEXT_ROLE) or ""
        return all(w in text for w in self.words)


def find_spans(text: str, words: list[str]) -> list[tuple[int, int, str]]:
    """Every occurrence of the words in a text, as highlight ranges."""
    spans = []
    for word in words:
        start = text.find(word)
        while start >= 0:
            spans.append((start, start + len(word), "find"))
            start = text.find(word, start + len(word))
    return spans
