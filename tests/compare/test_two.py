"""Two reports side by side: sections paired, sentences paired, changed words and figures marked."""
from pathlib import Path

import pytest

from reportdesk.align import align_files
from reportdesk.compare.pairing import Options
from reportdesk.compare.side_by_side import compare_two
from reportdesk.compare.side_by_side_rows import row_order
from reportdesk.model import Document, Paragraph, ParsedFile
from reportdesk.structure.report import build_reports

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

YEAR_1 = ["某县教育局2021年工作总结", "一、工作成效", "（一）加强党的建设",
          "全面加强党的领导。开展党史学习教育活动40场。组织党员到红色教育基地参观学习。",
          "（二）加强教师队伍建设", "全年补充教师682人。扎实开展师德师风教育，教师队伍素质明显提升。",
          "二、存在问题", "（一）学位供给不足", "城区学校大班额问题仍然突出，学位十分紧张。"]
YEAR_2 = ["某县教育局2022年工作总结", "一、工作成效", "（一）加强党的建设",
          "全面加强党的领导。开展党史学习教育活动50场。组织党员到红色教育基地参观学习。新创建党建品牌一个。",
          "（二）加强教师队伍建设", "全年补充教师700人。扎实开展师德师风教育，教师队伍素质稳步提升。",
          "（三）改善办学条件", "新建学校三所，改扩建校舍一万平方米，办学条件持续改善。",
          "二、存在问题", "（一）学位供给不足", "城区学校大班额问题仍然突出，学位十分紧张。"]


def parsed(name, lines):
    return ParsedFile(name, "UTF-8", None, build_reports(Document(name, tuple(Paragraph(t) for t in lines), "UTF-8")))


@pytest.fixture(scope="module")
def years():
    alignment = align_files([parsed("a.txt", YEAR_1), parsed("b.txt", YEAR_2)])
    return alignment, alignment.reports[0].id, alignment.reports[1].id


def marked(comparison, side, kind):
    text, spans = (comparison.text_a, comparison.spans_a) if side == "a" else (comparison.text_b, comparison.spans_b)
    return [text[s.start:s.end] for s in spans if s.kind == kind]


def test_rows_follow_the_first_report_with_the_second_ones_extra_sections_in_place():
    assert row_order(["a1", "a2", "a3"], ["b1", "bx", "b3"], {"b1": "a1", "b3": "a3"}) == \
        [("a1", "b1"), ("a2", None), (None, "bx"), ("a3", "b3")]
    # crossing counterparts: b stands beside its counterpart; an extra b section follows its predecessor
    assert row_order(["a1", "a2"], ["b2", "b1", "by"], {"b2": "a2", "b1": "a1"}) == \
        [("a1", "b1"), (None, "by"), ("a2", "b2")]
    assert row_order([], ["b1"], {}) == [(None, "b1")]


def test_two_years_show_what_changed(years):
    alignment, a, b = years
    c = compare_two(alignment, a, b, gap_text="（无）")
    kinds = [r.kind for r in c.rows]
    # the part's own heading (一、工作成效) has a row of its own before its units
    assert kinds == ["part", "pair", "pair", "pair", "only_b", "part", "pair", "pair"]
    assert marked(c, "a", "title") == ["工作成效", "存在问题"] == marked(c, "b", "title")
    assert marked(c, "a", "changed") == ["40", "682", "明显"] and marked(c, "b", "changed") == ["50", "700", "稳步"]
    assert "组织党员到红色教育基地参观学习。" in marked(c, "a", "same")
    assert marked(c, "b", "only") == ["新创建党建品牌一个。", c.text_b[slice(*c.rows[4].b)]]
    assert marked(c, "a", "gap") == ["（无）"]
    assert [r.similarity for r in c.rows if r.kind == "pair"][-1] == 1.0
    assert 0.8 < c.rows[2].similarity < 1 and 0.7 < c.similarity < 1
    # in reading order: 40→50, the added sentence, 682→700, 明显→稳步, the added section
    assert [(d.kind, d.row) for d in c.differences] == [("changed", 2), ("only_b", 2), ("changed", 3),
                                                        ("changed", 3), ("only_b", 4)]
    added = c.differences[1]
    assert c.text_b[slice(*added.b)] == "新创建党建品牌一个。"
    assert added.a[0] == added.a[1] == c.rows[2].a[1]  # where it would be in the first report
    assert c.text_a[slice(*c.differences[0].a)].startswith("开展党史学习教育活动40场")
    assert all(a0 <= a1 for (a0, _), (a1, _) in zip(c.rows[2].anchors, c.rows[2].anchors[1:]))
    assert [c.text_a[h:h + 4] for r in c.rows for h in r.heads_a] == ["一、工作", "（一）加", "（二）加", "二、存在", "（一）学"]


