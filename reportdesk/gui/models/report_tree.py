"""ReportTreeModel: reports → sections, a thin adapter over the core's values.

Columns: heading, topic, length. Aligned sections can be dragged (onto a matrix row,
to move them to another topic); the drag carries the section key. A report's sections
become nodes only when a view fetches them (Qt's canFetchMore/fetchMore: on expanding it,
or `index_of_key`, or `fetch_all` before Find), so that thousands of reports load without
building hundreds of thousands of nodes on the main thread.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QMimeData, QModelIndex, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from reportdesk.gui.i18n import tr
from reportdesk.members import file_label
from reportdesk.model import Alignment, ReportRef, Section, keyed_sections, parent_of_key, report_of_key
from reportdesk.structure.names import title_beyond

SECTION_MIME = "application/x-reportdesk-section"
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
TEXT_ROLE = Qt.ItemDataRole.UserRole + 2  # the words searched by Find


class _Node:
    __slots__ = ("parent", "children", "row", "report", "section", "key", "search_text", "built")

    def __init__(self, parent, row, report=None, section=None, key=None):
        self.parent, self.row = parent, row
        self.report: ReportRef | None = report
        self.section: Section | None = section
        self.key: str | None = key
        self.children: list[_Node] = []
        self.search_text = ""
        self.built = report is None  # a report's sections are added when first asked for


class ReportTreeModel(QAbstractItemModel):
    COLUMNS = ("标题", "主题", "字数")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._root = _Node(None, 0)
        self._by_key: dict[str, _Node] = {}
        self._reports: dict[str, _Node] = {}
        self._alignment: Alignment | None = None
        self._topic_names: dict[str, str] = {}
        self._encodings: dict[str, str] = {}
        self._warnings: dict[str, tuple] = {}
        self._hidden: set[str] = set()

    # -- filling -------------------------------------------------------------------------

    def set_reports(self, reports: list[ReportRef], alignment: Alignment | None,
                    encodings: dict[str, str] | None = None, warnings: dict[str, tuple] | None = None) -> None:
        self.beginResetModel()
        self._alignment = alignment
        self._encodings = encodings or {}
        self._warnings = warnings or {}  # path -> what went wrong while reading (the file did load)
        self._topic_names = dict(alignment.topics) if alignment else {}
        self._hidden = {r.id for r in alignment.others} if alignment else set()  # loaded, not chosen to show
        self._root = _Node(None, 0)
        self._by_key, self._reports = {}, {}
        for r, ref in enumerate(reports):
            report_node = _Node(self._root, r, report=ref)
            report_node.search_text = ref.report.title
            self._root.children.append(report_node)
            self._reports[ref.id] = report_node
        self.endResetModel()

    def _build(self, node: _Node) -> None:
        node.built = True
        for key, section in keyed_sections(node.report.id, node.report.report.sections):
            parent_key = parent_of_key(key)
            parent = self._by_key[parent_key] if parent_key else node
            child = _Node(parent, len(parent.children), section=section, key=key)
            child.search_text = section.heading + "\n" + section.body
            parent.children.append(child)
            self._by_key[key] = child

    def canFetchMore(self, parent) -> bool:  # noqa: N802 - Qt's name
        return parent.isValid() and not parent.internalPointer().built

    def fetchMore(self, parent) -> None:  # noqa: N802 - Qt's name
        node = parent.internalPointer() if parent.isValid() else None
        if node is None or node.built:
            return
        self.beginInsertRows(parent, 0, len(node.report.report.sections) - 1)
        self._build(node)
        self.endInsertRows()

    def fetch_all(self) -> None:
        """Every report's sections, for Find to filter (one reset rather than a signal per report)."""
        waiting = [node for node in self._root.children if not node.built]
        if waiting:
            self.beginResetModel()
            for node in waiting:
                self._build(node)
            self.endResetModel()

    def set_alignment(self, alignment: Alignment) -> None:
        """After a correction: new topics, and maybe a report renamed; the tree stays as it is."""
        if alignment is self._alignment:
            return
        self._alignment = alignment
        self._topic_names = dict(alignment.topics)
        self._hidden = {r.id for r in alignment.others}
        for node in self._root.children:
            node.report = alignment.report(node.report.id) or node.report
        if self._root.children:
            # One signal for the top rows: a view repaints what it shows, children included;
            # a signal per section would cost a tenth of a second with a few hundred reports.
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._root.children) - 1, 2))

    # -- the model interface ---------------------------------------------------------------

    def index(self, row: int, column: int, parent=QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        node = parent.internalPointer() if parent.isValid() else self._root
        return self.createIndex(row, column, node.children[row])

    def parent(self, index=QModelIndex()) -> QModelIndex:  # noqa: A003 - Qt's name
        if not index.isValid():
            return QModelIndex()
        node = index.internalPointer().parent
        if node is None or node is self._root:
            return QModelIndex()
        return self.createIndex(node.row, 0, node)

    def rowCount(self, parent=QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        node = parent.internalPointer() if parent.isValid() else self._root
        return len(node.children)

    def hasChildren(self, parent=QModelIndex()) -> bool:  # noqa: N802 - Qt's name
        if parent.isValid() and parent.column() != 0:
            return False
        node = parent.internalPointer() if parent.isValid() else self._root
        return bool(node.report.report.sections) if not node.built else bool(node.children)

    def columnCount(self, parent=QModelIndex()) -> int:
        return len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.COLUMNS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node: _Node = index.internalPointer()
        column = index.column()
        if role == KEY_ROLE:
            return node.key
        if role == TEXT_ROLE:
            return node.search_text
        if node.report is not None:
            return self._report_data(node.report, column, role)
        return self._section_data(node, column, role)

    def _report_data(self, ref: ReportRef, column: int, role):
        report = ref.report
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:  # the display name, and what the title says beyond it (政府工作报告)
                rest = title_beyond(report.title, ref.label)
                return f"{ref.label} · {rest}" if rest else ref.label
            if column == 2:
                return report.chars or None
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = tr("标题：%s\n文件：%s\n编码：%s\n地区：%s\n年份：%s\n期间：%s\n字数：%d") % (
                report.title or tr("未注明"), file_label(ref.path), self._encoding(ref), report.region or tr("未注明"),
                report.year or tr("未注明"), report.period or tr("未注明"), report.chars)
            hidden = [tr("未选中显示：矩阵、对比和导出中没有它（选择报告，Ctrl+R）")] if ref.id in self._hidden else []
            return "\n".join([tip, *hidden, *self._warnings.get(ref.path, ())])
        if role == Qt.ItemDataRole.ForegroundRole and ref.id in self._hidden:
            return QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.DecorationRole and column == 0 and self._warnings.get(ref.path):
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.FontRole and column == 0:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _encoding(self, ref: ReportRef) -> str:
        return self._encodings.get(ref.path, "")

    def _section_data(self, node: _Node, column: int, role):
        section = node.section
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return section.heading
            if column == 1:
                assignment = self._alignment.assignment(node.key) if self._alignment else None
                if assignment is None:
                    return None
                name = self._topic_names.get(assignment.topic, assignment.topic)
                return f"{name} 📌" if assignment.pinned else name
            if column == 2:  # with its sub-sections', as the report's row counts its whole text
                return section.total_chars
        if role == Qt.ItemDataRole.ToolTipRole and column <= 1:
            assignment = self._alignment.assignment(node.key) if self._alignment else None
            if assignment and assignment.evidence:
                return f"{section.heading}\n{tr('主题')}：{self._topic_names.get(assignment.topic)}" \
                       f"（{assignment.score:.0%}）\n{'、'.join(assignment.evidence)}"
            return section.heading
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        node: _Node = index.internalPointer()
        if node.key and self._alignment and self._alignment.assignment(node.key) is not None:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    # -- drag ------------------------------------------------------------------------------

    def mimeTypes(self):
        return [SECTION_MIME]

    def mimeData(self, indexes):
        keys = []
        for index in indexes:
            key = index.data(KEY_ROLE)
            if key and key not in keys:
                keys.append(key)
        data = QMimeData()
        data.setData(SECTION_MIME, "\n".join(keys).encode("utf-8"))
        return data

    def supportedDragActions(self):
        return Qt.DropAction.MoveAction

    # -- lookups used by the window ----------------------------------------------------------

    def node_of(self, index) -> _Node | None:
        return index.internalPointer() if index.isValid() else None

    def index_of_key(self, key: str) -> QModelIndex:
        report = self._reports.get(report_of_key(key))
        if report is not None and not report.built:
            self.fetchMore(self.createIndex(report.row, 0, report))
        node = self._by_key.get(key)
        return self.createIndex(node.row, 0, node) if node is not None else QModelIndex()
