"""Choosing the topic list, clustering when none fits, and counterparts between two reports."""
from pathlib import Path
from types import SimpleNamespace

from reportdesk.align import Pins, align_files, bundled_taxonomies
from reportdesk.align.counterparts import hungarian, pair_sections, units_of
from reportdesk.jobs import parse_files
from conftest import parsed

DATA = Path(__file__).resolve().parent.parent / "data"


def titles(alignment, keys):
    by_key = {s.key: s.section.title for s in alignment.sections}
    return [by_key[k] for k in keys]


def test_government_reports_get_the_government_list_and_one_livelihood_row():
    alignment = align_files(parse_files([DATA / "gov"]))
    assert alignment.taxonomy_id == "government"
    plans = {c.report_id for c in alignment.cells if c.part == "plans" and c.topic == "livelihood"}
    assert plans == {r.id for r in alignment.reports} and len(plans) == 3


def test_reports_of_an_unknown_kind_are_clustered_and_named():
    alignment = align_files(parse_files([DATA / "hospital"]))
    assert alignment.taxonomy_id == "clusters"
    names = dict(alignment.topics)
    nursing = {a.topic for s, a in zip(alignment.sections, alignment.assignments) if "护理" in s.section.title}
    assert len(nursing) == 1 and "护理" in names[nursing.pop()]
    # the same heading in the two hospitals' reports lands in the same group
    by_title = {}
    for s, a in zip(alignment.sections, alignment.assignments):
        by_title.setdefault(s.section.title, set()).add(a.topic)
    assert all(len(topics) == 1 for topics in by_title.values())


def test_taxonomy_override():
    education = bundled_taxonomies()[0]
    assert align_files(parse_files([DATA / "gov"]), education).taxonomy_id == "education"


def test_hungarian_maximises_the_total():
    assert hungarian([[0.9, 0.8], [0.85, 0.1]]) == [(0, 1), (1, 0)]  # 1.65 beats 0.9 + 0.1
    assert hungarian([[0.2, 0.9, 0.1]]) == [(0, 1)]
    assert hungarian([]) == []


A = parsed("甲.txt", "甲县教育局2023年工作总结", "三、下一步打算",
           "（一）加强教师队伍建设。招聘教师，开展师德师风教育，培养骨干教师。",
           "（二）推进学校建设项目。新建学校，改扩建校舍，新增学位。",
           "（三）筹办县运动会。组织全民健身赛事，建设体育公园。")
B = parsed("乙.txt", "乙县教育局2023年工作总结", "三、2024年工作计划",
           "（一）加快项目建设进度。新建学校两所，改扩建校舍，增加学位。",
           "（二）建强教师队伍。公开招聘教师，师德师风专项整治，名师培养。",
           "（三）深化双减工作。规范校外培训机构，提升课后服务质量。")


def match_reports(alignment, a_id, b_id, part, pins=None):
    """The pairs between two reports' units of work in a part, and each side's unpaired keys."""
    a_units, b_units = units_of(alignment, a_id, part), units_of(alignment, b_id, part)
    pairs = pair_sections(alignment, a_units, b_units, pins)
    return SimpleNamespace(pairs=pairs, unmatched_a=[u.key for u in a_units if u.key not in {p.a for p in pairs}],
                           unmatched_b=[u.key for u in b_units if u.key not in {p.b for p in pairs}])


def test_counterparts_pair_the_same_subjects_and_leave_the_rest():
    alignment = align_files([A, B], bundled_taxonomies()[0])
    a_id, b_id = (r.id for r in alignment.reports)
    matching = match_reports(alignment, a_id, b_id, "plans")
    pairs = [(titles(alignment, [p.a])[0], titles(alignment, [p.b])[0]) for p in matching.pairs]
    assert pairs == [("加强教师队伍建设", "建强教师队伍"), ("推进学校建设项目", "加快项目建设进度")]
    assert titles(alignment, matching.unmatched_a) == ["筹办县运动会"]
    assert titles(alignment, matching.unmatched_b) == ["深化双减工作"]
    assert all(0 < p.score <= 1 for p in matching.pairs)


def test_pinned_counterparts_are_kept():
    alignment = align_files([A, B], bundled_taxonomies()[0])
    a_id, b_id = (r.id for r in alignment.reports)
    sports = next(s.key for s in alignment.sections if s.section.title == "筹办县运动会")
    burden = next(s.key for s in alignment.sections if s.section.title == "深化双减工作")
    matching = match_reports(alignment, a_id, b_id, "plans", Pins().pair(burden, sports))
    pinned = [p for p in matching.pairs if p.pinned]
    assert [(p.a, p.b) for p in pinned] == [(sports, burden)]
    assert len(matching.pairs) == 3 and not matching.unmatched_a and not matching.unmatched_b


def test_the_list_is_chosen_by_comparison_and_the_margin_is_reported():
    from reportdesk.align.choose import CLEAR

    gov = align_files(parse_files([DATA / "gov"]))
    assert [s[0] for s in gov.taxonomy_scores] == ["government", "education"]
    assert gov.taxonomy_margin >= CLEAR and gov.taxonomy_misfits == ()
    hospital = align_files(parse_files([DATA / "hospital"]))
    # the education list's general words fit hospital reports better than the government
    # list's, but its topics do not group their text as the text groups itself
    assert hospital.taxonomy_id == "clusters" and hospital.taxonomy_scores[0][0] == "education"


def test_a_mixed_set_gets_the_majority_list_and_the_misfits_are_named():
    school = parsed("学校.txt", "甲县教育局2023年工作总结", "一、主要工作",
                    "（一）加强教师队伍建设。招聘教师120名，开展师德师风教育，培养骨干教师和名班主任。",
                    "（二）推进学校建设项目。新建学校2所，改扩建校舍，新增学位1200个，改善办学条件。",
                    "（三）提升教育教学质量。深化课堂教学改革，加强教研，中考成绩稳步提升。")
    alignment = align_files(parse_files([DATA / "gov"]) + [school])
    assert alignment.taxonomy_id == "government"
    assert alignment.taxonomy_misfits == ("学校.txt#1",)


def test_a_list_given_by_the_user_has_no_scores():
    alignment = align_files(parse_files([DATA / "gov"]), bundled_taxonomies()[0])
    assert alignment.taxonomy_id == "education" and alignment.taxonomy_scores == ()


def test_a_single_report_of_an_unknown_kind_is_not_given_a_list_by_its_general_words():
    one = align_files(parse_files([DATA / "hospital" / "县中医院.txt"]))
    assert one.taxonomy_id == "clusters"
    school = align_files([A])
    assert school.taxonomy_id == "education"