def test_ignoring_numbers_makes_edited_figures_the_same_sentence_but_marks_them(years):
    alignment, a, b = years
    c = compare_two(alignment, a, b, options=Options(numbers=True))
    assert marked(c, "a", "number") == ["40", "682"] and marked(c, "b", "number") == ["50", "700"]
    assert marked(c, "a", "changed") == ["明显"]
    assert [d.kind for d in c.differences] == ["only_b", "changed", "only_b"]


def test_one_part_and_nothing_written(years):
    alignment, a, b = years
    c = compare_two(alignment, a, b, part="problems")
    assert [r.kind for r in c.rows] == ["pair", "pair"] and c.differences == () and c.similarity == 1.0
    assert c.text_a == c.text_b == "二、存在问题\n（一）学位供给不足\n城区学校大班额问题仍然突出，学位十分紧张。"
    empty = compare_two(alignment, a, b, part="plans")
    assert empty.rows == () and empty.text_a == "" and empty.differences == ()


def test_cancelled():
    class Cancelled:
        cancelled = True

        def step(self, *_):
            raise AssertionError("no progress after cancelling")

    alignment = align_files([parsed("a.txt", YEAR_1), parsed("b.txt", YEAR_2)])
    assert compare_two(alignment, *(r.id for r in alignment.reports), progress=Cancelled()) is None


@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    """Two counties of the seeds, and the first one's report as its next year would edit it."""
    from reportdesk.jobs import parse_files

    folder = tmp_path_factory.mktemp("years")
    changge = SEEDS / "002_3275dbe3018fe5f1.txt"
    text = changge.read_text(encoding="utf-8").replace("组织机关党员60余名", "组织机关党员80余名")
    text = text.replace("努力提升教育治理能力。", "努力提升教育治理能力，教育治理体系更加完善。")
    text = text.replace("三是公办高中和幼儿学位还不足，公办幼儿学位占比仅为18.7%，与省定55%的目标相去甚远，公办高中学位占比仅是58.1%。",
                        "三是校园安全管理仍需加强，部分学校安防设施老化。")
    text = text.replace("2021年工作总结及2022年工作谋划", "2022年工作总结及2023年工作谋划")  # the opening too
    (folder / "changge2022.txt").write_text(text.replace("（2021年12月）", "（2022年12月）"), encoding="utf-8")
    alignment = align_files(parse_files([changge, SEEDS / "004_61d6fe56185b419c.txt", folder / "changge2022.txt"]))
    return alignment, {r.label: r.id for r in alignment.reports}


def test_two_counties_show_what_they_share(seeds):
    alignment, ids = seeds
    c = compare_two(alignment, ids["长葛市教体局 2021"], ids["溆浦县教育局 2021"], gap_text="—")
    assert c.similarity < 0.1 and c.shared_sentences == 0  # written independently
    shared = marked(c, "a", "shared")
    assert len(shared) > 10 and "党史学习教育" in shared and "党史学习教育" in marked(c, "b", "shared")
    pairs = [r for r in c.rows if r.kind == "pair" and r.a_key]  # counterpart units of work
    assert pairs and all(0 < r.similarity < 0.3 for r in pairs)
    # nothing is lost: the openings, the part headings, the 2022 plans only 长葛 wrote
    assert [r.kind for r in c.rows if r.part == "overview"] == ["part", "pair"]
    assert "三、2022年教育工作谋划" in c.text_a and "2021年是个特殊的年份" in c.text_b
    # a run of different sentences is one difference, not one per sentence
    assert len(c.differences) < len(c.rows) + len(pairs)


