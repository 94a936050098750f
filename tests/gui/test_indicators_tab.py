"""The indicators tab: filled after loading, filtered, and a double-click shows the sentence."""
from pathlib import Path

from reportdesk.gui.models.facts import FactsModel

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_facts_model(qtmodeltester, load):
    window = load(SEEDS / "004_61d6fe56185b419c.txt")
    model = FactsModel()
    model.set_facts(window.session.facts, dict(window.session.alignment.topics), {r.id: r.label for r in window.session.alignment.reports})
    qtmodeltester.check(model)


def test_filters_and_double_click(qtbot, load):
    window = load(SEEDS)
    view = window.indicators
    assert view.proxy.rowCount() == len(window.session.facts) > 500
    view.region_box.setCurrentIndex(view.region_box.findData("溆浦县教育局 2021"))
    view.indicator_box.setCurrentIndex(view.indicator_box.findData("补充教师"))
    rows = view.visible_facts()
    assert [f.value for f in rows] == [682.0, 142.0, 261.0]
    assert view.count.text() == "3 个数字"
    index = view.proxy.index(0, 4)
    view.table.doubleClicked.emit(index)
    assert window.tabs.currentWidget() is window.text_panel
    text = window.text_panel.toPlainText()
    assert text.startswith("1.加强教师队伍建设，促进教育发展") and "682人" in text
    found = [(s, e, k) for s, e, k in window.text_panel.highlighter._spans if k == "find"]
    assert text[found[0][0]:found[0][1]] == "682人"
