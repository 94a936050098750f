"""Year over year: pairing a region's periods, topic changes, repeated text, plans checked."""
import pytest

from reportdesk.align import align_files
from reportdesk.compare.years import compare_years, pair_years
from reportdesk.jobs import parse_files
from reportdesk.model import Report, ReportRef

EARLIER = """长葛市教体局2021年工作总结
一、2021年主要工作
（一）加强教师队伍建设。全年补充教师120人，开展全员岗位培训。成立名师工作室9个，开展送教下乡活动41次。
（二）改善办学条件。新建第二实验小学，改扩建农村中小学校9所，新建教师周转宿舍100套。
二、2022年工作打算
（一）启动明珠幼儿园规划建设，完成石笋街学校分校主体工程。
（二）推进教育信息化，建设智慧校园示范校10所。
"""
LATER = """长葛市教体局2022年工作总结
一、2022年主要工作
（一）加强教师队伍建设。全年补充教师150人，开展全员岗位培训。成立名师工作室9个，开展送教下乡活动41次。
（二）发展学前教育。明珠幼儿园主体建设完工，石笋街学校分校完成主体工程，新增学前学位600个。
二、2023年工作打算
（一）推进集团化办学，组建城乡教育共同体5个。
"""


def ref(name, region, year, period="全年"):
    return ReportRef(f"{name}#1", f"{name}.txt", 1, Report(title=name, region=region, year=year, period=period))


def test_each_regions_periods_pair_in_order():
    refs = [ref("full", "甲县", 2022), ref("half", "甲县", 2022, "上半年"), ref("old", "甲县", 2021),
            ref("again", "甲县", 2021), ref("other", "乙县", 2022), ref("nowhere", None, 2021)]
    assert [(p.earlier, p.later) for p in pair_years(refs)] == [("old#1", "half#1"), ("half#1", "full#1")]


@pytest.fixture(scope="module")
def comparison(tmp_path_factory):
    folder = tmp_path_factory.mktemp("years")
    (folder / "2022.txt").write_text(LATER, encoding="utf-8")
    (folder / "2021.txt").write_text(EARLIER, encoding="utf-8")
    alignment = align_files(parse_files([folder]))
    (pair,) = pair_years(alignment)
    return compare_years(alignment, pair)


def test_the_later_report_is_compared_with_the_earlier(comparison):
    assert (comparison.pair.region, comparison.pair.earlier, comparison.pair.later) == ("长葛市", "2021.txt#1", "2022.txt#1")
    assert comparison.changes("new") == ["preschool"] and comparison.changes("dropped") == []
    # 明珠幼儿园主体建设完工，石笋街学校分校完成主体工程: building is written on again
    assert comparison.changes("kept") == ["teachers", "facilities"]
    assert comparison.changes("dropped", "plans") == ["facilities", "preschool", "digital"]
    assert comparison.changes("new", "plans") == ["reform", "equity"]


def test_sentences_written_again(comparison):
    again = {r.later.text: r.verbatim for r in comparison.repeated}
    assert again["成立名师工作室9个，开展送教下乡活动41次。"] is True
    assert again["全年补充教师150人，开展全员岗位培训。"] is False  # only the number changed
    assert not any("明珠幼儿园" in text for text in again)


def test_last_years_plans_are_checked_against_this_years_achievements(comparison):
    checks = {c.item: c for c in comparison.plans}
    kindergarten = checks["（一）启动明珠幼儿园规划建设，完成石笋街学校分校主体工程"]
    assert kindergarten.mentioned and kindergarten.match.startswith("明珠幼儿园主体建设完工")
    assert not checks["建设智慧校园示范校10所。"].mentioned
