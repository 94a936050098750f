"""The main window: drop reports in, browse them, compare a topic across regions.

The window adapts core results (parsed files, an Alignment, comparison columns) to Qt
models and views; parsing, aligning and comparing run in the background runner.
"""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDockWidget, QFileDialog, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QListWidget, QMainWindow, QMessageBox,
                               QProgressBar, QPushButton, QSplitter, QStackedWidget, QTabWidget, QTableView,
                               QTreeView, QVBoxLayout, QWidget)

from reportdesk import __version__
from reportdesk.model import Pins
from reportdesk.compare.columns import paired_diff, topic_columns
from reportdesk.gui.find import FindProxy, find_spans
from reportdesk.gui.i18n import PART_LABELS, set_language, tr
from reportdesk.gui.models.coverage import CoverageModel
from reportdesk.gui.models.report_tree import KEY_ROLE, ReportTreeModel
from reportdesk.gui.views.compare import CompareView, make_text_view
from reportdesk.gui.views.highlight import SpanHighlighter
from reportdesk.gui.views.welcome import WelcomePage
from reportdesk.gui.window_actions import ActionsMixin
from reportdesk.gui.window_corrections import CorrectionsMixin
from reportdesk.gui.window_outputs import OutputsMixin
from reportdesk.gui.window_projects import ProjectsMixin
from reportdesk.gui.workers import Runner
from reportdesk.jobs import load_and_align, path_key
from reportdesk.model import MATRIX_PARTS
from reportdesk.resources import seeds_folder
from reportdesk.workspace.settings import load_layout, load_settings, save_layout, save_settings

log = logging.getLogger(__name__)
EXPAND_MAX = 30  # with more reports the tree starts collapsed: a long tree helps nobody
PAINT_FIRST_MS = 60  # let the window repaint before the comparison competes for the interpreter


def _warm_up_core() -> None:
    import numpy  # noqa: F401 - imported for its side effect: loaded once, now

    from reportdesk.text.tokenize import warm_up

    warm_up()


