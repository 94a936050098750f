"""Autosave: the open work written to the user's data folder every minute and after each
correction, so that a crash, a killed process or a power cut loses at most a minute.

Each running window has its own file, named by its process id. A clean exit removes it;
a file whose process is gone is an orphan, which the next start offers to restore.
"""
from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from reportdesk.files import data_dir, process_alive, write_atomically
from reportdesk.workspace.project import Project, load_project, save_project


@dataclass(frozen=True)
class Orphan:
    """Work a window that did not close properly left behind."""

    path: Path
    saved_at: float  # seconds since the epoch
    project_path: str  # the project it belonged to, or ""
    files: int
    corrections: int


def folder() -> Path:
    path = data_dir() / "autosave"
    path.mkdir(parents=True, exist_ok=True)
    return path


def own_path() -> Path:
    return folder() / f"{os.getpid()}.rdproj"


def write(project: Project, project_path: str) -> Path:
    """Save the work of this window (atomically, as a project file with a note of its origin)."""
    target = own_path()
    save_project(project, target)
    data = json.loads(target.read_text(encoding="utf-8"))
    data["autosave"] = {"saved_at": time.time(), "project_path": project_path, "pid": os.getpid()}
    write_atomically(target, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))
    return target


def remove_own() -> None:
    try:
        own_path().unlink()
    except OSError:
        pass


def orphans() -> list[Orphan]:
    """Autosaves of windows that are no longer running, newest first."""
    found = []
    for path in folder().glob("*.rdproj"):
        try:
            pid = int(path.stem)
        except ValueError:
            continue
        if pid == os.getpid() or process_alive(pid):
            continue
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            note = data.get("autosave") or {}
            pins = data.get("pins") or {}
            found.append(Orphan(path, float(note.get("saved_at") or path.stat().st_mtime),
                                str(note.get("project_path") or ""), len(data.get("files") or []),
                                len(pins.get("moves") or []) + len(pins.get("pairs") or [])))
        except (OSError, ValueError, TypeError, AttributeError):
            discard(path)  # an unreadable autosave helps nobody
    return sorted(found, key=lambda o: -o.saved_at)


def restore(orphan: Orphan) -> Project:
    """The orphan's work as a project (ProjectError if it cannot be read). The caller removes
    the orphan once the restored work has been autosaved under its own name."""
    return load_project(orphan.path)


def discard(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass
