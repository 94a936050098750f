"""Where the app keeps its own files: per-user cache and settings, never beside the program."""
from __future__ import annotations

import os
import sys
from pathlib import Path

APP = "ReportDesk"


def cache_dir() -> Path:
    """Per-user cache folder (created on demand); REPORTDESK_CACHE overrides it (tests)."""
    override = os.environ.get("REPORTDESK_CACHE")
    if override:
        base = Path(override)
    elif sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local") / APP / "cache"
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches" / APP
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "reportdesk"
    try:
        base.mkdir(parents=True, exist_ok=True)
    except OSError:
        import tempfile

        base = Path(tempfile.gettempdir()) / "reportdesk-cache"
        base.mkdir(parents=True, exist_ok=True)
    return base
