"""What the main window hands out: Word compilations and the indicators table."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from reportdesk.gui.i18n import tr
from reportdesk.files import WriteError


class OutputsMixin:
    """Export to Word, the indicators tab and its table export."""

    def _start_facts(self, alignment) -> None:
        """The indicators tab: every figure, with the topics of this alignment."""
        from reportdesk.indicators.facts import collect_facts

        self.runner.start("indicators", lambda progress: collect_facts(alignment, progress=progress),
                          lambda facts: self._facts_ready(alignment, facts), on_error=self._job_failed)

    def _facts_ready(self, alignment, facts) -> None:
        if alignment is not self.alignment:
            return
        self.facts = facts
        self.indicators.set_facts(facts, dict(alignment.topics), {r.id: r.label for r in alignment.reports})

    def show_fact(self, fact) -> None:
        """Show a figure's section with the figure and its sentence highlighted."""
        node_index = self.tree_model.index_of_key(fact.section_key)
        section = self.tree_model.node_of(node_index).section if node_index.isValid() else None
        body = section.body if section is not None else fact.sentence
        heading = (section.heading + "\n") if section is not None else ""
        offset = len(heading)
        self.text_view.setPlainText(heading + body)
        sentence_start = body.find(fact.sentence)
        spans = []
        if sentence_start >= 0:
            spans.append((offset + sentence_start, offset + sentence_start + len(fact.sentence), "shared"))
        spans.append((offset + fact.start, offset + fact.end, "find"))
        self.text_highlighter.set_spans(spans)
        self.tabs.setCurrentWidget(self.text_view)
        cursor = self.text_view.textCursor()
        cursor.setPosition(offset + fact.start)
        self.text_view.setTextCursor(cursor)
        self.text_view.centerCursor()

    def export_indicators(self) -> None:
        if not self.facts or self.alignment is None:
            return
        from reportdesk.indicators.tables import long_table, write_csv, write_xlsx

        default = str(Path(self.settings.last_folder or Path.home()) / "数字指标.xlsx")
        target, _ = QFileDialog.getSaveFileName(self, tr("导出表格…"), default,
                                                tr("Excel 表格 (*.xlsx);;CSV 文件 (*.csv)"))
        if not target:
            return
        table = long_table(self.indicators.visible_facts(), dict(self.alignment.topics))
        try:
            (write_csv if target.lower().endswith(".csv") else write_xlsx)(table, target)
        except WriteError as err:
            QMessageBox.warning(self, tr("导出失败"), str(err))
            return
        self.status_text.setText(tr("已导出：%s") % target)

    def export(self) -> None:
        if self.alignment is None:
            return
        from reportdesk.gui.dialogs.export_dialog import ExportDialog

        dialog = ExportDialog(self.alignment, self.settings.template, self)
        if dialog.exec() != ExportDialog.DialogCode.Accepted:
            return
        default = str(Path(self.settings.last_folder or Path.home()) / "工作总结汇编.docx")
        # the save dialog itself asks before replacing an existing file
        target, _ = QFileDialog.getSaveFileName(self, tr("导出 Word…"), default, tr("Word 文档 (*.docx)"))
        if target:
            if not target.lower().endswith(".docx"):
                target += ".docx"
            self.settings.template = dialog.template_path()
            self.export_to(target, dialog.options(), dialog.template_path())

    def export_to(self, target: str, options, template: str = "") -> None:
        """Write the compilation in the background; the status bar says where it went."""
        from reportdesk.export.run import export_docx

        alignment = self.alignment
        self.status_text.setText(tr("正在导出 %s…") % Path(target).name)
        self.runner.start("export", lambda _: export_docx(alignment, target, options, template or None),
                          lambda path: self.status_text.setText(tr("已导出：%s") % path),
                          on_error=self._export_failed)

    def _export_failed(self, message: str) -> None:
        reason = message.strip().splitlines()[-1].split(":", 1)[-1].strip()
        self.status_text.setText(tr("导出失败"))
        QMessageBox.warning(self, tr("导出失败"), reason)
