"""The 查重 tab: how much of each report is its own, boilerplate, copied or reused; a heat map
of who shares text with whom; the shared passages of a pair side by side."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter,
                               QTableView, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from reportdesk.gui.colours import cell_colour
from reportdesk.gui.i18n import tr

SORT_ROLE = Qt.ItemDataRole.UserRole + 40
SHARE_COLUMNS = ("报告", "字数", "自有（%）", "套话（%）", "雷同（%）", "沿用往年（%）", "主要雷同来源")
PAIR_COLUMNS = ("报告甲", "报告乙", "雷同句数", "雷同字数", "")


class HeatModel(QAbstractTableModel):
    """Report × report: the share of the row report's characters it shares with the column's."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.copies = None
        self.ids: list[str] = []
        self.names: dict[str, str] = {}
        self.top = 1.0

    def set_copies(self, copies, names: dict[str, str]) -> None:
        self.beginResetModel()
        self.copies, self.names = copies, names
        self.ids = [r.id for r in copies.reports] if copies else []
        # the strongest pair sets the scale: sources hold only the reports a report shares with
        self.top = max([n / s.chars for s in copies.shares if s.chars for _, n in s.sources] + [0.01]) \
            if copies else 1.0
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.ids)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.ids):
            return self.names.get(self.ids[section], self.ids[section])
        return None

    def share(self, row: int, column: int) -> float:
        return 0.0 if row == column else self.copies.shared_share(self.ids[row], self.ids[column])

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.row() == index.column():
            return "—" if role == Qt.ItemDataRole.DisplayRole else None
        share = self.share(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{share:.0%}" if share >= 0.005 else ""
        if role == Qt.ItemDataRole.BackgroundRole and share >= 0.005:
            return QBrush(cell_colour(min(1.0, share / self.top)))
        if role == Qt.ItemDataRole.ToolTipRole:
            a, b = (self.names.get(self.ids[k], self.ids[k]) for k in (index.row(), index.column()))
            return tr("“%s”的文字中有 %.1f%% 与“%s”雷同（不含套话）") % (a, share * 100, b)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class SharesModel(QAbstractTableModel):
    """One row per report: its characters, and their shares by class, with its main sources.

    Sorts itself in one Python pass: a sort proxy would ask every row through Qt."""

    KINDS = ("own", "boilerplate", "copied", "reused")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.shares: list = []
        self.names: dict[str, str] = {}
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_shares(self, shares, names: dict[str, str]) -> None:
        self.beginResetModel()
        self.shares, self.names = list(shares), names
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self.endResetModel()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """By a column; -1 (no header chosen) keeps the reports' order."""
        if column < 0:
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._sort_rows(column, order)
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order) -> None:
        self.shares.sort(key=lambda s: self._value(s, column, SORT_ROLE),
                         reverse=order == Qt.SortOrder.DescendingOrder)

    def _value(self, s, column: int, role):
        if column == 0:
            return self.names.get(s.report_id, s.report_id)
        if column == 1:
            return s.chars
        if column <= len(self.KINDS) + 1:
            share = s.share(self.KINDS[column - 2])
            return share if role == SORT_ROLE else round(share * 100, 1)
        return "、".join(f"{self.names.get(r, r)}（{n}字）" for r, n in s.sources[:3])

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.shares)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(SHARE_COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(SHARE_COLUMNS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        s, column = self.shares[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return self._value(s, column, role)
        if role == Qt.ItemDataRole.TextAlignmentRole and 1 <= column <= len(self.KINDS) + 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class CopiesView(QWidget):
    sig_open_passage = Signal(object, object)  # a Passage and whether to open it side by side
    sig_years = Signal()  # compare one region's two periods

    def __init__(self, parent=None):
        super().__init__(parent)
        self.copies = None
        self.names: dict[str, str] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.summary = QLabel(self)
        self.years_button = QPushButton(self)
        self.years_button.clicked.connect(self.sig_years.emit)
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.years_button)
        layout.addLayout(bar)
        self.shares_model = SharesModel(self)
        self.shares = QTableView(self)
        self.shares.setModel(self.shares_model)
        self.shares.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.shares.setSortingEnabled(True)
        self.shares.verticalHeader().hide()
        self.shares.horizontalHeader().setResizeContentsPrecision(50)  # measure 50 rows, not all
        self.shares.horizontalHeader().setSectionResizeMode(len(SHARE_COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.heat_model = HeatModel(self)
        self.heat = QTableView(self)
        self.heat.setModel(self.heat_model)
        self.heat.horizontalHeader().setDefaultSectionSize(64)
        self.heat.verticalHeader().setResizeContentsPrecision(50)
        self.heat.clicked.connect(self._pair_chosen)
        self.passages = QTableWidget(0, 3, self)
        self.passages.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.passages.setWordWrap(True)
        for column in (0, 1):
            self.passages.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.passages.doubleClicked.connect(self._passage_chosen)
        self.pairs = QTableWidget(0, len(PAIR_COLUMNS), self)  # the pairs, most copied first
        self.pairs.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pairs.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.pairs.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.pairs.verticalHeader().hide()
        for column in (0, 1):
            self.pairs.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.pairs.itemSelectionChanged.connect(self._pair_row_chosen)
        # Side by side, each at full height: what to look at (the pairs, the heat map, the
        # reports' shares, one at a time) on the left, the chosen pair's sentences on the right.
        # Stacked, the three had a few rows each in the lower half of a 1366×768 window.
        self.views = QTabWidget(self)
        self.views.setDocumentMode(True)
        for widget in (self.pairs, self.heat, self.shares):
            self.views.addTab(widget, "")
        self.split = QSplitter(Qt.Orientation.Horizontal, self)  # its sizes are kept with the window's
        self.split.setObjectName("copies_split")
        self.split.setChildrenCollapsible(False)
        self.split.addWidget(self.views)
        self.split.addWidget(self.passages)
        self.split.setStretchFactor(0, 2)
        self.split.setStretchFactor(1, 3)
        self.split.setSizes([400, 600])
        layout.addWidget(self.split, 1)
        self._pair_passages: list = []
        self._pair_ids: list[tuple[str, str]] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.shares_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(SHARE_COLUMNS) - 1)
        self.passages.setHorizontalHeaderLabels([tr("报告甲的原句"), tr("报告乙的原句"), tr("相似度")])
        self.pairs.setHorizontalHeaderLabels([tr(c) for c in PAIR_COLUMNS])
        for k, text in enumerate(("雷同的报告对", "热力图", "各报告构成")):
            self.views.setTabText(k, tr(text))
        self.years_button.setText(tr("同一地区前后两期对比…"))
        self._summarise()

    def set_copies(self, copies, names: dict[str, str]) -> None:
        self.copies, self.names = copies, names
        self.heat_model.set_copies(copies, names)
        self._fill_shares()
        self._fill_pairs()
        self.passages.setRowCount(0)
        self._summarise()

    def _summarise(self) -> None:
        if self.copies is None:
            self.summary.setText(tr("加载报告后，这里显示各报告的雷同情况"))
            return
        copied = sum(1 for p in self.copies.pairs if p.kind == "copied")
        self.summary.setText(tr("%d 篇报告，%d 对报告有雷同的句子（标题和套话不算）；点一对报告或热力图中的格子，右边列出雷同的原句") % (
            len(self.copies.reports), copied))

    def _fill_shares(self) -> None:
        self.shares_model.set_shares(self.copies.shares if self.copies else (), self.names)
        self.shares.resizeColumnsToContents()

    def _fill_pairs(self) -> None:
        pairs = self.copies.pairs if self.copies else ()
        self.pairs.blockSignals(True)
        self.pairs.setRowCount(len(pairs))
        self._pair_ids = [(p.a, p.b) for p in pairs]
        for row, p in enumerate(pairs):
            kind = tr("沿用往年") if p.kind == "reused" else ""
            cells = (self.names.get(p.a, p.a), self.names.get(p.b, p.b), str(len(p.passages)), str(p.a_chars), kind)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if 2 <= column <= 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.pairs.setItem(row, column, item)
        self.pairs.resizeColumnsToContents()
        for column in (0, 1):
            self.pairs.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.pairs.blockSignals(False)

    def _pair_row_chosen(self) -> None:
        rows = self.pairs.selectionModel().selectedRows()
        if rows and rows[0].row() < len(self._pair_ids):
            self.show_pair(*self._pair_ids[rows[0].row()])

    def _pair_chosen(self, index) -> None:
        if index.row() != index.column() and self.copies is not None:
            self.show_pair(self.heat_model.ids[index.row()], self.heat_model.ids[index.column()])

    def show_pair(self, a: str, b: str) -> None:
        """The sentences two reports share, a's on the left."""
        if self.copies is None:
            return
        pair = self.copies.pair(a, b)
        self._pair_passages = list(pair.passages) if pair else []
        self.passages.setRowCount(len(self._pair_passages))
        flip = pair is not None and pair.a != a  # the row report's sentence on the left
        for row, passage in enumerate(self._pair_passages):
            left, right = (passage.b, passage.a) if flip else (passage.a, passage.b)
            for column, text in enumerate((left.text, right.text, f"{passage.similarity:.0%}")):
                self.passages.setItem(row, column, QTableWidgetItem(text))
        names = [self.names.get(r, r) for r in (a, b)]
        self.passages.setHorizontalHeaderLabels([names[0], names[1], tr("相似度")])
        self.passages.resizeRowsToContents()

    def _passage_chosen(self, index) -> None:
        if 0 <= index.row() < len(self._pair_passages):
            self.sig_open_passage.emit(self._pair_passages[index.row()], index.column())
