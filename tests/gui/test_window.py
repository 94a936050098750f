"""The main window as a user meets it: drop files, read the matrix, compare, correct, save."""
import shutil
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from reportdesk.gui.views.column import ColumnWidget
from marks import comparison_marks

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
    labels = {window.tree_panel.model.index(r, 0).data() for r in range(window.tree_panel.model.rowCount())}
    assert any(label.startswith("溆浦县") for label in labels) and any(label.startswith("长葛市") for label in labels)


def test_loading_the_seeds_fills_tree_matrix_and_comparison(load):
    window = load(SEEDS)
    assert window.tree_panel.model.rowCount() == 12
    assert window.matrix_panel.model.rowCount() == 17 and window.matrix_panel.model.columnCount() == 12
    assert window.errors_panel.isHidden()
    assert "12 篇报告" in window.status.text.text()


def test_choosing_a_topic_fills_one_column_per_report_that_wrote_on_it(qtbot, load):
    window = load(SEEDS)
    row = window.matrix_panel.model.row_of("teachers")
    with qtbot.waitSignal(window.sig_idle, timeout=30000):
        window.matrix_panel.table.verticalHeader().sectionClicked.emit(row)
    cells = [c for c in window.session.alignment.cells if c.part == "achievements" and c.topic == "teachers"]
    columns = visible_columns(window)
    assert len(columns) == len(cells) >= 5
    xupu = next(w for w in columns if w.column.label == "溆浦县教育局 2021")
    assert "1.加强教师队伍建设，促进教育发展" in xupu.headings.text()
    assert "补充教师682人" in xupu.text.toPlainText()
    kinds = {s.kind for s in xupu.column.spans}
    assert {"shared", "number"} <= kinds
    # a topic some region did not write on: the regions are named under the columns
    alignment = window.session.alignment
    def silent(topic, named):
        return [r.label for r in alignment.reports if not alignment.cell(r.id, "achievements", topic)
                and (alignment.mention(r.id, "achievements", topic) is not None) == named]

    for topic in (t for t, _ in alignment.topics if silent(t, False) or silent(t, True)):
        with qtbot.waitSignal(window.sig_idle, timeout=30000):
            window.matrix_panel.table.verticalHeader().sectionClicked.emit(window.matrix_panel.model.row_of(topic))
        lines = window.compare.missing.text().split("<br>")
        assert [line for line in lines if "写此主题" in line or "提及" in line] == (
            [f"未写此主题：{'、'.join(silent(topic, False))}"] if silent(topic, False) else []) + (
            [f"仅顺带提及：{'、'.join(silent(topic, True))}"] if silent(topic, True) else [])


def long_reports(folder: Path) -> Path:
    """Two reports whose teachers sections are forty paragraphs long: each paragraph takes at
    least a line whatever the font, so the columns scroll even where no Chinese font is installed."""
    folder.mkdir()
    for region in ("甲县", "乙县"):
        lines = [f"{region}教育局2021年工作总结", "一、工作成效", "（一）加强教师队伍建设"]
        lines += [f"本年度{region}补充教师{k}人，开展教师培训{k}次。" for k in range(1, 41)]
        lines += ["二、存在问题", "教师结构性缺编。", "三、工作计划", "继续加强教师队伍建设。"]
        (folder / f"{region}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def test_synchronised_scrolling(qtbot, load, tmp_path):
    window = load(long_reports(tmp_path / "长报告"))
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
    assert window.errors_panel.isVisible()
    assert window.errors_panel.list.count() == 1 and "损坏的报告.docx" in window.errors_panel.list.item(0).text()
    assert window.tree_panel.model.rowCount() == 1


def test_dropping_the_same_file_twice_does_not_duplicate_it(load):
    window = load(SEEDS / "002_3275dbe3018fe5f1.txt")
    load(SEEDS / "002_3275dbe3018fe5f1.txt", SEEDS)  # again, and in its folder
    assert window.tree_panel.model.rowCount() == 12


def section_key(window, heading):
    return next(s.key for s in window.session.alignment.sections if s.section.heading == heading)


def test_moving_a_section_by_dropping_it_on_a_matrix_row_and_undo(qtbot, load):
    window = load(SEEDS / "004_61d6fe56185b419c.txt")
    key = section_key(window, "1.强化党建引领，加强党对教育工作的全面领导")
    source = window.tree_panel.model.index_of_key(key)
    mime = window.tree_panel.model.mimeData([source])
    brand_row = window.matrix_panel.model.row_of("brand")
    before = window.matrix_panel.model.index(brand_row, 0).data()
    with qtbot.waitSignal(window.sig_idle, timeout=30000):
        window.matrix_panel.model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, window.matrix_panel.model.index(brand_row, 0))
    alignment = window.session.alignment
    assert alignment.assignment(key).topic == "brand"
    moved = alignment.passages_under(key)
    assert moved and all(alignment.passage_topic(p.key).topic == "brand" for p in moved)
    cell = alignment.cell(moved[0].report_id, "achievements", "brand")
    assert {p.key for p in moved} <= set(cell.keys)
    assert window.matrix_panel.model.index(window.matrix_panel.model.row_of("brand"), 0).data() == str(cell.chars)
    assert window.tree_panel.model.index(0, 1, source.parent()).data() == "教育品牌与开放交流 📌"
    with qtbot.waitSignal(window.sig_idle, timeout=30000):
        window.session.undo()
    assert window.session.alignment.assignment(key).topic == "party"
    assert window.matrix_panel.model.index(window.matrix_panel.model.row_of("brand"), 0).data() == before
    with qtbot.waitSignal(window.sig_idle, timeout=30000):
        window.session.redo()
    assert window.session.alignment.assignment(key).topic == "brand"


