"""The main window: wires the panels, the menus and the session together.

State and commands live in `session.Session`; each panel observes it; the commands of
the menus and the toolbar are declared in `actions.py`; dialogs in `dialogs/`.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QSplitter, QStackedWidget, QTabWidget

from reportdesk.gui import actions, find, geometry
from reportdesk.gui.dialogs import choose_pair, flows, receiving_flows
from reportdesk.gui.i18n import apply_qt_translations, set_language, tr
from reportdesk.gui.project_keeper import Keeper
from reportdesk.gui.receiving import Receiving
from reportdesk.gui.panels.compare_panel import ComparePanel
from reportdesk.gui.panels.copies_panel import CopiesPanel
from reportdesk.gui.panels.errors_panel import ErrorsPanel
from reportdesk.gui.panels.figures_panel import FiguresPanel
from reportdesk.gui.panels.matrix_panel import MatrixPanel
from reportdesk.gui.panels.points_panel import PointsPanel
from reportdesk.gui.panels.checks_panel import ChecksPanel
from reportdesk.gui.panels.receiving_panel import ReceivingPanel
from reportdesk.gui.panels.status_panel import StatusPanel
from reportdesk.gui.panels.text_panel import TextPanel
from reportdesk.gui.panels.tree_panel import TreePanel
from reportdesk.gui.session import Session
from reportdesk.gui.views import text_view
from reportdesk.gui.views.welcome import WelcomePage
from reportdesk.workspace.settings import load_settings


class MainWindow(QMainWindow):
    sig_idle = Signal()  # nothing loading or comparing, and the comparison is built

    def __init__(self, settings=None, warm_up: bool = True):
        super().__init__()
        self.settings = settings or load_settings()
        self._apply_language(self.settings.language)
        text_view.set_zoom(self.settings.zoom)
        self.session = session = Session(self.settings, self)
        self.keeper = Keeper(session, self)
        self.receiving = Receiving(session, self.keeper, self)  # 报送名单 and 格式校对
        self.setAcceptDrops(True)
        self.welcome = WelcomePage(self)
        self.tree_panel = TreePanel(session, self)
        self.matrix_panel = MatrixPanel(session, self)
        self.tabs = QTabWidget(self)
        self.compare, self.text_panel, self.figures, self.copies, self.points = tabs = [
            kind(session, self.tabs) for kind in (ComparePanel, TextPanel, FiguresPanel, CopiesPanel, PointsPanel)]
        self.receiving_panel, self.checks_panel = ReceivingPanel(self.receiving, self.tabs), ChecksPanel(
            self.receiving, self.tabs)
        for panel in (*tabs, self.receiving_panel, self.checks_panel):
            self.tabs.addTab(panel, "")
        self.right_split = self._splitter(Qt.Orientation.Vertical, self.matrix_panel, self.tabs, (330, 570))
        self.main_split = self._splitter(Qt.Orientation.Horizontal, self.tree_panel, self.right_split, (380, 1020))
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.main_split)
        self.two = choose_pair.install(self)  # 比较两篇: a page of its own, in place of the desk
        self.errors_panel = ErrorsPanel(session, self)
        # under the desk, in a splitter: folded to one line, or as high as the user dragged it
        self.errors_split = QSplitter(Qt.Orientation.Vertical, self)
        self.errors_split.addWidget(self.stack)
        self.errors_split.addWidget(self.errors_panel)
        self.errors_split.setStretchFactor(0, 1)
        self.errors_split.setCollapsible(0, False)
        self.errors_split.setCollapsible(1, False)
        self.errors_split.splitterMoved.connect(self.errors_panel.splitter_moved)
        self.setCentralWidget(self.errors_split)
        self.status = StatusPanel(session, self)
        self.statusBar().addWidget(self.status, 1)
        self.act = actions.build_actions(self)
        self.menus = actions.build_menus(self, self.act)
        self._wire()
        self._reports_changed(None)
        self.retranslate()
        geometry.restore(self)  # the remembered geometry, or 1400×900, fitted to the screen
        if warm_up:
            QTimer.singleShot(300, self.session.warm_up)  # after the first paint

    def _splitter(self, orientation, first, second, sizes) -> QSplitter:
        splitter = QSplitter(orientation, self)
        splitter.addWidget(first)
        splitter.addWidget(second)
        splitter.setStretchFactor(1, 2 if orientation == Qt.Orientation.Vertical else 3)
        splitter.setSizes(list(sizes))
        return splitter

    def _wire(self) -> None:
        session, act = self.session, self.act
        flows.connect_requests(self)  # what panels ask of the user: files, targets, menus
        receiving_flows.connect(self)
        self.checks_panel.sig_open_section.connect(self._show_section)
        self.tree_panel.sig_section_chosen.connect(self._show_section)
        self.compare.sig_open_passage.connect(self._show_section)
        self.figures.sig_show_fact.connect(self._show_fact)
        self.compare.sig_built.connect(self._check_idle)
        self.compare.sig_maximise.connect(self._maximise)
        self.compare.boilerplate_box.toggled.connect(self.text_panel.highlighter.hide_boilerplate)
        self.matrix_panel.sig_report_chosen.connect(self.compare.reveal_soon)
        self.matrix_panel.sig_report_chosen.connect(self.tree_panel.select_report)
        self.matrix_panel.sig_choose_reports.connect(act["choose_reports"].trigger)
        self.tree_panel.sig_find_changed.connect(lambda words: find.words_changed(self, words))
        self.errors_panel.sig_visible.connect(act["errors"].setChecked)
        session.runner.sig_busy_changed.connect(lambda busy: None if busy else self._check_idle())
        session.sig_settled.connect(self._check_idle)
        session.sig_reports_changed.connect(self._reports_changed)
        session.sig_part_changed.connect(lambda part: act[f"part_{part}"].setChecked(True))
        session.sig_topic_changed.connect(lambda _: self.tabs.setCurrentWidget(self.compare))
        session.sig_failed.connect(lambda title, text: QMessageBox.warning(self, title, text))
        self.keeper.sig_changed.connect(self._update_title)
        session.sig_history_changed.connect(self._undo_changed)
        act[f"part_{session.part}"].setChecked(True)
        act["english" if self.settings.language == "en" else "chinese"].setChecked(True)

    # -- following the session ---------------------------------------------------------------

    def _reports_changed(self, alignment) -> None:
        self.stack.setCurrentWidget(self.main_split if alignment is not None else self.welcome)
        has_reports = alignment is not None and bool(alignment.loaded())  # not when no file could be read
        for command in actions.COMMANDS:
            if command.needs_reports:
                self.act[command.id].setEnabled(has_reports)

    def _undo_changed(self) -> None:
        actions.update_undo(self.act, self.session.history)

    def _show_section(self, key: str) -> None:
        if self.text_panel.show_section(key, self.tree_panel.find_words()):
            self.tabs.setCurrentWidget(self.text_panel)

    def _show_fact(self, fact) -> None:
        self.text_panel.show_fact(fact)
        self.tabs.setCurrentWidget(self.text_panel)

    def _check_idle(self) -> None:
        """Emit sig_idle once no job runs and the comparison is built (worker threads may
        need a moment to return after delivering their result)."""
        if self.session.busy() or self.compare.building() or self.two.building():
            return
        if self.session.runner.idle():
            self.sig_idle.emit()
        else:
            QTimer.singleShot(20, self._check_idle)

    def focus_find(self) -> None:
        if self.stack.currentWidget() is self.main_split:
            self.tree_panel.focus_find()

    def _maximise(self, on: bool) -> None:
        self.tree_panel.setVisible(not on)
        self.matrix_panel.setVisible(not on)
        self.act["maximise"].setChecked(on)

    # -- language, layout, closing -----------------------------------------------------------

    def _apply_language(self, language: str) -> None:
        set_language(language)
        apply_qt_translations(QApplication.instance())

    def set_ui_language(self, language: str) -> None:
        self.settings.language = language
        self._apply_language(language)
        self.retranslate()
        self.compare.refresh()

    def retranslate(self) -> None:
        self._update_title()
        actions.retranslate(self.act, self.menus, self.session.history)
        for k, text in enumerate(("对比", "原文", "数字指标", "查重", "要点", "报送情况", "格式校对")):
            self.tabs.setTabText(k, tr(text))
        for panel in (self.welcome, self.tree_panel, self.matrix_panel, self.compare, self.figures, self.copies,
                      self.points, self.errors_panel, self.status, self.two, self.receiving_panel, self.checks_panel):
            panel.retranslate()

    def _update_title(self) -> None:
        path = self.keeper.project_path
        self.setWindowTitle(tr("ReportDesk 报告比对") + (f" — {Path(path).name}" if path else "") + "[*]")
        self.setWindowModified(self.keeper.dirty())  # a "*" while there are unsaved corrections

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if not flows.confirm_discard(self):
            event.ignore()
            return
        self.keeper.shutdown()
        self.session.shutdown()
        geometry.save(self)
        super().closeEvent(event)

    # -- files dropped anywhere on the window -----------------------------------------------

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if _local_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    dragMoveEvent = dragEnterEvent  # noqa: N815 - Qt's name

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if paths := _local_paths(event):
            event.acceptProposedAction()
            self.session.add_paths(paths)


def _local_paths(event) -> list[str]:
    mime = event.mimeData()
    return [u.toLocalFile() for u in mime.urls() if u.isLocalFile()] if mime.hasUrls() else []
