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
        session.undo()
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


def test_a_mixed_folder_shows_one_list_at_a_time_and_names_the_reports_no_list_fits(qtbot, load, tmp_path):
    hospital = tmp_path / "医院"
    hospital.mkdir()
    for name in ("市人民医院", "县中医院"):
        (hospital / f"{name}2023年工作总结.txt").write_text(
            f"{name}2023年工作总结\n一、医疗质量持续提升\n全年门诊量86万人次，出院病人3.2万人次，手术1.1万台次。"
            "加强临床路径管理，病历甲级率达到96%。\n二、护理服务不断优化\n推行责任制整体护理，患者满意度98%。\n"
            "三、下一步工作打算\n加快新院区建设，提升急危重症救治能力。\n", encoding="utf-8")
    window = load(SEEDS, SEEDS.parent / "tests" / "data" / "gov", hospital)
    panel, session = window.matrix_panel, window.session
    box = panel.list_box
    entries = [box.itemText(k) for k in range(box.count())]
    assert "自动：教育工作总结（12 篇）" in entries and "自动：政府工作报告（3 篇）" in entries
    assert "自动：无适用主题表（2 篇）" in entries
    assert panel.banner.isVisible() and "分属不同类别" in panel.banner.text()
    assert "市人民医院2023年工作总结" in panel.banner.text()  # named: no topic list fits it
    assert panel.model.columnCount() == 12 and panel.model.headerData(0, Qt.Orientation.Vertical) == "党的建设"
    with qtbot.waitSignal(window.sig_idle, timeout=30000):
        box.activated.emit(entries.index("自动：政府工作报告（3 篇）"))
    assert panel.model.columnCount() == 3
    assert panel.model.headerData(0, Qt.Orientation.Vertical) == "经济运行与扩大内需"
    assert session.topic.startswith("government:") and len(visible_columns(window)) <= 3
    assert box.currentText() == "自动：政府工作报告（3 篇）"
