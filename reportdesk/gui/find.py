"""Find across the window: the tree keeps the sections with every word; the comparison and the
原文 pane mark every hit; the matrix headers count the hits per region; F3 steps through them."""
from __future__ import annotations

from reportdesk.compare.find import hits_per_report
from reportdesk.gui.i18n import tr
from reportdesk.gui.views.text_view import find_in_views


def words_changed(window, words: list[str]) -> None:
    window.compare.set_find(words)
    window.text_panel.set_find(words)
    alignment = window.session.alignment
    window.matrix_panel.model.set_hits(hits_per_report(alignment, words) if alignment else {})


def next_hit(window, forward: bool) -> None:
    """The next (or previous) hit of the first word in the tab in front: the comparison or the 原文."""
    words = window.tree_panel.find_words()
    if not words:
        return
    views = [w.text for w in window.compare.columns] if window.tabs.currentWidget() is window.compare \
        else [window.text_panel]
    if not find_in_views(views, words[0], forward):
        window.status.text.setText(tr("没有更多“%s”") % words[0])
