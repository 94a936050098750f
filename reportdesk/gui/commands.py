"""Undoable corrections: each command swaps the user's pins, and the window re-applies them."""
from __future__ import annotations

from PySide6.QtGui import QUndoCommand

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
