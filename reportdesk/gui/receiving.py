"""The receiving desk in the window: the Qt side of `workspace.receiving.ReceivingDesk`.

The session holds the desk (the list of who must report is part of the work, saved with the
project); this adapter gives it a change signal and the commands the panels send: a new list,
a corrected match. After either, the reports are put in the list's order again and every
view is told, as after a load.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from reportdesk.gui.i18n import tr
from reportdesk.roster import Roster


class Receiving(QObject):
    sig_changed = Signal()  # the list, a match or the reports changed: status and checks are new

    def __init__(self, session, keeper, parent=None):
        super().__init__(parent)
        self.session, self.keeper = session, keeper
        self.desk = session.receiving
        session.sig_reports_changed.connect(self._reports_changed)
        session.sig_alignment_changed.connect(lambda _: self.sig_changed.emit())  # names may have changed

    def status(self):
        """Who has reported (roster.RosterStatus), or None without a list or reports."""
        return self.desk.status(self.session.full)

    def refs(self) -> list:
        return list(self.session.full.loaded()) if self.session.full is not None else []

    def findings(self) -> list:
        """(ReportRef, Finding) of every report, in the order the reports are shown."""
        return self.desk.findings(self.session.full)

    def set_units(self, units: tuple[str, ...]) -> None:
        """A new list (empty: no list); corrections of reports still loaded are kept."""
        old = self.desk.roster
        self.desk.roster = Roster(tuple(units), old.matches if old is not None else ()) if units else None
        self._rearrange()

    def correct(self, report_id: str, unit: str | None) -> None:
        """The report belongs to `unit` ("" to none on the list, None: as matched automatically)."""
        self.desk.correct(report_id, unit)
        self._rearrange()

    def _rearrange(self) -> None:
        self.session.rearrange()  # in the list's order, with the same corrections
        self.keeper.roster_changed()
        self.sig_changed.emit()

    def _reports_changed(self, alignment) -> None:
        self.sig_changed.emit()
        status = self.desk.status(self.session.full)  # every report loaded, shown or not
        if status is not None and status.missing():  # after the load's own line, so that it stays
            missing = status.missing()
            line = tr("报送名单：应报送 %d 个单位，未报送 %d 个：%s") % (len(status.units), len(missing), "、".join(missing))
            QTimer.singleShot(0, lambda: self.session.say(line))
