"""The comparison pane following the session: the current topic and part, column by column, or
two reports' inline diff. The columns and diffs are computed in the background runner."""
from __future__ import annotations

from reportdesk.compare.columns import paired_diff, topic_columns
from reportdesk.gui.i18n import PART_LABELS, tr
from reportdesk.gui.views.compare import CompareView


class ComparePanel(CompareView):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self._reveal: str | None = None  # a report to bring into view once the columns are built
        self.sig_columns_changed.connect(self.refresh)
        self.sig_built.connect(self._built)
        self.diff_button.toggled.connect(lambda _: self.refresh())
        session.sig_reports_changed.connect(self._reports_changed)
        session.sig_topic_changed.connect(lambda _: self.refresh())
        session.sig_alignment_changed.connect(self._alignment_changed)

    def _reports_changed(self, alignment) -> None:
        if alignment is None:
            self.clear()
        else:
            self.set_reports([r.id for r in alignment.reports], {r.id: r.label for r in alignment.reports})

    def _alignment_changed(self, alignment) -> None:
        if alignment is None:
            self.clear()
        else:  # a report may have been renamed
            self.labels = {r.id: r.label for r in alignment.reports}

    def reveal_soon(self, report_id: str) -> None:
        """Bring a report's column into view as soon as the columns being built are there."""
        if self.building() or self.session.runner.busy("compare"):
            self._reveal = report_id
        else:
            self.reveal(report_id)

    def _built(self) -> None:
        if self._reveal is not None:
            self.reveal(self._reveal)
            self._reveal = None

    def refresh(self) -> None:
        """Show the session's topic and part again (after any change of what to show)."""
        session = self.session
        alignment, part, topic, pins = session.alignment, session.part, session.topic, session.pins
        if alignment is None or not topic:
            return
        self.set_title(f"<b>{alignment.topic_name(topic)}</b> · {tr(PART_LABELS[part])}")
        visible = self.visible_ids()
        if self.diff_button.isChecked():
            if len(visible) != 2:
                self.show_diff(tr("逐字对比需要正好两列，请隐藏其余的列"), [])
                return
            session.runner.start("compare", lambda _: paired_diff(alignment, part, topic, *visible, pins),
                                 lambda pieces: self._diff_ready(alignment, pieces, visible), on_error=session.fail)
        else:
            session.runner.start("compare", lambda p: topic_columns(alignment, part, topic, visible, p),
                                 self.set_columns, on_error=session.fail)

    def _diff_ready(self, alignment, pieces, report_ids) -> None:
        text, spans, position = [], [], 0
        for piece in pieces:
            text.append(piece.text)
            if piece.kind != "equal":
                spans.append((position, position + len(piece.text), piece.kind))
            position += len(piece.text)
        first, second = (alignment.report(r).label for r in report_ids)
        self.show_diff("".join(text), spans, first, second)
