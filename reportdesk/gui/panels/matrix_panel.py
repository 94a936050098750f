"""The coverage matrix: topics × reports for one part. Click (or Enter on) a cell to compare
that topic with that region's column in view; filter and sort the topics; see the gaps."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QStyle,
                               QTableView, QToolButton, QVBoxLayout, QWidget)

from reportdesk.gui.i18n import PART_LABELS, tr
from reportdesk.gui.models.coverage import CoverageFilter, CoverageModel
from reportdesk.gui.panels.topic_list import TopicListBox
from reportdesk.model import MATRIX_PARTS

MANY_COLUMNS = 300


class MatrixPanel(QWidget):
    sig_report_chosen = Signal(str)  # a report id: bring its column into view
    sig_report_menu = Signal(str, QPoint)  # a report id, where to open its corrections menu
    sig_topic_menu = Signal(str, QPoint)  # a topic id, where to open the topic list's edits
    sig_export = Signal()  # the matrix to a workbook
    sig_choose_reports = Signal()  # 选择报告…

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.title = QLabel(self)
        self.filter_box = QLineEdit(self)
        self.filter_box.setClearButtonEnabled(True)
        self.sort_box = QComboBox(self)
        self.sort_box.addItems(["", ""])
        self.gaps_box = QCheckBox(self)
        self.empty_box = QCheckBox(self)
        self.list_box = TopicListBox(session, self)
        self.list_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.part_label = QLabel(self)
        self.part_box = QComboBox(self)
        for part in MATRIX_PARTS:
            self.part_box.addItem("", part)
        self.part_box.setCurrentIndex(MATRIX_PARTS.index(session.part))
        self.part_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # never "工作…"
        self.part_box.currentIndexChanged.connect(lambda k: session.set_part(MATRIX_PARTS[k]))
        self.reports_button = QToolButton(self)  # 报告 3/12: which reports show, and the dialog to choose
        self.reports_button.setAutoRaise(True)
        self.reports_button.clicked.connect(self.sig_choose_reports.emit)
        self.export_button = QToolButton(self)  # an icon: the row is full at 1024 px
        self.export_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton))
        self.export_button.setAutoRaise(True)
        self.export_button.clicked.connect(self.sig_export.emit)
        for widget, stretch in ((self.title, 0), (self.list_box, 0), (self.filter_box, 1), (self.sort_box, 0),
                                (self.gaps_box, 0), (self.empty_box, 0), (self.part_label, 0), (self.part_box, 0),
                                (self.reports_button, 0), (self.export_button, 0)):
            row.addWidget(widget, stretch)
        layout.addLayout(row)
        self.banner = QLabel(self)  # a mixed set, or reports no topic list fits
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        layout.addWidget(self.banner)
        self.model = CoverageModel(self)
        self.model.sig_move_requested.connect(session.move_sections)
        self.rows = CoverageFilter(self)
        self.rows.setSourceModel(self.model)
        for signal in (self.filter_box.textChanged, self.sort_box.currentIndexChanged, self.gaps_box.toggled,
                       self.empty_box.toggled):
            signal.connect(self._configure)
        self.table = QTableView(self)
        self.table.setModel(self.rows)
        self.table.setAcceptDrops(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.table.setDropIndicatorShown(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setDefaultSectionSize(72)
        self.table.horizontalHeader().setSectionsClickable(True)
        self.table.horizontalHeader().setSectionsMovable(True)  # drag a column: the reports' order everywhere
        self.table.horizontalHeader().sectionMoved.connect(self._column_moved)
        self.table.horizontalHeader().sectionClicked.connect(self._column_clicked)
        self.table.horizontalHeader().setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.horizontalHeader().customContextMenuRequested.connect(self._header_menu)
        self.table.verticalHeader().setSectionsClickable(True)
        self.table.verticalHeader().setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.verticalHeader().customContextMenuRequested.connect(self._row_menu)
        self.table.verticalHeader().sectionClicked.connect(lambda r: session.set_topic(self.rows.topic_at(r)))
        self.table.clicked.connect(self._cell_chosen)
        self.table.activated.connect(self._cell_chosen)  # Enter on the current cell
        layout.addWidget(self.table, 1)
        session.sig_alignment_changed.connect(self._alignment_changed)
        session.sig_part_changed.connect(self._part_changed)
        session.sig_topic_changed.connect(self._topic_changed)

    def retranslate(self) -> None:
        self.title.setText(f"<b>{tr('覆盖矩阵')}</b>")
        self.list_box.retranslate()
        self.filter_box.setPlaceholderText(tr("筛选主题…"))
        self.sort_box.setItemText(0, tr("按主题表顺序"))
        self.sort_box.setItemText(1, tr("按写到的地区数"))
        self.gaps_box.setText(tr("只看空白"))
        self.gaps_box.setToolTip(tr("只列出有地区没写的主题"))
        self.empty_box.setText(tr("隐藏无人写的主题"))
        self.part_label.setText(tr("部分："))
        self.export_button.setToolTip(tr("把各部分的覆盖矩阵导出为 Excel 表格"))
        self.reports_button.setToolTip(tr("选择显示哪些报告（Ctrl+R）；拖动列标题可调整顺序"))
        self._count_reports()
        for k, part in enumerate(MATRIX_PARTS):
            self.part_box.setItemText(k, tr(PART_LABELS[part]))

    def _configure(self, *_) -> None:
        self.rows.configure(self.filter_box.text(), self.gaps_box.isChecked(), self.empty_box.isChecked(),
                            self.sort_box.currentIndex() == 1)
        self._topic_changed(self.session.topic)

    def _cell_chosen(self, index) -> None:
        self.session.set_topic(self.rows.topic_at(index.row()))
        report = self.model.report_at(index.column())
        if report is not None:
            self.sig_report_chosen.emit(report.id)

    def _column_clicked(self, column: int) -> None:
        report = self.model.report_at(column)
        if report is not None:
            self.sig_report_chosen.emit(report.id)

    def _column_moved(self, *_) -> None:
        """A column dragged elsewhere: the reports take that order in every view and export."""
        header, alignment = self.table.horizontalHeader(), self.session.alignment
        if alignment is None:
            return
        moved = [self.model.report_at(header.logicalIndex(v)).id for v in range(header.count())]
        places = iter(moved)  # of a mixed set, the columns are one list's reports: the others keep their places
        members = set(moved)
        order = [next(places) if r.id in members else r.id for r in alignment.reports]
        QTimer.singleShot(0, lambda: self.session.set_shown(order))  # once the header has finished the move

    def _count_reports(self) -> None:
        alignment = self.session.alignment
        shown, total = (len(alignment.reports), len(alignment.loaded())) if alignment is not None else (0, 0)
        self.reports_button.setText(tr("报告 %d/%d") % (shown, total) if shown < total else tr("全部 %d 篇报告") % total)

    def _row_menu(self, position) -> None:
        header = self.table.verticalHeader()
        topic = self.rows.topic_at(header.logicalIndexAt(position))
        if topic is not None:
            self.sig_topic_menu.emit(topic, header.mapToGlobal(position))

    def _header_menu(self, position) -> None:
        header = self.table.horizontalHeader()
        report = self.model.report_at(header.logicalIndexAt(position))
        if report is not None:
            self.sig_report_menu.emit(report.id, header.mapToGlobal(position))

    def _alignment_changed(self, alignment) -> None:
        header = self.table.horizontalHeader()
        if header.sectionsMoved():  # the model's new order is the dragged one: no section stays moved
            header.blockSignals(True)
            for logical in range(header.count()):
                header.moveSection(header.visualIndex(logical), logical)
            header.blockSignals(False)
        self.model.set_alignment(alignment, self.session.part, self.session.shown_list())
        self._show_banner(alignment)
        self._count_reports()
        if alignment is not None:
            self._fit_columns()

    def _show_banner(self, alignment) -> None:
        """Say so when the reports are of different kinds, and name those no list fits."""
        lists = alignment.lists if alignment is not None else ()
        lines = []
        if len(lists) > 1:
            kinds = "、".join(tr("%s %d 篇") % (t.name if t.fits else tr("无适用主题表"), len(t.reports))
                             for t in lists)
            lines.append(tr("这批报告分属不同类别（%s），矩阵一次显示一类，在“主题表”框中切换。") % kinds)
        for topic_list in lists:
            if not topic_list.fits:
                names = "、".join(alignment.report(r).label for r in topic_list.reports[:12])
                more = tr("等 %d 篇") % len(topic_list.reports) if len(topic_list.reports) > 12 else ""
                lines.append(tr("以下报告没有适用的主题表，已按内容相似度分组：%s") % (names + more))
        self.banner.setText("<br>".join(lines))
        self.banner.setVisible(bool(lines))

    def _part_changed(self, part: str) -> None:
        self.part_box.blockSignals(True)
        self.part_box.setCurrentIndex(MATRIX_PARTS.index(part))
        self.part_box.blockSignals(False)
        if self.session.alignment is not None:
            self.model.set_alignment(self.session.alignment, part, self.session.shown_list())

    def _topic_changed(self, topic: str) -> None:
        row = self.rows.row_of(topic)
        if row >= 0 and self.table.currentIndex().row() != row:
            bar = self.table.horizontalScrollBar()
            across = bar.value()
            column = self.table.currentIndex().column()
            self.table.setCurrentIndex(self.rows.index(row, column if column >= 0 else max(0, self.table.columnAt(0))))
            bar.setValue(across)  # the row comes into view; the columns stay where the user scrolled them

    def _fit_columns(self) -> None:
        """Columns as wide as their labels (cells hold short numbers); measuring every cell,
        as resizeColumnsToContents does, takes too long with hundreds of reports, and past
        a few hundred columns one width for all spares Qt a relayout per column."""
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        widths = [max(56, min(160, max(metrics.horizontalAdvance(line) for line in
                                       (self.model.headerData(c, Qt.Orientation.Horizontal) or "").split("\n")) + 18))
                  for c in range(self.model.columnCount())]
        if len(widths) > MANY_COLUMNS:
            header.setDefaultSectionSize(max(widths))
            return
        for column, width in enumerate(widths):
            header.resizeSection(column, width)
