"""Highlights, inline diffs and scroll mapping for the comparison pane."""
from reportdesk.compare.diff import Piece, diff_texts, similarity
from reportdesk.compare.highlights import phrase_highlights
from reportdesk.compare.scroll import map_position

TEXTS = ["加强教师队伍建设，全年补充教师682人，开展师德师风教育，实施护航计划。",
         "加强教师队伍建设，招聘特岗教师142人，师德师风持续向好。",
         "推进学校建设，新建学校3所，投入3.7344亿元。"]


def marked(k, kind):
    return [TEXTS[k][s.start:s.end] for s in phrase_highlights(TEXTS)[k] if s.kind == kind]


def test_phrases_most_regions_share():
    assert "教师队伍建设" in marked(0, "shared") and "教师队伍建设" in marked(1, "shared")
    assert "师德师风" in marked(0, "shared")
    assert marked(2, "shared") == []


def test_words_only_one_region_uses():
    assert "补充教师" in marked(0, "unique") and "特岗教师" in marked(1, "unique")
    assert "师德师风" not in marked(0, "unique")
    assert "教育" not in marked(0, "unique")  # two characters: too common to mark


def test_numbers_with_units():
    assert marked(0, "number") == ["682人"] and marked(2, "number") == ["3所", "3.7344亿元"]
    (spans,) = phrase_highlights(["2021年12月，新增学位2500个。"])
    assert [s.kind for s in spans] == ["number"] and (spans[0].start, spans[0].end) == (13, 18)
    text = "提升工程2.0,6所学校，投入1,200万元"
    (spans,) = phrase_highlights([text])
    assert [text[s.start:s.end] for s in spans] == ["6所", "1,200万元"]  # 2.0 is a version, not a figure


def test_the_comparison_and_the_indicators_mark_the_same_figures():
    from reportdesk.figures.extract import figures

    text = ("根据〔2021〕3号文件，2021年新建三所学校，举办十余场培训，培训教师2000余人次，"
            "覆盖率达到99%，第3届运动会于12月举行，投入xx万元。")
    (spans,) = phrase_highlights([text])
    marked = [text[s.start:s.end] for s in spans if s.kind == "number"]
    assert marked == [f.text for f in figures(text)]
    assert marked == ["三所", "十余场", "2000余人次", "99%", "xx万元"]


def test_spans_never_overlap_and_a_single_text_marks_only_numbers():
    for spans in phrase_highlights(TEXTS):
        assert all(a.end <= b.start for a, b in zip(spans, spans[1:]))
    (alone,) = phrase_highlights([TEXTS[0]])
    assert {s.kind for s in alone} == {"number"}


def test_inline_diff_of_chinese_text():
    pieces = diff_texts("全年补充教师682人，开展培训。", "全年招聘教师700人，开展培训。")
    assert "".join(p.text for p in pieces if p.kind != "insert") == "全年补充教师682人，开展培训。"
    assert "".join(p.text for p in pieces if p.kind != "delete") == "全年招聘教师700人，开展培训。"
    assert Piece("delete", "补充") in pieces and Piece("insert", "招聘") in pieces
    assert Piece("equal", "，开展培训。") in pieces or pieces[-1].text.endswith("开展培训。")


def test_similarity():
    assert similarity("加强师德师风建设。", "加强师德师风建设。") == 1.0
    assert similarity("加强师德师风建设。", "新建学校三所。") < 0.3


def test_scroll_maps_through_corresponding_segments():
    source = [(0, 100), (100, 300)]
    target = [(0, 50), (50, 60), (60, 500)]
    assert map_position(50, source, target) == 25  # halfway through the first section
    assert map_position(200, source, target) == 55  # halfway through the second
    assert map_position(250, [(0, 100), (100, 300)], [(0, 40)]) == 40  # no second section: its end
    assert map_position(10, [], target) == 0.0
