"""Undo and redo of the user's corrections: a list of `Pins` with what each step did."""
from __future__ import annotations

from dataclasses import dataclass

from reportdesk.model import Pins


@dataclass(frozen=True, slots=True)
class Step:
    label: str  # what the step did, for 撤销：… and 重做：…
    before: Pins
    after: Pins


class History:
    """Steps done, and the place in them: undo goes back one step, redo forward; a new step
    drops the steps undone. `version` counts every change (the work is modified when it
    differs from the version last saved)."""

    def __init__(self) -> None:
        self.steps: list[Step] = []
        self.done = 0  # steps[:done] are in effect
        self.version = 0

    def push(self, step: Step) -> None:
        del self.steps[self.done:]
        self.steps.append(step)
        self.done += 1
        self.version += 1

    def undo(self) -> Pins | None:
        """The pins to go back to, or None when there is nothing to undo."""
        if not self.done:
            return None
        self.done -= 1
        self.version += 1
        return self.steps[self.done].before

    def redo(self) -> Pins | None:
        if self.done == len(self.steps):
            return None
        self.done += 1
        self.version += 1
        return self.steps[self.done - 1].after

    def undo_label(self) -> str:  # "" when there is nothing to undo
        return self.steps[self.done - 1].label if self.done else ""

    def redo_label(self) -> str:
        return self.steps[self.done].label if self.done < len(self.steps) else ""

    def clear(self) -> None:
        self.steps.clear()
        self.done = 0
        self.version += 1
