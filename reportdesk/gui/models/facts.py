"""FactsModel: one row per figure found in the reports, sortable and filterable."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt

from reportdesk.gui.models.filters import refilter
from reportdesk.gui.i18n import tr

SORT_ROLE = Qt.ItemDataRole.UserRole + 20
COLUMNS = ("地区", "主题", "主语", "指标", "数值", "单位", "说明", "原句")


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


class FactsModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.facts = []
        self.topic_names: dict[str, str] = {}
        self.labels: dict[str, str] = {}

    def set_facts(self, facts, topic_names: dict[str, str], labels: dict[str, str]) -> None:
        self.beginResetModel()
        self.facts, self.topic_names, self.labels = list(facts), topic_names, labels
        self.endResetModel()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Sort the facts in Python: a proxy comparing rows through data() is far slower."""
        def key(fact):
            if column == 4:
                return (fact.value is None, fact.value or 0.0)
            return str(self._cell(fact, column) or "")

        self.layoutAboutToBeChanged.emit()
        self.facts.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()

    def _cell(self, fact, column: int):
        return (self.labels.get(fact.report_id, fact.region or ""), self.topic_names.get(fact.topic, ""),
                fact.subject, fact.indicator_name, fact.value, fact.unit, _notes(fact), fact.sentence)[column]

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
            if column == 4:
                if fact.value is None:
                    return -1.0 if role == SORT_ROLE else tr("（隐去）")
                return fact.value if role == SORT_ROLE else f"{fact.value:g}"
            return self._cell(fact, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == 7:
            return fact.sentence
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class FactsFilter(QSortFilterProxyModel):
    """Keeps the rows matching the chosen topic, indicator and region ("" means any)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.topic = self.indicator = self.region = ""

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)  # the proxy keeps the source's order

    def set_filters(self, topic: str = "", indicator: str = "", region: str = "") -> None:
        def change():
            self.topic, self.indicator, self.region = topic, indicator, region
        refilter(self, change)

    def filterAcceptsRow(self, row, parent) -> bool:  # noqa: N802 - Qt's name
        fact = self.sourceModel().facts[row]
        labels = self.sourceModel().labels
        return ((not self.topic or fact.topic == self.topic)
                and (not self.indicator or fact.indicator_name == self.indicator)
                and (not self.region or labels.get(fact.report_id) == self.region))
