"""Government work reports get their own indicators: growth rates and levels, achieved and targeted."""
from pathlib import Path

from reportdesk.align import align_files
from reportdesk.figures.facts import collect_facts, indicators_for, match_indicator
from reportdesk.figures.tables import wide_table
from reportdesk.jobs import parse_files

DATA = Path(__file__).resolve().parents[1] / "data" / "gov2025"


def test_growth_and_levels_are_told_apart():
    from reportdesk.figures.facts import load_indicators
    from reportdesk import resources

    government = load_indicators(str(resources.path("indicators/government.toml")))
    assert match_indicator("全年地区生产总值", "%", government, change=True).name == "地区生产总值增长"
    assert match_indicator("地区生产总值", "亿元", government, change=False).name == "地区生产总值"
    assert match_indicator("城镇新增就业", "万人", government, change=False).name == "城镇新增就业"
    assert match_indicator("粮食产量", "亿斤", government, change=False).name == "粮食产量"


def test_real_reports_line_up_achieved_and_targeted_figures():
    alignment = align_files(parse_files([DATA], isolate=False, cache=False))
    assert alignment.taxonomy_id == "government"
    assert {i.id for i in indicators_for(alignment)} >= {"gdp_growth", "revenue_growth", "new_jobs", "grain"}
    facts = collect_facts(alignment)
    achieved, targets = wide_table(facts, "achievements"), wide_table(facts, "plans")
    assert "地区生产总值增长（%）" in achieved.columns and "地区生产总值增长（%）" in targets.columns
    assert len(achieved.index) == len(alignment.reports)
    growth = achieved["地区生产总值增长（%）"].dropna()
    assert len(growth) >= 1 and all(0 < v < 15 for v in growth)  # a growth rate, not a level
