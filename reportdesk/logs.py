"""Logging to a file in the user's settings folder: never to stdout/stderr, which are None in a
windowed (frozen) build.

Every ReportDesk process writes the same reportdesk.log: two windows, the self-test and its
window process, `reportdesk-cli` beside an open window. Windows lets them all append to it,
but refuses to rename a file another process has open, so rotating it fails while another
copy runs: `SharedLog` then keeps writing to the same file and tries again later, and never
shifts the older logs until the current one has been moved aside.
"""
from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from pathlib import Path

from reportdesk.files import log_dir

_configured: Path | None = None
MAX_BYTES, BACKUPS = 1_000_000, 3


class SharedLog(logging.handlers.RotatingFileHandler):
    """A rotating log file that other processes may hold open."""

    def __init__(self, path: Path, max_bytes: int = MAX_BYTES, backups: int = BACKUPS):
        super().__init__(path, maxBytes=max_bytes, backupCount=backups, encoding="utf-8")
        self._wait_until = 0  # after a refused rotation, the size at which to try again

    def shouldRollover(self, record) -> bool:  # noqa: N802 - logging's name
        if self._wait_until and self.stream is not None:
            self.stream.seek(0, os.SEEK_END)
            if self.stream.tell() < self._wait_until:
                return False
        return bool(super().shouldRollover(record))

    def doRollover(self) -> None:  # noqa: N802 - logging's name
        if self.stream:
            self.stream.close()
            self.stream = None
        aside = f"{self.baseFilename}.{os.getpid()}.rotating"  # this process's own: no name to collide with
        try:  # first the file in use: if another process holds it, nothing else has moved yet
            self.rotate(self.baseFilename, aside)
        except OSError:
            self.stream = self._open()
            self._wait_until = self.stream.seek(0, os.SEEK_END) + max(1, self.maxBytes // 10)
            return
        self._wait_until = 0
        try:
            for k in range(self.backupCount - 1, 0, -1):
                older = f"{self.baseFilename}.{k}"
                if os.path.exists(older):
                    os.replace(older, f"{self.baseFilename}.{k + 1}")
            os.replace(aside, f"{self.baseFilename}.1")
        except OSError:
            pass  # an old log that cannot move is kept where it is; the new file starts anyway
        self.stream = self._open()


def setup_logging() -> Path:
    """Log warnings and errors (with tracebacks) to reportdesk.log; returns the file's path."""
    global _configured
    if _configured is not None:
        return _configured
    path = log_dir() / "reportdesk.log"
    try:
        handler: logging.Handler = SharedLog(path)
    except OSError:  # no log is better than no app (files.folder_problems tells the user)
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    if sys.stderr is None:  # a windowed process not started through main(): make sure nothing tries to print
        logging.lastResort = None
    _configured = path
    return path
