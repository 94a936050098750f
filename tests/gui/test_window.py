"""The main window as a user meets it: drop files, read the matrix, compare, correct, save."""
import shutil
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from reportdesk.gui.views.compare import ColumnWidget

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"


def drop(widget, paths):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    event = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)
    return event


def visible_columns(window):
    return [w for w in window.compare.columns if isinstance(w, ColumnWidget)]


def test_first_screen_offers_to_drop_and_the_examples(window):
    assert window.stack.currentWidget() is window.welcome
    assert "拖到这里" in window.welcome.headline.text()
    assert window.welcome.examples.text() == "打开示例报告"


def test_dropping_real_file_urls_with_chinese_names_loads_them(qtbot, window, tmp_path):
    folder = tmp_path / "各县 报告"
    folder.mkdir()
    shutil.copy(SEEDS / "004_61d6fe56185b419c.txt", folder / "溆浦县 2021年总结.txt")
    shutil.copy(SEEDS / "002_3275dbe3018fe5f1.txt", folder / "长葛市总结.txt")
    with qtbot.waitSignal(window.sig_idle, timeout=60000):
        event = drop(window, [folder])
    assert event.isAccepted()
    assert window.stack.currentWidget() is window.main_split
    labels = {window.tree_model.index(r, 0).data() for r in range(window.tree_model.rowCount())}
    assert any(label.startswith("溆浦县") for label in labels) and any(label.startswith("长葛市") for label in labels)


def test_loading_the_seeds_fills_tree_matrix_and_comparison(load):
    window = load(SEEDS)
    assert window.tree_model.rowCount() == 12
    assert window.coverage.rowCount() == 17 and window.coverage.columnCount() == 12
    assert window.errors_dock.isHidden()
    assert "12 篇报告" in window.status_text.text()


def test_choosing_a_topic_fills_one_column_per_report_that_wrote_on_it(qtbot, load):
    window = load(SEEDS)
    row = window.coverage.row_of("teachers")
    with qtbot.waitSignal(window.sig_idle, timeout=30000):
        window.matrix.verticalHeader().sectionClicked.emit(row)
    cells = [c for c in window.alignment.cells if c.part == "achievements" and c.topic == "teachers"]
    columns = visible_columns(window)
    assert len(columns) == len(cells) >= 5
    xupu = next(w for w in columns if w.column.label == "溆浦县教育局 2021")
    assert "1.加强教师队伍建设，促进教育发展" in xupu.header.text()
    assert "补充教师682人" in xupu.text.toPlainText()
    kinds = {s.kind for s in xupu.column.spans}
    assert {"shared", "number"} <= kinds
    assert "未写此主题" in window.compare.missing.text()


def test_synchronised_scrolling(qtbot, load):
    window = load(SEEDS)
    window.resize(1600, 700)
    columns = visible_columns(window)
    first, second = columns[0].text.verticalScrollBar(), columns[1].text.verticalScrollBar()
    qtbot.waitUntil(lambda: first.maximum() > 0 and second.maximum() > 0, timeout=5000)
    first.setValue(first.maximum())
    assert second.value() == second.maximum()
    first.setValue(0)
    assert second.value() == 0


def test_a_damaged_file_is_listed_and_the_rest_load(load, tmp_path):
    bad = tmp_path / "损坏的报告.docx"
    bad.write_bytes(b"not a zip at all")
    good = tmp_path / "溆浦县.txt"
    shutil.copy(SEEDS / "004_61d6fe56185b419c.txt", good)
    window = load(bad, good)
    assert window.errors_dock.isVisible()
    assert window.errors_list.count() == 1 and "损坏的报告.docx" in window.errors_list.item(0).text()
    assert window.tree_model.rowCount() == 1


def test_dropping_the_same_file_twice_does_not_duplicate_it(load):
    window = load(SEEDS / "002_3275dbe3018fe5f1.txt")
    load(SEEDS / "002_3275dbe3018fe5f1.txt", SEEDS)  # again, and in its folder
    assert window.tree_model.rowCount() == 12


def section_key(window, heading):
    return next(s.key for s in window.alignment.sections if s.section.heading == heading)


def test_moving_a_section_by_dropping_it_on_a_matrix_row_and_undo(qtbot, load):
    window = load(SEEDS / "004_61d6fe56185b419c.txt")
    key = section_key(window, "1.强化党建引领，加强党对教育工作的全面领导")
    source = window.tree_model.index_of_key(key)
    mime = window.tree_model.mimeData([source])
    brand_row = window.coverage.row_of("brand")
    with qtbot.waitSignal(window.sig_idle, timeout=30000):
        window.coverage.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, window.coverage.index(brand_row, 0))
    assert window.alignment.assignment(key).topic == "brand"
    assert window.coverage.index(window.coverage.row_of("brand"), 0).data() == "387"
    assert window.tree_model.index(0, 1, source.parent()).data() == "教育品牌与开放交流 📌"
    with qtbot.waitSignal(window.sig_idle, timeout=30000):
        window.undo_stack.undo()
    assert window.alignment.assignment(key).topic == "party"
    assert window.coverage.index(window.coverage.row_of("brand"), 0).data() == "—"
    with qtbot.waitSignal(window.sig_idle, timeout=30000):
        window.undo_stack.redo()
    assert window.alignment.assignment(key).topic == "brand"


