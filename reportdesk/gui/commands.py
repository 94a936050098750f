"""Undoable corrections: each command swaps the user's pins, and the window re-applies them;
the menu that moves sections and passages to another topic."""
from __future__ import annotations

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QMenu

from reportdesk.gui.i18n import tr
from reportdesk.model import Pins


class PinsCommand(QUndoCommand):
    """Replace the pins (a move, a restore, a pairing); undo puts the old ones back."""

    def __init__(self, apply, before: Pins, after: Pins, text: str):
        super().__init__(text)
        self._apply, self._before, self._after = apply, before, after

    def redo(self) -> None:
        self._apply(self._after)

    def undo(self) -> None:
        self._apply(self._before)


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
