"""Figures from literal sentences (each rule and its traps), the seeds against facts read by
hand, canonical indicators, and the CSV/XLSX files."""
from pathlib import Path

import pytest

from reportdesk.align import align_files
from reportdesk.figures.extract import figures
from reportdesk.figures.facts import collect_facts, load_indicators, match_indicator
from reportdesk.figures.tables import long_table, wide_table, write_csv, write_xlsx
from reportdesk.jobs import parse_files

ROOT = Path(__file__).resolve().parents[2]


def one(text):
    (figure,) = figures(text)
    return figure


@pytest.mark.parametrize("text, value, unit, subject", [
    ("通过特岗计划等渠道共补充教师682人。", 682, "人", "补充教师"),
    ("2021年，共投入3.7344亿元。", 3.7344, "亿元", "投入"),
    ("发放资金4,664.97万元。", 4664.97, "万元", "发放资金"),
    ("新建三所学校。", 3, "所", "新建学校"),
    ("培训一百二十人。", 120, "人", "培训"),
    ("覆盖率达到93.03％。", 93.03, "%", "覆盖率"),
    ("惠及学生6.4万人次。", 6.4, "万人次", "惠及学生"),
    ("完成造林绿化2.3万亩。", 2.3, "万亩", "造林绿化"),
])
def test_values_units_and_subjects(text, value, unit, subject):
    figure = one(text)
    assert (figure.value, figure.unit) == (value, unit) and subject in figure.subject


@pytest.mark.parametrize("text, approx, change, share", [
    ("举办十余场活动。", True, False, False),
    ("培训教师2000余人次。", True, False, False),
    ("疫苗接种率均达到99%以上。", True, False, True),
    ("近3000人参加。", True, False, False),
    ("中职招生1697名，同比增长22%。", False, False, False),
    ("比去年净增117人。", False, True, False),
    ("公办园在园幼儿占比54%。", False, False, True),
])
def test_qualifiers(text, approx, change, share):
    figure = figures(text)[0]
    assert (figure.approx, figure.change, figure.share) == (approx, change, share)


def test_parts_of_a_total_are_marked():
    total, a, b = figures("共补充教师682人。其中：特岗招聘142人、公开招聘261人。")
    assert not total.breakdown and a.breakdown and b.breakdown
    assert not figures("其中两项已完成。新建学校3所。")[-1].breakdown  # 其中 of another sentence


def test_a_change_keeps_the_subject_it_changes():
    first, second = figures("一本普通类上线826人，比去年净增117人。")
    assert second.change and second.subject == first.subject == "一本普通类上线"


@pytest.mark.parametrize("text", [
    "2021年是建党一百周年。", "截至2021年12月31日。", "印发〔2021〕3号文件。", "第三届运动会，第26届活动。",
    "1.加强党建。（2）规范办学。", "实施信息技术能力提升工程2.0。", "增强“四个意识”，落实“三名”工程。",
    "推行一人一案，一校一品。", "3-17周岁学生。", "十九届五中全会。", "2021-2023年规划。",
])
def test_things_that_are_not_figures(text):
    assert figures(text) == []


@pytest.mark.parametrize("text, unit", [("累计开展谈话XXX人次。", "人次"), ("学校X所。", "所"), ("投入xxxx万元。", "万元"),
                                        ("资助资金约xxx.xx万元。", "万元"), ("入园率达XX%。", "%")])
def test_masked_values_are_undisclosed(text, unit):
    figure = one(text)
    assert figure.masked and figure.value is None and figure.unit == unit


def test_canonical_indicators_line_up_different_wordings():
    indicators = load_indicators()
    assert match_indicator("共补充教师", "人", indicators).name == "补充教师"
    assert match_indicator("公开招聘特岗教师", "名", indicators).name == "补充教师"
    assert match_indicator("资助资金", "万元", indicators).name == "资助金额"
    assert match_indicator("全年投入", "亿元", indicators).name == "教育投入"
    assert match_indicator("一本普通类上线", "人", indicators).name == "一本上线人数"
    assert match_indicator("全年投入", "人", indicators) is None  # wrong unit


