"""比较两篇: pick two reports, walk their differences with F8, jump from the overview bar and the
list, scroll both panes together, ignore figures, export — with real keys and clicks."""
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from reportdesk.gui.dialogs.choose_pair import PickTwoDialog

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
CHANGGE, XUPU = SEEDS / "002_3275dbe3018fe5f1.txt", SEEDS / "004_61d6fe56185b419c.txt"


@pytest.fixture
def two_years(tmp_path):
    """长葛's report and the same report as next year's would edit it: three changes."""
    folder = tmp_path / "years"
    folder.mkdir()
    text = CHANGGE.read_text(encoding="utf-8")
    (folder / "2021.txt").write_text(text, encoding="utf-8")
    edited = (text.replace("组织机关党员60余名", "组织机关党员80余名").replace("累计撤并中小学校4所", "累计撤并中小学校6所")
              .replace("努力提升教育治理能力。", "努力提升教育治理能力，教育治理体系更加完善。"))
    edited = edited.replace("2021年工作总结及2022年工作谋划", "2022年工作总结及2023年工作谋划", 1)  # the title line
    (folder / "2022.txt").write_text(edited.replace("（2021年12月）", "（2022年12月）"), encoding="utf-8")
    return folder


def pick_in_dialog(qtbot, window, swap=False):
    """Ctrl+D, then in the dialog (optionally swap the two reports) press OK."""
    seen = {}

    def answer():
        dialog = QApplication.activeModalWidget()
        try:
            seen["dialog"] = isinstance(dialog, PickTwoDialog)
            seen["offered"] = dialog.chosen()
            if swap:
                qtbot.mouseClick(dialog.swap_button, Qt.MouseButton.LeftButton)
            qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        finally:
            if dialog.isVisible():
                dialog.reject()

    window.activateWindow()  # offscreen, a closed dialog leaves no window active
    qtbot.waitUntil(window.isActiveWindow)
    QTimer.singleShot(0, answer)
    with qtbot.waitSignal(window.sig_idle, timeout=30000):
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert seen["dialog"]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return seen["offered"]


def selected(pane):
    selections = pane.extraSelections()  # kept: the cursor lives as long as the list
    return selections[0].cursor.selectedText()


