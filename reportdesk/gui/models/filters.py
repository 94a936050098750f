"""Filtering proxies: Find in the report tree, and the shared way to re-filter a proxy."""
from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel

from reportdesk.compare.find import find_words, has_all_words
from reportdesk.gui.models.report_tree import TEXT_ROLE


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
        return has_all_words(text, self.words)
