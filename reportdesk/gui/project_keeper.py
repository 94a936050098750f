"""Keeping the work: the project file it came from, whether it has unsaved changes, and the
autosave that outlives a crash.

The session holds the work; the keeper writes it down. Saving a project is a few
kilobytes of JSON, written at once (the close prompt needs to know it worked).
"""
from __future__ import annotations

import logging
import time

from PySide6.QtCore import QObject, QTimer, Signal

from reportdesk.files import WriteError
from reportdesk.gui.i18n import tr
from reportdesk.workspace import autosave
from reportdesk.workspace.project import load_project, save_project

log = logging.getLogger(__name__)
AUTOSAVE_MS = 60_000


class Keeper(QObject):
    sig_changed = Signal()  # the project path, or whether there are unsaved changes

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.project_path = ""
        self._saved = self._state()
        self._dirty = False
        self.timer = QTimer(self)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.autosave)
        self.timer.start()
        self._opening = None  # (path, project) of a project whose files are still loading
        session.sig_history_changed.connect(self._corrected)
        session.sig_reports_changed.connect(self._check)
        session.sig_loading.connect(lambda loading: None if loading else QTimer.singleShot(0, self._opened))

    # -- unsaved changes ---------------------------------------------------------------------

    def _state(self):
        work = self.session.work()
        return tuple(work.files), work.pins, work.taxonomy, work.roster, work.shown

    def dirty(self) -> bool:
        """Corrections (or the list of who must report) not saved yet; or, for a saved project,
        files added or closed since."""
        if self._saved is None:
            return True
        files, pins, taxonomy, roster, shown = self._state()
        saved_files, saved_pins, saved_taxonomy, saved_roster, saved_shown = self._saved
        return pins != saved_pins or taxonomy != saved_taxonomy or roster != saved_roster or (
            bool(self.project_path) and (files != saved_files or shown != saved_shown))

    def roster_changed(self) -> None:
        """The list of who must report changed: kept at once, like a correction."""
        self._corrected()

    def _check(self, *_) -> None:
        dirty = self.dirty()
        if dirty != self._dirty:
            self._dirty = dirty
            self.sig_changed.emit()

    def _corrected(self, *_) -> None:
        self._check()
        self.autosave()  # every correction is kept at once

    def _mark_saved(self, path: str) -> None:
        self.project_path = path
        self._saved = self._state()
        self.session.settings.add_recent_project(path)
        self._dirty = False
        self.sig_changed.emit()

    # -- project files -----------------------------------------------------------------------

    def open(self, path: str) -> None:
        """Open a project (ProjectError says why it cannot be opened). It becomes the open
        project once its files are loaded: a load that is cancelled or fails leaves no project
        open, so that nothing can be saved over it with its files missing."""
        project = load_project(path)
        self._opening = (path, project)
        self.session.receiving.roster = project.roster
        self.project_path = ""
        self.session.load_work(project)

    @property
    def pending_path(self) -> str:
        """The project being opened, until its files are loaded ("" when none is)."""
        return self._opening[0] if self._opening else ""

    def _opened(self) -> None:
        """A load ended: the project being opened is the open one now, if its files came."""
        if self._opening is None:
            return
        (path, _), self._opening = self._opening, None
        if self.session.files:
            self._mark_saved(path)  # as loaded: its files, corrections and list, nothing changed
        else:
            self.project_path = ""
            self._saved, self._dirty = self._state(), False
            self.sig_changed.emit()

    def save(self, path: str | None = None) -> bool:
        """Write the work to the project file (or `path`); False, after telling why, if it failed."""
        path = path or self.project_path
        try:
            save_project(self.session.work(), path)
        except WriteError as err:
            self.session.fail(err, tr("无法保存项目"))
            return False
        self._mark_saved(path)
        self.session.say(tr("项目已保存：%s") % path)
        return True

    def closed(self) -> None:
        """The work was closed on purpose: no project, nothing to keep."""
        self.project_path = ""
        self._saved = self._state()
        self._dirty = False
        autosave.remove_own()
        self.sig_changed.emit()

    # -- autosave ----------------------------------------------------------------------------

    def autosave(self) -> None:
        if not self.session.files:
            return
        try:
            autosave.write(self.session.work(), self.project_path)
        except (OSError, WriteError) as err:  # never interrupt the user for a background copy,
            log.warning("autosave failed: %s", err)  # but say it where they look
            self.session.say(tr("自动保存失败：%s") % err)

    def orphans(self) -> list[autosave.Orphan]:
        return autosave.orphans()

    def restore(self, orphan: autosave.Orphan) -> None:
        """Load the work a crashed window left; it counts as unsaved until saved again."""
        project = autosave.restore(orphan)
        self.session.receiving.roster = project.roster
        self.session.load_work(project)
        self.project_path = orphan.project_path
        self._saved = None  # nothing of it is saved in a project yet
        self._dirty = True
        autosave.write(project, self.project_path)  # safe under this window's name first,
        autosave.discard(orphan.path)  # then the orphan can go
        self.sig_changed.emit()

    def shutdown(self) -> None:
        """A clean exit: the work was saved or deliberately discarded."""
        self.timer.stop()
        autosave.remove_own()


def describe(orphan: autosave.Orphan) -> str:
    """One sentence for the restore question."""
    when = time.strftime("%Y-%m-%d %H:%M", time.localtime(orphan.saved_at))
    where = tr("（项目“%s”）") % orphan.project_path if orphan.project_path else ""
    return tr("ReportDesk 上次没有正常关闭。%s 自动保存了当时的工作%s：%d 个文件，%d 处修改。要恢复吗？") % (
        when, where, orphan.files, orphan.corrections)
