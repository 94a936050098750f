"""The indicators tab: filled after loading, filtered, and a double-click shows the sentence."""
from pathlib import Path

from PySide6.QtCore import Qt

from reportdesk.gui.models.figures_model import FiguresModel
from marks import painted

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_facts_model(qtmodeltester, load):
    window = load(SEEDS / "004_61d6fe56185b419c.txt")
    model = FiguresModel()
    model.set_facts(window.session.facts, dict(window.session.alignment.topics), {r.id: r.label for r in window.session.alignment.reports})
    qtmodeltester.check(model)


def test_filters_and_double_click(qtbot, load):
    window = load(SEEDS)
    view = window.figures
    assert view.model.rowCount() == len(window.session.facts) > 500
    view.region_box.setCurrentIndex(view.region_box.findData("溆浦县教育局 2021"))
    view.indicator_box.setCurrentIndex(view.indicator_box.findData("补充教师"))
    rows = view.visible_facts()
    assert [f.value for f in rows] == [682.0, 142.0, 261.0]
    assert view.count.text() == "3 个数字"
    index = view.model.index(0, 5)
    view.table.doubleClicked.emit(index)
    assert window.tabs.currentWidget() is window.text_panel
    text = window.text_panel.toPlainText()
    assert text.startswith("1.加强教师队伍建设，促进教育发展") and "682人" in text
    found = [(s, e, k) for s, e, k in painted(window.text_panel.document()) if k == "find"]
    assert text[found[0][0]:found[0][1]] == "682人"


def test_one_figure_compared_across_reports_with_a_chart_and_exported(qtbot, load, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    window = load(SEEDS)
    view = window.figures
    window.tabs.setCurrentWidget(view)
    view.pivot_button.click()
    assert view.pages.currentIndex() == 1 and view.part_box.isVisible()
    model = view.pivot_model
    teachers = model.columns.index("补充教师（人）")
    row = model.rows.index("溆浦县教育局 2021")
    assert model.values[row][teachers] == 682.0
    proxy_column = view.pivot_proxy.mapFromSource(model.index(0, teachers)).column()
    view.pivot.horizontalHeader().sectionClicked.emit(proxy_column)  # sort by it, and chart it
    assert view.chart.title == "补充教师（人）" and view.chart.bars[0][1] == max(v for _, v in view.chart.bars)
    assert ("溆浦县教育局 2021", 682.0) in view.chart.bars
    view.text_box.setText("教师")
    assert all("教师" in model.columns[view.pivot_proxy.mapToSource(view.pivot_proxy.index(0, c)).column()]
               for c in range(view.pivot_proxy.columnCount()))
    target = tmp_path / "对比表.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(window.sig_idle, timeout=30000):
        view.export_button.click()
    import openpyxl

    sheet = openpyxl.load_workbook(target)["指标"]
    assert sheet.cell(1, 1).value == "报告" and any(c.value == "补充教师（人）" for c in sheet[1])


def test_a_compared_figure_leads_to_its_sentence(qtbot, load):
    window = load(SEEDS)
    view = window.figures
    window.tabs.setCurrentWidget(view)
    view.pivot_button.click()
    model = view.pivot_model
    index = view.pivot_proxy.mapFromSource(model.index(model.rows.index("溆浦县教育局 2021"),
                                                        model.columns.index("补充教师（人）")))
    assert "682人" in index.data(Qt.ItemDataRole.ToolTipRole)
    view.pivot.doubleClicked.emit(index)
    assert window.tabs.currentWidget() is window.text_panel and "682人" in window.text_panel.toPlainText()


def test_figures_come_in_reading_order_until_a_header_is_clicked(qtbot, load):
    from PySide6.QtCore import QPoint

    window = load(SEEDS)
    view = window.figures
    window.tabs.setCurrentWidget(view)
    shown = [view.model.facts[r] for r in range(view.model.rowCount())]
    assert shown == list(window.session.facts)  # as the reports run, not re-sorted by a column
    header = view.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(5) + 5, header.height() // 2))  # 数值
    values = [f.value for f in view.model.facts if f.value is not None]
    assert values == sorted(values, reverse=header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder)
    assert values != [f.value for f in window.session.facts if f.value is not None]
