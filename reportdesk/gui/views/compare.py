"""CompareView: every region's text on one topic side by side, or two reports' inline diff.

The columns sit in a splitter (drag a handle to widen one) inside a scroll area: each has
a minimum width that keeps Chinese lines readable, and many columns scroll sideways.
Columns can be hidden and moved (header context menu, or the Columns button); scrolling
one column scrolls the others to the matching place in the matching section (see
compare.scroll.map_position). Columns are built a few at a time so that showing a topic
for a hundred reports never freezes the window.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QCheckBox, QFrame, QHBoxLayout, QLabel, QMenu, QScrollArea, QSplitter, QToolButton,
                               QVBoxLayout, QWidget)

from reportdesk.compare.columns import Column
from reportdesk.compare.scroll import map_position
from reportdesk.gui.colours import colours
from reportdesk.gui.i18n import tr
from reportdesk.compare.find import find_spans
from reportdesk.gui.views.highlight import SpanHighlighter
from reportdesk.gui.views.text import make_text_view

MIN_COLUMN = 260  # narrower, a Chinese line holds too few characters to read
BATCH = 6  # columns created per event-loop turn
FLASH_MS = 900


class ColumnWidget(QFrame):
    sig_hide = Signal(str)
    sig_move = Signal(str, int)

    def __init__(self, column: Column, parent=None):
        super().__init__(parent)
        self.column = column
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(MIN_COLUMN)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.header = QLabel(self)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.header.customContextMenuRequested.connect(self._menu)
        self.header.setText(f"<b>{column.label}</b>")
        self.header.setToolTip(column.report_id)
        self.headings = QLabel(self)  # the report's headings on the topic (the list can be folded)
        self.headings.setWordWrap(True)
        self.headings.setTextFormat(Qt.TextFormat.RichText)
        self.text = make_text_view(self)
        self.text.setPlainText(column.text)
        self.highlighter = SpanHighlighter(self.text.document())
        self.highlighter.set_spans(column.spans)
        layout.addWidget(self.header)
        layout.addWidget(self.headings)
        layout.addWidget(self.text, 1)
        self.restyle()

    def restyle(self) -> None:
        """Colours that follow the palette (set again when it changes)."""
        muted = colours()["muted"]
        headings = "<br>".join(self.column.headings) or f"<i>{tr('（本报告未写此主题）')}</i>"
        self.headings.setText(f"<span style='color:{muted}'>{headings}</span>")

    def line_segments(self) -> list[tuple[float, float]]:
        """The column's sections as ranges of visual lines (the scroll bar's unit)."""
        document = self.text.document()
        out = []
        for start, end in self.column.segments:
            first = document.findBlock(start).firstLineNumber()
            last_block = document.findBlock(max(start, end - 1))
            out.append((first, last_block.firstLineNumber() + max(1, last_block.lineCount())))
        return out

    def flash(self) -> None:
        """Draw attention to this column for a moment (after a click in the matrix)."""
        self.setStyleSheet(f"ColumnWidget {{ border: 3px solid {colours()['find']}; }}")
        QTimer.singleShot(FLASH_MS, self, self._unflash)  # not called once the column is gone

    def _unflash(self) -> None:
        self.setStyleSheet("")

    def _menu(self, position) -> None:
        menu = QMenu(self)
        menu.addAction(tr("左移"), lambda: self.sig_move.emit(self.column.report_id, -1))
        menu.addAction(tr("右移"), lambda: self.sig_move.emit(self.column.report_id, +1))
        menu.addAction(tr("隐藏此列"), lambda: self.sig_hide.emit(self.column.report_id))
        menu.exec(self.header.mapToGlobal(position))


class CompareView(QWidget):
    sig_columns_changed = Signal()  # order or visibility changed: the window recomputes
    sig_built = Signal()  # every column of the last set_columns is on screen
    sig_maximise = Signal(bool)  # the comparison asks for the whole window, or gives it back

    def __init__(self, parent=None):
        super().__init__(parent)
        self.order: list[str] = []  # report ids in display order
        self.hidden: set[str] = set()
        self.labels: dict[str, str] = {}
        self.columns: list[ColumnWidget] = []
        self.find_words: list[str] = []
        self._pending: list[Column] = []
        self._syncing = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.legend = QLabel(self)
        self.marks_box = QCheckBox(self)
        self.marks_box.setChecked(True)
        self.marks_box.toggled.connect(self._show_marks)
        self.headings_box = QCheckBox(self)
        self.headings_box.setChecked(True)
        self.headings_box.toggled.connect(self._show_headings)
        self.columns_button = QToolButton(self)
        self.columns_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.columns_menu = QMenu(self)
        self.columns_button.setMenu(self.columns_menu)
        self.columns_menu.aboutToShow.connect(self._fill_columns_menu)
        self.diff_button = QToolButton(self)
        self.diff_button.setCheckable(True)
        self.maximise_button = QToolButton(self)
        self.maximise_button.setCheckable(True)
        self.maximise_button.toggled.connect(self.sig_maximise.emit)
        bar.addWidget(self.title, 1)
        for widget in (self.legend, self.marks_box, self.headings_box, self.columns_button, self.diff_button,
                       self.maximise_button):
            bar.addWidget(widget)
        layout.addLayout(bar)
        self.missing = QLabel(self)  # the regions that wrote nothing on the topic: the gaps
        self.missing.setWordWrap(True)
        layout.addWidget(self.missing)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.strip = QSplitter(Qt.Orientation.Horizontal)
        self.strip.setChildrenCollapsible(False)
        self.scroll.setWidget(self.strip)
        layout.addWidget(self.scroll, 1)
        self.diff_view = make_text_view(self)
        self.diff_highlighter = SpanHighlighter(self.diff_view.document())
        self.diff_view.hide()
        layout.addWidget(self.diff_view, 1)
        self.retranslate()

    def retranslate(self) -> None:
        c = colours()
        swatch = "<span style='background:{};padding:0 4px'>{}</span>"
        self.legend.setText(" ".join([swatch.format(c["shared"], tr("共有表述")), swatch.format(c["unique"], tr("独有表述")),
                                      f"<b style='color:{c['number']}'>{tr('数字')}</b>"]))
        self.legend.setToolTip(tr("共有表述：半数以上地区都用的词语；独有表述：只有这一个地区用的词语（三个字以上）；"
                                  "数字：带单位的数字，如 682人、3.7亿元、99%。"))
        self.marks_box.setText(tr("标记"))
        self.headings_box.setText(tr("标题列表"))
        self.columns_button.setText(tr("显示/隐藏列"))
        self.diff_button.setText(tr("两份逐字对比"))
        self.maximise_button.setText(tr("最大化"))
        self.missing.setStyleSheet(f"color: {c['gap_text']};")
        if not self.order:
            self.title.setText(tr("请在矩阵中点选一个主题"))
        for widget in self.columns:
            widget.restyle()

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
        self.missing.setStyleSheet(f"color: {colours()['gap_text']};")
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
            widget.headings.setVisible(self.headings_box.isChecked())
            widget.highlighter.show_marks(self.marks_box.isChecked())
            widget.highlighter.set_find(find_spans(column.text, self.find_words))
            scrollbar = widget.text.verticalScrollBar()
            scrollbar.valueChanged.connect(lambda value, w=widget: self._sync(w, value))
            self.strip.addWidget(widget)
            self.columns.append(widget)
        self.strip.setMinimumWidth(MIN_COLUMN * len(self.columns) + self.strip.handleWidth() * len(self.columns))
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
            c = colours()
            swatch = "<span style='background:{};padding:0 4px'>{}</span>"
            self.missing.setText(f"{swatch.format(c['delete'], tr('删除'))} = {tr('仅“%s”有') % first}　"
                                 f"{swatch.format(c['insert'], tr('新增'))} = {tr('仅“%s”有') % second}")
            self.missing.setStyleSheet("")
            self.missing.show()
        else:
            self.missing.hide()
        self.scroll.hide()
        self.diff_view.setPlainText(text)
        self.diff_highlighter.set_spans(spans)
        self.diff_view.show()
        self.sig_built.emit()

    # -- marks, headings, Find ---------------------------------------------------------------

    def _show_marks(self, shown: bool) -> None:
        for widget in self.columns:
            widget.highlighter.show_marks(shown)
        self.diff_highlighter.show_marks(shown)

    def _show_headings(self, shown: bool) -> None:
        for widget in self.columns:
            widget.headings.setVisible(shown)

    def set_find(self, words: list[str]) -> None:
        """Mark every hit of these words in every column."""
        self.find_words = list(words)
        for widget in self.columns:
            widget.highlighter.set_find(find_spans(widget.column.text, self.find_words))

    def reveal(self, report_id: str) -> bool:
        """Scroll a report's column into view and flash it; False when it has no column."""
        widget = next((w for w in self.columns if w.column.report_id == report_id), None)
        if widget is None:
            return False
        self.scroll.ensureWidgetVisible(widget, 40, 0)
        widget.flash()
        return True

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
