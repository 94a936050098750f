"""FiguresModel: one row per figure found in the reports, sortable and filterable."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from reportdesk.gui.i18n import PART_LABELS, tr
from reportdesk.model import matrix_part

SORT_ROLE = Qt.ItemDataRole.UserRole + 20
COLUMNS = ("报告", "部分", "主题", "主语", "指标", "数值", "单位", "说明", "原句")
VALUE, SENTENCE = COLUMNS.index("数值"), COLUMNS.index("原句")


def _notes(fact) -> str:
    notes = []
    if fact.masked:
        notes.append(tr("已隐去"))
    if fact.approx:
        notes.append(tr("约数"))
    if fact.change:
        notes.append(tr("变化量"))
    if fact.breakdown:
        notes.append(tr("其中项"))
    return "、".join(notes)


def _part(fact) -> str:
    part = matrix_part(fact.part)
    return tr(PART_LABELS[part]) if part else ""


_CELLS = (  # column -> (model, fact) -> the cell's value
    lambda model, fact: model.labels.get(fact.report_id, fact.name),
    lambda model, fact: _part(fact),
    lambda model, fact: model.topic_names.get(fact.topic, ""),
    lambda model, fact: fact.subject,
    lambda model, fact: fact.indicator_name,
    lambda model, fact: fact.value,
    lambda model, fact: fact.unit,
    lambda model, fact: _notes(fact),
    lambda model, fact: fact.sentence,
)


class FiguresModel(QAbstractTableModel):
    """The figures shown: `all` of them, `facts` those the filters keep, in the sorted order.

    Filtering and sorting happen here in one Python pass each: a QSortFilterProxyModel
    would ask Python about every one of thousands of rows, through Qt, at every change."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.all: list = []
        self.facts: list = []
        self.topic_names: dict[str, str] = {}
        self.labels: dict[str, str] = {}
        self.filters = ("", "", "", "")  # topic, indicator, region, text
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_facts(self, facts, topic_names: dict[str, str], labels: dict[str, str]) -> None:
        self.all, self.topic_names, self.labels = list(facts), topic_names, labels
        self._refresh()

    def set_filters(self, topic: str = "", indicator: str = "", region: str = "", text: str = "") -> None:
        """Keep the figures of this topic, indicator and report ("" means any) whose subject,
        sentence, report name or indicator holds the text."""
        self.filters = (topic, indicator, region, text.strip())
        self._refresh()

    def _keep(self, fact) -> bool:
        topic, indicator, region, text = self.filters
        return ((not topic or fact.topic == topic) and (not indicator or fact.indicator_name == indicator)
                and (not region or self.labels.get(fact.report_id) == region)
                and (not text or any(text in t for t in (fact.subject, fact.sentence, fact.name, fact.indicator_name))))

    def _kept(self) -> list:
        """The figures the filters keep, in reading order."""
        return [f for f in self.all if self._keep(f)] if any(self.filters) else list(self.all)

    def _refresh(self) -> None:
        self.beginResetModel()
        self.facts = self._kept()
        if self._sort is not None:
            self._sort_facts(*self._sort)
        self.endResetModel()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """By a column; -1 (no header chosen) keeps the reading order."""
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order) if column >= 0 else None
        if self._sort is not None:
            self._sort_facts(column, order)
        else:
            self.facts = self._kept()
        self.layoutChanged.emit()

    def _sort_facts(self, column: int, order) -> None:
        if column == VALUE:
            def key(fact):
                return (fact.value is None, fact.value or 0.0)
        else:
            def key(fact):
                return str(self._cell(fact, column) or "")
        self.facts.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    def _cell(self, fact, column: int):
        return _CELLS[column](self, fact)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.facts)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        fact = self.facts[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if column == VALUE:
                if fact.value is None:
                    return -1.0 if role == SORT_ROLE else tr("（隐去）")
                return fact.value if role == SORT_ROLE else f"{fact.value:g}"
            return self._cell(fact, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == SENTENCE:
            return fact.sentence
        if role == Qt.ItemDataRole.TextAlignmentRole and column == VALUE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
