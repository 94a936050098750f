"""The app's own folders (settings, cache, data, logs) and writing files that are never half-written.

Folders come from platformdirs, so they are where each system expects them
(%APPDATA%\\ReportDesk, %LOCALAPPDATA%\\ReportDesk\\Cache on Windows), never beside the
program. REPORTDESK_CONFIG, REPORTDESK_CACHE and REPORTDESK_DATA override them (tests).
"""
from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

import platformdirs

APP = "ReportDesk"
# Linux folders are lower case by custom (~/.config/reportdesk), as earlier versions used.
_NAME = APP if sys.platform in ("win32", "darwin") else APP.lower()


class WriteError(OSError):
    """A file could not be written; the message says why in plain words."""


def _folder(override: str, default: str) -> Path:
    base = Path(os.environ.get(override) or default)
    try:
        base.mkdir(parents=True, exist_ok=True)
    except OSError:
        # an unwritable profile must not stop the app: fall back to the temporary folder
        base = Path(tempfile.gettempdir()) / f"reportdesk-{Path(default).name.lower()}"
        base.mkdir(parents=True, exist_ok=True)
    return base


def config_dir() -> Path:
    """Per-user settings folder (created on demand)."""
    return _folder("REPORTDESK_CONFIG", platformdirs.user_config_dir(_NAME, appauthor=False, roaming=True))


def cache_dir() -> Path:
    """Per-user cache folder (created on demand): anything in it can be rebuilt."""
    return _folder("REPORTDESK_CACHE", platformdirs.user_cache_dir(_NAME, appauthor=False))


def data_dir() -> Path:
    """Per-user data folder (created on demand): autosaved work."""
    return _folder("REPORTDESK_DATA", platformdirs.user_data_dir(_NAME, appauthor=False))


def log_dir() -> Path:
    path = config_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def write_atomically(path: str | Path, data: bytes) -> None:
    """Write to a temporary file beside the target, then rename it into place."""
    path = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise WriteError(f"无法在“{path.parent}”中写入文件：{exc.strerror or exc}") from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except PermissionError as exc:
        _discard(tmp)
        raise WriteError(f"无法保存“{path.name}”：文件可能正被其他程序（如 Word、WPS）打开，"
                         f"请关闭后重试") from exc
    except OSError as exc:
        _discard(tmp)
        raise WriteError(f"无法保存“{path.name}”：{exc.strerror or exc}") from exc


def _discard(tmp: str) -> None:
    try:
        os.unlink(tmp)
    except OSError:
        pass


def read_json(path: Path) -> dict | None:
    """The JSON object in a file, or None when it is missing or unreadable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def write_json(path: Path, data: dict) -> None:
    write_atomically(path, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))
