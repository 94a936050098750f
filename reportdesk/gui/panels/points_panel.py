"""The 要点 tab following the session: the distinctive points are found when the tab is
looked at (and again after a correction), in the background."""
from __future__ import annotations

from reportdesk.gui.i18n import tr
from reportdesk.gui.views.points_view import PointsView


class PointsPanel(PointsView):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self._stale = True
        session.sig_alignment_changed.connect(self._alignment_changed)
        session.sig_points_ready.connect(self.set_points)
        self.sig_part_chosen.connect(lambda _: self.refresh())

    def _alignment_changed(self, alignment) -> None:
        self._stale = True
        if alignment is None:
            self.grid.clear()
            self.grid.setRowCount(0)
        elif self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        alignment, part = self.session.alignment, self.part()
        if alignment is None:
            return
        self._stale = False
        self.status.setText(tr("正在提取要点…"))
        self.session.build_points(part)
