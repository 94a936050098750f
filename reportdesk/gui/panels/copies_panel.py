"""The 查重 tab following the session: the copy detection of the loaded reports."""
from __future__ import annotations

from reportdesk.gui.views.copies_view import CopiesView


class CopiesPanel(CopiesView):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        session.sig_copies_changed.connect(self._copies_changed)
        session.sig_alignment_changed.connect(self._renamed)

    def _copies_changed(self, copies) -> None:
        alignment = self.session.alignment
        self.set_copies(copies, {r.id: r.label for r in alignment.reports} if alignment else {})

    def _renamed(self, alignment) -> None:
        if alignment is not None and self.copies is not None:
            names = {r.id: r.label for r in alignment.reports}
            if names != self.names:
                self.set_copies(self.copies, names)
