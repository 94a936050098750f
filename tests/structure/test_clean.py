"""Cleaning keeps the text and drops only what is not the report."""
from reportdesk.model import Paragraph
from reportdesk.structure.clean import clean_paragraphs, fold_spaces


def texts(lines):
    return [p.text for p in clean_paragraphs([Paragraph(t) for t in lines])]


def test_web_debris_and_page_furniture_are_dropped():
    lines = ["申明敬告: 本站不保证该用户上传的文档完整性。", "文档介绍", "一、基本情况", "第", "第1页共13页",
             "- 2 -", "查看更多", "相关文章", "您可能关注的文档", "全县学校128所。"]
    assert texts(lines) == ["一、基本情况", "全县学校128所。"]


def test_conversion_artefacts_are_removed_inline():
    assert texts(["[bookmark: _GoBack]3.抓实防溺水工作。"]) == ["3.抓实防溺水工作。"]


def test_white_space_is_folded():
    assert fold_spaces("\u3000\u3000一、基本\u2003情况\u00a0\t 全县") == "一、基本 情况 全县"


def test_half_width_brackets_around_chinese_become_full_width():
    assert fold_spaces("正文。(一)实施工程(试行)") == "正文。（一）实施工程（试行）"
    # a marker opening a line stays as typed, for the format check (headings show it full-width)
    assert fold_spaces("(一)实施工程(试行)") == "(一)实施工程（试行）"
    assert fold_spaces("网速300Mbps(千兆)") == "网速300Mbps（千兆）"
    assert fold_spaces("f(x) = 1") == "f(x) = 1"


def test_lines_broken_mid_sentence_are_rejoined():
    broken = "（三）持续推动教育优质均衡发展。一是学前教育优质普惠发展。凤凰幼儿"
    lines = [broken, "园、怡湖幼儿园等新建公办园投入使用。", "（四）不断提升服务能力。"]
    assert texts(lines) == [broken + "园、怡湖幼儿园等新建公办园投入使用。", "（四）不断提升服务能力。"]


def test_numeral_enumeration_after_a_break_is_rejoined():
    first = "学校基建规划有序实施。新建成幼儿园顺利移交。协助市兴教公司完成第"
    assert texts([first, "一、二批次幼儿园项目验收。"]) == [first + "一、二批次幼儿园项目验收。"]


def test_titles_and_headings_are_not_joined_to_what_follows():
    lines = ["2021年教育工作总结", "溆浦县教育局", "一、基本情况", "全县学校128所。"]
    assert texts(lines) == lines
