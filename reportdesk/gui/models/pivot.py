"""PivotModel: reports × indicators (the cells of indicators.tables.pivot_cells), sortable by any
indicator, with columns filtered by name; each cell knows the sentence it comes from."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt

from reportdesk.gui.models.filters import refilter

SORT_ROLE = Qt.ItemDataRole.UserRole + 30


class PivotModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[str] = []
        self.columns: list[str] = []
        self.values: list[list[float | None]] = []
        self.cells: dict = {}

    def set_cells(self, cells: dict, names: list[str]) -> None:
        """cells: (report name, indicator) -> Fact; names: every report, in order (a report
        with no figure still gets its row, full of gaps)."""
        self.beginResetModel()
        self.cells = cells
        self.rows = list(names)
        self.columns = list(dict.fromkeys(indicator for _, indicator in cells))
        self.values = [[cells[(r, c)].value if (r, c) in cells else None for c in self.columns] for r in self.rows]
        self.endResetModel()

    def fact_at(self, row: int, column: int):
        return self.cells.get((self.rows[row], self.columns[column]))

    def column_values(self, column: int) -> list[tuple[str, float]]:
        """(report, value) of one indicator, where reported."""
        return [(name, row[column]) for name, row in zip(self.rows, self.values) if row[column] is not None]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        names = self.columns if orientation == Qt.Orientation.Horizontal else self.rows
        return names[section] if 0 <= section < len(names) else None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        value = self.values[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return "—" if value is None else f"{value:g}"
        if role == SORT_ROLE:
            return float("-inf") if value is None else value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and value is not None:
            return self.fact_at(index.row(), index.column()).sentence
        return None


class PivotFilter(QSortFilterProxyModel):
    """Indicators whose name holds the typed text; rows sorted by the clicked indicator."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.text = ""
        self.setSortRole(SORT_ROLE)

    def set_text(self, text: str) -> None:
        refilter(self, lambda: setattr(self, "text", text.strip()))

    def filterAcceptsColumn(self, column, parent) -> bool:  # noqa: N802 - Qt's name
        return not self.text or self.text in (self.sourceModel().columns[column] or "")
