"""Project files (.rdproj): the loaded files and the user's corrections, as JSON.

Paths are stored both absolute and relative to the project file, so a project copied
together with its reports to another PC (or another drive letter) still opens.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from reportdesk.model import Pins
from reportdesk.files import write_atomically

FORMAT = "reportdesk-project"
VERSION = 1
SUFFIX = ".rdproj"


class ProjectError(ValueError):
    """A project file that cannot be opened; the message says why."""


@dataclass
class Project:
    files: list[str] = field(default_factory=list)
    pins: Pins = field(default_factory=Pins)
    taxonomy: str = ""
    part: str = "achievements"
    topic: str = ""


def save_project(project: Project, path: str | Path) -> None:
    path = Path(path)
    base = path.resolve().parent
    entries = []
    for f in project.files:
        absolute = str(Path(f).resolve())
        try:
            relative = os.path.relpath(absolute, base)
        except ValueError:  # another drive on Windows
            relative = None
        entries.append({"path": absolute, "relative": relative})
    data = {"format": FORMAT, "version": VERSION, "files": entries, "pins": project.pins.to_dict(),
            "taxonomy": project.taxonomy, "part": project.part, "topic": project.topic}
    write_atomically(path, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))


def load_project(path: str | Path) -> Project:
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ProjectError(f"无法打开项目“{path.name}”：{exc.strerror or exc}") from exc
    except ValueError as exc:
        raise ProjectError(f"“{path.name}”不是有效的项目文件（内容已损坏）") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ProjectError(f"“{path.name}”不是 ReportDesk 项目文件")
    if data.get("version", 0) > VERSION:
        raise ProjectError(f"“{path.name}”由更新版本的 ReportDesk 保存，请升级后再打开")
    base = path.resolve().parent
    files = []
    for entry in data.get("files", []):
        absolute, relative = entry.get("path", ""), entry.get("relative")
        if relative and not Path(absolute).exists() and (base / relative).exists():
            absolute = str((base / relative).resolve())
        files.append(absolute)
    return Project(files=files, pins=Pins.from_dict(data.get("pins")), taxonomy=data.get("taxonomy", ""),
                   part=data.get("part", "achievements"), topic=data.get("topic", ""))
