"""The coverage matrix: topics × reports for one part; click a topic to compare it."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QTableView, QVBoxLayout, QWidget

from reportdesk.gui.i18n import PART_LABELS, tr
from reportdesk.gui.models.coverage import CoverageModel
from reportdesk.model import MATRIX_PARTS


class MatrixPanel(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.title = QLabel(self)
        self.part_label = QLabel(self)
        self.part_box = QComboBox(self)
        for part in MATRIX_PARTS:
            self.part_box.addItem("", part)
        self.part_box.setCurrentIndex(MATRIX_PARTS.index(session.part))
        self.part_box.currentIndexChanged.connect(lambda k: session.set_part(MATRIX_PARTS[k]))
        row.addWidget(self.title)
        row.addStretch(1)
        row.addWidget(self.part_label)
        row.addWidget(self.part_box)
        layout.addLayout(row)
        self.model = CoverageModel(self)
        self.model.sig_move_requested.connect(session.move_sections)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAcceptDrops(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.table.setDropIndicatorShown(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setDefaultSectionSize(72)
        self.table.verticalHeader().setSectionsClickable(True)
        self.table.verticalHeader().sectionClicked.connect(lambda r: session.set_topic(self.model.topic_at(r)))
        self.table.clicked.connect(lambda index: session.set_topic(self.model.topic_at(index.row())))
        layout.addWidget(self.table, 1)
        session.sig_alignment_changed.connect(self._alignment_changed)
        session.sig_part_changed.connect(self._part_changed)
        session.sig_topic_changed.connect(self._topic_changed)

    def retranslate(self) -> None:
        self.title.setText(f"<b>{tr('覆盖矩阵')}</b>")
        self.part_label.setText(tr("部分："))
        for k, part in enumerate(MATRIX_PARTS):
            self.part_box.setItemText(k, tr(PART_LABELS[part]))

    def _alignment_changed(self, alignment) -> None:
        self.model.set_alignment(alignment, self.session.part)
        if alignment is not None:
            self._fit_columns()

    def _part_changed(self, part: str) -> None:
        self.part_box.blockSignals(True)
        self.part_box.setCurrentIndex(MATRIX_PARTS.index(part))
        self.part_box.blockSignals(False)
        if self.session.alignment is not None:
            self.model.set_alignment(self.session.alignment, part)

    def _topic_changed(self, topic: str) -> None:
        row = self.model.row_of(topic)
        if row >= 0:
            self.table.selectRow(row)

    def _fit_columns(self) -> None:
        """Columns as wide as their labels (cells hold short numbers); measuring every cell,
        as resizeColumnsToContents does, takes too long with hundreds of reports."""
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        for column in range(self.model.columnCount()):
            label = self.model.headerData(column, Qt.Orientation.Horizontal) or ""
            header.resizeSection(column, max(56, min(160, metrics.horizontalAdvance(label) + 18)))
