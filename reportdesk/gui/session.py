"""The window's host of the workspace: a `Desk` (reportdesk/desk) whose jobs run on the
background runner, whose later steps run on Qt's event loop and whose events are signals.

The state and the commands are the desk's (`session.alignment`, `session.move_sections(…)`
read and call it); panels observe the signals, send commands, and never keep their own
copy of the state, start jobs or emit these signals.
"""
from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer, Signal

from reportdesk.desk import Desk
from reportdesk.gui.i18n import tr
from reportdesk.gui.workers import Runner
from reportdesk.jobs import warm_up


class Session(QObject):
    # one signal per event of the desk (desk.EVENTS says what each carries)
    sig_reports_changed = Signal(object)
    sig_alignment_changed = Signal(object)
    sig_part_changed = Signal(str)
    sig_topic_changed = Signal(str)
    sig_facts_changed = Signal(object, object)
    sig_copies_changed = Signal(object)
    sig_columns_ready = Signal(object)
    sig_points_ready = Signal(object)
    sig_two_ready = Signal(object)
    sig_errors_changed = Signal()
    sig_history_changed = Signal()
    sig_loading = Signal(bool)
    sig_progress = Signal(int, int, str)
    sig_message = Signal(str)
    sig_failed = Signal(str, str)
    sig_exported = Signal(str)
    sig_settled = Signal()

    def __init__(self, settings, parent: QObject | None = None):
        super().__init__(parent)
        self.runner = Runner(self)
        self.desk = Desk(self, settings, tr)

    def __getattr__(self, name: str):
        """The workspace's state and commands are the desk's."""
        if name == "desk":  # before __init__ has set it
            raise AttributeError(name)
        return getattr(self.desk, name)

    # -- the host the desk needs (desk/host.py) ------------------------------------------------

    def run(self, name, work, done, failed, progress=None) -> None:
        self.runner.start(name, work, done, progress, failed)

    def cancel(self, name: str | None = None) -> None:
        self.runner.cancel(name)
        if name is None:
            # The runner froze what jobs built out of full collections (see workers.Runner); with
            # the reports gone, hand it all back so that cycles left among it are collected.
            gc.unfreeze()

    def running(self, name: str | None = None) -> bool:
        return self.runner.busy(name)

    def later(self, msecs: int, step) -> None:
        QTimer.singleShot(msecs, step)

    def emit(self, event: str, *args) -> None:
        getattr(self, "sig_" + event).emit(*args)

    # -- the window's own ------------------------------------------------------------------------

    def warm_up(self) -> None:
        """numpy and jieba's dictionary hold the interpreter a while: load them in the
        background while nothing else runs, rather than in the middle of a load."""
        from reportdesk.text.tokenize import is_loaded

        if not self.desk.busy() and not is_loaded():
            self.runner.start("warmup", warm_up, lambda _: None)

    def shutdown(self) -> None:
        self.runner.cancel()
        self.runner.wait(5000)
