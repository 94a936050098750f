"""What the menu commands ask the user before the session acts: files to open, where to save.

Each flow is a function of the window: it shows the standard dialogs (which remember the
last folder), then hands plain paths and options to the session.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QMessageBox

from reportdesk import __version__
from reportdesk.gui.dialogs.targets import EXCEL, WORD, save_as, save_target
from reportdesk.gui.i18n import PART_LABELS, tr
from reportdesk.ingest import DIALOG_PATTERNS
from reportdesk.model import OTHER, report_name
from reportdesk.resources import seeds_folder
from reportdesk.files import write_atomically
from reportdesk.workspace import autosave
from reportdesk.workspace.project import SUFFIX, ProjectError

PROJECT_FILTER = "项目文件 (*.rdproj)"


def connect_requests(window) -> None:
    """Panels ask for files, targets and menus by signals; the flows below answer them."""
    welcome, copies = window.welcome, window.copies
    welcome.sig_open_files.connect(lambda: open_files(window))
    welcome.sig_open_folder.connect(lambda: open_folder(window))
    welcome.sig_open_examples.connect(lambda: open_examples(window))
    window.figures.sig_export.connect(lambda: export_indicators(window))
    copies.sig_open_passage.connect(lambda passage, side: open_passage(window, passage, side))
    copies.sig_years.connect(lambda: compare_years(window))
    window.points.sig_export.connect(lambda kind: export_points(window, kind))
    window.matrix_panel.sig_export.connect(lambda: export_matrix(window))
    window.matrix_panel.list_box.sig_choose_file.connect(lambda: choose_topic_list(window))
    for panel in (window.tree_panel, window.matrix_panel):
        panel.sig_report_menu.connect(lambda report, where: report_menu(window, report, where))
    window.matrix_panel.sig_topic_menu.connect(lambda topic, where: topic_menu(window, topic, where))


def open_files(window) -> None:
    paths, _ = QFileDialog.getOpenFileNames(window, tr("打开文件…"), window.settings.last_folder, tr("报告文件 (%s)") % DIALOG_PATTERNS + ";;" + tr("所有文件 (*)"))
    if paths:
        window.settings.last_folder = str(Path(paths[0]).parent)
        window.session.add_paths(paths)


def open_folder(window) -> None:
    folder = QFileDialog.getExistingDirectory(window, tr("打开文件夹…"), window.settings.last_folder)
    if folder:
        window.settings.last_folder = folder
        window.session.add_paths([folder])


def open_examples(window) -> None:
    window.session.add_paths([str(seeds_folder())])


def open_project(window, path: str | None = None) -> None:
    if not confirm_discard(window):
        return
    if path is None:
        path, _ = QFileDialog.getOpenFileName(window, tr("打开项目…"), window.settings.last_folder, tr(PROJECT_FILTER))
    if not path:
        return
    try:
        window.keeper.open(path)
    except ProjectError as err:
        QMessageBox.warning(window, tr("无法打开项目"), str(err))


def save_project(window) -> bool:
    if window.keeper.project_path:
        return window.keeper.save()
    return save_project_as(window)


def save_project_as(window) -> bool:
    path = save_target(window, window.session, tr("项目另存为…"), "", [(PROJECT_FILTER, SUFFIX)],
                       folder=window.settings.last_folder)
    return window.keeper.save(path) if path else False


def confirm_discard(window) -> bool:
    """Before the work is closed: save it, discard it, or stay (False)."""
    if not window.keeper.dirty():
        return True
    buttons = QMessageBox.StandardButton
    box = QMessageBox(QMessageBox.Icon.Question, tr("保存修改"), tr("当前的工作有未保存的修改，要保存为项目吗？"),
                      buttons.Save | buttons.Discard | buttons.Cancel, window)
    box.button(buttons.Save).setText(tr("保存"))
    box.button(buttons.Discard).setText(tr("不保存"))
    box.button(buttons.Cancel).setText(tr("取消"))
    box.setDefaultButton(buttons.Save)
    answer = box.exec()
    if answer == buttons.Save:
        return save_project(window)
    return answer == buttons.Discard


def close_all(window) -> None:
    if confirm_discard(window):
        window.session.close_all()
        window.keeper.closed()


def offer_restore(window) -> None:
    """At start: the work each crashed or killed window left behind, newest first. One can be
    restored into this window; the others stay where they are and are offered at the next
    start (two windows killed by one power cut lose nothing); only work the user declines is
    thrown away."""
    from reportdesk.gui.project_keeper import describe

    orphans = window.keeper.orphans()
    for k, orphan in enumerate(orphans):
        answer = QMessageBox.question(window, tr("恢复工作"), describe(orphan))
        if answer != QMessageBox.StandardButton.Yes:
            autosave.discard(orphan.path)
            continue
        try:
            window.keeper.restore(orphan)
        except ProjectError as err:
            QMessageBox.warning(window, tr("无法恢复"), str(err))
            continue
        if len(orphans) > k + 1:
            window.session.say(tr("另有 %d 份上次未保存的工作，下次启动时会再询问") % (len(orphans) - k - 1))
        return


def export_word(window) -> None:
    session = window.session
    if session.alignment is None:
        return
    from reportdesk.export.options import cover_title
    from reportdesk.gui.dialogs.export_dialog import ExportDialog

    dialog = ExportDialog(session.alignment, window.settings.template, window, window.settings.unit,
                          session.shown_list())
    if dialog.exec() != ExportDialog.DialogCode.Accepted:
        return
    options = dialog.options()
    options.roster_note = session.receiving.note(session.full)  # who of the list did not report
    table = options.mode == "table"
    # the save dialog itself asks before replacing an existing file
    target = save_target(window, session, tr("导出 Word…"), cover_title(session.alignment, options),
                         [WORD] + ([EXCEL] if table else []))
    if not target:
        return
    window.settings.template, window.settings.unit = dialog.template_path(), options.unit
    if target.lower().endswith(".xlsx"):
        from reportdesk.export.table import write_table_xlsx

        session.save_table(lambda opts, path: write_table_xlsx(session.alignment, path, opts), options, target)
        return
    session.export_docx(target, options, dialog.template_path())


def export_matrix(window) -> None:
    """The coverage matrix of every part, under the names the window shows, as .xlsx."""
    session = window.session
    if session.alignment is None:
        return
    from reportdesk.export.matrix_sheet import write_matrix_xlsx

    save_as(window, session, tr("导出覆盖矩阵…"), tr("覆盖矩阵"), [(*EXCEL, write_matrix_xlsx)], session.alignment)


def export_indicators(window) -> None:
    """The figures as shown: the list (明细, as filtered) or the comparison table (对比表)."""
    session = window.session
    if session.alignment is None:
        return
    from reportdesk.figures.tables import write_csv, write_xlsx

    table, pivot = window.figures.shown_table()
    if not table.empty:
        save_as(window, session, tr("导出表格…"), tr("数字指标对比表") if pivot else tr("数字指标"),
                [(*EXCEL, write_xlsx), ("CSV 文件 (*.csv)", ".csv", write_csv)], table)


def fill_recent(window, menu) -> None:
    menu.clear()
    settings = window.settings
    for path in settings.recent_projects + settings.recent_files:
        if path.endswith(SUFFIX):
            menu.addAction(path, lambda p=path: open_project(window, p))
        else:
            menu.addAction(path, lambda p=path: window.session.add_paths([p]))
    if menu.isEmpty():
        menu.addAction(tr("（无）")).setEnabled(False)
    else:
        menu.addSeparator()
        menu.addAction(tr("清除最近记录"), lambda: clear_recent(settings))


def clear_recent(settings) -> None:
    settings.recent_files, settings.recent_projects = [], []


def open_passage(window, passage, side: int) -> None:
    """A copied passage in the two-report view, both reports side by side, at the sentence
    (in the pane of the column clicked: 0 or 1)."""
    from reportdesk.gui.dialogs.choose_pair import show_two

    sentence = passage.b if side == 1 else passage.a
    window.two.find_when_shown(side, sentence.text.strip())
    show_two(window, passage.a.report_id, passage.b.report_id)


def compare_years(window) -> None:
    if window.session.alignment is not None:
        from reportdesk.gui.dialogs.years import YearsDialog

        YearsDialog(window.session.alignment, window).exec()


def export_points(window, kind: str) -> None:
    """The 要点汇总表 as shown, as .xlsx or .docx."""
    table = window.points.table_data
    if table is None:
        return
    from reportdesk.compare.points import points_rows
    from reportdesk.export.points_table import write_points_docx, write_points_xlsx

    title = tr("各地工作要点汇总表（%s）") % tr(PART_LABELS[table.part])
    write = write_points_xlsx if kind == "xlsx" else write_points_docx
    save_as(window, window.session, tr("导出要点汇总表…"), tr("要点汇总表"),
            [(*(EXCEL if kind == "xlsx" else WORD), lambda data, path: write(path, title, *data))], points_rows(table))


def choose_topic_list(window) -> None:
    path, _ = QFileDialog.getOpenFileName(window, tr("选择主题表…"), window.settings.last_folder,
                                          tr("主题表 (*.toml)"))
    if path:
        window.session.set_taxonomy(path)


def rename_report(window, report_id: str) -> None:
    ref = window.session.alignment.report(report_id)
    name, ok = QInputDialog.getText(window, tr("重命名报告"), tr("报告名称（清空则恢复读出的名称）："), text=ref.label)
    if ok:
        window.session.rename_report(report_id, name)


def set_region(window, report_id: str) -> None:
    ref = window.session.alignment.report(report_id)
    region, ok = QInputDialog.getText(window, tr("设置地区"), tr("地区全称，如 长葛市、宁夏回族自治区（清空表示未注明）："),
                                      text=ref.report.region or "")
    if ok:
        window.session.set_region(report_id, region.strip())


def report_menu(window, report_id: str, position) -> None:
    """Corrections of a report, from the tree or a matrix column header."""
    menu = QMenu(window)
    menu.addAction(tr("重命名…"), lambda: rename_report(window, report_id))
    menu.addAction(tr("设置地区…"), lambda: set_region(window, report_id))
    menu.addSeparator()
    menu.addAction(tr("从比对中移除"), lambda: window.session.remove_report(report_id))
    menu.exec(position)


def fill_removed(window, menu) -> None:
    """The reports taken out of the comparison, to put back."""
    menu.clear()
    session = window.session
    for report_id in session.pins.excluded:
        menu.addAction(report_name(report_id), lambda r=report_id: session.put_back(r))
    if menu.isEmpty():
        menu.addAction(tr("（无）")).setEnabled(False)


def topic_menu(window, topic: str, position) -> None:
    """Edits of the topic list, from a row header of the matrix (all undoable)."""
    session = window.session
    alignment = session.alignment
    name = alignment.topic_name(topic)
    menu = QMenu(window)
    menu.addAction(tr("重命名主题…"), lambda: _ask(window, tr("重命名主题"), tr("主题名称："), name,
                                                lambda text: session.rename_topic(topic, text)))
    merge = menu.addMenu(tr("并入主题"))
    for other, other_name in alignment.topics:
        if other != topic:
            merge.addAction(other_name, lambda o=other: session.merge_topic(topic, o))
    menu.addAction(tr("新建主题…"), lambda: _ask(window, tr("新建主题"), tr("主题名称："), "",
                                               lambda text: session.add_topic(text) if text.strip() else None))
    if topic != OTHER:
        menu.addAction(tr("删除主题（章节归入“其他”）"), lambda: session.delete_topic(topic))
    menu.addSeparator()
    menu.addAction(tr("主题表另存为…"), lambda: save_topic_list(window))
    menu.exec(position)


def _ask(window, title: str, label: str, text: str, then) -> None:
    answer, ok = QInputDialog.getText(window, title, label, text=text)
    if ok:
        then(answer)


def save_topic_list(window) -> None:
    """The topic list as edited, as a new list file the user can edit and use again."""
    from reportdesk.align.edits import edited_taxonomy_toml

    session = window.session
    text = edited_taxonomy_toml(session.alignment, session.taxonomy, session.pins)
    save_as(window, session, tr("主题表另存为…"), f"{session.alignment.taxonomy_name}（修改）",
            [("主题表 (*.toml)", ".toml", lambda data, path: write_atomically(path, data.encode("utf-8")))], text)


def about(window) -> None:
    QMessageBox.about(window, tr("关于"), tr("ReportDesk 报告比对\n版本 %s\n\n读取、比对、汇编各地工作总结。") % __version__)