@pytest.fixture(scope="module")
def seed_facts():
    alignment = align_files(parse_files([ROOT / "seeds"]))
    return alignment, collect_facts(alignment)


def test_recall_of_figures_read_by_hand(seed_facts):
    _, facts = seed_facts
    expected = [line.split(" | ") for line in (ROOT / "tests" / "data" / "seeds.facts").read_text(
        encoding="utf-8").splitlines() if line and not line.startswith("#")]
    found = 0
    misses = []
    for name, report, subject, value, unit in expected:
        candidates = [f for f in facts if Path(f.path).name == name and f.report == int(report) and f.unit == unit
                      and subject in f.subject + f.sentence[:0]]
        if value == "masked":
            hit = any(f.masked and f.value is None for f in candidates)
        else:
            hit = any(f.value is not None and abs(f.value - float(value)) < 1e-9 for f in candidates)
        found += hit
        if not hit:
            misses.append((name, subject, value, unit))
    assert found / len(expected) >= 0.90, misses


def test_no_masked_value_or_year_is_a_number(seed_facts):
    _, facts = seed_facts
    assert facts and all(f.value is None for f in facts if f.masked)
    for f in facts:
        written = f.sentence  # the figure as written must not be the start of a date
        assert f.unit not in ("年", "月", "日")
        if f.value is not None and 1990 <= f.value <= 2030 and f.value == int(f.value):
            assert f"{int(f.value)}年" not in written or f"{int(f.value)}{f.unit}" in written


def test_long_and_wide_tables_and_files(seed_facts, tmp_path):
    alignment, facts = seed_facts
    long = long_table(facts, dict(alignment.topics))
    assert list(long.columns[:13]) == ["name", "file", "report", "region", "topic", "subject", "indicator", "value", "unit",
                                      "approx", "change", "masked", "sentence"]
    xupu = long[(long.region == "溆浦县") & (long.indicator == "补充教师")]
    assert xupu.value.tolist() == [682.0, 142.0, 261.0] and xupu.breakdown.tolist() == [False, True, True]
    assert set(xupu.topic) == {"教师队伍"}
    assert wide_table(facts).loc["溆浦县教育局 2021", "补充教师（人）"] == 682.0  # the parts are not added on top
    wide = wide_table(facts)
    assert wide.loc["溆浦县教育局 2021", "教育投入（亿元）"] == 3.7344
    write_csv(long, tmp_path / "指标.csv")
    raw = (tmp_path / "指标.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and "补充教师" in raw.decode("utf-8-sig")
    write_xlsx(wide, tmp_path / "指标.xlsx")
    import openpyxl
    sheet = openpyxl.load_workbook(tmp_path / "指标.xlsx")["指标"]
    header = [c.value for c in sheet[1]]
    row = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == "溆浦县教育局 2021")
    assert header[0] == "报告"
    column = header.index("教育投入（亿元）")
    assert isinstance(row[column].value, float) and row[column].value == 3.7344
    assert sheet.column_dimensions["A"].width >= 8


def test_government_reports_with_other_units():
    alignment = align_files(parse_files([ROOT / "tests" / "data" / "gov"]))
    facts = [f for f in collect_facts(alignment) if f.region == "清河县"]

    def find(subject, value, unit):
        return [f for f in facts if subject in f.subject and f.value == value and f.unit == unit]

    assert find("地区生产总值", 286, "亿元") and find("一般公共预算收入", 18.6, "亿元")
    assert find("高标准农田", 6.5, "万亩") and find("新增就业", 8600, "人")
    growth = [f for f in facts if f.value == 6.2 and f.unit == "%"]
    assert growth and growth[0].change


def test_a_text_without_punctuation_gives_small_sentences(tmp_path):
    from reportdesk.figures.extract import sentence_around

    text = "新建学校3所培训教师200人" * 4000  # 60,000 characters, 8,000 figures, no sentence end
    found = figures(text)
    spans = [sentence_around(text, f.start, f.end) for f in found]
    assert len(found) == 8000
    assert max(right - left for left, right in spans) <= 2 * 150 + 10
    assert figures("1" * 20000 + "人") == []  # a long run of digits is not a figure