def test_cancelling_a_long_load_leaves_the_window_as_it_was(qtbot, load, tmp_path):
    window = load(SEEDS / "004_61d6fe56185b419c.txt")
    seeds = sorted(SEEDS.iterdir())
    for k in range(40):
        shutil.copy(seeds[k % len(seeds)], tmp_path / f"报告{k}.txt")
    window.session.add_paths([str(tmp_path)])
    window.session.cancel_loading()
    qtbot.waitUntil(window.session.runner.idle, timeout=30000)
    assert window.tree_panel.model.rowCount() == 1 and len(window.session.files) == 1
    assert window.status.progress.isHidden() and "取消" in window.status.text.text()
    load(tmp_path)  # loading again afterwards works
    assert len(window.session.files) == 41 and window.tree_panel.model.rowCount() == 1 + 8 * 12


def test_project_keeps_files_and_corrections(qtbot, load, tmp_path, monkeypatch):
    window = load(SEEDS / "004_61d6fe56185b419c.txt", SEEDS / "002_3275dbe3018fe5f1.txt")
    key = section_key(window, "1.强化党建引领，加强党对教育工作的全面领导")
    with qtbot.waitSignal(window.sig_idle, timeout=30000):
        window.session.move_sections([key], "moral")
    assert window.isWindowModified()  # an unsaved correction: a "*" in the title
    assert window.keeper.save(str(tmp_path / "汇总.rdproj"))
    assert "项目已保存" in window.status.text.text() and not window.isWindowModified()
    window.session.close_all()
    assert window.stack.currentWidget() is window.welcome
    with qtbot.waitSignal(window.sig_idle, timeout=60000):
        window.keeper.open(str(tmp_path / "汇总.rdproj"))
    assert window.tree_panel.model.rowCount() == 2
    assert window.session.alignment.assignment(key).topic == "moral" and window.session.alignment.assignment(key).pinned


def test_find_filters_sections_and_highlights_hits(qtbot, load):
    window = load(SEEDS)
    window.tree_panel.find_box.setText("防溺水 十有制")
    assert window.tree_panel.find_count.text() == "1 个匹配"
    hits = list(window.tree_panel.visible_sections())
    assert hits[0].data() == "3.抓实学生防溺水工作，树牢安全底线"
    window.tree_panel.tree.setCurrentIndex(hits[0])
    assert window.tabs.currentWidget() is window.text_panel
    assert "十有制" in window.text_panel.toPlainText()
    assert {k for _, _, k in comparison_marks(window.text_panel.document())} == {"find"}


def test_english_interface(window):
    window.set_ui_language("en")
    assert window.menus["file"].title() == "&File" and window.act["open"].text() == "Open Files…"
    assert window.welcome.headline.text() == "Drop report files or folders here"
    window.set_ui_language("zh")
    assert window.menus["file"].title() == "文件(&F)"


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
    assert window.act["open"].shortcut().toString() == "Ctrl+O"
    assert window.act["find"].shortcut().toString() == "Ctrl+F"
    assert window.act["next_topic"].shortcut().toString() == "Alt+Down"
    assert window.act["export"].shortcut().toString() == "Ctrl+E"


