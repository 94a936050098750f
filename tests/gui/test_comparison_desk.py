"""The comparison desk: a matrix that steers, a comparison pane that uses the screen, Find
everywhere, whole reports to read — driven by real clicks and keys."""
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication

from reportdesk.gui.views.column import ColumnWidget
from marks import comparison_marks, painted

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"


def columns(window):
    return [w for w in window.compare.columns if isinstance(w, ColumnWidget)]


def type_chinese(widget, text):
    """As a Chinese input method commits a word (key events cannot carry Chinese)."""
    from PySide6.QtGui import QInputMethodEvent

    event = QInputMethodEvent()
    event.setCommitString(text)
    widget.setFocus()
    QApplication.sendEvent(widget, event)


def click_cell(qtbot, window, topic, label):
    panel = window.matrix_panel
    row = panel.rows.row_of(topic)
    column = next(c for c in range(panel.model.columnCount())
                  if panel.model.report_at(c).label == label)
    rect = panel.table.visualRect(panel.rows.index(row, column))
    with qtbot.waitSignal(window.sig_idle, timeout=30000):
        qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    return column


def test_clicking_a_cell_shows_that_topic_with_that_region_in_view_and_flashed(qtbot, load):
    window = load(SEEDS)
    window.resize(1200, 800)
    panel = window.matrix_panel
    panel.table.scrollTo(panel.rows.index(0, panel.model.columnCount() - 1))
    click_cell(qtbot, window, "teachers", "溆浦县教育局 2021")
    assert window.session.topic == "teachers"
    xupu = next(w for w in columns(window) if w.column.label == "溆浦县教育局 2021")
    assert "solid" in xupu.styleSheet()  # flashed
    viewport = window.compare.scroll.viewport()
    left = xupu.mapTo(viewport, QPoint(0, 0)).x()
    assert 0 <= left < viewport.width()  # scrolled into view
    assert window.tree_panel.tree.selectionModel().selectedRows()[0].data().startswith("溆浦县")


def test_arrows_and_enter_in_the_matrix_open_a_topic(qtbot, load):
    window = load(SEEDS)
    table = window.matrix_panel.table
    table.setFocus()
    table.setCurrentIndex(window.matrix_panel.rows.index(window.matrix_panel.rows.row_of("party"), 0))
    qtbot.keyClick(table, Qt.Key.Key_Down)
    with qtbot.waitSignal(window.sig_idle, timeout=30000):
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.session.topic == window.matrix_panel.rows.topic_at(1) != "party"
    with qtbot.waitSignal(window.sig_idle, timeout=30000):  # Alt+Down moves on, the matrix follows
        window.act["next_topic"].trigger()
    assert table.currentIndex().row() == window.matrix_panel.rows.row_of(window.session.topic)


def test_sorting_filtering_and_gaps(qtbot, load):
    window = load(SEEDS)
    panel = window.matrix_panel
    everyone = panel.rows.rowCount()
    panel.sort_box.setCurrentIndex(1)  # by the number of regions that wrote on it
    writers = [panel.model.writers(panel.rows.mapToSource(panel.rows.index(r, 0)).row())
               for r in range(panel.rows.rowCount())]
    assert writers == sorted(writers, reverse=True) and writers[0] > writers[-1]
    panel.sort_box.setCurrentIndex(0)
    assert [panel.rows.topic_at(r) for r in range(3)] == [t for t, _ in window.session.alignment.topics[:3]]
    type_chinese(panel.filter_box, "教师")
    assert [panel.rows.topic_at(r) for r in range(panel.rows.rowCount())] == ["teachers"]
    panel.filter_box.clear()
    panel.empty_box.setChecked(True)
    assert all(panel.model.writers(panel.rows.mapToSource(panel.rows.index(r, 0)).row()) > 0
               for r in range(panel.rows.rowCount()))
    panel.gaps_box.setChecked(True)
    n = panel.model.columnCount()
    kept = [panel.model.writers(panel.rows.mapToSource(panel.rows.index(r, 0)).row())
            for r in range(panel.rows.rowCount())]
    assert kept and all(0 < w < n for w in kept) and len(kept) < everyone


def test_a_corrected_cell_is_marked(qtbot, load):
    window = load(SEEDS / "004_61d6fe56185b419c.txt")
    key = next(s.key for s in window.session.alignment.sections if s.section.heading.startswith("1.强化党建引领"))
    with qtbot.waitSignal(window.sig_idle, timeout=30000):
        window.session.move_sections([key], "brand")
    model = window.matrix_panel.model
    moved = model.index(model.row_of("brand"), 0)
    assert moved.data(Qt.ItemDataRole.FontRole).bold() and "手动调整" in moved.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(model.row_of("teachers"), 0).data(Qt.ItemDataRole.FontRole) is None


