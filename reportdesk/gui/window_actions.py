"""Actions, menus, the toolbar and translation of the main window."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from reportdesk.gui.i18n import PART_LABELS, set_language, tr
from reportdesk.model import MATRIX_PARTS


class ActionsMixin:
    """Builds the window's actions and menus and sets every text in the current language."""

    def _action(self, slot, shortcut=None, checkable=False) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.act_open = self._action(self.open_files_dialog, QKeySequence.StandardKey.Open)
        self.act_open_folder = self._action(self.open_folder_dialog, "Ctrl+Shift+O")
        self.act_examples = self._action(self.open_examples)
        self.act_open_project = self._action(self.open_project_dialog, "Ctrl+Shift+P")
        self.act_save_project = self._action(self.save_project, QKeySequence.StandardKey.Save)
        self.act_save_project_as = self._action(self.save_project_as, "Ctrl+Shift+S")
        self.act_export = self._action(self.export, "Ctrl+E")
        self.act_close_all = self._action(self.close_all)
        self.act_quit = self._action(self.close, QKeySequence.StandardKey.Quit)
        self.act_undo = self.undo_stack.createUndoAction(self)
        self.act_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.act_redo = self.undo_stack.createRedoAction(self)
        self.act_redo.setShortcuts([QKeySequence.StandardKey.Redo, QKeySequence("Ctrl+Y")])
        self.act_find = self._action(self._focus_find, QKeySequence.StandardKey.Find)
        self.act_next_topic = self._action(lambda: self.step_topic(+1), "Alt+Down")
        self.act_prev_topic = self._action(lambda: self.step_topic(-1), "Alt+Up")
        self.act_diff = self._action(lambda on: self.compare.diff_button.setChecked(on), "Ctrl+D", checkable=True)
        self.compare.diff_button.toggled.connect(self.act_diff.setChecked)
        self.act_parts = []
        group = QActionGroup(self)
        for k, part in enumerate(MATRIX_PARTS):
            action = self._action(lambda _=False, p=part: self.set_part(p), f"Ctrl+{k + 1}", checkable=True)
            action.setChecked(part == self.part)
            group.addAction(action)
            self.act_parts.append(action)
        self.act_errors = self.errors_dock.toggleViewAction()
        self.act_chinese = self._action(lambda: self.set_ui_language("zh"), checkable=True)
        self.act_english = self._action(lambda: self.set_ui_language("en"), checkable=True)
        languages = QActionGroup(self)
        languages.addAction(self.act_chinese)
        languages.addAction(self.act_english)
        (self.act_english if self.settings.language == "en" else self.act_chinese).setChecked(True)
        self.act_about = self._action(self.about)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_recent = QMenu(self)
        self.menu_recent.aboutToShow.connect(self._fill_recent)
        for item in (self.act_open, self.act_open_folder, self.act_examples, self.menu_recent, None,
                     self.act_open_project, self.act_save_project, self.act_save_project_as, None,
                     self.act_export, None, self.act_close_all, self.act_quit):
            self._add(self.menu_file, item)
        self.menu_edit = bar.addMenu("")
        for item in (self.act_undo, self.act_redo, None, self.act_find):
            self._add(self.menu_edit, item)
        self.menu_view = bar.addMenu("")
        for item in (*self.act_parts, None, self.act_next_topic, self.act_prev_topic, self.act_diff, None,
                     self.act_errors):
            self._add(self.menu_view, item)
        self.menu_language = self.menu_view.addMenu("")
        self.menu_language.addAction(self.act_chinese)
        self.menu_language.addAction(self.act_english)
        self.menu_help = bar.addMenu("")
        self.menu_help.addAction(self.act_about)
        self.toolbar = self.addToolBar("main")
        self.toolbar.setObjectName("toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.act_open, self.act_open_folder, self.act_save_project, self.act_export, None,
                       self.act_undo, self.act_redo, None, self.act_prev_topic, self.act_next_topic, self.act_diff):
            self._add(self.toolbar, action)

    @staticmethod
    def _add(container, item) -> None:
        if item is None:
            container.addSeparator()
        elif isinstance(item, QMenu):
            container.addMenu(item)
        else:
            container.addAction(item)

    def retranslate(self) -> None:
        self.setWindowTitle(tr("ReportDesk 报告比对") + (f" — {Path(self.project_path).name}" if self.project_path else ""))
        texts = {self.act_open: "打开文件…", self.act_open_folder: "打开文件夹…", self.act_examples: "打开示例报告",
                 self.act_open_project: "打开项目…", self.act_save_project: "保存项目",
                 self.act_save_project_as: "项目另存为…", self.act_export: "导出 Word…",
                 self.act_close_all: "关闭全部报告", self.act_quit: "退出", self.act_find: "查找",
                 self.act_next_topic: "下一个主题", self.act_prev_topic: "上一个主题",
                 self.act_diff: "两份逐字对比", self.act_errors: "错误列表", self.act_about: "关于"}
        for action, text in texts.items():
            action.setText(tr(text))
        self.act_undo.setText(tr("撤销"))
        self.act_redo.setText(tr("重做"))
        self.act_chinese.setText("中文")
        self.act_english.setText("English")
        for action, part in zip(self.act_parts, MATRIX_PARTS):
            action.setText(tr(PART_LABELS[part]))
        for k, part in enumerate(MATRIX_PARTS):
            self.part_box.setItemText(k, tr(PART_LABELS[part]))
        self.menu_file.setTitle(tr("文件(&F)"))
        self.menu_edit.setTitle(tr("编辑(&E)"))
        self.menu_view.setTitle(tr("视图(&V)"))
        self.menu_help.setTitle(tr("帮助(&H)"))
        self.menu_recent.setTitle(tr("最近打开"))
        self.menu_language.setTitle(tr("语言"))
        self.find_box.setPlaceholderText(tr("查找段落…"))
        self.part_label.setText(tr("部分："))
        self.matrix_title.setText(f"<b>{tr('覆盖矩阵')}</b>")
        self.tabs.setTabText(0, tr("对比"))
        self.tabs.setTabText(1, tr("原文"))
        self.tabs.setTabText(2, tr("数字指标"))
        self.indicators.retranslate()
        self.errors_dock.setWindowTitle(tr("无法读取的文件"))
        self.cancel_button.setText(tr("取消"))
        self.welcome.retranslate()
        self.compare.retranslate()
        self.tree_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)
        self._update_actions()

    def set_ui_language(self, language: str) -> None:
        self.settings.language = language
        set_language(language)
        self.retranslate()
        if self.topic:
            self.show_topic(self.topic)

    def _update_actions(self) -> None:
        loaded = bool(self.files)
        for action in (self.act_save_project, self.act_save_project_as, self.act_export, self.act_close_all,
                       self.act_next_topic, self.act_prev_topic):
            action.setEnabled(loaded)
