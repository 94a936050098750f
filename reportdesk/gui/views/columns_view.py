"""CompareView: every region's text on one topic side by side.

The columns sit in a splitter (drag a handle to widen one) inside a scroll area: each has
a minimum width that keeps Chinese lines readable, and many columns scroll sideways.
Columns can be hidden and moved (header context menu, or the Columns button); scrolling
one column scrolls the others to the matching place in the matching section (see
compare.scroll.map_position). Columns are built a few at a time so that showing a topic
for a hundred reports never freezes the window.
"""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QLabel, QMenu, QScrollArea, QSplitter, QToolButton,
                               QVBoxLayout, QWidget)

from reportdesk.compare.columns import Column
from reportdesk.compare.scroll import map_position
from reportdesk.gui.colours import colours
from reportdesk.gui.i18n import tr
from reportdesk.compare.find import find_spans
from reportdesk.gui.views.column import MIN_COLUMN, ColumnWidget

BATCH = 8  # empty columns made per event-loop turn
BATCH_CHARS = 4000  # text laid out per event-loop turn as the columns are filled (at least one column)
SHOWN = 40  # columns shown at first; the others on request (a strip of hundreds helps nobody)
NAMED = 60  # reports named in the 未写此主题 line; past that, how many more


def _some_names(names: list[str]) -> str:
    shown = "、".join(names[:NAMED])
    return shown if len(names) <= NAMED else shown + tr("等 %d 篇") % len(names)


