"""Every command of the window in one table: id, text, shortcut and what it does; then the
menus and the toolbar as lists of ids. The window builds QActions from it once and
retranslates them all in one place."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from reportdesk.gui import find
from reportdesk.gui.dialogs import choose_pair, choose_reports, flows, receiving_flows
from reportdesk.gui.dialogs import help as guide
from reportdesk.gui.i18n import PART_LABELS, tr
from reportdesk.gui.views.text_view import zoom
from reportdesk.model import MATRIX_PARTS

Keys = QKeySequence.StandardKey


@dataclass(frozen=True)
class Command:
    id: str
    text: str  # Chinese, passed through tr()
    run: Callable  # run(window), or run(window, checked) when checkable
    shortcut: object = None  # a QKeySequence.StandardKey, a string, or a tuple of them
    checkable: bool = False
    group: str = ""  # checkable commands of one group exclude each other
    needs_reports: bool = False  # enabled only while reports are loaded


COMMANDS = (
    Command("open", "打开文件…", flows.open_files, Keys.Open),
    Command("open_folder", "打开文件夹…", flows.open_folder, "Ctrl+Shift+O"),
    Command("examples", "打开示例报告", flows.open_examples),
    Command("open_project", "打开项目…", flows.open_project, "Ctrl+Shift+P"),
    Command("save_project", "保存项目", flows.save_project, Keys.Save, needs_reports=True),
    Command("save_project_as", "项目另存为…", flows.save_project_as, "Ctrl+Shift+S", needs_reports=True),
    Command("export", "导出 Word…", flows.export_word, "Ctrl+E", needs_reports=True),
    Command("export_matrix", "导出覆盖矩阵（Excel）…", flows.export_matrix, needs_reports=True),
    Command("roster", "报送名单…", receiving_flows.edit_roster, "Ctrl+L"),
    Command("export_status", "导出报送情况（Excel）…", receiving_flows.export_status, needs_reports=True),
    Command("export_checks", "导出格式校对（Excel）…", receiving_flows.export_checks, needs_reports=True),
    Command("close_all", "关闭全部报告", flows.close_all, needs_reports=True),
    Command("quit", "退出", lambda w: w.close(), Keys.Quit),
    Command("undo", "撤销", lambda w: w.session.undo(), Keys.Undo),
    Command("redo", "重做", lambda w: w.session.redo(), (Keys.Redo, "Ctrl+Y")),
    Command("find", "查找", lambda w: w.focus_find(), Keys.Find),
    Command("find_next", "下一个查找结果", lambda w: find.next_hit(w, True), Keys.FindNext),
    Command("find_prev", "上一个查找结果", lambda w: find.next_hit(w, False), Keys.FindPrevious),
    *(Command(f"part_{part}", PART_LABELS[part], lambda w, _on, p=part: w.session.set_part(p), f"Ctrl+{k}",
              checkable=True, group="parts") for k, part in enumerate(MATRIX_PARTS, 1)),
    Command("next_topic", "下一个主题", lambda w: w.session.step_topic(+1), "Alt+Down", needs_reports=True),
    Command("prev_topic", "上一个主题", lambda w: w.session.step_topic(-1), "Alt+Up", needs_reports=True),
    Command("compare_two", "比较两篇…", choose_pair.compare_two_reports, "Ctrl+D", needs_reports=True),
    Command("choose_reports", "选择报告…", choose_reports.choose_reports, "Ctrl+R", needs_reports=True),
    Command("errors", "错误列表", lambda w, on: w.errors_panel.setVisible(on), checkable=True),
    Command("maximise", "最大化对比区", lambda w, on: w.compare.maximise_button.setChecked(on), "Ctrl+Shift+M",
            checkable=True),
    Command("zoom_in", "放大文字", lambda w: zoom(w.settings, +1), ("Ctrl+=", Keys.ZoomIn)),
    Command("zoom_out", "缩小文字", lambda w: zoom(w.settings, -1), Keys.ZoomOut),
    Command("zoom_reset", "原始大小", lambda w: zoom(w.settings, None), "Ctrl+0"),
    Command("chinese", "中文", lambda w, _on: w.set_ui_language("zh"), checkable=True, group="language"),
    Command("english", "English", lambda w, _on: w.set_ui_language("en"), checkable=True, group="language"),
    Command("guide", "使用说明", lambda w: guide.guide_dialog(w).exec(), Keys.HelpContents),
    Command("shortcuts", "快捷键", lambda w: guide.shortcuts_dialog(w).exec(), "Ctrl+/"),
    Command("log_folder", "打开日志文件夹", lambda w: guide.open_log_folder()),
    Command("about", "关于", flows.about),
)
# Menus: (id, title, items); None is a separator, "@recent" and "@language" are submenus.
MENUS = (
    ("file", "文件(&F)", ("open", "open_folder", "examples", "@recent", None, "open_project", "save_project",
                        "save_project_as", None, "roster", None, "export", "export_matrix", "export_status",
                        "export_checks", None, "close_all", "quit")),
    ("edit", "编辑(&E)", ("undo", "redo", None, "find", "find_next", "find_prev", None, "@removed")),
    ("view", "视图(&V)", (*(f"part_{p}" for p in MATRIX_PARTS), None, "next_topic", "prev_topic", "compare_two", "choose_reports", None,
                        "maximise", "zoom_in", "zoom_out", "zoom_reset", None, "errors", "@language")),
    ("help", "帮助(&H)", ("guide", "shortcuts", None, "log_folder", None, "about")),
)
SUBMENUS = {"@recent": "最近打开", "@language": "语言", "@removed": "恢复移除的报告"}
TOOLBAR = ("open", "open_folder", "save_project", "export", None, "undo", "redo", None, "prev_topic", "next_topic",
           "compare_two", "choose_reports")


def _shortcuts(shortcut) -> list[QKeySequence]:
    if shortcut is None:
        return []
    items = shortcut if isinstance(shortcut, tuple) else (shortcut,)
    return [QKeySequence(item) for item in items]


def build_actions(window) -> dict[str, QAction]:
    """One QAction per command, added to the window so that shortcuts work everywhere."""
    actions, groups = {}, {}
    for command in COMMANDS:
        action = QAction(window)
        action.setShortcuts(_shortcuts(command.shortcut))
        action.setCheckable(command.checkable)
        if command.checkable:
            action.triggered.connect(lambda on, c=command: c.run(window, on))
        else:
            action.triggered.connect(lambda _=False, c=command: c.run(window))
        if command.group:
            groups.setdefault(command.group, QActionGroup(window)).addAction(action)
        window.addAction(action)
        actions[command.id] = action
    return actions


def build_menus(window, actions: dict[str, QAction]) -> dict[str, QMenu]:
    """The menu bar, its submenus and the toolbar, from the tables above."""
    menus: dict[str, QMenu] = {}
    bar = window.menuBar()
    for menu_id, _, items in MENUS:
        menus[menu_id] = menu = bar.addMenu("")
        for item in items:
            if item is None:
                menu.addSeparator()
            elif item.startswith("@"):
                menus[item[1:]] = menu.addMenu("")
            else:
                menu.addAction(actions[item])
    menus["recent"].aboutToShow.connect(lambda: flows.fill_recent(window, menus["recent"]))
    menus["removed"].aboutToShow.connect(lambda: flows.fill_removed(window, menus["removed"]))
    for language in ("chinese", "english"):
        menus["language"].addAction(actions[language])
    toolbar = window.addToolBar("main")
    toolbar.setObjectName("toolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    for item in TOOLBAR:
        if item is None:
            toolbar.addSeparator()
        else:
            toolbar.addAction(actions[item])
    return menus


def retranslate(actions: dict[str, QAction], menus: dict[str, QMenu], history) -> None:
    for command in COMMANDS:
        actions[command.id].setText(tr(command.text) if command.group != "language" else command.text)
    for menu_id, title, _ in MENUS:
        menus[menu_id].setTitle(tr(title))
    for item, title in SUBMENUS.items():
        menus[item[1:]].setTitle(tr(title))
    update_undo(actions, history)


def update_undo(actions: dict[str, QAction], history) -> None:
    """撤销：移动“…”到“…” — the undo and redo commands say what they will do, in our language."""
    for name, text in (("undo", history.undo_label()), ("redo", history.redo_label())):
        label = tr("撤销") if name == "undo" else tr("重做")
        actions[name].setText(tr("%s：%s") % (label, text) if text else label)
        actions[name].setEnabled(bool(text))
