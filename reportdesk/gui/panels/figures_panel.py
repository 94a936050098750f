"""The 数字指标 tab following the session: the figures of the current alignment."""
from __future__ import annotations

from reportdesk.gui.views.figures_view import FiguresView


class FiguresPanel(FiguresView):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.topic_names: dict[str, str] = {}
        session.sig_facts_changed.connect(self._facts_changed)
        session.sig_reports_changed.connect(lambda alignment: None if alignment else self.set_facts([], {}, {}))

    def _facts_changed(self, alignment, facts) -> None:
        self.topic_names = dict(alignment.topics)
        self.set_facts(facts, self.topic_names, {r.id: r.label for r in alignment.reports})

    def shown_table(self):
        """What the tab shows as a table to save, and whether it is the comparison (对比表) rather
        than the list of figures as filtered (明细)."""
        from reportdesk.figures.tables import long_table

        if self.pivot_button.isChecked():
            return self.pivot_frame(), True
        return long_table(self.visible_facts(), self.topic_names), False