class CompareView(QWidget):
    sig_columns_changed = Signal()  # visibility changed: the window recomputes
    sig_order_changed = Signal(list)  # 左移/右移: the reports in this order (one order for every view)
    sig_built = Signal()  # every column of the last set_columns is on screen
    sig_maximise = Signal(bool)  # the comparison asks for the whole window, or gives it back
    sig_passage_menu = Signal(str, QPoint)  # right click on a passage of a column
    sig_open_passage = Signal(str)  # double click on a passage of a column

    def __init__(self, parent=None):
        super().__init__(parent)
        self.order: list[str] = []  # report ids in display order
        self.hidden: set[str] = set()
        self.labels: dict[str, str] = {}
        self.columns: list[ColumnWidget] = []
        self.find_words: list[str] = []
        self.show_every_column = False
        self._last: list[Column] = []
        self._pending: list[Column] = []  # columns still to make
        self._unfilled: list = []  # columns made and shown, their texts still to lay out
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
        self.boilerplate_box = QCheckBox(self)  # 隐藏套话: formulas every report repeats
        self.boilerplate_box.toggled.connect(self._hide_boilerplate)
        self.copy_marks = None  # a function Column -> its copy-detection marks (set by the panel)
        self.names: dict[str, str] = {}
        self.headings_box = QCheckBox(self)
        self.headings_box.setChecked(True)
        self.headings_box.toggled.connect(self._show_headings)
        self.columns_button = QToolButton(self)
        self.columns_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.columns_menu = QMenu(self)
        self.columns_button.setMenu(self.columns_menu)
        self.columns_menu.aboutToShow.connect(self._fill_columns_menu)
        self.maximise_button = QToolButton(self)
        self.maximise_button.setCheckable(True)
        self.maximise_button.toggled.connect(self.sig_maximise.emit)
        bar.addWidget(self.title, 1)
        for widget in (self.legend, self.marks_box, self.boilerplate_box, self.headings_box, self.columns_button,
                       self.maximise_button):
            bar.addWidget(widget)
        layout.addLayout(bar)
        self.missing = QLabel(self)  # the regions that wrote nothing on the topic: the gaps
        self.missing.setWordWrap(True)
        self.missing.linkActivated.connect(lambda _: self.show_all_columns())
        layout.addWidget(self.missing)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.strip = self._new_strip()
        self.scroll.setWidget(self.strip)
        self._building: QSplitter | None = None  # the next strip, filled out of sight
        layout.addWidget(self.scroll, 1)
        self.retranslate()

    def retranslate(self) -> None:
        c = colours()
        swatch = "<span style='background:{};padding:0 4px'>{}</span>"
        self.legend.setText(" ".join([swatch.format(c["shared"], tr("共有表述")), swatch.format(c["unique"], tr("独有表述")),
                                      f"<b style='color:{c['number']}'>{tr('数字')}</b>"]))
        self.legend.setToolTip(tr("共有表述：半数以上地区都用的词语；独有表述：只有这一个地区用的词语（三个字以上）；"
                                  "数字：带单位的数字，如 682人、3.7亿元、99%。"))
        self.marks_box.setText(tr("标记"))
        self.boilerplate_box.setText(tr("隐藏套话"))
        self.boilerplate_box.setToolTip(tr("套话（标准表述、多数地区都有的句子）以灰色显示；勾选后隐去"))
        self.headings_box.setText(tr("标题列表"))
        self.columns_button.setText(tr("显示/隐藏列"))
        self.maximise_button.setText(tr("最大化"))
        self.missing.setStyleSheet(f"color: {c['gap_text']};")
        if not self.order:
            self.title.setText(tr("请在矩阵中点选一个主题"))
        for widget in self.columns:
            widget.restyle()

    # -- what to show ------------------------------------------------------------------------

    def set_reports(self, report_ids: list[str], labels: dict[str, str]) -> None:
        """The reports shown, in their order; keeps the hidden columns where they still apply."""
        self.labels = labels
        self.order = list(report_ids)
        self.hidden &= set(labels)

    def visible_ids(self) -> list[str]:
        return [r for r in self.order if r not in self.hidden]

    @staticmethod
    def _new_strip() -> QSplitter:
        strip = QSplitter(Qt.Orientation.Horizontal)
        strip.setChildrenCollapsible(False)
        return strip

    def set_title(self, text: str) -> None:
        self.title.setText(text)

    def clear(self) -> None:
        self._pending, self._unfilled = [], []
        self.columns = []
        if self._building is not None:
            self._building.deleteLater()
            self._building = None
        if self.strip.count():
            self.strip = self._new_strip()
            self.scroll.setWidget(self.strip)  # the old strip and its columns are deleted

    def set_columns(self, columns: list[Column]) -> None:
        """Show the columns that have text; name the reports that wrote nothing."""
        self.clear()
        self._last = columns
        empty = [c.label for c in columns if not c.text and not c.mentioned]
        named = [c.label for c in columns if not c.text and c.mentioned]
        written = [c for c in columns if c.text]
        lines = [tr("未写此主题：%s") % _some_names(empty)] if empty else []
        if named:
            lines.append(tr("仅顺带提及：%s") % _some_names(named))
        if len(written) > SHOWN and not self.show_every_column:
            lines.append(tr("另有 %d 篇报告写了此主题，未显示（<a href='all'>全部显示</a>，或用“显示/隐藏列”选择）")
                         % (len(written) - SHOWN))
            written = written[:SHOWN]
        self.missing.setStyleSheet(f"color: {colours()['gap_text']};")
        self.missing.setText("<br>".join(lines))
        self.missing.setVisible(bool(lines))
        self._pending = written
        # A splitter lays itself out again for every column added: the columns go into a
        # strip out of sight, which takes the place of the shown one when it is complete.
        self._building = self._new_strip()
        self._add_some()

    def _add_some(self) -> None:
        """Make the next columns, still empty (cheap); once all are made, show the strip and
        fill the columns' texts a few at a time: laying out every text at once is what holds
        the window when fifty columns come."""
        if self._building is None:
            return
        batch, self._pending = self._pending[:BATCH], self._pending[BATCH:]
        for column in batch:
            widget = ColumnWidget(column, self._building)
            widget.sig_hide.connect(self.hide_column)
            widget.sig_move.connect(self.move_column)
            widget.sig_passage_menu.connect(self.sig_passage_menu)
            widget.sig_open_passage.connect(self.sig_open_passage)
            widget.headings.setVisible(self.headings_box.isChecked())
            scrollbar = widget.text.verticalScrollBar()
            scrollbar.valueChanged.connect(lambda value, w=widget: self._sync(w, value))
            self._building.addWidget(widget)
            self.columns.append(widget)
        if self._pending:
            QTimer.singleShot(0, self._add_some)
            return
        strip, self._building = self._building, None
        strip.setMinimumWidth((MIN_COLUMN + strip.handleWidth()) * len(self.columns))
        self.strip = strip
        self.scroll.setWidget(strip)
        self._unfilled = list(self.columns)
        QTimer.singleShot(0, self._fill_some)

    def _fill_some(self) -> None:
        size = 0
        while self._unfilled and (not size or size + len(self._unfilled[0].column.text) <= BATCH_CHARS):
            widget = self._unfilled.pop(0)
            column = widget.column
            size += len(column.text) + 1
            widget.text.setPlainText(column.text)
            if self.copy_marks is not None:
                widget.set_copy_marks(self.copy_marks(column), self.names, highlight=False)
            widget.highlighter.set_all(column.spans, widget.copy_spans(), find_spans(column.text, self.find_words),
                                       self.marks_box.isChecked(), self.boilerplate_box.isChecked())
        if self._unfilled:
            QTimer.singleShot(0, self._fill_some)
        else:
            self.sig_built.emit()

    def building(self) -> bool:
        return bool(self._pending or self._unfilled or self._building is not None)

    # -- marks, headings, Find ---------------------------------------------------------------

    def _show_marks(self, shown: bool) -> None:
        for widget in self.columns:
            widget.highlighter.show_marks(shown)

    def _hide_boilerplate(self, hidden: bool) -> None:
        for widget in self.columns:
            widget.highlighter.hide_boilerplate(hidden)

    def refresh_copy_marks(self) -> None:
        for widget in self.columns:
            widget.set_copy_marks(self.copy_marks(widget.column) if self.copy_marks else [], self.names)

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
        self.show_all_columns()

    def show_all_columns(self) -> None:
        """Every column, however many (the first SHOWN are shown unless asked)."""
        self.show_every_column = True
        self.sig_columns_changed.emit()

    def move_column(self, report_id: str, step: int) -> None:
        visible = self.visible_ids()
        if report_id not in visible:
            return
        k = visible.index(report_id)
        j = k + step
        if not 0 <= j < len(visible):
            return
        order = list(self.order)
        a, b = order.index(visible[k]), order.index(visible[j])
        order[a], order[b] = order[b], order[a]
        self.sig_order_changed.emit(order)

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
