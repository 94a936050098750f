"""TwoView (比较两篇): two reports side by side, their differences one after another.

A bar of commands (back, part, what to ignore, previous / next difference with the count,
export), the two panes with the gutter between them (`two_panes`), the overview strip
(`overview`), and the list of differences. The view shows a given `TwoComparison`; the
panel (`panels/two_panel.py`) computes it and answers the commands that need the session.
"""
from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QLabel, QListWidget, QSplitter, QToolBar, QVBoxLayout,
                               QWidget)

from reportdesk.compare.pairing import Options
from reportdesk.gui.colours import colours
from reportdesk.gui.i18n import PART_LABELS, tr
from reportdesk.gui.views.overview import OverviewBar
from reportdesk.gui.views.side_by_side_panes import TwoPanes
from reportdesk.model import MATRIX_PARTS

EXCERPT = 28  # characters of a difference shown in the list
TIP = 400  # characters of each side a difference's tooltip shows (whole sentences, a long run cut)
KIND_LABELS = {"changed": "不同", "only_a": "仅甲有", "only_b": "仅乙有"}  # two regions' reports
EDIT_LABELS = {**KIND_LABELS, "changed": "改动"}  # one region's two periods: the later edited the earlier


def kind_label(comparison, difference) -> str:
    """改动 only where one region's later report edits its earlier one; between two regions 不同."""
    return (EDIT_LABELS if comparison.edit else KIND_LABELS)[difference.kind]


def tooltip(comparison, difference) -> str:
    """Both sides of a difference in full (rich text, so that Qt wraps it)."""
    sides = []
    for name, text, (start, end) in (("甲", comparison.text_a, difference.a), ("乙", comparison.text_b, difference.b)):
        line = " ".join(text[start:end].split())
        if line:
            line = line if len(line) <= TIP else line[:TIP - 1] + "…"
            sides.append(f"<p><b>{tr(name)}：</b>{html.escape(line)}</p>")
    return "".join(sides)


def excerpt(text: str, start: int, end: int, limit: int = EXCERPT) -> str:
    """A difference's text on one line, shortened with an ellipsis."""
    line = " ".join(text[start:end].split())
    return line if len(line) <= limit else line[:limit - 1] + "…"


