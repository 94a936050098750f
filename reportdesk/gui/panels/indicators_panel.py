"""The 数字指标 tab following the session: the figures of the current alignment."""
from __future__ import annotations

from reportdesk.gui.views.indicators import IndicatorsView


class IndicatorsPanel(IndicatorsView):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        session.sig_facts_changed.connect(self._facts_changed)
        session.sig_reports_changed.connect(lambda alignment: None if alignment else self.set_facts([], {}, {}))

    def _facts_changed(self, alignment, facts) -> None:
        self.set_facts(facts, dict(alignment.topics), {r.id: r.label for r in alignment.reports})
