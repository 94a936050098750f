"""Where settings live, and writing files so that nothing is ever half-written."""
from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

from reportdesk.appdirs import APP


def config_dir() -> Path:
    """Per-user settings folder; REPORTDESK_CONFIG overrides it (tests)."""
    override = os.environ.get("REPORTDESK_CONFIG")
    if override:
        base = Path(override)
    elif sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming") / APP
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support" / APP
    else:
        base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config") / "reportdesk"
    base.mkdir(parents=True, exist_ok=True)
    return base


class WriteError(OSError):
    """A file could not be written; the message says why in plain words."""


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
