"""The report tree: every report and its sections, Find, and corrections from the context menu."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMenu, QTreeView, \
    QVBoxLayout, QWidget

from reportdesk.gui.move_menu import add_move_menu
from reportdesk.gui.i18n import tr
from reportdesk.gui.models.filters import FindProxy
from reportdesk.gui.models.report_tree import KEY_ROLE, ReportTreeModel

EXPAND_MAX = 30  # with more reports the tree starts collapsed: a long tree helps nobody


class TreePanel(QWidget):
    sig_section_chosen = Signal(str)  # a section key, or "<report id>/0" for a whole report
    sig_find_changed = Signal(list)  # the words Find looks for (empty: none)
    sig_report_menu = Signal(str, QPoint)  # a report id, where to open its corrections menu

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.pair_mark: str | None = None  # a section marked for pairing, waiting for its partner
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.find_box = QLineEdit(self)
        self.find_box.setClearButtonEnabled(True)
        self.find_box.textChanged.connect(self._find_changed)
        self.find_count = QLabel(self)
        row = QHBoxLayout()
        row.addWidget(self.find_box, 1)
        row.addWidget(self.find_count)
        layout.addLayout(row)
        self.model = ReportTreeModel(self)
        self.proxy = FindProxy(self)
        self.proxy.setSourceModel(self.model)
        self.tree = QTreeView(self)
        self.tree.setModel(self.proxy)
        self.tree.setUniformRowHeights(True)
        self.tree.setDragEnabled(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._menu)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        layout.addWidget(self.tree, 1)
        # a report's row is its name across the whole width (its topic column is empty, its
        # length is in its tooltip): in the topic and length columns it was cut to "北京市 2025 • 2025…"
        for signal in (self.proxy.modelReset, self.proxy.layoutChanged, self.proxy.rowsInserted):
            signal.connect(self._span_reports)
        session.sig_reports_changed.connect(self._reports_changed)
        session.sig_alignment_changed.connect(self._alignment_changed)

    def retranslate(self) -> None:
        self.find_box.setPlaceholderText(tr("查找段落…"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)

    def find_words(self) -> list[str]:
        return self.proxy.words

    def focus_find(self) -> None:
        self.find_box.setFocus()
        self.find_box.selectAll()

    # -- following the session ---------------------------------------------------------------

    def _reports_changed(self, alignment) -> None:
        if alignment is None:
            self.model.set_reports([], None)
            return
        files = self.session.files
        self.model.set_reports(list(alignment.loaded()), alignment, {f.path: f.encoding for f in files},
                               {f.path: f.warnings for f in files if f.warnings})
        if len(alignment.reports) <= EXPAND_MAX:
            self.tree.expandToDepth(0)

    def _span_reports(self, *_args) -> None:
        for row in range(self.proxy.rowCount()):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)

    def _alignment_changed(self, alignment) -> None:
        if alignment is not None:
            self.model.set_alignment(alignment)  # only the topic column changes

    def _current_changed(self, current, _previous) -> None:
        if not current.isValid():
            return
        node = self.model.node_of(self.proxy.mapToSource(current.siblingAtColumn(0)))
        key = node.key or (f"{node.report.id}/0" if node.report is not None else None)
        if key:
            self.sig_section_chosen.emit(key)

    # -- find --------------------------------------------------------------------------------

    def _find_changed(self, text: str) -> None:
        if text.strip():
            self.model.fetch_all()  # Find looks into every section, opened or not
        self.proxy.set_query(text)
        if self.proxy.words:
            self.tree.expandAll()
            self.find_count.setText(tr("%d 个匹配") % sum(1 for _ in self.visible_sections()))
        else:
            self.find_count.clear()
            self.tree.collapseAll()
            self.tree.expandToDepth(0)
        self.sig_find_changed.emit(self.proxy.words)

    def visible_sections(self, parent=None):
        """The sections Find matched, in tree order (proxy indexes)."""
        parent = parent if parent is not None else self.tree.rootIndex()
        for row in range(self.proxy.rowCount(parent)):
            index = self.proxy.index(row, 0, parent)
            source = self.proxy.mapToSource(index)
            if index.data(KEY_ROLE) and self.proxy.filterAcceptsRow(source.row(), source.parent()):
                yield index
            yield from self.visible_sections(index)

    def select_report(self, report_id: str) -> None:
        """Make a report the tree's current row (a matrix column header was clicked)."""
        for row in range(self.model.rowCount()):
            node = self.model.node_of(self.model.index(row, 0))
            if node.report is not None and node.report.id == report_id:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                self.tree.scrollTo(index)
                self.tree.selectionModel().select(index, self.tree.selectionModel().SelectionFlag.ClearAndSelect
                                                  | self.tree.selectionModel().SelectionFlag.Rows)
                return

    # -- corrections -------------------------------------------------------------------------

    def _menu(self, position) -> None:
        index = self.tree.indexAt(position)
        key = index.data(KEY_ROLE) if index.isValid() else None
        session, alignment = self.session, self.session.alignment
        node = self.model.node_of(self.proxy.mapToSource(index.siblingAtColumn(0))) if index.isValid() else None
        if node is not None and node.report is not None:
            self.sig_report_menu.emit(node.report.id, self.tree.viewport().mapToGlobal(position))
            return
        if not key or alignment is None or alignment.assignment(key) is None:
            return
        menu = QMenu(self)
        add_move_menu(menu, session, self._selected_keys(key), alignment.assignment(key).topic)
        menu.addSeparator()
        if self.pair_mark and self.pair_mark != key:
            mark = self.pair_mark
            menu.addAction(tr("与“%s”配对") % session.alignment.name_of(mark), lambda: self._pair(mark, key))
        menu.addAction(tr("标记为配对段落"), lambda: setattr(self, "pair_mark", key))
        partner = next((a if b == key else b for a, b in session.pins.pairs if key in (a, b)), None)
        if partner:
            menu.addAction(tr("取消配对"), lambda: session.unpair(key, partner))
        menu.exec(self.tree.viewport().mapToGlobal(position))

    def _selected_keys(self, fallback: str) -> list[str]:
        keys = [i.data(KEY_ROLE) for i in self.tree.selectionModel().selectedRows() if i.data(KEY_ROLE)]
        return keys if fallback in keys else [fallback]

    def _pair(self, a: str, b: str) -> None:
        self.pair_mark = None
        self.session.pair(a, b)
