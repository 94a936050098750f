"""One report's column in the comparison: its name, the headings its passages stand under,
and its passages as written (right click: the passage's topic and moving it; double click:
the passage in 原文; hover on a copied sentence: where else it stands)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QLabel, QMenu, QToolTip, QVBoxLayout

from reportdesk.compare.columns import Column
from reportdesk.gui.colours import colours
from reportdesk.gui.i18n import tr
from reportdesk.gui.views.highlight import SpanHighlighter
from reportdesk.gui.views.text_view import make_text_view

MIN_COLUMN = 260  # narrower, a Chinese line holds too few characters to read
MAX_COLUMN = 8000
FLASH_MS = 900


class ColumnWidget(QFrame):
    sig_hide = Signal(str)
    sig_move = Signal(str, int)
    sig_passage_menu = Signal(str, QPoint)  # a passage's key, where its menu should open
    sig_open_passage = Signal(str)  # a passage double-clicked: show it in 原文

    def __init__(self, column: Column, parent=None):
        super().__init__(parent)
        self.column = column
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(MIN_COLUMN)
        self.setMaximumWidth(MAX_COLUMN)  # the splitter adds its columns' maxima: keep the sum an int
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
        self.text = make_text_view(self)  # filled by fill(), a few columns per event-loop turn
        self.text.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.text.customContextMenuRequested.connect(self._passage_menu)
        self.text.viewport().installEventFilter(self)
        self.highlighter = SpanHighlighter(self.text.document())  # its layers are set by the view
        self.copy_marks: list = []  # compare.marks.Mark: copied, reused and boilerplate sentences
        self.names: dict[str, str] = {}  # report id -> display name, for the tooltips

        layout.addWidget(self.header)
        layout.addWidget(self.headings)
        layout.addWidget(self.text, 1)
        self.restyle()

    def restyle(self) -> None:
        """Colours that follow the palette (set again when it changes)."""
        muted = colours()["muted"]
        headings = "<br>".join(self.column.headings) or f"<i>{tr('（本报告未写此主题）')}</i>"
        self.headings.setText(f"<span style='color:{muted}'>{headings}</span>")

    def set_copy_marks(self, marks: list, names: dict[str, str], highlight: bool = True) -> None:
        self.copy_marks, self.names = list(marks), names
        if highlight:
            self.highlighter.set_copies(self.copy_spans())

    def copy_spans(self) -> list:
        return [(m.start, m.end, m.kind) for m in self.copy_marks]

    def passage_at(self, position: int) -> str | None:
        return self.column.passage_at(position)

    def _passage_menu(self, point) -> None:
        key = self.passage_at(self.text.cursorForPosition(point).position())
        if key is not None:
            self.sig_passage_menu.emit(key, self.text.viewport().mapToGlobal(point))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        """A copied sentence names the reports it also stands in, in a tooltip; a double click
        opens the passage in 原文."""
        if event.type() == QEvent.Type.MouseButtonDblClick and watched is self.text.viewport():
            key = self.passage_at(self.text.cursorForPosition(event.position().toPoint()).position())
            if key is not None:
                self.sig_open_passage.emit(key)
                return True
        if event.type() == QEvent.Type.ToolTip and watched is self.text.viewport() and self.copy_marks:
            position = self.text.cursorForPosition(event.pos()).position()
            mark = next((m for m in self.copy_marks if m.start <= position < m.end), None)
            if mark is not None:
                QToolTip.showText(event.globalPos(), copy_tooltip(mark, self.names), self.text)
                return True
        return super().eventFilter(watched, event)

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


def copy_tooltip(mark, names: dict[str, str]) -> str:
    others = "、".join(names.get(r, r) for r in mark.others)
    if mark.kind == "boilerplate":
        return tr("套话：标准表述") if mark.reason == "formula" else tr("套话：三分之一以上的地区都有这句")
    if mark.kind == "reused":
        return tr("沿用往年：%s 也有这句") % others
    return tr("雷同：%s 也有这句（几乎一字不差）") % others
