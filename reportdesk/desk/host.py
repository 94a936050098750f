"""What the desk needs of the program around it, and the plain host the command line and
the tests use.

The window's host (gui/session.py) runs jobs on its background runner, runs later steps on
Qt's event loop and turns events into signals; `Immediate` runs everything at once, in
order, and keeps the events it was told.
"""
from __future__ import annotations

import logging
from typing import Any, Callable, Protocol

log = logging.getLogger(__name__)

Work = Callable[[Any], Any]  # work(progress) -> result; progress has .cancelled and .step(done, total, text)


class Host(Protocol):
    def run(self, name: str, work: Work, done: Callable[[Any], None], failed: Callable[[Exception], None],
            progress: Callable[[int, int, str], None] | None = None) -> None:
        """Run `work` away from the user's eyes; then `done(result)` or `failed(error)` where
        the desk lives. A new job of a name replaces the one running."""

    def cancel(self, name: str | None = None) -> None: ...

    def running(self, name: str | None = None) -> bool:
        """A job (of this name) runs."""

    def later(self, msecs: int, step: Callable[[], None]) -> None:
        """Run `step` after the screen has had a chance to repaint."""

    def emit(self, event: str, *args) -> None:
        """Something the user may see changed (see Desk's EVENTS)."""


class _Progress:
    cancelled = False

    def __init__(self, report: Callable[[int, int, str], None] | None):
        self._report = report

    def step(self, done: int, total: int, text: str) -> None:
        if self._report:
            self._report(done, total, text)


class Immediate:
    """Runs each job when asked and each later step at once; keeps every event as
    (event, args) in `events`, and passes it to `listener` if one is given."""

    def __init__(self, listener: Callable[..., None] | None = None):
        self.events: list[tuple[str, tuple]] = []
        self._listener = listener

    def run(self, name, work, done, failed, progress=None) -> None:
        try:
            result = work(_Progress(progress))
        except Exception as error:  # noqa: BLE001 - handed to the desk, which tells the user
            log.exception("job %s failed", name)
            failed(error)
        else:
            done(result)

    def cancel(self, name=None) -> None:
        pass

    def running(self, name=None) -> bool:
        return False

    def later(self, msecs, step) -> None:
        step()

    def emit(self, event, *args) -> None:
        self.events.append((event, args))
        if self._listener:
            self._listener(event, *args)

    def last(self, event: str) -> tuple | None:
        """The arguments of the latest `event`, or None if it never came."""
        return next((args for name, args in reversed(self.events) if name == event), None)
