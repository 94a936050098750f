"""Passages in the window: a column's passage opens in 原文, and moves to another topic from the
column or from 原文, with undo."""
from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from test_corrections import choose_in_menu
from test_window import visible_columns

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
XUPU = "溆浦县教育局 2021"


def show_topic(qtbot, window, topic):
    with qtbot.waitSignal(window.sig_idle, timeout=30000):
        window.matrix_panel.table.verticalHeader().sectionClicked.emit(window.matrix_panel.model.row_of(topic))
    return next(w for w in visible_columns(window) if w.column.label == XUPU)


def point_of(view, position):
    cursor = view.textCursor()
    cursor.setPosition(position)
    return view.cursorRect(cursor).center()


def test_a_double_clicked_passage_is_shown_where_it_stands_in_the_report(qtbot, load):
    window = load(SEEDS)
    column = show_topic(qtbot, window, "teachers")
    key, (start, end) = column.column.keys[-1], column.column.segments[-1]
    point = point_of(column.text, (start + end) // 2)
    event = QMouseEvent(QEvent.Type.MouseButtonDblClick, QPointF(point), QPointF(point), Qt.MouseButton.LeftButton,
                        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(column.text.viewport(), event)
    assert window.tabs.currentWidget() is window.text_panel
    alignment = window.session.alignment
    selected = window.text_panel.textCursor().selectedText().replace("\u2029", "\n")
    assert selected == alignment.passage_text(key).rstrip() and selected in window.text_panel.toPlainText()
    assert window.text_panel.toPlainText().startswith(alignment.report(alignment.passage(key).report_id).report.title)


def test_a_passage_moves_from_its_column_and_back_with_undo(qtbot, load):
    window = load(SEEDS)
    session = window.session
    column = show_topic(qtbot, window, "teachers")
    key, (start, end) = column.column.keys[0], column.column.segments[0]
    before = session.alignment.passage_topic(key).topic
    choose_in_menu("移至主题", "教育品牌与开放交流")
    with qtbot.waitSignal(window.sig_idle, timeout=30000):
        column.text.customContextMenuRequested.emit(point_of(column.text, (start + end) // 2))
    alignment = session.alignment
    passage = alignment.passage(key)
    assert alignment.passage_topic(key).topic == "brand" and alignment.passage_topic(key).pinned
    assert key in alignment.cell(passage.report_id, passage.part, "brand").keys
    assert "移动" in window.act["undo"].text() and window.isWindowModified()
    with qtbot.waitSignal(window.sig_idle, timeout=30000):
        session.undo_stack.undo()
    assert session.alignment.passage_topic(key).topic == before


def test_a_passage_moves_from_the_text_tab(qtbot, load):
    window = load(SEEDS / "004_61d6fe56185b419c.txt")
    session = window.session
    passage = next(p for p in session.alignment.passages if p.writes)
    window.text_panel.show_section(passage.key, [])
    choose_in_menu("移至主题", "双减与校外培训治理")
    with qtbot.waitSignal(window.sig_idle, timeout=30000):
        window.text_panel.customContextMenuRequested.emit(point_of(window.text_panel, passage.start + 3))
    assert session.alignment.passage_topic(passage.key).topic == "burden"
    assert any(k == passage.key for k, _ in session.pins.moves)  # kept in the project with the other corrections
