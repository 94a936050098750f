"""The menu that moves sections and passages to another topic (the same in the tree, a
column and 原文)."""
from __future__ import annotations

from PySide6.QtWidgets import QMenu

from reportdesk.gui.i18n import tr


def add_move_menu(menu: QMenu, session, keys: list[str], current: str | None) -> None:
    """移至主题 ▸ (the current topic checked) and, where the user moved it, 恢复自动主题: the
    same entries for a section in the tree and a passage in a column or in 原文."""
    move = menu.addMenu(tr("移至主题"))
    for topic_id, name in session.alignment.topics:
        action = move.addAction(name, lambda t=topic_id: session.move_sections(keys, t))
        action.setCheckable(True)
        action.setChecked(topic_id == current)
    if any(k == keys[0] for k, _ in session.pins.moves):
        menu.addAction(tr("恢复自动主题"), lambda: session.restore_topic(keys[0]))