def test_one_zoom_for_every_pane_remembered(qtbot, load):
    window = load(SEEDS)
    before = columns(window)[0].text.font().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert {w.text.font().pointSizeF() for w in columns(window)} == {before + 2}
    assert window.text_panel.font().pointSizeF() == before + 2 and window.settings.zoom == 2
    with qtbot.waitSignal(window.sig_idle, timeout=30000):
        window.act["next_topic"].trigger()  # a new topic keeps the zoom
    assert columns(window)[0].text.font().pointSizeF() == before + 2
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert columns(window)[0].text.font().pointSizeF() == before and window.settings.zoom == 0


def test_marks_headings_and_maximise_can_be_switched(qtbot, load):
    window = load(SEEDS)
    first = columns(window)[0]
    assert comparison_marks(first.text.document()) and first.headings.isVisible()
    window.compare.marks_box.click()
    assert comparison_marks(first.text.document()) == []
    window.compare.headings_box.click()
    assert not first.headings.isVisible()
    assert "共有表述" in window.compare.legend.toolTip()
    window.act["maximise"].trigger()
    assert not window.tree_panel.isVisible() and not window.matrix_panel.isVisible()
    window.act["maximise"].trigger()
    assert window.tree_panel.isVisible() and window.matrix_panel.isVisible()


def test_columns_share_the_width_then_scroll_and_can_be_resized(qtbot, load):
    window = load(SEEDS)
    window.resize(1024, 700)
    QApplication.processEvents()
    shown = columns(window)
    assert len(shown) >= 5 and all(w.width() >= 260 for w in shown)
    assert window.compare.scroll.horizontalScrollBar().maximum() > 0  # more columns than fit: scroll sideways
    sizes = window.compare.strip.sizes()
    window.compare.strip.setSizes([sizes[0] + 200] + sizes[1:])
    assert window.compare.strip.sizes()[0] > sizes[0]


def test_lines_never_break_inside_a_number_or_before_a_full_stop():
    view_option = QTextOption()
    from reportdesk.gui.views.text_view import make_text_view

    view = make_text_view()
    view_option.setWrapMode(view.wordWrapMode())
    text = "全县新增学位11.7万个，完成投资3.7344亿元。" * 3
    font = view.font()
    for width in range(60, 400, 7):
        layout = QTextLayout(text, font)
        layout.setTextOption(view_option)
        layout.beginLayout()
        starts = []
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            starts.append(line.textStart())
        layout.endLayout()
        for start in starts[1:]:
            assert text[start] not in "。，、", (width, text[start - 3:start + 3])
            assert not (text[start - 1].isdigit() and (text[start].isdigit() or text[start] == ".")), (
                width, text[start - 3:start + 3])


def test_find_marks_hits_everywhere_counts_them_and_f3_steps(qtbot, load):
    window = load(SEEDS)
    with qtbot.waitSignal(window.sig_idle, timeout=30000):
        window.session.set_topic("teachers")
    window.tree_panel.find_box.setText("教师")
    marked = [w for w in columns(window) if any(k == "find" for _, _, k in painted(w.text.document()))]
    assert marked == [w for w in columns(window) if "教师" in w.column.text] and marked
    model = window.matrix_panel.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert any(h.startswith("溆浦县教育局 2021（") for h in headers)
    first = columns(window)[0].text
    first.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert first.textCursor().selectedText() == "教师"
    position = first.textCursor().position()
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert first.textCursor().position() > position or first is not QApplication.focusWidget()


def test_clicking_a_report_reads_it_whole_and_a_section_opens_at_its_heading(qtbot, load):
    window = load(SEEDS / "004_61d6fe56185b419c.txt")
    tree = window.tree_panel.tree
    report = tree.model().index(0, 0)
    tree.setCurrentIndex(report)
    text = window.text_panel.toPlainText()
    assert window.tabs.currentWidget() is window.text_panel
    assert text.startswith(window.session.alignment.reports[0].report.title)
    section = tree.model().index(0, 0, tree.model().index(0, 0, report))
    tree.setCurrentIndex(section)
    assert window.text_panel.toPlainText() == text  # the same whole report…
    assert window.text_panel.textCursor().selectedText() == section.data()  # …at the clicked heading


def test_the_matrix_is_exported_to_excel_from_its_button(qtbot, load, tmp_path, monkeypatch):
    import openpyxl
    from PySide6.QtWidgets import QFileDialog

    window = load(SEEDS)
    target = tmp_path / "覆盖矩阵"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(window.sig_idle, timeout=30000):
        qtbot.mouseClick(window.matrix_panel.export_button, Qt.MouseButton.LeftButton)
    book = openpyxl.load_workbook(target.with_suffix(".xlsx"))
    labels = [window.matrix_panel.model.report_at(c).label  # the window may show a long name on two lines
              for c in range(window.matrix_panel.model.columnCount())]
    assert [c.value for c in book[book.sheetnames[0]][1]][1:-1] == labels
    assert "已导出" in window.status.text.text()
