"""The two-report view following the session: it compares the two chosen reports in the
background runner (again when the part, the options or the alignment change) and writes
the comparison to Word."""
from __future__ import annotations

from reportdesk.compare.side_by_side import group_title
from reportdesk.gui.dialogs.targets import WORD, save_as
from reportdesk.gui.i18n import tr
from reportdesk.gui.views.side_by_side import TwoView
from reportdesk.model import report_of_key

RECENT = 2  # reports picked last in the matrix or the tree: the pair offered by 比较两篇


class TwoPanel(TwoView):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.report_ids: tuple[str, str] | None = None
        self.recent: list[str] = []
        self.sig_options_changed.connect(self.refresh)
        self.sig_export.connect(self.export)
        session.sig_alignment_changed.connect(self._alignment_changed)
        session.sig_two_ready.connect(self._ready)

    def note_report(self, report_id: str) -> None:
        """A report the user picked elsewhere: the last two are the pair offered next."""
        self.recent = ([report_id] + [r for r in self.recent if r != report_id])[:RECENT]

    def note_section(self, key: str) -> None:
        self.note_report(report_of_key(key))

    def show_reports(self, a: str, b: str) -> None:
        self.report_ids = (a, b)
        self.refresh()

    def building(self) -> bool:
        return self.session.running("two") or self.panes.building()

    def _alignment_changed(self, alignment) -> None:
        if alignment is None:
            self.report_ids = None
            self.recent = []
        elif self.report_ids and self.isVisible():  # a correction, a rename: compare again
            self.refresh()

    def refresh(self) -> None:
        alignment, ids = self.session.alignment, self.report_ids
        if alignment is None or ids is None or not all(alignment.report(r) for r in ids):
            return
        self.set_names(*(alignment.report(r).label for r in ids))
        self.set_busy(tr("正在比较…"))
        self.session.build_two(*ids, self.part(), self.options(), tr("（此处对方没有对应的段落）"), _title)

    def _ready(self, comparison) -> None:
        if comparison is not None:
            self.set_comparison(comparison)

    def find_when_shown(self, side: int, text: str) -> None:
        """Once the comparison being made is shown, put pane `side` (0 or 1) at this text."""
        from reportdesk.gui.views.text_view import find_in_views

        panes = self.panes

        def built() -> None:
            panes.sig_built.disconnect(built)
            pane = panes.b if side == 1 else panes.a
            pane.moveCursor(pane.textCursor().MoveOperation.Start)
            find_in_views([pane], text)

        panes.sig_built.connect(built)

    def export(self) -> None:
        """Save the comparison as a Word table (written in the background)."""
        from reportdesk.export.side_by_side import write_two_docx

        comparison, (a, b) = self.comparison, self.names
        if comparison is not None:
            save_as(self, self.session, tr("导出对比表…"), f"{a} 与 {b} 对比",
                    [(*WORD, lambda data, path: write_two_docx(data, a, b, path))], comparison)


def _title(group: str) -> str:
    return tr(group_title(group))
