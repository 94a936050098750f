"""Where an output goes: one save dialog for every export.

It opens in the folder outputs went last, or the user's Documents folder: never a folder the
open reports come from, since a compilation saved among its reports would be read back with
them the next time that folder is opened. The suffix of the chosen kind is added, and the
folder chosen is remembered for the next output.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from reportdesk.files import same_file
from reportdesk.gui.i18n import tr


def output_folder(settings, report_paths) -> str:
    """The folder to propose for an output."""
    folders = {os.path.normcase(os.path.dirname(os.path.abspath(p))) for p in report_paths}
    for candidate in (settings.output_folder, _documents()):
        if candidate and os.path.isdir(candidate) and not _holds_reports(candidate, folders):
            return candidate
    return str(Path.home())


def _holds_reports(folder: str, report_folders: set[str]) -> bool:
    folder = os.path.normcase(os.path.abspath(folder))
    return any(f == folder or f.startswith(folder + os.sep) for f in report_folders)


def _documents() -> str:
    from platformdirs import user_documents_dir

    return user_documents_dir()


def save_target(parent, settings, report_paths, title: str, name: str,
                kinds: list[tuple[str, str]]) -> str | None:
    """Ask where to save `name`; the path with the suffix of the kind chosen (kinds: (label to
    translate, suffix) pairs, the first the default), or None when the user cancelled."""
    labels = [tr(label) for label, _ in kinds]
    name = re.sub(r'[\\/:*?"<>|]+', " ", name).strip()  # what Windows allows in a name (a title may hold /)
    default = str(Path(output_folder(settings, report_paths)) / name)
    target, chosen = QFileDialog.getSaveFileName(parent, title, default, ";;".join(labels))
    if not target:
        return None
    suffixes = [suffix for _, suffix in kinds]
    if not target.lower().endswith(tuple(suffixes)):
        target += suffixes[labels.index(chosen)] if chosen in labels else suffixes[0]
    if same_file(target, report_paths):  # an input is never written over
        QMessageBox.warning(parent, title, tr("“%s”是打开的报告之一，不能被覆盖；请换一个文件名。") % Path(target).name)
        return None
    settings.output_folder = str(Path(target).parent)
    return target
