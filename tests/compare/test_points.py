"""Distinctive points: facts of its own and unlike the others' text, never formulas."""
from reportdesk.compare.formulas import FormulaFinder, bundled_formulas
from reportdesk.compare.points import topic_points
from reportdesk.compare.sentences import Normaliser

GENERIC = "进一步加强教师队伍建设，不断提升教师综合素质和业务能力。"
FORMULA = "坚持以习近平新时代中国特色社会主义思想为指导，全面落实立德树人根本任务。"
TEXTS = {
    "a": [GENERIC, FORMULA, "实施“青蓝工程”，全年补充教师682人，其中特岗教师142人。",
          "组织骨干教师赴外省跟岗学习，拓宽视野，效果明显。", "教师节表彰优秀教师，营造尊师重教氛围。"],
    "b": [GENERIC, "面向社会公开招聘教师261人，安置公费师范生267人。"],
    "c": [GENERIC.replace("进一步", "持续"), "成立名师工作室24个，开展送教下乡活动41次。"],
}


def points(texts=TEXTS, per_report=3, regions=None):
    normaliser = Normaliser()
    candidates = {rid: [(f"{rid}#1/1", t) for t in sentences] for rid, sentences in texts.items()}
    regions = regions or {rid: rid for rid in texts}
    return {c.report_id: c for c in topic_points("teachers", candidates, regions,
                                                 FormulaFinder(bundled_formulas(), normaliser), normaliser, per_report)}


def test_points_carry_facts_and_come_in_reading_order():
    cells = points()
    a = [p.text for p in cells["a"].points]
    assert a[0].startswith("实施“青蓝工程”") and len(a) == 3
    assert FORMULA not in a and GENERIC not in a  # a formula, and what everybody wrote
    first = cells["a"].points[0]
    assert first.figures == ("补充教师682人", "特岗教师142人") and first.names == ("“青蓝工程”",)
    assert cells["a"].figures[:2] == ("补充教师682人", "特岗教师142人")
    assert [p.text for p in cells["b"].points] == [GENERIC, TEXTS["b"][1]]  # reading order


def test_text_every_region_shares_is_not_distinctive():
    cells = points(per_report=1)
    assert cells["c"].points[0].text == TEXTS["c"][1]
    generic = points(per_report=2)["b"].points[0]
    assert generic.text == GENERIC and generic.distinct < 0.5


def test_a_regions_other_report_does_not_count_as_the_others():
    texts = {"a": [GENERIC + "全年补充教师682人。"], "a2": [GENERIC + "全年补充教师682人。"], "b": [TEXTS["b"][1]]}
    alone = points(texts, regions={"a": "甲县", "a2": "甲县", "b": "乙县"})
    assert alone["a"].points[0].distinct > 0.5
    assert points(texts)["a"].points[0].distinct < 0.1  # another region wrote the same