class MainWindow(ActionsMixin, CorrectionsMixin, ProjectsMixin, OutputsMixin, QMainWindow):
    sig_idle = Signal()  # nothing loading or comparing, and the comparison is built

    def __init__(self, settings=None, warm_up: bool = True):
        super().__init__()
        self.settings = settings or load_settings()
        set_language(self.settings.language)
        self.runner = Runner(self)
        self.undo_stack = QUndoStack(self)
        self.files = []
        self.alignment = None
        self.pins = Pins()
        self.part = self.settings.part if self.settings.part in MATRIX_PARTS else "achievements"
        self.topic = ""
        self.project_path = ""
        self.pair_mark: str | None = None
        self.errors: dict[str, str] = {}
        self._deferred = False  # the matrix and comparison wait for the next event-loop turn
        self.setAcceptDrops(True)
        self.resize(1400, 900)
        self._build_widgets()
        self._build_actions()
        self._build_menus()
        self.runner.sig_busy_changed.connect(self._busy_changed)
        self.undo_stack.indexChanged.connect(lambda _: self._update_actions())
        self.retranslate()
        self._restore_layout()
        if warm_up:
            QTimer.singleShot(300, self._warm_up)

    def _warm_up(self) -> None:
        """Import numpy and load jieba's dictionary in the background after the first paint:
        both hold the interpreter for a while, better now than in the middle of a load."""
        from reportdesk.text.tokenize import is_loaded

        if not self.runner.busy() and not is_loaded():
            self.runner.start("warmup", lambda _: _warm_up_core(), lambda _: None)

    # -- building ---------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.stack = QStackedWidget(self)
        self.welcome = WelcomePage(self)
        self.welcome.sig_open_files.connect(self.open_files_dialog)
        self.welcome.sig_open_folder.connect(self.open_folder_dialog)
        self.welcome.sig_open_examples.connect(self.open_examples)
        self.stack.addWidget(self.welcome)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.find_box = QLineEdit(left)
        self.find_box.setClearButtonEnabled(True)
        self.find_box.textChanged.connect(self._find_changed)
        self.find_count = QLabel(left)
        find_row = QHBoxLayout()
        find_row.addWidget(self.find_box, 1)
        find_row.addWidget(self.find_count)
        left_layout.addLayout(find_row)
        self.tree_model = ReportTreeModel(self)
        self.find_proxy = FindProxy(self)
        self.find_proxy.setSourceModel(self.tree_model)
        self.tree = QTreeView(left)
        self.tree.setModel(self.find_proxy)
        self.tree.setUniformRowHeights(True)
        self.tree.setDragEnabled(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._tree_menu)
        self.tree.selectionModel().currentChanged.connect(self._tree_current_changed)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        left_layout.addWidget(self.tree, 1)

        matrix_panel = QWidget(self)
        matrix_layout = QVBoxLayout(matrix_panel)
        matrix_layout.setContentsMargins(0, 0, 0, 0)
        part_row = QHBoxLayout()
        self.part_label = QLabel(matrix_panel)
        self.part_box = QComboBox(matrix_panel)
        for part in MATRIX_PARTS:
            self.part_box.addItem("", part)
        self.part_box.setCurrentIndex(MATRIX_PARTS.index(self.part))
        self.part_box.currentIndexChanged.connect(lambda k: self.set_part(MATRIX_PARTS[k]))
        self.matrix_title = QLabel(matrix_panel)
        part_row.addWidget(self.matrix_title)
        part_row.addStretch(1)
        part_row.addWidget(self.part_label)
        part_row.addWidget(self.part_box)
        matrix_layout.addLayout(part_row)
        self.coverage = CoverageModel(self)
        self.coverage.sig_move_requested.connect(self.move_sections)
        self.matrix = QTableView(matrix_panel)
        self.matrix.setModel(self.coverage)
        self.matrix.setAcceptDrops(True)
        self.matrix.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.matrix.setDropIndicatorShown(True)
        self.matrix.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matrix.horizontalHeader().setDefaultSectionSize(72)
        self.matrix.verticalHeader().setSectionsClickable(True)
        self.matrix.verticalHeader().sectionClicked.connect(lambda row: self.show_topic(self.coverage.topic_at(row)))
        self.matrix.clicked.connect(lambda index: self.show_topic(self.coverage.topic_at(index.row())))
        matrix_layout.addWidget(self.matrix, 1)

        self.tabs = QTabWidget(self)
        self.compare = CompareView(self.tabs)
        self.compare.sig_columns_changed.connect(lambda: self.show_topic(self.topic))
        self.compare.sig_built.connect(self._check_idle)
        self.compare.diff_button.toggled.connect(lambda _: self.show_topic(self.topic))
        self.text_view = make_text_view(self.tabs)
        self.text_highlighter = SpanHighlighter(self.text_view.document())
        from reportdesk.gui.views.indicators import IndicatorsView

        self.indicators = IndicatorsView(self.tabs)
        self.indicators.sig_show_fact.connect(self.show_fact)
        self.indicators.sig_export.connect(self.export_indicators)
        self.facts = []
        self.tabs.addTab(self.compare, "")
        self.tabs.addTab(self.text_view, "")
        self.tabs.addTab(self.indicators, "")

        self.right_split = QSplitter(Qt.Orientation.Vertical, self)
        self.right_split.addWidget(matrix_panel)
        self.right_split.addWidget(self.tabs)
        self.right_split.setStretchFactor(1, 2)
        self.main_split = QSplitter(Qt.Orientation.Horizontal, self)
        self.main_split.addWidget(left)
        self.main_split.addWidget(self.right_split)
        self.main_split.setStretchFactor(1, 3)
        self.main_split.setSizes([380, 1020])
        self.right_split.setSizes([330, 570])
        self.stack.addWidget(self.main_split)
        self.setCentralWidget(self.stack)

        self.errors_list = QListWidget(self)
        self.errors_dock = QDockWidget(self)
        self.errors_dock.setObjectName("errors")
        self.errors_dock.setWidget(self.errors_list)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.errors_dock)
        self.errors_dock.hide()

        self.status_text = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(240)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.cancel_loading)
        self.statusBar().addWidget(self.status_text, 1)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)
        self.progress.hide()
        self.cancel_button.hide()

    # -- loading ----------------------------------------------------------------------------

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt's name
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_paths(paths)

    def open_files_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, tr("打开文件…"), self.settings.last_folder,
                                                tr("报告文件 (*.docx *.txt *.md)"))
        if paths:
            self.settings.last_folder = str(Path(paths[0]).parent)
            self.add_paths(paths)

    def open_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("打开文件夹…"), self.settings.last_folder)
        if folder:
            self.settings.last_folder = folder
            self.add_paths([folder])

    def open_examples(self) -> None:
        self.add_paths([str(seeds_folder())])

    def add_paths(self, paths: list[str]) -> None:
        """Load these files and folders (the ones not loaded yet) and re-align everything."""
        for path in paths:
            self.settings.add_recent_file(str(Path(path).resolve()))
        loaded = list(self.files)
        pins, taxonomy = self.pins, self.settings.taxonomy
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.runner.start("load", lambda progress: load_and_align(loaded, paths, pins, taxonomy, progress),
                          self._loaded, self._load_progress, self._job_failed)

    def _load_progress(self, done: int, total: int, name: str) -> None:
        if name == "align":
            self.progress.setRange(0, 0)
            self.status_text.setText(tr("正在比对主题…"))
        else:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)
            if name:
                self.status_text.setText(tr("正在读取 %s") % name)

    def cancel_loading(self) -> None:
        self.runner.cancel("load")
        self.status_text.setText(tr("已取消，窗口保持加载前的内容"))
        self.progress.hide()
        self.cancel_button.hide()

    def _loaded(self, result) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        if result is None:
            return
        files, fresh, alignment = result
        if not fresh:
            self.status_text.setText(tr("这些文件已经加载过了") if self.files else tr("没有找到可读取的报告文件"))
            return
        self.files = files
        for parsed in fresh:
            if parsed.error:
                self.errors[path_key(parsed.path)] = parsed.error
        self._set_alignment(alignment, rebuild=True)
        self._show_errors()
        failed = sum(1 for f in self.files if f.error)
        message = tr("已加载 %d 篇报告（%d 个文件）") % (len(alignment.reports), len(self.files) - failed)
        if failed:
            message += "；" + tr("%d 个文件无法读取，见错误列表") % failed
        self.status_text.setText(message)

    def _job_failed(self, message: str) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        QMessageBox.critical(self, tr("出现意外错误"), message)

    def _show_errors(self) -> None:
        self.errors_list.clear()
        for message in self.errors.values():
            self.errors_list.addItem(message)
        self.errors_dock.setVisible(bool(self.errors))

    def _busy_changed(self, busy: bool) -> None:
        if not busy:
            self._check_idle()

    def _check_idle(self) -> None:
        """Emit sig_idle once no job runs and the comparison is built (worker threads may
        need a moment to return after delivering their result)."""
        if self.runner.busy() or self.compare.building() or self._deferred:
            return
        if self.runner.idle():
            self.sig_idle.emit()
        else:
            QTimer.singleShot(20, self._check_idle)

    def close_all(self) -> None:
        self.runner.cancel()
        self.files, self.alignment, self.pins, self.topic = [], None, Pins(), ""
        self.errors.clear()
        self.undo_stack.clear()
        self.tree_model.set_reports([], None)
        self.coverage.set_alignment(None)
        self.compare.clear()
        self.text_view.clear()
        self._show_errors()
        self.stack.setCurrentWidget(self.welcome)
        self._update_actions()

    # -- showing ----------------------------------------------------------------------------

    def _set_alignment(self, alignment, rebuild: bool = False) -> None:
        self.alignment = alignment
        if rebuild:
            encodings = {f.path: f.encoding for f in self.files}
            self.tree_model.set_reports(list(alignment.reports), alignment, encodings)
            if len(alignment.reports) <= EXPAND_MAX:
                self.tree.expandToDepth(0)
            self.compare.set_reports([r.id for r in alignment.reports],
                                     {r.id: r.label for r in alignment.reports})
            self.stack.setCurrentWidget(self.main_split)
            # the matrix and the comparison follow in the next turn of the event loop, so
            # that the window repaints in between even with hundreds of reports
            self._deferred = True
            QTimer.singleShot(0, lambda a=alignment: self._show_alignment(a))
            return
        self.tree_model.set_alignment(alignment)
        self._show_alignment(alignment)  # a correction: matrix and comparison at once

    def _show_alignment(self, alignment) -> None:
        self._deferred = False
        if alignment is not self.alignment:
            self._check_idle()
            return  # superseded meanwhile
        self._start_facts(alignment)
        self.coverage.set_alignment(alignment, self.part)
        self._fit_matrix_columns()
        self._update_actions()
        if not self.topic or self.topic not in dict(alignment.topics):
            self.topic = self._first_topic()
        self._deferred = True
        QTimer.singleShot(PAINT_FIRST_MS, self._show_current_topic)

    def _show_current_topic(self) -> None:
        self._deferred = False
        self.show_topic(self.topic)

    def _fit_matrix_columns(self) -> None:
        """Columns as wide as their labels (cells hold short numbers); measuring every cell,
        as resizeColumnsToContents does, takes too long with hundreds of reports."""
        header = self.matrix.horizontalHeader()
        metrics = header.fontMetrics()
        for column in range(self.coverage.columnCount()):
            label = self.coverage.headerData(column, Qt.Orientation.Horizontal) or ""
            header.resizeSection(column, max(56, min(160, metrics.horizontalAdvance(label) + 18)))

    def _first_topic(self) -> str:
        for topic_id, _ in self.alignment.topics:
            if any(c.topic == topic_id and c.part == self.part for c in self.alignment.cells):
                return topic_id
        return self.alignment.topics[0][0] if self.alignment.topics else ""

    def set_part(self, part: str) -> None:
        if part not in MATRIX_PARTS:
            return
        self.part = self.settings.part = part
        self.part_box.blockSignals(True)
        self.part_box.setCurrentIndex(MATRIX_PARTS.index(part))
        self.part_box.blockSignals(False)
        self.act_parts[MATRIX_PARTS.index(part)].setChecked(True)
        if self.alignment is not None:
            self.coverage.set_alignment(self.alignment, part)
            self.show_topic(self.topic)

    def step_topic(self, step: int) -> None:
        """Next or previous topic that some report wrote on in this part."""
        if self.alignment is None:
            return
        written = [t for t, _ in self.alignment.topics
                   if any(c.topic == t and c.part == self.part for c in self.alignment.cells)]
        if not written:
            return
        k = written.index(self.topic) + step if self.topic in written else 0
        self.show_topic(written[k % len(written)])

    def show_topic(self, topic: str | None) -> None:
        """Fill the comparison with every visible report's text on this topic and part."""
        if self.alignment is None or not topic:
            return
        self.topic = topic
        row = self.coverage.row_of(topic)
        if row >= 0:
            self.matrix.selectRow(row)
        name = dict(self.alignment.topics).get(topic, topic)
        self.compare.set_title(f"<b>{name}</b> · {tr(PART_LABELS[self.part])}")
        self.tabs.setCurrentWidget(self.compare)
        alignment, part, visible, pins = self.alignment, self.part, self.compare.visible_ids(), self.pins
        if self.compare.diff_button.isChecked():
            if len(visible) != 2:
                self.compare.show_diff(tr("逐字对比需要正好两列，请隐藏其余的列"), [])
                return
            self.runner.start("compare", lambda _: paired_diff(alignment, part, topic, visible[0], visible[1], pins),
                              lambda pieces: self._diff_ready(pieces, visible), on_error=self._job_failed)
        else:
            self.runner.start("compare", lambda progress: topic_columns(alignment, part, topic, visible, progress),
                              self.compare.set_columns, on_error=self._job_failed)

    def _diff_ready(self, pieces, report_ids) -> None:
        text, spans, position = [], [], 0
        for piece in pieces:
            text.append(piece.text)
            if piece.kind != "equal":
                spans.append((position, position + len(piece.text), piece.kind))
            position += len(piece.text)
        labels = {r.id: r.label for r in self.alignment.reports}
        self.compare.show_diff("".join(text), spans, labels[report_ids[0]], labels[report_ids[1]])

    def _tree_current_changed(self, current, _previous) -> None:
        key = current.data(KEY_ROLE) if current.isValid() else None
        if not key or self.alignment is None:
            return
        ref = next((s for s in self.alignment.sections if s.key == key), None)
        node = self.tree_model.node_of(self.find_proxy.mapToSource(current.siblingAtColumn(0)))
        if node is None or node.section is None:
            return
        text = ref.section.full_text(heading=True) if ref is not None else node.section.heading + "\n" + node.section.body
        self.text_view.setPlainText(text)
        self.text_highlighter.set_spans(find_spans(text, self.find_proxy.words))
        self.tabs.setCurrentWidget(self.text_view)

    def _focus_find(self) -> None:
        if self.stack.currentWidget() is self.main_split:
            self.find_box.setFocus()
            self.find_box.selectAll()

    def _find_changed(self, text: str) -> None:
        self.find_proxy.set_query(text)
        if self.find_proxy.words:
            self.tree.expandAll()
            hits = sum(1 for _ in self._visible_sections())
            self.find_count.setText(tr("%d 个匹配") % hits)
        else:
            self.find_count.clear()
            self.tree.collapseAll()
            self.tree.expandToDepth(0)

    def _visible_sections(self, parent=None):
        parent = parent if parent is not None else self.tree.rootIndex()
        for row in range(self.find_proxy.rowCount(parent)):
            index = self.find_proxy.index(row, 0, parent)
            if index.data(KEY_ROLE) and self.find_proxy.filterAcceptsRow(
                    self.find_proxy.mapToSource(index).row(), self.find_proxy.mapToSource(index).parent()):
                yield index
            yield from self._visible_sections(index)

    # -- misc -------------------------------------------------------------------------------

    def about(self) -> None:
        QMessageBox.about(self, tr("关于"), tr("ReportDesk 报告比对\n版本 %s\n\n读取、比对、汇编各地工作总结。") % __version__)

    def _restore_layout(self) -> None:
        layout = load_layout()
        for key, restore in (("geometry", self.restoreGeometry), ("state", self.restoreState),
                             ("main_split", self.main_split.restoreState),
                             ("right_split", self.right_split.restoreState)):
            if isinstance(layout.get(key), str):
                restore(QByteArray.fromBase64(layout[key].encode("ascii")))

    def save_state(self) -> None:
        layout = {"geometry": self.saveGeometry(), "state": self.saveState(),
                  "main_split": self.main_split.saveState(), "right_split": self.right_split.saveState()}
        try:
            save_layout({k: bytes(v.toBase64()).decode("ascii") for k, v in layout.items()})
            save_settings(self.settings)
        except OSError as err:  # settings are a convenience: never block closing
            log.warning("could not save settings: %s", err)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.runner.cancel()
        self.runner.wait(5000)
        self.save_state()
        super().closeEvent(event)
