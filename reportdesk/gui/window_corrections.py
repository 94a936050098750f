"""Corrections in the main window: moving sections to topics, pairing them, undo."""
from __future__ import annotations

from PySide6.QtWidgets import QMenu

from reportdesk.align import repin
from reportdesk.model import Pins
from reportdesk.gui.commands import PinsCommand
from reportdesk.gui.i18n import tr
from reportdesk.gui.models.report_tree import KEY_ROLE


class CorrectionsMixin:
    """The user's corrections go through pins, as undoable commands."""

    def apply_pins(self, pins: Pins) -> None:
        """Show the alignment with these corrections (undo and redo come through here)."""
        self.pins = pins
        if self.alignment is not None:
            self._set_alignment(repin(self.alignment, pins))

    def _push(self, after: Pins, text: str) -> None:
        if after != self.pins:
            self.undo_stack.push(PinsCommand(self.apply_pins, self.pins, after, text))

    def _heading(self, key: str) -> str:
        ref = next((s for s in self.alignment.sections if s.key == key), None)
        return ref.section.heading if ref else key

    def move_sections(self, keys: list[str], topic: str) -> None:
        if self.alignment is None:
            return
        after = self.pins
        for key in keys:
            current = self.alignment.assignment(key)
            if current is not None and current.topic != topic:
                computed = next((a for a in self.alignment.computed if a.key == key), None)
                after = after.unmove(key) if computed and computed.topic == topic else after.move(key, topic)
        name = dict(self.alignment.topics).get(topic, topic)
        self._push(after, tr("移动“%s”到“%s”") % (self._heading(keys[0]), name))

    def _tree_menu(self, position) -> None:
        index = self.tree.indexAt(position)
        key = index.data(KEY_ROLE) if index.isValid() else None
        if not key or self.alignment is None or self.alignment.assignment(key) is None:
            return
        menu = QMenu(self)
        move = menu.addMenu(tr("移至主题"))
        current = self.alignment.assignment(key).topic
        for topic_id, name in self.alignment.topics:
            action = move.addAction(name, lambda t=topic_id: self.move_sections(self._selected_keys(key), t))
            action.setCheckable(True)
            action.setChecked(topic_id == current)
        if any(k == key for k, _ in self.pins.moves):
            menu.addAction(tr("恢复自动主题"), lambda: self._push(self.pins.unmove(key),
                                                             tr("恢复“%s”的主题") % self._heading(key)))
        menu.addSeparator()
        if self.pair_mark and self.pair_mark != key:
            menu.addAction(tr("与“%s”配对") % self._heading(self.pair_mark), lambda: self._pair(self.pair_mark, key))
        menu.addAction(tr("标记为配对段落"), lambda: setattr(self, "pair_mark", key))
        paired = [p for p in self.pins.pairs if key in p]
        if paired:
            menu.addAction(tr("取消配对"), lambda: self._push(self.pins.unpair(*paired[0]),
                                                          tr("取消配对“%s”") % self._heading(key)))
        menu.exec(self.tree.viewport().mapToGlobal(position))

    def _selected_keys(self, fallback: str) -> list[str]:
        keys = [i.data(KEY_ROLE) for i in self.tree.selectionModel().selectedRows() if i.data(KEY_ROLE)]
        return keys if fallback in keys else [fallback]

    def _pair(self, a: str, b: str) -> None:
        self.pair_mark = None
        self._push(self.pins.pair(a, b), tr("配对“%s”与“%s”") % (self._heading(a), self._heading(b)))
