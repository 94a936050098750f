"""查重 and 要点 in the window: who shares text with whom, copied sentences marked where they are
read, boilerplate dimmed or hidden, each region's distinctive points, and one region's two years."""
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QFileDialog

from reportdesk.gui.dialogs.years import YearsDialog
from reportdesk.gui.views.column import ColumnWidget

SHARED = "创新推行“教联体”模式，由城区名校牵头组建六个教育联合体，带动薄弱学校共同提升。"
FORMULA = "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针。"


def write(folder: Path, name: str, title: str, own: str, plans: str = "") -> Path:
    path = folder / name
    path.write_text(f"{title}\n一、主要成效\n（一）集团化办学\n{FORMULA}{SHARED}{own}\n"
                    f"二、下一步工作计划\n（一）集团化办学\n{plans or '继续推进集团化办学，扩大优质资源覆盖面。'}\n",
                    encoding="utf-8")
    return path


def two_counties(tmp_path):
    return (write(tmp_path, "a.txt", "长葛市教育局2023年工作总结", "全年新建学校三所，新增学位一千二百个。"),
            write(tmp_path, "b.txt", "溆浦县教育局2023年工作总结", "组织教师赴外省跟岗学习，覆盖骨干教师三百人。"))


def test_the_heat_map_and_a_pair_s_passages(qtbot, load, tmp_path):
    window = load(*two_counties(tmp_path))
    qtbot.waitUntil(lambda: window.session.copies is not None, timeout=30000)
    view = window.copies
    window.tabs.setCurrentWidget(view)
    assert view.heat_model.rowCount() == 2 and "1 对报告有雷同" in view.summary.text()
    cell = view.heat_model.index(0, 1)
    assert cell.data().endswith("%") and "雷同" in cell.data(Qt.ItemDataRole.ToolTipRole)
    view.heat.clicked.emit(cell)
    row = next(r for r in range(view.passages.rowCount()) if view.passages.item(r, 0).text() == SHARED)
    assert view.passages.item(row, 1).text() == SHARED
    with qtbot.waitSignal(window.two.panes.sig_built, timeout=30000):
        view.passages.doubleClicked.emit(view.passages.model().index(row, 1))
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.two)  # the two reports side by side…
    assert window.two.panes.b.textCursor().selectedText() == SHARED  # …at the copied sentence
    own = view.shares.model().index(0, 2).data(Qt.ItemDataRole.DisplayRole)
    assert 0 < own < 100
    header = view.shares.horizontalHeader()  # a click on 字数 sorts by length, again the other way
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(1) + 5, header.height() // 2))
    lengths = [view.shares.model().index(r, 1).data() for r in range(view.shares.model().rowCount())]
    assert lengths == sorted(lengths, reverse=header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(1) + 5, header.height() // 2))
    assert [view.shares.model().index(r, 1).data() for r in range(len(lengths))] == lengths[::-1]


def test_copied_sentences_are_marked_in_the_comparison_and_boilerplate_can_be_hidden(qtbot, load, tmp_path):
    window = load(*two_counties(tmp_path))
    qtbot.waitUntil(lambda: window.session.copies is not None, timeout=30000)
    with qtbot.waitSignal(window.sig_idle, timeout=30000):
        window.session.set_topic(window.session.topic)
    column = next(w for w in window.compare.columns if isinstance(w, ColumnWidget))
    kinds = {m.kind for m in column.copy_marks}
    assert {"copied", "boilerplate"} <= kinds
    copied = next(m for m in column.copy_marks
                  if m.kind == "copied" and column.column.text[m.start:m.end].startswith("创新推行"))
    other = next(r.label for r in window.session.alignment.reports if r.id != column.column.report_id)
    from reportdesk.gui.views.column import copy_tooltip

    assert other in copy_tooltip(copied, column.names)
    assert not column.highlighter.boilerplate_hidden
    window.compare.boilerplate_box.click()
    assert column.highlighter.boilerplate_hidden and window.text_panel.highlighter.boilerplate_hidden


def test_distinctive_points_per_topic_and_their_export(qtbot, load, tmp_path, monkeypatch):
    seeds = Path(__file__).resolve().parents[2] / "seeds"
    window = load(seeds / "004_61d6fe56185b419c.txt", seeds / "002_3275dbe3018fe5f1.txt")
    view = window.points
    with qtbot.waitSignal(window.sig_idle, timeout=60000):
        window.tabs.setCurrentWidget(view)
    assert view.grid.rowCount() > 3 and view.grid.columnCount() == 2
    texts = [view.grid.item(r, c).text() for r in range(view.grid.rowCount()) for c in range(2)]
    assert any(t.startswith("①") for t in texts) and any("关键数字" in t for t in texts)
    target = tmp_path / "要点.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(window.sig_idle, timeout=30000):
        view.docx_button.click()
    import docx

    assert docx.Document(str(target)).tables


def test_one_region_s_two_years(qtbot, load, tmp_path):
    earlier = write(tmp_path, "2021.txt", "长葛市教体局2021年工作总结", "全年新建学校三所。",
                    "推进智慧校园建设，完成全市中小学网络提速改造。")
    later = write(tmp_path, "2022.txt", "长葛市教体局2022年工作总结",
                  "完成全市中小学网络提速改造，智慧校园建设全面推进。")
    window = load(earlier, later)
    dialog = YearsDialog(window.session.alignment, window)
    page = dialog.view.toPlainText()
    assert dialog.pairs and "2021" in dialog.choice.currentText() and "2022" in dialog.choice.currentText()
    assert "✔ 推进智慧校园建设" in page and SHARED in page  # the plan was done; the shared sentence repeats
    dialog.close()


def test_the_characters_of_a_report_are_counted_alike_in_the_tree_and_in_copies(qtbot, load, tmp_path):
    window = load(*two_counties(tmp_path))
    qtbot.waitUntil(lambda: window.session.copies is not None, timeout=30000)
    tree = window.tree_panel.tree.model()
    in_tree = {tree.index(r, 0).data(): tree.index(r, 2).data() for r in range(tree.rowCount())}
    shares = window.copies.shares.model()
    in_copies = {shares.index(r, 0).data(): shares.index(r, 1).data() for r in range(shares.rowCount())}
    labels = [r.label for r in window.session.alignment.reports]
    # the tree's row names the report (and its title); its 字数 is the 查重 table's
    for label in labels:
        row = next(v for k, v in in_tree.items() if k.startswith(label))
        assert row == in_copies[label]
    # headings and the opening count: the report is more than its sections' bodies
    report = window.session.alignment.reports[0].report
    assert in_copies[labels[0]] > sum(s.chars for s in report.walk())


def test_pairs_and_their_sentences_side_by_side_headings_never_copied(qtbot, load, tmp_path):
    window = load(*two_counties(tmp_path))
    qtbot.waitUntil(lambda: window.session.copies is not None, timeout=30000)
    view = window.copies
    window.tabs.setCurrentWidget(view)
    view.views.setCurrentWidget(view.pairs)
    assert view.pairs.rowCount() == 1
    labels = {view.pairs.item(0, 0).text(), view.pairs.item(0, 1).text()}
    assert labels == {r.label for r in window.session.alignment.reports}
    view.pairs.selectRow(0)
    sentences = [view.passages.item(r, 0).text() for r in range(view.passages.rowCount())]
    assert SHARED in sentences and view.pairs.item(0, 2).text() == str(len(sentences))
    assert not {"一、主要成效", "（一）集团化办学", "二、下一步工作计划"} & set(sentences)  # headings both wrote
    # side by side: the list of pairs on the left, the sentences on the right, both at full height
    assert view.passages.mapTo(view, view.passages.rect().topLeft()).x() > view.views.width() - 1
    assert abs(view.passages.height() - view.views.height()) < 60
