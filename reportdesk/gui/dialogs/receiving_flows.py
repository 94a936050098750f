"""The receiving desk's requests answered: the list of who must report (dialog, or a file given
on the command line), and the two workbooks (报送情况, 格式校对)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from reportdesk.gui.i18n import tr
from reportdesk.roster import RosterError, read_units


def connect(window) -> None:
    """Wire the two panels' requests: reports into view, the flows below."""
    window.receiving_panel.sig_edit_roster.connect(lambda: edit_roster(window))
    window.receiving_panel.sig_export.connect(lambda: export_status(window))
    window.receiving_panel.sig_report_chosen.connect(window.tree_panel.select_report)
    window.receiving_panel.sig_report_chosen.connect(window.compare.reveal_soon)
    window.checks_panel.sig_export.connect(lambda: export_checks(window))


def edit_roster(window) -> None:
    from reportdesk.gui.dialogs.roster_dialog import RosterDialog

    roster = window.session.receiving.roster
    dialog = RosterDialog(roster.units if roster is not None else (), _folder(window), window)
    if dialog.exec() == RosterDialog.DialogCode.Accepted:
        window.receiving.set_units(dialog.units())
        window.tabs.setCurrentWidget(window.receiving_panel)


def use_roster_file(window, path: str) -> bool:
    """The list in a .txt or .xlsx (`reportdesk gui --roster LIST`); False after saying why."""
    try:
        window.receiving.set_units(read_units(path))
    except RosterError as err:
        QMessageBox.warning(window, tr("无法读取名单"), str(err))
        return False
    return True


def show_roster_when_loaded(window, path: str) -> None:
    """The list in a file, and the 报送情况 tab once the reports are loaded and compared."""
    if not use_roster_file(window, path):
        return

    def show() -> None:
        window.sig_idle.disconnect(show)
        window.tabs.setCurrentWidget(window.receiving_panel)
    window.sig_idle.connect(show)


def export_status(window) -> None:
    from reportdesk.export.sheets import write_rows_xlsx
    from reportdesk.roster.render import HEADER, status_rows, summary_lines

    status, refs = window.receiving.status(), window.receiving.refs()
    target = _target(window, tr("报送情况.xlsx"))
    if status is not None and target:
        title = " ".join(summary_lines(status, refs)[:2])
        rows = status_rows(status, refs)
        window.session.save_table(lambda _, path: write_rows_xlsx(path, [("报送情况", title, HEADER, rows,
                                                                          (6, 20, 10, 28, 40, 40))]), None, target)


def export_checks(window) -> None:
    from reportdesk.export.sheets import write_rows_xlsx
    from reportdesk.workspace.receiving import FINDINGS_HEADER, finding_rows

    pairs = window.receiving.findings()
    target = _target(window, tr("格式校对.xlsx"))
    if target:
        rows = finding_rows(pairs)
        title = f"格式校对：{len({r.id for r, _ in pairs})}篇报告共{len(pairs)}处问题"
        window.session.save_table(lambda _, path: write_rows_xlsx(path, [("格式校对", title, FINDINGS_HEADER, rows,
                                                                          (24, 36, 30, 10, 80))]), None, target)


def _folder(window) -> str:
    return window.settings.last_folder or str(Path.home())


def _target(window, name: str) -> str:
    target, _ = QFileDialog.getSaveFileName(window, tr("导出（Excel）…"), str(Path(_folder(window)) / name),
                                            tr("Excel 表格 (*.xlsx)"))
    return (target if target.lower().endswith(".xlsx") else target + ".xlsx") if target else ""