def test_one_region_two_years_show_what_changed(seeds):
    alignment, ids = seeds
    c = compare_two(alignment, ids["长葛市教体局 2021"], ids["长葛市教体局 2022"])
    assert c.similarity > 0.95 and c.shared_sentences > 50
    # the opening names the years (2021 → 2022), then the edits made to the text
    assert marked(c, "a", "changed") == ["2021", "2022", "60"]
    assert marked(c, "b", "changed") == ["2022", "2023", "80", "，教育治理体系更加完善"]
    assert sorted(d.kind for d in c.differences) == ["changed", "changed", "changed", "only_a", "only_b"]


def test_a_changed_figure_is_marked_whole():
    from reportdesk.compare.diff import diff_texts
    from reportdesk.compare.side_by_side import whole_numbers

    def changed(a, b):
        return [(p.kind, p.text) for p in whole_numbers(diff_texts(a, b)) if p.kind != "equal"]

    assert changed("现将2021年工作", "现将2022年工作") == [("delete", "2021"), ("insert", "2022")]
    assert changed("增长5.8%，", "增长5.7%，") == [("delete", "5.8%"), ("insert", "5.7%")]
    assert changed("投入12亿元", "投入125亿元") == [("delete", "12"), ("insert", "125")]
    assert changed("补充教师", "招聘教师") == [("delete", "补充"), ("insert", "招聘")]


def test_reports_are_named_by_number_or_display_name(years):
    from reportdesk.compare.side_by_side import find_report

    alignment, a, b = years
    labels = [r.label for r in alignment.reports]
    assert find_report(alignment, "2") == b and find_report(alignment, labels[0]) == a
    assert find_report(alignment, "3") is None and find_report(alignment, "0") is None
    assert find_report(alignment, "上海") is None
    assert find_report(alignment, "某县") is None or len({r.label for r in alignment.reports if "某县" in r.label}) == 1


def test_one_region_s_two_periods_are_edits_and_a_year_moved_by_one_is_folded(seeds):
    alignment, ids = seeds
    c = compare_two(alignment, ids["长葛市教体局 2021"], ids["长葛市教体局 2022"])
    assert c.edit  # the view says 改动
    changed = {c.text_a[slice(*d.a)]: d.trivial for d in c.differences if d.kind == "changed"}
    opening = next(t for t in changed if "2021年工作总结及2022年工作谋划" in t)
    assert changed[opening]  # 2021 → 2022 and 2022 → 2023: the year moved, nothing changed
    assert not changed[next(t for t in changed if "60余名" in t)]  # a figure that changed is listed


def test_two_regions_differ_and_wording_only_is_folded(seeds):
    from reportdesk.compare.diff import diff_texts
    from reportdesk.compare.trivial import Fold, trivial_change

    alignment, ids = seeds
    assert not compare_two(alignment, ids["长葛市教体局 2021"], ids["溆浦县教育局 2021"]).edit  # 不同, not 改动
    regions = Fold(frozenset({"北京市", "北京"}), frozenset({"江苏省", "江苏"}))

    def trivial(a, b, fold=regions):
        return trivial_change(diff_texts(a, b), fold)

    assert trivial("大力推动美丽北京建设。", "大力推动美丽江苏建设。")  # the reports' own names
    assert trivial("建设高质量教育体系。", "打造高质量教育体系。")  # one short word swapped
    assert trivial("今年加强了学校安全管理。", "全面加强学校安全管理！")  # stop words, particles, punctuation
    assert not trivial("新建学校三所。", "新建学校四所。")  # a figure
    assert not trivial("加强学校安全管理。", "加强学校食品卫生管理。")  # content words
    periods = Fold(year_gap=1, edit=True)
    assert trivial("2021年工作总结", "2022年工作总结", periods)
    assert not trivial("2021年工作总结", "2023年工作总结", periods)
    assert not trivial("补充教师682人。", "补充教师700人。", periods)
    assert not trivial("教育质量明显提升。", "教育质量稳步提升。", periods)  # an edit between periods is shown