def test_cancelling_a_long_load_leaves_the_window_as_it_was(qtbot, load, tmp_path):
    window = load(SEEDS / "004_61d6fe56185b419c.txt")
    seeds = sorted(SEEDS.iterdir())
    for k in range(40):
        shutil.copy(seeds[k % len(seeds)], tmp_path / f"报告{k}.txt")
    window.add_paths([str(tmp_path)])
    window.cancel_loading()
    qtbot.waitUntil(window.runner.idle, timeout=30000)
    assert window.tree_model.rowCount() == 1 and len(window.files) == 1
    assert window.progress.isHidden() and "取消" in window.status_text.text()
    load(tmp_path)  # loading again afterwards works
    assert len(window.files) == 41 and window.tree_model.rowCount() == 1 + 8 * 12


def test_project_keeps_files_and_corrections(qtbot, load, tmp_path, monkeypatch):
    window = load(SEEDS / "004_61d6fe56185b419c.txt", SEEDS / "002_3275dbe3018fe5f1.txt")
    key = section_key(window, "1.强化党建引领，加强党对教育工作的全面领导")
    with qtbot.waitSignal(window.sig_idle, timeout=30000):
        window.move_sections([key], "moral")
    window.project_path = str(tmp_path / "汇总.rdproj")
    assert window.save_project()
    window.close_all()
    assert window.stack.currentWidget() is window.welcome
    with qtbot.waitSignal(window.sig_idle, timeout=60000):
        window.open_project(str(tmp_path / "汇总.rdproj"))
    assert window.tree_model.rowCount() == 2
    assert window.alignment.assignment(key).topic == "moral" and window.alignment.assignment(key).pinned


def test_find_filters_sections_and_highlights_hits(qtbot, load):
    window = load(SEEDS)
    window.find_box.setText("防溺水 十有制")
    assert window.find_count.text() == "1 个匹配"
    hits = list(window._visible_sections())
    assert hits[0].data() == "3.抓实学生防溺水工作，树牢安全底线"
    window.tree.setCurrentIndex(hits[0])
    assert window.tabs.currentWidget() is window.text_view
    assert "十有制" in window.text_view.toPlainText()
    assert {k for _, _, k in window.text_highlighter._spans} == {"find"}


def test_two_report_diff(qtbot, load):
    window = load(SEEDS)
    keep = [c.report_id for c in window.alignment.cells if c.part == "achievements" and c.topic == "party"][:2]
    window.compare.hidden = {r for r in window.compare.order if r not in keep}
    with qtbot.waitSignal(window.sig_idle, timeout=30000):
        window.compare.diff_button.setChecked(True)
    assert window.compare.diff_view.isVisible() and window.act_diff.isChecked()
    kinds = {k for _, _, k in window.compare.diff_highlighter._spans}
    assert kinds == {"delete", "insert"}


def test_english_interface(window):
    window.set_ui_language("en")
    assert window.menu_file.title() == "&File" and window.act_open.text() == "Open Files…"
    assert window.welcome.headline.text() == "Drop report files or folders here"
    window.set_ui_language("zh")
    assert window.menu_file.title() == "文件(&F)"


def test_layout_and_recent_files_are_remembered(qtbot, load, tmp_path):
    from reportdesk.gui.main_window import MainWindow
    from reportdesk.workspace.settings import load_layout, load_settings

    window = load(SEEDS / "002_3275dbe3018fe5f1.txt")
    window.main_split.setSizes([300, 900])
    splitter_state = window.main_split.saveState()
    window.close()
    assert {"geometry", "state", "main_split", "right_split"} <= set(load_layout())
    again = MainWindow(load_settings())
    qtbot.addWidget(again)
    assert again.main_split.saveState() == splitter_state
    assert again.settings.recent_files[0].endswith("002_3275dbe3018fe5f1.txt")


def test_keyboard_shortcuts(window):
    assert window.act_open.shortcut().toString() == "Ctrl+O"
    assert window.act_find.shortcut().toString() == "Ctrl+F"
    assert window.act_next_topic.shortcut().toString() == "Alt+Down"
    assert window.act_export.shortcut().toString() == "Ctrl+E"
