"""Preferences: one typed, versioned object with defaults and a migration step.

Window geometry and splitter positions are kept apart (layout.json), so that a damaged
layout never costs the user their preferences.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from reportdesk.files import config_dir, read_json, write_json

VERSION = 2  # fields added with defaults need no new version
MAX_RECENT = 10


@dataclass
class Settings:
    version: int = VERSION
    language: str = "zh"  # "zh" or "en"
    recent_files: list[str] = field(default_factory=list)
    recent_projects: list[str] = field(default_factory=list)
    last_folder: str = ""
    part: str = "achievements"
    taxonomy: str = ""  # a user topic list (path), or "" for automatic
    template: str = ""  # a unit template for Word export (path), or "" for the bundled one
    zoom: int = 0  # text size of the reading panes, in points above or below the normal
    unit: str = ""  # the user's unit (编印单位 on compilations, and their author)
    output_folder: str = ""  # where exports went last (gui/dialogs/targets.py)

    def add_recent_file(self, path: str) -> None:
        self.recent_files = _push(self.recent_files, path)

    def add_recent_project(self, path: str) -> None:
        self.recent_projects = _push(self.recent_projects, path)


def _push(items: list[str], path: str) -> list[str]:
    return ([path] + [p for p in items if p != path])[:MAX_RECENT]


def _migrate(data: dict) -> dict:
    """Bring settings written by an older version up to date."""
    if data.get("version", 1) < 2:
        # version 1 kept one list of recent paths; projects were added in version 2
        data["recent_files"] = data.pop("recent", data.get("recent_files", []))
        data["version"] = 2
    return data


def settings_path() -> Path:
    return config_dir() / "settings.json"


def load_settings(path: Path | None = None) -> Settings:
    """The saved settings, or the defaults when there are none or they are unreadable."""
    data = read_json(path or settings_path())
    if data is None:
        return Settings()
    data = _migrate(data)
    known = {f.name for f in fields(Settings)}
    settings = Settings(**{k: v for k, v in data.items() if k in known})
    if settings.language not in ("zh", "en"):
        settings.language = "zh"
    settings.recent_files = [str(p) for p in settings.recent_files if isinstance(p, str)][:MAX_RECENT]
    settings.recent_projects = [str(p) for p in settings.recent_projects if isinstance(p, str)][:MAX_RECENT]
    return settings


def save_settings(settings: Settings, path: Path | None = None) -> None:
    write_json(path or settings_path(), asdict(settings))


def load_layout() -> dict:
    """Window geometry and splitter states (opaque strings saved by the window)."""
    return read_json(config_dir() / "layout.json") or {}


def save_layout(layout: dict) -> None:
    write_json(config_dir() / "layout.json", layout)