def test_pick_two_years_and_walk_their_differences(qtbot, load, two_years):
    window = load(two_years)
    ids = [r.id for r in window.session.alignment.reports]
    header = window.matrix_panel.table.horizontalHeader()
    for column in (1, 0):  # click two matrix column headers: they are the pair offered, the first on the left
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    assert pick_in_dialog(qtbot, window) == (window.matrix_panel.model.report_at(1).id,
                                             window.matrix_panel.model.report_at(0).id)
    two = window.two
    assert window.stack.currentWidget() is two and two.report_ids == (ids[1], ids[0])
    pick_in_dialog(qtbot, window, swap=True)  # 换两篇 again, swapped
    assert two.report_ids == (ids[0], ids[1])
    assert "长葛市教体局 2021" in two.headers[0].text() and "长葛市教体局 2022" in two.headers[1].text()
    assert two.count.text() == "共 3 处不同" and two.list.count() == 3
    two.panes.a.setFocus()
    qtbot.keyClick(two.panes.a, Qt.Key.Key_F8)
    assert two.count.text() == "第 1 处，共 3 处" and two.list.currentRow() == 0
    assert "60余名" in selected(two.panes.a) and "80余名" in selected(two.panes.b)
    for pane in (two.panes.a, two.panes.b):  # both panes brought to it
        selections = pane.extraSelections()
        rect = pane.cursorRect(selections[0].cursor)
        assert 0 <= rect.top() < pane.viewport().height()
    qtbot.keyClick(two.panes.a, Qt.Key.Key_F8)
    assert two.count.text() == "第 2 处，共 3 处" and "4所" in selected(two.panes.a)
    qtbot.keyClick(two.panes.a, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(two.panes.a, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert two.count.text() == "第 3 处，共 3 处" and "教育治理体系" in selected(two.panes.b)  # went round
    # the overview bar: a click near a mark jumps to that difference
    start, end, _ = two.overview.marks[1]
    qtbot.mouseClick(two.overview, Qt.MouseButton.LeftButton,
                     pos=QPoint(5, int((start + end) / 2 * two.overview.height())))
    assert two.count.text() == "第 2 处，共 3 处" and two.overview.current == 1
    # the list: a click on an item jumps too
    item = two.list.visualItemRect(two.list.item(0))
    qtbot.mouseClick(two.list.viewport(), Qt.MouseButton.LeftButton, pos=item.center())
    assert two.count.text() == "第 1 处，共 3 处"
    assert "60 → 80" in two.list.item(0).text()
    # ignoring numbers: the two edited figures are the same sentences now, and still marked
    with qtbot.waitSignal(window.sig_idle, timeout=30000):
        qtbot.mouseClick(two.ignore["numbers"], Qt.MouseButton.LeftButton)
    assert two.count.text() == "共 1 处不同"
    assert [two.comparison.text_a[s.start:s.end] for s in two.comparison.spans_a if s.kind == "number"] == ["60", "4"]
    qtbot.keyClick(two.panes.a, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.main_split


def test_two_counties_side_by_side_rows_level_and_scroll_together(qtbot, load):
    window = load(CHANGGE, XUPU)
    labels = {r.label: r.id for r in window.session.alignment.reports}
    from reportdesk.gui.dialogs.choose_pair import show_two

    window.resize(1200, 800)
    with qtbot.waitSignal(window.sig_idle, timeout=30000):
        show_two(window, labels["长葛市教体局 2021"], labels["溆浦县教育局 2021"])
    two = window.two
    comparison = two.comparison
    assert {r.kind for r in comparison.rows} >= {"pair", "only_a", "only_b"}
    assert "（此处对方没有对应的段落）" in comparison.text_a and "（此处对方没有对应的段落）" in comparison.text_b
    panes = two.panes
    for row in comparison.rows:  # every row starts at the same height in both panes
        assert abs(panes.a.y_of(row.a[0]) - panes.b.y_of(row.b[0])) < 1.5
    # scrolling one pane scrolls the other to the matching place, and not back again
    bar_a, bar_b = panes.a.verticalScrollBar(), panes.b.verticalScrollBar()

    def row_in_the_middle(pane):
        middle = pane.verticalScrollBar().value() + pane.viewport().height() / 2
        starts = [pane.y_of(r.a[0] if pane is panes.a else r.b[0]) for r in comparison.rows]
        return sum(1 for y in starts if y <= middle) - 1

    target = bar_a.maximum() // 2
    bar_a.setValue(target)
    assert bar_a.value() == target and bar_b.value() > 0  # A stays where it was put: no ping-pong
    assert row_in_the_middle(panes.a) == row_in_the_middle(panes.b) > 3
    bar_b.setValue(bar_b.maximum())  # and the other way round
    assert bar_a.value() > target and row_in_the_middle(panes.a) == row_in_the_middle(panes.b)
    # zoom: the text grows, and the rows are levelled again
    size = panes.a.font().pointSizeF()
    window.act["zoom_in"].trigger()
    window.act["zoom_in"].trigger()
    qtbot.waitUntil(lambda: not panes._levelling.isActive())
    assert panes.a.font().pointSizeF() == size + 2 == panes.b.font().pointSizeF()
    for row in comparison.rows:
        assert abs(panes.a.y_of(row.a[0]) - panes.b.y_of(row.b[0])) < 1.5
    window.act["zoom_reset"].trigger()
    # Windows switches to dark mode: the marks follow
    from PySide6.QtGui import QColor, QPalette

    from reportdesk.gui.colours import DARK, LIGHT

    assert panes.a.formats()["changed"].background().color().name() == LIGHT["delete"]
    before, dark = QApplication.palette(), QPalette()
    for role, colour in ((QPalette.ColorRole.Base, "#1e1e1e"), (QPalette.ColorRole.Text, "#e6e6e6"),
                         (QPalette.ColorRole.Window, "#2b2b2b")):
        dark.setColor(role, QColor(colour))
    QApplication.setPalette(dark)
    try:
        qtbot.waitUntil(lambda: panes.a.formats()["changed"].background().color().name() == DARK["delete"], timeout=2000)
        assert panes.b.formats()["changed"].background().color().name() == DARK["insert"]
    finally:
        QApplication.setPalette(before)
    # the language switch reaches the view
    window.set_ui_language("en")
    assert two.act_next.text() == "Next" and two.count.text() == f"{len(comparison.differences)} differences"
    window.set_ui_language("zh")


def test_export_the_comparison_to_word(qtbot, load, two_years, tmp_path, monkeypatch):
    from docx import Document

    from reportdesk.gui.dialogs.choose_pair import show_two

    window = load(two_years)
    with qtbot.waitSignal(window.sig_idle, timeout=30000):
        show_two(window, *(r.id for r in window.session.alignment.reports))
    target = tmp_path / "对比"
    monkeypatch.setattr("reportdesk.gui.dialogs.targets.QFileDialog.getSaveFileName",
                        lambda *args: (str(target), ""))
    with qtbot.waitSignal(window.session.sig_message, timeout=30000,
                          check_params_cb=lambda text: text.startswith("已导出")):
        window.two.act_export.trigger()
    document = Document(str(target) + ".docx")
    table = document.tables[0]
    assert len(table.rows) == len(window.two.comparison.rows) + 1
    edited = [row for row in table.rows if "60余名" in row.cells[0].text]
    assert len(edited) == 1 and "80余名" in edited[0].cells[2].text and "%" in edited[0].cells[1].text


def test_command_line_opens_the_two_report_view_for_a_screenshot(tmp_path, two_years):
    shot = tmp_path / "两篇.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", REPORTDESK_CONFIG=str(tmp_path))
    result = subprocess.run([sys.executable, "-m", "reportdesk", "gui", str(two_years), "--compare",
                             "长葛市教体局 2021", "2", "--screenshot", str(shot)], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    image = QImage(str(shot))
    half = image.width() // 2
    colours = [{image.pixelColor(x, y).name() for x in range(side * half, (side + 1) * half, 2)
                for y in range(0, image.height(), 3)} for side in (0, 1)]
    from reportdesk.gui.colours import LIGHT

    # the changed figures: 60 on red in the left pane, 80 on green in the right one
    assert LIGHT["delete"] in colours[0] and LIGHT["insert"] in colours[1]
    bad = subprocess.run([sys.executable, "-m", "reportdesk", "gui", str(two_years), "--compare", "1", "上海",
                          "--screenshot", str(tmp_path / "x.png")], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=180)
    assert bad.returncode == 2 and "上海" in bad.stderr and "长葛市教体局 2022" in bad.stderr


def test_two_long_reports_are_compared_either_way_round(qtbot, load):
    """Two provincial reports side by side, then the other way round (how long the window
    stalls meanwhile is measured by `reportdesk bench --gui`, not here)."""
    from reportdesk.gui.dialogs.choose_pair import show_two

    window = load(ROOT / "tests" / "data" / "gov2025")
    ids = [r.id for r in window.session.alignment.reports]
    for pair in (ids, ids[::-1]):
        with qtbot.waitSignal(window.sig_idle, timeout=60000):
            show_two(window, *pair)
        names = [window.session.alignment.report(r).label for r in pair]
        assert window.two.names == tuple(names)
        assert len(window.two.comparison.text_a) + len(window.two.comparison.text_b) > 12000


def test_the_pair_offered_first_is_one_region_s_two_periods_else_two_of_a_kind(qtbot, load, two_years, tmp_path):
    gov = ROOT / "tests" / "data" / "gov"
    window = load(SEEDS / "001_faffd9a2ed2f71c6.txt", gov, two_years)  # education, government, 长葛's two years
    labels = {r.id: r.label for r in window.session.alignment.reports}
    offered = [labels[r] for r in pick_in_dialog(qtbot, window)]
    assert offered == ["长葛市教体局 2021", "长葛市教体局 2022"]
    assert window.two.count.text().startswith("共") and "改动：" in window.two.list.item(0).text()


def test_without_two_periods_two_reports_of_one_kind_are_offered(qtbot, load):
    gov = ROOT / "tests" / "data" / "gov"
    window = load(XUPU, gov)  # one education report first, then three governments'
    alignment = window.session.alignment
    kinds = {r.id: alignment.list_of_report(r.id).id for r in alignment.reports}
    assert len(set(kinds.values())) == 2
    a, b = pick_in_dialog(qtbot, window)
    assert kinds[a] == kinds[b] == "government"
    assert "溆浦" not in window.two.headers[0].text() + window.two.headers[1].text()  # the education report
    # two regions: their sentences are 不同, never 改动
    items = [window.two.list.item(k).text() for k in range(window.two.list.count())]
    assert any("不同：" in t for t in items) and not any("改动" in t for t in items)


def two_counties_alike(tmp_path):
    """Two counties' reports that share three sentences: two differ in wording only."""
    def write(name, region, place, first, figure):
        path = tmp_path / name
        path.write_text(f"{region}教育局2023年工作总结\n一、主要成效\n（一）改善办学条件\n"
                        f"大力推动美丽{place}建设，全面改善城乡办学条件。{first}加强学校安全管理，开展应急演练。"
                        f"新建学校{figure}所，新增学位一千二百个。\n", encoding="utf-8")
        return path
    return (write("a.txt", "长葛市", "长葛", "今年", "三"), write("b.txt", "溆浦县", "溆浦", "全面", "五"))


def test_wording_only_differences_are_folded_and_the_list_shows_whole_sentences(qtbot, load, tmp_path):
    window = load(*two_counties_alike(tmp_path))
    ids = [r.id for r in window.session.alignment.reports]
    from reportdesk.gui.dialogs.choose_pair import show_two

    with qtbot.waitSignal(window.two.panes.sig_built, timeout=30000):
        show_two(window, *ids)
    two = window.two
    items = [two.list.item(k).text() for k in range(two.list.count())]
    assert items == ["1. 不同：新建学校三所 → 五所", "另有 2 处细小不同，已折叠（点击展开）"]
    assert two.count.text() == "共 1 处不同（另有 2 处细小不同已折叠）"
    tip = two.list.item(0).toolTip()  # both whole sentences on hover
    assert "新建学校三所，新增学位一千二百个。" in tip and "新建学校五所，新增学位一千二百个。" in tip
    qtbot.mouseClick(two.list.viewport(), Qt.MouseButton.LeftButton, pos=two.list.visualItemRect(two.list.item(1)).center())
    items = [two.list.item(k).text() for k in range(two.list.count())]
    assert len(items) == 4 and items[-1] == "收起 2 处细小不同" and two.count.text() == "共 3 处不同"
    assert any("（细小）不同：" in t and "长葛 → 溆浦" in t for t in items)
    two.panes.a.setFocus()
    for _ in range(3):  # F8 walks the unfolded ones too
        qtbot.keyClick(two.panes.a, Qt.Key.Key_F8)
    assert two.count.text() == "第 3 处，共 3 处"
    # the list is a quarter of the width at first, can be widened, and keeps its width with the window's layout
    from reportdesk.gui import geometry
    from reportdesk.workspace.settings import load_layout

    assert not two.split.childrenCollapsible() and two.split.sizes()[1] >= sum(two.split.sizes()) / 4
    two.split.setSizes([400, 600])
    geometry.save(window)
    two.split.setSizes([800, 200])
    geometry.restore(window)
    assert "two_split" in load_layout() and two.split.sizes()[1] > two.split.sizes()[0]
