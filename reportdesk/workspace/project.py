"""Project files (.rdproj): the loaded files and the user's corrections, as JSON.

Paths are stored both absolute and relative to the project file, so a project copied
together with its reports to another PC (or another drive letter) still opens. Every file
is kept, including one that cannot be read today (a USB stick not plugged in): it is
listed as missing, and read again when it is back. A damaged project file gives one clear
sentence and is never overwritten by the attempt to open it.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from reportdesk.files import long_path, short, write_atomically
from reportdesk.members import outer_file
from reportdesk.model import MATRIX_PARTS, Pins, UserError
from reportdesk.roster import Roster

FORMAT = "reportdesk-project"
VERSION = 2
SUFFIX = ".rdproj"
MAX_BYTES = 20 * 1024 * 1024


class ProjectError(UserError, ValueError):
    """A project file that cannot be opened; the message says why."""


@dataclass
class Project:
    files: list[str] = field(default_factory=list)
    pins: Pins = field(default_factory=Pins)
    taxonomy: str = ""  # the topic list chosen for this project ("" = chosen automatically)
    part: str = "achievements"
    topic: str = ""
    roster: Roster | None = None  # the list of who must report, and the user's matches
    shown: list[str] | None = None  # the reports shown, in the user's order (report ids); None: all


def save_project(project: Project, path: str | Path) -> None:
    path = Path(path)
    # Paths stay as the user gave them, made absolute (os.path.abspath), never resolved:
    # resolve() turns a mapped drive (Z:\…) into its share (\\server\share\…) and follows links.
    base = os.path.dirname(os.path.abspath(path))
    entries = []
    for f in project.files:
        absolute = os.path.abspath(f)
        try:
            relative = os.path.relpath(absolute, base)
        except ValueError:  # another drive on Windows
            relative = None
        entries.append({"path": absolute, "relative": relative})
    data = {"format": FORMAT, "version": VERSION, "files": entries, "pins": project.pins.to_dict(),
            "taxonomy": project.taxonomy, "part": project.part, "topic": project.topic,
            "roster": project.roster.to_dict() if project.roster is not None else None, "shown": project.shown}
    write_atomically(path, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))


def _migrate(data: dict) -> dict:
    """Bring a project written by an older version up to date."""
    if data.get("version", 1) < 2:
        # version 1 could list files as plain strings, and kept no topic list of its own
        data["files"] = [{"path": f, "relative": None} if isinstance(f, str) else f for f in data.get("files", [])]
        data.setdefault("taxonomy", "")
        data["version"] = 2
    return data


def load_project(path: str | Path) -> Project:
    if "\x00" in str(path):
        raise ProjectError("无法打开项目：文件路径中含有无效的空字符")
    path = Path(path)
    damaged = ProjectError(f"“{short(path.name)}”不是有效的项目文件（内容已损坏），无法打开；文件本身没有被改动")
    try:
        target = Path(long_path(path))
        if target.stat().st_size > MAX_BYTES:
            raise damaged
        data = json.loads(target.read_bytes().decode("utf-8-sig"))
    except OSError as exc:
        raise ProjectError(f"无法打开项目“{short(path.name)}”：{exc.strerror or exc}") from exc
    except (ValueError, RecursionError) as exc:  # not JSON, not UTF-8, or nested past any real project
        raise damaged from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ProjectError(f"“{short(path.name)}”不是 ReportDesk 项目文件")
    version = data.get("version", 1)
    if not isinstance(version, int):
        raise damaged
    if version > VERSION:
        raise ProjectError(f"“{short(path.name)}”由更新版本的 ReportDesk 保存，请升级后再打开")
    try:
        return _project(_migrate(data), Path(os.path.dirname(os.path.abspath(path))))
    except (TypeError, ValueError, KeyError, AttributeError) as exc:  # the right shape, the wrong insides
        raise damaged from exc


def _project(data: dict, base: Path) -> Project:
    files = []
    for entry in data.get("files") or []:
        absolute, relative = str(entry.get("path") or ""), entry.get("relative")
        if relative and not _exists(absolute) and _exists(str(base / str(relative))):
            absolute = os.path.normpath(base / str(relative))
        if absolute:
            files.append(absolute)
    pins = data.get("pins") or {}
    if not isinstance(pins, dict):
        raise ValueError("pins")
    part = data.get("part")
    roster = data.get("roster")
    shown = data.get("shown")
    if shown is not None and not (isinstance(shown, list) and all(isinstance(r, str) for r in shown)):
        raise ValueError("shown")
    return Project(files=files, pins=Pins.from_dict(pins), taxonomy=str(data.get("taxonomy") or ""),
                   part=part if part in MATRIX_PARTS else "achievements", topic=str(data.get("topic") or ""),
                   roster=Roster.from_dict(roster) if isinstance(roster, dict) else None, shown=shown)


def _exists(path: str) -> bool:
    """The file is there (for a report inside an archive, its archive: "各县.zip › 总结.docx")."""
    return os.path.exists(long_path(outer_file(path)))