def describe(comparison, difference) -> str:
    """What a difference is about, in a line: the changed words where a sentence was edited
    (…机关党员60 → 80), else the beginning of the text only one side has."""
    d, c = difference, comparison
    if d.kind != "changed":
        return excerpt(c.text_a, *d.a) if d.kind == "only_a" else excerpt(c.text_b, *d.b)
    a_words = [s for s in c.spans_a if s.kind == "changed" and d.a[0] <= s.start < d.a[1]]
    b_words = [s for s in c.spans_b if s.kind == "changed" and d.b[0] <= s.start < d.b[1]]
    if not a_words and not b_words:  # sentences that differ throughout
        return f"{excerpt(c.text_a, *d.a, EXCERPT // 2)} → {excerpt(c.text_b, *d.b, EXCERPT // 2)}"
    text, first, start = (c.text_a, a_words[0], d.a[0]) if a_words else (c.text_b, b_words[0], d.b[0])
    before = text[max(start, first.start - 8):first.start]
    old = excerpt(c.text_a, a_words[0].start, a_words[0].end, EXCERPT // 2) if a_words else ""
    new = excerpt(c.text_b, b_words[0].start, b_words[0].end, EXCERPT // 2) if b_words else ""
    change = f"{old} → {new}" if old and new else f"＋{new}" if new else f"－{old}"
    more = " …" if len(a_words) > 1 or len(b_words) > 1 else ""
    return f"{'…' if first.start - start > 8 else ''}{before}{change}{more}"


class TwoView(QWidget):
    sig_options_changed = Signal()  # the part or what to ignore changed: compute again
    sig_back = Signal()
    sig_export = Signal()
    sig_pick = Signal()  # choose two other reports

    def __init__(self, parent=None):
        super().__init__(parent)
        self.comparison = None
        self.names = ("", "")
        self.current = -1  # a position in `shown`
        self.shown: list[int] = []  # the differences listed and walked (trivial ones when unfolded)
        self.unfolded = False  # trivial differences listed too
        self.bar = QToolBar(self)
        self.bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.act_back = self._action(self.sig_back.emit, "Esc")
        self.act_pick = self._action(self.sig_pick.emit)
        self.part_box = QComboBox(self)
        self.part_box.addItems([""] * (len(MATRIX_PARTS) + 1))
        self.part_box.currentIndexChanged.connect(lambda _: self.sig_options_changed.emit())
        self.ignore = {name: QCheckBox(self) for name in ("punctuation", "numbers", "whitespace")}
        self.ignore["whitespace"].setChecked(True)
        for box in self.ignore.values():
            box.toggled.connect(lambda _: self.sig_options_changed.emit())
        self.act_prev = self._action(lambda: self.step(-1), "Shift+F8")
        self.act_next = self._action(lambda: self.step(+1), "F8")
        self.count = QLabel(self)
        self.act_export = self._action(self.sig_export.emit)
        self.bar.addAction(self.act_back)
        self.bar.addAction(self.act_pick)
        self.bar.addSeparator()
        self.bar.addWidget(self.part_box)
        for box in self.ignore.values():
            self.bar.addWidget(box)
        self.bar.addSeparator()
        self.bar.addAction(self.act_prev)
        self.bar.addWidget(self.count)
        self.bar.addAction(self.act_next)
        self.bar.addSeparator()
        self.bar.addAction(self.act_export)
        self.summary = QLabel(self)  # how alike the two are, or what is being done
        self.legend = QLabel(self)
        self.headers = QLabel(self), QLabel(self)
        self.panes = TwoPanes(self)
        self.overview = OverviewBar(self)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(self._row_chosen)
        self.overview.sig_chosen.connect(self.go)
        self.panes.sig_laid_out.connect(self._update_marks)
        self.panes.sig_scrolled.connect(self._update_visible)
        self._layout()
        self.retranslate()

    def _action(self, run, shortcut: str | None = None) -> QAction:
        action = QAction(self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _=False: run())
        self.addAction(action)
        return action

    def _layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 4)
        layout.addWidget(self.bar)
        line = QHBoxLayout()
        line.addWidget(self.summary, 1)
        line.addWidget(self.legend)
        layout.addLayout(line)
        left = QWidget(self)
        grid = QVBoxLayout(left)
        grid.setContentsMargins(0, 0, 0, 0)
        heads = QHBoxLayout()
        for header in self.headers:
            header.setTextFormat(Qt.TextFormat.RichText)
            heads.addWidget(header, 1)
        heads.addSpacing(self.panes.gutter.width() + self.overview.width())
        grid.addLayout(heads)
        body = QHBoxLayout()
        body.addWidget(self.panes, 1)
        body.addWidget(self.overview)
        grid.addLayout(body, 1)
        self.split = QSplitter(Qt.Orientation.Horizontal, self)  # its sizes are kept with the window's
        self.split.setObjectName("two_split")
        self.split.addWidget(left)
        self.split.addWidget(self.list)
        self.split.setChildrenCollapsible(False)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([900, 340])  # a list wide enough for a line of 20 characters
        layout.addWidget(self.split, 1)

    def retranslate(self) -> None:
        for action, text in ((self.act_back, "返回"), (self.act_pick, "换两篇…"), (self.act_prev, "上一处"),
                             (self.act_next, "下一处"), (self.act_export, "导出对比表…")):
            action.setText(tr(text))
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tr(text)} ({keys})" if keys else tr(text))
        self.part_box.setItemText(0, tr("全部部分"))
        for k, part in enumerate(MATRIX_PARTS, 1):
            self.part_box.setItemText(k, tr(PART_LABELS[part]))
        for name, text in (("punctuation", "忽略标点"), ("numbers", "忽略数字"), ("whitespace", "忽略空白")):
            self.ignore[name].setText(tr(text))
        self.ignore["numbers"].setToolTip(tr("数字不同的句子算作相同（如 682人 与 700人），数字仍标出"))
        c = colours()
        swatch = "<span style='background:{};padding:0 4px'>{}</span>"
        self.legend.setText(" ".join(swatch.format(c[k], tr(t)) for k, t in (
            ("shared", "两篇都有"), ("delete", "仅甲有"), ("insert", "仅乙有"), ("find", "当前"))))
        word = tr("改动" if self.comparison is not None and self.comparison.edit else "不同")
        self.legend.setToolTip(tr("蓝色：两篇都有的句子和词语（浅蓝：几乎相同的句子）；红色：只有甲篇有的，"
                                  "深红为%s的词语；绿色：只有乙篇有的，深绿为%s的词语；橙色：当前的不同之处。"
                                  "中间一栏的百分数是两段文字相同的比例。") % (word, word))
        self.set_names(*self.names)
        self._fill_list()
        self._show_count()

    # -- what to show ------------------------------------------------------------------------

    def options(self) -> Options:
        return Options(**{name: box.isChecked() for name, box in self.ignore.items()})

    def part(self) -> str | None:
        k = self.part_box.currentIndex()
        return MATRIX_PARTS[k - 1] if k > 0 else None

    def set_names(self, a: str, b: str) -> None:
        self.names = (a, b)
        for header, side, name in zip(self.headers, ("甲：%s", "乙：%s"), self.names):
            header.setText(f"<b>{tr(side) % html.escape(name)}</b>")

    def set_busy(self, text: str) -> None:
        self.summary.setText(text)

    def set_comparison(self, comparison) -> None:
        """Show a comparison; the first difference is not chosen yet (F8 goes to it)."""
        self.comparison = comparison
        self.current = -1
        self.unfolded = False
        self.panes.set_comparison(comparison)  # finished in later turns of the event loop
        self.retranslate()  # the legend's words: 改动 or 不同
        self.summary.setText(tr("两篇相同的文字约占 %d%%；相同或几乎相同的句子 %d 句") %
                             (round(comparison.similarity * 100), comparison.shared_sentences)
                             if comparison.rows else tr("两篇在这一部分都没有内容"))
        self._show_count()

    def _fill_list(self) -> None:
        """The differences, trivial ones folded under a line that unfolds them (and folds them again)."""
        self.list.blockSignals(True)
        self.list.clear()
        comparison = self.comparison
        differences = comparison.differences if comparison else ()
        self.shown = [k for k, d in enumerate(differences) if self.unfolded or not d.trivial]
        for n, k in enumerate(self.shown):
            d = differences[k]
            small = tr("（细小）") if d.trivial else ""
            self.list.addItem(f"{n + 1}. {small}" + tr("%s：%s") % (tr(kind_label(comparison, d)), describe(comparison, d)))
            self.list.item(n).setToolTip(tooltip(comparison, d))
        trivial = sum(1 for d in differences if d.trivial)
        if trivial:
            self.list.addItem(tr("收起 %d 处细小不同") % trivial if self.unfolded else
                              tr("另有 %d 处细小不同，已折叠（点击展开）") % trivial)
            fold = self.list.item(self.list.count() - 1)
            fold.setForeground(self.palette().placeholderText())
            fold.setToolTip(tr("只差虚词、标点、两地地名或年份的句子"))
        self.list.setCurrentRow(self.current)
        self.list.blockSignals(False)
        self._update_marks()

    def _row_chosen(self, row: int) -> None:
        if row == len(self.shown) and row >= 0:  # the line that folds or unfolds the trivial ones
            self.set_unfolded(not self.unfolded)
        elif row != self.current:
            self.go(row)

    def set_unfolded(self, unfolded: bool) -> None:
        """List (and walk) the trivial differences too, or fold them again; the current one stays."""
        current = self.shown[self.current] if 0 <= self.current < len(self.shown) else None
        self.unfolded = unfolded
        self._fill_list()
        self.current = self.shown.index(current) if current in self.shown else -1
        self.list.blockSignals(True)
        self.list.setCurrentRow(self.current)
        self.list.blockSignals(False)
        self.overview.set_current(self.current)
        self._show_count()

    # -- moving between differences ----------------------------------------------------------

    def step(self, step: int) -> None:
        """F8 / Shift+F8: the next or previous difference (from the first or the last)."""
        n = len(self.shown)
        if n:
            self.go((self.current + step) % n if self.current >= 0 else (0 if step > 0 else n - 1))

    def go(self, k: int) -> None:
        """Show the k-th difference listed."""
        comparison = self.comparison
        if comparison is None or not 0 <= k < len(self.shown) or self.panes.building():
            return
        self.current = k
        self.panes.show_difference(comparison.differences[self.shown[k]])
        self.list.blockSignals(True)
        self.list.setCurrentRow(k)
        self.list.blockSignals(False)
        self.overview.set_current(k)
        self._show_count()

    def _show_count(self) -> None:
        n = len(self.shown)
        if not n:
            self.count.setText(tr("没有不同之处"))
        elif self.current < 0:
            folded = 0 if self.unfolded or self.comparison is None else \
                sum(1 for d in self.comparison.differences if d.trivial)
            self.count.setText(tr("共 %d 处不同（另有 %d 处细小不同已折叠）") % (n, folded) if folded
                               else tr("共 %d 处不同") % n)
        else:
            self.count.setText(tr("第 %d 处，共 %d 处") % (self.current + 1, n))
        self.act_prev.setEnabled(n > 0)
        self.act_next.setEnabled(n > 0)

    def _update_marks(self) -> None:
        """Where the differences are, as shares of the first pane's document."""
        comparison, pane = self.panes.comparison, self.panes.a
        height = pane.document().documentLayout().documentSize().height()
        if comparison is None or comparison is not self.comparison or height <= 0:
            self.overview.set_marks([])  # the panes' sig_laid_out brings the marks when they are filled
            return
        shown = [comparison.differences[k] for k in self.shown]
        self.overview.set_marks([(pane.y_of(d.a[0]) / height, pane.y_of(max(d.a[0], d.a[1] - 1)) / height + 0.002,
                                  d.kind) for d in shown])
        self._update_visible()

    def _update_visible(self) -> None:
        pane = self.panes.a
        height = max(1.0, pane.document().documentLayout().documentSize().height())
        top = pane.verticalScrollBar().value()
        self.overview.set_visible(top / height, (top + pane.viewport().height()) / height)
