"""Where an output goes: one save dialog for every export, and opening what was saved.

The dialog opens in the folder outputs went last, or the user's Documents folder: never a
folder the open reports come from, since a compilation saved among its reports would be read
back with them the next time that folder is opened. The suffix of the chosen kind is added,
an open report is never written over, and the folder chosen is remembered for the next output.
When an output is written, the status bar offers to open it or the folder it is in.
"""
from __future__ import annotations

import ntpath
import os
import re
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from reportdesk.files import same_file
from reportdesk.gui.i18n import tr

WORD, EXCEL = ("Word 文档 (*.docx)", ".docx"), ("Excel 表格 (*.xlsx)", ".xlsx")


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


def save_target(parent, session, title: str, name: str, kinds: list[tuple[str, str]],
                folder: str | None = None) -> str | None:
    """Ask where to save `name`; the path with the suffix of the kind chosen (kinds: (label to
    translate, suffix) pairs, the first the default), or None when the user cancelled.
    `folder`: where to look first instead of the outputs' folder (which is then not changed)."""
    settings, report_paths = session.settings, [f.path for f in session.files]
    labels = [tr(label) for label, _ in kinds]
    name = re.sub(r'[\\/:*?"<>|]+', " ", name).strip()  # what Windows allows in a name (a title may hold /)
    default = str(Path(folder or output_folder(settings, report_paths)) / name)
    target, chosen = QFileDialog.getSaveFileName(parent, title, default, ";;".join(labels))
    if not target:
        return None
    suffixes = [suffix for _, suffix in kinds]
    if not target.lower().endswith(tuple(suffixes)):
        target += suffixes[labels.index(chosen)] if chosen in labels else suffixes[0]
    if same_file(target, report_paths):  # an input is never written over
        QMessageBox.warning(parent, title, tr("“%s”是打开的报告之一，不能被覆盖；请换一个文件名。") % Path(target).name)
        return None
    if folder is None:
        settings.output_folder = str(Path(target).parent)
    return target


def save_as(parent, session, title: str, name: str, kinds, data) -> None:
    """Ask where to save, then write `data` there in the background with the writer of the
    kind chosen (kinds: (label, suffix, write(data, path)) triples, the first the default)."""
    target = save_target(parent, session, title, name, [(label, suffix) for label, suffix, _ in kinds])
    if target:
        write = next(w for _, suffix, w in kinds if target.lower().endswith(suffix))
        session.save_table(write, data, target)


def open_file(path: str) -> None:
    """Open a saved output in the program the system uses for it (Word, Excel, WPS)."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(path))


def show_in_folder(path: str) -> None:
    """Open the folder an output is in; on Windows with the file selected in it."""
    command = explorer_select(path) if sys.platform == "win32" else None
    if command is None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(os.path.dirname(os.path.abspath(path))))
    else:
        subprocess.Popen(command)  # noqa: S603 - explorer with the path the user just saved to


def explorer_select(path: str) -> str:
    """The command line that opens Explorer on the folder with the file selected. Explorer
    reads it unquoted after "/select," and wants back slashes (Qt's dialogs give forward
    ones), so the line is written whole rather than quoted argument by argument."""
    return f'explorer /select,"{ntpath.normpath(path)}"'
