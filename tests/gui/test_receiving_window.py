"""The receiving desk as a clerk meets it: a zip dropped on the window, the list of who must
report, who is missing, the format check opening the report at its heading."""
import io
import shutil
import sys
import zipfile
from pathlib import Path

import docx
from PySide6.QtCore import Qt

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "ingest"))

from test_archives import GbkInfo, damage_member  # noqa: E402
from test_window import drop  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
XUPU, CHANGGE = "004_61d6fe56185b419c.txt", "002_3275dbe3018fe5f1.txt"
UNITS = ("溆浦县教育局", "长葛市", "芙蓉区", "长沙县")  # the examples' regions, and two that did not report


def rows(panel):
    table = panel.table
    return [tuple(table.topLevelItem(k).text(c) for c in range(3)) for k in range(table.topLevelItemCount())]


def test_a_zip_dropped_on_the_window_loads_its_reports_under_the_archive_name(qtbot, window, tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(GbkInfo("各县/溆浦县总结.txt"), (SEEDS / XUPU).read_bytes())
        archive.writestr(zipfile.ZipInfo("各县/长葛市.txt"), (SEEDS / CHANGGE).read_bytes() * 2)
    inbox = tmp_path / "收件"
    inbox.mkdir()
    (inbox / "报送.zip").write_bytes(damage_member(buffer.getvalue(), "各县/长葛市.txt"))
    with qtbot.waitSignal(window.sig_idle, timeout=60000):
        drop(window, [inbox / "报送.zip"])
    model = window.tree_panel.model
    assert model.rowCount() == 1 and model.index(0, 0).data().startswith("溆浦县教育局")
    assert "报送.zip › 各县/溆浦县总结.txt" in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert window.errors_panel.isVisible()
    assert window.errors_panel.list.item(0).text().startswith("无法读取“报送.zip › 各县/长葛市.txt”：")
    assert sorted(p.name for p in inbox.iterdir()) == ["报送.zip"]  # nothing extracted


def test_the_list_shows_who_has_not_reported_and_orders_the_matrix(qtbot, load, tmp_path):
    window = load(SEEDS)
    with qtbot.waitSignal(window.sig_idle, timeout=60000):
        window.receiving.set_units(("长葛市", "芙蓉区", "溆浦县教育局", "长沙县"))
    panel = window.receiving_panel
    assert "未报送：芙蓉区、长沙县。" in panel.summary.text()
    assert rows(panel)[:4] == [("1", "长葛市", "已报送"), ("2", "芙蓉区", "未报送"), ("3", "溆浦县教育局", "已报送"),
                               ("4", "长沙县", "未报送")]
    header = window.matrix_panel.model.headerData
    assert [header(k, Qt.Orientation.Horizontal) for k in (0, 1)] == ["长葛市教体局 2021", "溆浦县教育局 2021"]
    assert "未报送 2 个：芙蓉区、长沙县" in window.status.text.text()
    # a report of no unit is given one, by the user
    other = next(r.id for r in window.session.alignment.reports if r.label == "XX教育体育 2021")
    with qtbot.waitSignal(window.sig_idle, timeout=60000):
        window.receiving.correct(other, "长沙县")
    assert ("4", "长沙县", "已报送") in rows(panel)
    assert window.keeper.dirty()


def test_the_list_is_kept_with_the_project_and_the_compilation_names_who_is_missing(qtbot, load, tmp_path):
    window = load(SEEDS / XUPU, SEEDS / CHANGGE)
    with qtbot.waitSignal(window.sig_idle, timeout=60000):
        window.receiving.set_units(UNITS)
    assert window.keeper.save(str(tmp_path / "收件.rdproj"))
    window.session.close_all()
    window.session.receiving.roster = None
    with qtbot.waitSignal(window.sig_idle, timeout=60000):
        window.keeper.open(str(tmp_path / "收件.rdproj"))
    assert window.session.receiving.roster.units == UNITS and not window.keeper.dirty()
    assert [r[2] for r in rows(window.receiving_panel)] == ["已报送", "已报送", "未报送", "未报送"]
    from reportdesk.export.compile import ExportOptions

    options = ExportOptions(roster_note=window.session.receiving.note(window.session.alignment))
    with qtbot.waitSignal(window.session.runner.sig_busy_changed, timeout=60000,
                          check_params_cb=lambda busy: not busy):
        window.session.export_docx(str(tmp_path / "汇编.docx"), options)
    notes = [p.text for p in docx.Document(str(tmp_path / "汇编.docx")).paragraphs]
    assert "报送名单所列4个单位中，2个未报送：芙蓉区、长沙县。" in notes


def test_a_format_finding_opens_the_report_at_its_heading(qtbot, load, tmp_path):
    reports = tmp_path / "收件"
    reports.mkdir()
    (reports / "溆浦县.txt").write_text("2021年溆浦县教育工作总结\n一、主要工作\n全年补充教师120人。\n"
                                         "三、存在问题\n学位紧张。\n", encoding="utf-8")
    shutil.copy(SEEDS / CHANGGE, reports / "长葛市.txt")
    window = load(reports)
    window.tabs.setCurrentWidget(window.checks_panel)
    tree = window.checks_panel.tree
    tops = {tree.topLevelItem(k).text(0): tree.topLevelItem(k) for k in range(tree.topLevelItemCount())}
    xupu = next(item for label, item in tops.items() if label.startswith("溆浦县"))
    assert xupu.childCount() == 1 and xupu.child(0).text(1) == "编号"
    assert xupu.child(0).text(2) == "“三、存在问题”的编号跳过了“二、”（前一个是“一、”）。"
    assert any(item.text(2) == "未发现问题" for item in tops.values())
    tree.itemClicked.emit(xupu.child(0), 0)
    assert window.tabs.currentWidget() is window.text_panel
    assert window.text_panel.textCursor().selectedText() == "三、存在问题"


def test_the_list_dialog_takes_a_pasted_notice_and_an_xlsx(qtbot, tmp_path):
    from openpyxl import Workbook

    from reportdesk.gui.dialogs.roster_dialog import RosterDialog

    dialog = RosterDialog((), str(tmp_path))
    qtbot.addWidget(dialog)
    dialog.editor.setPlainText("序号\t单位\n1\t溆浦县教育局\n2、长葛市\n芙蓉区、长沙县")
    assert dialog.units() == UNITS and dialog.count.text() == "共 4 个单位"
    book = Workbook()
    for row in (["单位名称"], ["宁夏"], ["广西"]):
        book.active.append(row)
    book.save(tmp_path / "名单.xlsx")
    assert dialog.read_file(str(tmp_path / "名单.xlsx")) and dialog.units() == ("宁夏", "广西")
