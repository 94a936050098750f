"""Logging to a file in the user's settings folder: never to stdout/stderr, which are None in a
windowed (frozen) build."""
from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from reportdesk.files import log_dir

_configured: Path | None = None


def setup_logging() -> Path:
    """Log warnings and errors (with tracebacks) to reportdesk.log; returns the file's path."""
    global _configured
    if _configured is not None:
        return _configured
    path = log_dir() / "reportdesk.log"
    try:
        handler: logging.Handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3,
                                                                         encoding="utf-8")
    except OSError:  # no log is better than no app (files.folder_problems tells the user)
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    if sys.stderr is None:  # windowed build: make sure nothing tries to print
        logging.lastResort = None
    _configured = path
    return path