def test_a_project_keeps_a_missing_file_and_reads_it_when_it_is_back(qtbot, load, tmp_path):
    stick = tmp_path / "U盘"
    stick.mkdir()
    shutil.copy(SEEDS / "002_3275dbe3018fe5f1.txt", stick / "长葛市.txt")
    window = load(SEEDS / "004_61d6fe56185b419c.txt", stick / "长葛市.txt")
    project = tmp_path / "汇总.rdproj"
    assert window.keeper.save(str(project))
    window.session.close_all()
    (stick / "长葛市.txt").rename(tmp_path / "拔下.txt")  # the stick is unplugged
    with qtbot.waitSignal(window.sig_idle, timeout=60000):
        window.keeper.open(str(project))
    assert window.tree_panel.model.rowCount() == 1
    assert window.errors_panel.isVisible() and "长葛市.txt" in window.errors_panel.list.item(0).text()
    assert window.keeper.save()  # saving again keeps the missing file
    (tmp_path / "拔下.txt").rename(stick / "长葛市.txt")  # plugged back in
    with qtbot.waitSignal(window.sig_idle, timeout=60000):
        window.errors_panel.retry.click()
    assert window.tree_panel.model.rowCount() == 2 and window.errors_panel.isHidden()


def test_a_project_opens_with_its_own_topic_list(qtbot, window, tmp_path):
    topics = tmp_path / "本单位主题表.toml"
    topics.write_text('id = "mine"\nname = "本单位主题表"\n[[topics]]\nid = "teachers"\nname = "师资"\n'
                      'strong = ["教师"]\n', encoding="utf-8")
    from reportdesk.workspace.project import Project, save_project

    save_project(Project(files=[str(SEEDS / "004_61d6fe56185b419c.txt")], taxonomy=str(topics)),
                 tmp_path / "p.rdproj")
    with qtbot.waitSignal(window.sig_idle, timeout=60000):
        window.keeper.open(str(tmp_path / "p.rdproj"))
    alignment = window.session.alignment
    assert alignment.taxonomy_name == "本单位主题表" and [t for t, _ in alignment.topics] == ["teachers", "other"]


def test_qt_own_buttons_and_dialogs_speak_the_interface_language(window):
    from PySide6.QtWidgets import QDialogButtonBox

    buttons = QDialogButtonBox.StandardButton

    def cancel_text():
        box = QDialogButtonBox(buttons.Cancel | buttons.Save)
        return box.button(buttons.Cancel).text()

    assert cancel_text() == "取消"
    window.set_ui_language("en")
    assert cancel_text() == "&Cancel" or cancel_text() == "Cancel"
    window.set_ui_language("zh")
    assert cancel_text() == "取消"


def test_a_file_read_with_damage_loads_with_a_warning_on_its_row(load, tmp_path):
    damaged = tmp_path / "溆浦县.txt"
    data = (SEEDS / "004_61d6fe56185b419c.txt").read_bytes()
    damaged.write_bytes(data[:200] + b"\xff\xfe" + data[200:])  # two bytes no encoding can read
    window = load(damaged)
    assert window.tree_panel.model.rowCount() == 1
    report = window.tree_panel.model.index(0, 0)
    assert report.data(Qt.ItemDataRole.DecorationRole) is not None and "无法识别" in report.data(Qt.ItemDataRole.ToolTipRole)
    assert window.errors_panel.isVisible() and "溆浦县.txt" in window.errors_panel.list.item(0).text()
    assert window.errors_panel.retry.isHidden()  # nothing to read again: it did load


def test_every_text_of_ours_has_an_english_translation_with_the_same_placeholders():
    import ast
    import re

    from reportdesk.gui.actions import COMMANDS, MENUS, SUBMENUS
    from reportdesk.gui.i18n import EN

    found = set()
    for path in (ROOT / "reportdesk" / "gui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "tr" and node.args
                    and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                found.add(node.args[0].value)
    found |= {c.text for c in COMMANDS if c.group != "language"} | {t for _, t, _ in MENUS} | set(SUBMENUS.values())
    chinese = {s for s in found if re.search(r"[\u4e00-\u9fff]", s)}
    assert len(chinese) > 150 and sorted(chinese - set(EN)) == []
    for source, english in EN.items():
        assert re.findall(r"%[.\d]*[sdf%]", source) == re.findall(r"%[.\d]*[sdf%]", english), source


def test_what_loading_froze_out_of_collections_is_handed_back_when_all_reports_close(load):
    import gc

    window = load(SEEDS)
    assert gc.get_freeze_count() > 0  # the loaded reports stay out of full collections…
    window.session.close_all()
    assert gc.get_freeze_count() == 0  # …until they are closed


def test_when_no_file_can_be_read_there_is_nothing_to_export_or_save(qtbot, load, tmp_path):
    broken = tmp_path / "坏文件.docx"
    broken.write_bytes(b"PK\x03\x04 not a Word file")
    window = load(broken)
    assert window.session.errors  # the file is listed with its reason
    for command in ("export", "save_project", "compare_two", "choose_reports"):
        assert not window.act[command].isEnabled(), command
