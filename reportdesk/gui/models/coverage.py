"""CoverageModel: topics × reports for one part; each cell says how much a region wrote.

A cell counts the characters of the report's passages on the topic. Empty cells are the
gaps a reviewer must chase: shown as "—" on a warm background. A topic the report only
names in passing is neither: "提及" on a pale background, its sentences in the tooltip. A
cell the user corrected (a passage moved into it) is shown in bold. A section dragged from
the report tree and dropped on a row is moved to that topic. CoverageFilter sorts and
filters the topics (by name, only rows with gaps, without rows nobody wrote on).
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from reportdesk.gui.colours import cell_colour, colours
from reportdesk.gui.i18n import tr
from reportdesk.gui.models.filters import refilter
from reportdesk.gui.models.report_tree import SECTION_MIME
from reportdesk.model import Alignment
from reportdesk.text.width import display_width

TOPIC_ROLE = Qt.ItemDataRole.UserRole + 10


LINE_COLUMNS = 20  # a column label wider than this (CJK count two; about 140 px) goes on two lines
LINE_MAX = 20  # the widest line a column's label may keep to be cut at a space


def two_lines(label: str) -> str:
    """A long report name on two lines: cut at a space when neither line is too wide, else at
    its middle:
    the header grows a line rather than the columns a name's width, and Qt's header
    clips a label too wide for its column on both sides instead of eliding it."""
    if display_width(label) <= LINE_COLUMNS:
        return label
    def wider(k: int) -> int:
        return max(display_width(label[:k]), display_width(label[k:]))

    spaces = [k for k, c in enumerate(label) if c == " "]
    at_space = min(spaces, key=wider, default=None)  # 宁夏回族自治区 / 2025: the name stays whole
    cut = at_space if at_space is not None and wider(at_space) <= LINE_MAX else len(label) // 2
    return label[:cut].rstrip() + "\n" + label[cut:].lstrip()


class CoverageModel(QAbstractTableModel):
    sig_move_requested = Signal(list, str)  # section keys, topic id

    def __init__(self, parent=None):
        super().__init__(parent)
        self._alignment: Alignment | None = None
        self._part = "achievements"
        self._topics: list[tuple[str, str]] = []
        self._reports = []
        self._cells: dict[tuple[str, str], object] = {}
        self._mentions: dict[tuple[str, str], object] = {}
        self._max = 1
        self._hits: dict[str, int] = {}  # report id -> sections holding the Find words

    def set_alignment(self, alignment: Alignment | None, part: str | None = None, topic_list=None) -> None:
        """Show an alignment's part; of a mixed set, one topic list and the reports that use it."""
        self.beginResetModel()
        self._alignment = alignment
        if part:
            self._part = part
        members = set(topic_list.reports) if topic_list is not None else None
        self._topics = list(topic_list.topics if topic_list is not None else alignment.topics) if alignment else []
        self._reports = [r for r in alignment.reports if members is None or r.id in members] if alignment else []
        self._cells = {(c.report_id, c.topic): c for c in alignment.cells if c.part == self._part} \
            if alignment else {}
        self._mentions = {(c.report_id, c.topic): c for c in alignment.mentions if c.part == self._part} \
            if alignment else {}
        self._max = max((c.chars for c in self._cells.values()), default=1) or 1
        self.endResetModel()

    @property
    def part(self) -> str:
        return self._part

    def topic_at(self, row: int) -> str | None:
        return self._topics[row][0] if 0 <= row < len(self._topics) else None

    def row_of(self, topic: str) -> int:
        return next((k for k, (t, _) in enumerate(self._topics) if t == topic), -1)

    def writers(self, row: int) -> int:
        """How many reports wrote on the row's topic."""
        topic = self.topic_at(row)
        return sum(1 for r in self._reports if (r.id, topic) in self._cells)

    def corrected(self, cell) -> bool:
        return cell is not None and any(self._alignment.passage_topic(k).pinned for k in cell.keys)

    def mention(self, row: int, column: int):
        """The passages that name the row's topic only in passing, where the report has no cell."""
        topic, report = self.topic_at(row), self.report_at(column)
        if topic is None or report is None:
            return None
        return self._mentions.get((report.id, topic))

    def set_hits(self, hits: dict[str, int]) -> None:
        """Find's count per report, shown in the column headers (empty: no Find)."""
        self._hits = hits
        if self._reports:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._reports) - 1)

    def report_at(self, column: int):
        return self._reports[column] if 0 <= column < len(self._reports) else None

    def cell(self, row: int, column: int):
        topic, report = self.topic_at(row), self.report_at(column)
        if topic is None or report is None:
            return None
        return self._cells.get((report.id, topic))

    # -- the model interface ---------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._topics)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._reports)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and section < len(self._topics):
                return self._topics[section][1]
            if role == TOPIC_ROLE and section < len(self._topics):
                return self._topics[section][0]
        elif section < len(self._reports):
            ref = self._reports[section]
            if role == Qt.ItemDataRole.DisplayRole:
                label = two_lines(ref.label)
                return f"{label}（{self._hits[ref.id]}）" if ref.id in self._hits else label
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{ref.report.title}\n{ref.path}"
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        cell = self.cell(index.row(), index.column())
        named = self.mention(index.row(), index.column()) if cell is None else None
        if role == Qt.ItemDataRole.DisplayRole:
            return str(cell.chars) if cell else tr("提及") if named else "—"
        if role == TOPIC_ROLE:
            return self.topic_at(index.row())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if cell is None:
                return QBrush(QColor(colours()["mention" if named else "gap"]))
            return QBrush(cell_colour(min(1.0, cell.chars / self._max)))
        if role == Qt.ItemDataRole.FontRole and self.corrected(cell):
            font = QFont()
            font.setBold(True)
            font.setUnderline(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            report = self.report_at(index.column())
            if named is not None:
                places = "\n".join(dict.fromkeys(self._alignment.passage(k).place for k in named.keys))
                return f"{report.label}：{tr('（只在写别的主题时提及，未专门写）')}\n{places}"
            if cell is None:
                return f"{report.label}：{tr('（本报告未写此主题）')}"
            places = "\n".join(dict.fromkeys(self._alignment.passage(k).place for k in cell.keys))
            return places + ("\n" + tr("（含手动调整）") if self.corrected(cell) else "")
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled

    # -- drops from the report tree ----------------------------------------------------------

    def mimeTypes(self):
        return [SECTION_MIME]

    def supportedDropActions(self):
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def canDropMimeData(self, data, action, row, column, parent):
        return data.hasFormat(SECTION_MIME) and (parent.isValid() or row >= 0)

    def dropMimeData(self, data, action, row, column, parent):
        if not data.hasFormat(SECTION_MIME):
            return False
        target_row = parent.row() if parent.isValid() else row
        topic = self.topic_at(target_row)
        keys = [k for k in bytes(data.data(SECTION_MIME)).decode("utf-8").split("\n") if k]
        if topic is None or not keys:
            return False
        self.sig_move_requested.emit(keys, topic)
        return False  # nothing to remove from the source: the window applies the move


class CoverageFilter(QSortFilterProxyModel):
    """The matrix's rows as the user wants them: in the list's order or by how many regions
    wrote on them, filtered by a word, only topics with gaps, without topics nobody wrote on."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.text = ""
        self.only_gaps = False
        self.hide_empty = False
        self.by_writers = False

    def configure(self, text: str = "", only_gaps: bool = False, hide_empty: bool = False,
                  by_writers: bool = False) -> None:
        def change():
            self.text, self.only_gaps, self.hide_empty, self.by_writers = text.strip(), only_gaps, hide_empty, by_writers
        refilter(self, change)
        self.sort(0 if by_writers else -1)  # -1: the list's own order

    def filterAcceptsRow(self, row, parent) -> bool:  # noqa: N802 - Qt's name
        model = self.sourceModel()
        writers = model.writers(row)
        if self.hide_empty and writers == 0:
            return False
        if self.only_gaps and writers >= model.columnCount():
            return False
        name = model.headerData(row, Qt.Orientation.Vertical) or ""
        return not self.text or self.text in name

    def lessThan(self, left, right) -> bool:  # noqa: N802 - Qt's name
        model = self.sourceModel()
        a, b = model.writers(left.row()), model.writers(right.row())
        return a > b if a != b else left.row() < right.row()  # most regions first; ties keep the list's order

    def topic_at(self, row: int) -> str | None:
        return self.sourceModel().topic_at(self.mapToSource(self.index(row, 0)).row())

    def row_of(self, topic: str) -> int:
        source = self.sourceModel().row_of(topic)
        return self.mapFromSource(self.sourceModel().index(source, 0)).row() if source >= 0 else -1
