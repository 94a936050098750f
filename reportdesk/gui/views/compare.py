"""CompareView: every region's text on one topic side by side, or two reports' inline diff.

Columns can be hidden and moved (header context menu, or the Columns button);
scrolling one column scrolls the others to the matching place in the matching section
(see compare.scroll.map_position). Columns are built a few at a time so that showing a
topic for a hundred reports never freezes the window.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QTextOption
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QMenu, QPlainTextEdit, QScrollArea, QToolButton,
                               QVBoxLayout, QWidget)

from reportdesk.compare.columns import Column
from reportdesk.compare.scroll import map_position
from reportdesk.gui.i18n import tr
from reportdesk.gui.views.highlight import COLOURS, SpanHighlighter

COLUMN_WIDTH = 340
BATCH = 6  # columns created per event-loop turn


def setup_text_view(view: QPlainTextEdit) -> QPlainTextEdit:
    """Read-only, wrapping between any characters (as Chinese does), no frame."""
    view.setReadOnly(True)
    view.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)
    view.setFrameShape(QFrame.Shape.NoFrame)
    return view


def make_text_view(parent=None) -> QPlainTextEdit:
    return setup_text_view(QPlainTextEdit(parent))


class ColumnWidget(QFrame):
    sig_hide = Signal(str)
    sig_move = Signal(str, int)

    def __init__(self, column: Column, parent=None):
        super().__init__(parent)
        self.column = column
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(COLUMN_WIDTH)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.header = QLabel(self)
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.header.customContextMenuRequested.connect(self._menu)
        headings = "<br>".join(column.headings) or f"<i>{tr('（本报告未写此主题）')}</i>"
        self.header.setText(f"<b>{column.label}</b><br><span style='color:#555'>{headings}</span>")
        self.header.setToolTip(column.report_id)
        self.text = make_text_view(self)
        self.text.setPlainText(column.text)
        self.highlighter = SpanHighlighter(self.text.document())
        self.highlighter.set_spans(column.spans)
        layout.addWidget(self.header)
        layout.addWidget(self.text, 1)

    def line_segments(self) -> list[tuple[float, float]]:
        """The column's sections as ranges of visual lines (the scroll bar's unit)."""
        document = self.text.document()
        out = []
        for start, end in self.column.segments:
            first = document.findBlock(start).firstLineNumber()
            last_block = document.findBlock(max(start, end - 1))
            out.append((first, last_block.firstLineNumber() + max(1, last_block.lineCount())))
        return out

    def _menu(self, position) -> None:
        menu = QMenu(self)
        menu.addAction(tr("左移"), lambda: self.sig_move.emit(self.column.report_id, -1))
        menu.addAction(tr("右移"), lambda: self.sig_move.emit(self.column.report_id, +1))
        menu.addAction(tr("隐藏此列"), lambda: self.sig_hide.emit(self.column.report_id))
        menu.exec(self.header.mapToGlobal(position))


class CompareView(QWidget):
    sig_columns_changed = Signal()  # order or visibility changed: the window recomputes
    sig_built = Signal()  # every column of the last set_columns is on screen

    def __init__(self, parent=None):
        super().__init__(parent)
        self.order: list[str] = []  # report ids in display order
        self.hidden: set[str] = set()
        self.labels: dict[str, str] = {}
        self.columns: list[ColumnWidget] = []
        self._pending: list[Column] = []
        self._syncing = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.legend = QLabel(self)
        self.columns_button = QToolButton(self)
        self.columns_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.columns_menu = QMenu(self)
        self.columns_button.setMenu(self.columns_menu)
        self.columns_menu.aboutToShow.connect(self._fill_columns_menu)
        self.diff_button = QToolButton(self)
        self.diff_button.setCheckable(True)
        bar.addWidget(self.title, 1)
        bar.addWidget(self.legend)
        bar.addWidget(self.columns_button)
        bar.addWidget(self.diff_button)
        layout.addLayout(bar)
        self.missing = QLabel(self)  # the regions that wrote nothing on the topic: the gaps
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet("color: #9a3412;")
        layout.addWidget(self.missing)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.strip = QWidget()
        self.strip_layout = QHBoxLayout(self.strip)
        self.strip_layout.setContentsMargins(0, 0, 0, 0)
        self.scroll.setWidget(self.strip)
        layout.addWidget(self.scroll, 1)
        self.diff_view = make_text_view(self)
        self.diff_highlighter = SpanHighlighter(self.diff_view.document())
        self.diff_view.hide()
        layout.addWidget(self.diff_view, 1)
        self.retranslate()

    def retranslate(self) -> None:
        swatch = "<span style='background:{};padding:0 4px'>{}</span>"
        self.legend.setText(" ".join([swatch.format(COLOURS["shared"], tr("共有表述")),
                                      swatch.format(COLOURS["unique"], tr("独有表述")),
                                      f"<b style='color:{COLOURS['number']}'>{tr('数字')}</b>"]))
        self.columns_button.setText(tr("显示/隐藏列"))
        self.diff_button.setText(tr("两份逐字对比"))
        if not self.order:
            self.title.setText(tr("请在矩阵中点选一个主题"))

    # -- what to show ------------------------------------------------------------------------

    def set_reports(self, report_ids: list[str], labels: dict[str, str]) -> None:
        """The loaded reports; keeps the user's order and hidden columns where they still apply."""
        self.labels = labels
        kept = [r for r in self.order if r in labels]
        self.order = kept + [r for r in report_ids if r not in kept]
        self.hidden &= set(labels)

    def visible_ids(self) -> list[str]:
        return [r for r in self.order if r not in self.hidden]

    def set_title(self, text: str) -> None:
        self.title.setText(text)

    def clear(self) -> None:
        self._pending = []
        for widget in self.columns:
            widget.setParent(None)
            widget.deleteLater()
        self.columns = []

    def set_columns(self, columns: list[Column]) -> None:
        """Show the columns that have text; name the reports that wrote nothing."""
        self.clear()
        self.diff_view.hide()
        self.scroll.show()
        empty = [c.label for c in columns if not c.text]
        self.missing.setStyleSheet("color: #9a3412;")
        self.missing.setText(tr("未写此主题：%s") % "、".join(empty) if empty else "")
        self.missing.setVisible(bool(empty))
        self._pending = [c for c in columns if c.text]
        self._add_some()

    def _add_some(self) -> None:
        batch, self._pending = self._pending[:BATCH], self._pending[BATCH:]
        for column in batch:
            widget = ColumnWidget(column, self.strip)
            widget.sig_hide.connect(self.hide_column)
            widget.sig_move.connect(self.move_column)
            scrollbar = widget.text.verticalScrollBar()
            scrollbar.valueChanged.connect(lambda value, w=widget: self._sync(w, value))
            self.strip_layout.addWidget(widget)
            self.columns.append(widget)
        if self._pending:
            QTimer.singleShot(0, self._add_some)
        else:
            self.sig_built.emit()

    def building(self) -> bool:
        return bool(self._pending)

    def show_diff(self, text: str, spans, first: str = "", second: str = "") -> None:
        """One text with what only the first report says struck out and what only the second
        says underlined."""
        self.clear()
        if first and second:
            swatch = "<span style='background:{};padding:0 4px'>{}</span>"
            self.missing.setText(f"{swatch.format(COLOURS['delete'], tr('删除'))} = {tr('仅“%s”有') % first}　"
                                 f"{swatch.format(COLOURS['insert'], tr('新增'))} = {tr('仅“%s”有') % second}")
            self.missing.setStyleSheet("color: #333;")
            self.missing.show()
        else:
            self.missing.hide()
        self.scroll.hide()
        self.diff_view.setPlainText(text)
        self.diff_highlighter.set_spans(spans)
        self.diff_view.show()
        self.sig_built.emit()

    # -- columns -----------------------------------------------------------------------------

    def hide_column(self, report_id: str) -> None:
        self.hidden.add(report_id)
        self.sig_columns_changed.emit()

    def show_all(self) -> None:
        self.hidden.clear()
        self.sig_columns_changed.emit()

    def move_column(self, report_id: str, step: int) -> None:
        visible = self.visible_ids()
        if report_id not in visible:
            return
        k = visible.index(report_id)
        j = k + step
        if not 0 <= j < len(visible):
            return
        a, b = self.order.index(visible[k]), self.order.index(visible[j])
        self.order[a], self.order[b] = self.order[b], self.order[a]
        self.sig_columns_changed.emit()

    def _fill_columns_menu(self) -> None:
        self.columns_menu.clear()
        self.columns_menu.addAction(tr("显示全部列"), self.show_all)
        self.columns_menu.addSeparator()
        for report_id in self.order:
            action = QAction(self.labels.get(report_id, report_id), self.columns_menu)
            action.setCheckable(True)
            action.setChecked(report_id not in self.hidden)
            action.toggled.connect(lambda checked, r=report_id: self._toggle(r, checked))
            self.columns_menu.addAction(action)

    def _toggle(self, report_id: str, visible: bool) -> None:
        (self.hidden.discard if visible else self.hidden.add)(report_id)
        self.sig_columns_changed.emit()

    # -- synchronised scrolling ------------------------------------------------------------

    def _sync(self, source: ColumnWidget, value: int) -> None:
        if self._syncing:  # our own setValue calls come back here
            return
        self._syncing = True
        try:
            segments = source.line_segments()
            for widget in self.columns:
                if widget is source or not widget.column.text:
                    continue
                target = map_position(value, segments, widget.line_segments())
                widget.text.verticalScrollBar().setValue(int(round(target)))
        finally:
            self._syncing = False

