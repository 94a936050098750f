"""Word files: paragraphs and tables in order, style hints, automatic numbering rendered."""
import pytest

from docx_builder import DocxSpec, Level, Para, Style, write_docx
from reportdesk.ingest import read_document
from reportdesk.ingest.docx_numbering import format_number


def texts(path):
    return [p.text for p in read_document(path).paragraphs]


def test_paragraphs_and_table_cells_in_reading_order(tmp_path):
    spec = DocxSpec(body=[Para("一、基本情况"), [[[Para("学校")], [Para("128所")]],
                                               [[Para("教师")], [Para("3260人")]]], Para("二、成效")])
    path = write_docx(tmp_path / "a.docx", spec)
    document = read_document(path)
    assert document.encoding == "DOCX"
    assert [p.text for p in document.paragraphs] == ["一、基本情况", "学校", "128所", "教师", "3260人", "二、成效"]
    assert [p.in_table for p in document.paragraphs] == [False, True, True, True, True, False]


def test_heading_styles_and_outline_levels_become_hints(tmp_path):
    spec = DocxSpec(
        styles=[Style("Heading1", "heading 1", outline=0),
                Style("a5", "标题 2", based_on="Normal"),  # WPS: a Chinese name, no outline level
                Style("MyHead", "我的标题", based_on="Heading1")],
        body=[Para("总体情况", style="Heading1"), Para("党建工作", style="a5"),
              Para("继承的标题", style="MyHead"), Para("直接设置大纲级别", outline=2), Para("正文。")])
    hints = [(p.style, p.level) for p in read_document(write_docx(tmp_path / "h.docx", spec)).paragraphs]
    assert hints == [("heading 1", 1), ("标题 2", 2), ("我的标题", 1), ("Normal", 3), ("Normal", None)]


def chinese_list(style_levels=(None, None, None)):
    return {1: [Level("chineseCounting", "%1、", style=style_levels[0]),
                Level("chineseCounting", "（%2）", style=style_levels[1]),
                Level("decimal", "%3.", style=style_levels[2])]}


def test_automatic_chinese_numbering_is_rendered_into_the_text(tmp_path):
    spec = DocxSpec(abstracts=chinese_list(), nums={5: 1}, body=[
        Para("主要成效", num=(5, 0)), Para("党建引领", num=(5, 1)), Para("推进项目", num=(5, 2)),
        Para("改善条件", num=(5, 2)), Para("队伍建设", num=(5, 1)), Para("正文没有编号。"),
        Para("存在问题", num=(5, 0)), Para("资源不均", num=(5, 1))])
    assert texts(write_docx(tmp_path / "n.docx", spec)) == [
        "一、主要成效", "（一）党建引领", "1.推进项目", "2.改善条件", "（二）队伍建设", "正文没有编号。",
        "二、存在问题", "（一）资源不均"]


def test_numbering_inherited_through_the_style_chain(tmp_path):
    spec = DocxSpec(
        abstracts=chinese_list(style_levels=("H1", "H2", None)), nums={3: 1},
        styles=[Style("H1", "标题 1", num=(3, None), outline=0), Style("H2", "标题 2", num=(3, None), outline=1),
                Style("H2b", "我的二级", based_on="H2")],
        body=[Para("工作成效", style="H1"), Para("党建", style="H2"), Para("教师", style="H2b"),
              Para("问题", style="H1"), Para("短板", style="H2")])
    assert texts(write_docx(tmp_path / "s.docx", spec)) == [
        "一、工作成效", "（一）党建", "（二）教师", "二、问题", "（一）短板"]


def test_two_nums_of_one_abstract_list_share_counters(tmp_path):
    spec = DocxSpec(abstracts=chinese_list(), nums={1: 1, 2: 1},
                    body=[Para("甲", num=(1, 0)), Para("乙", num=(2, 0)), Para("丙", num=(1, 0))])
    assert texts(write_docx(tmp_path / "c.docx", spec)) == ["一、甲", "二、乙", "三、丙"]


@pytest.mark.parametrize("n, fmt, expected", [
    (1, "chineseCounting", "一"), (12, "chineseCounting", "十二"), (20, "chineseCountingThousand", "二十"),
    (3, "decimalEnclosedCircleChinese", "③"), (2, "decimalEnclosedCircle", "②"),
    (4, "decimal", "4"), (3, "ideographTraditional", "丙"), (2, "upperLetter", "B"), (4, "lowerRoman", "iv"),
    (3, "chineseLegalSimplified", "叁"), (5, "bullet", ""),
])
def test_number_formats(n, fmt, expected):
    assert format_number(n, fmt) == expected


def test_bullets_add_no_marker(tmp_path):
    spec = DocxSpec(abstracts={1: [Level("bullet", "●")]}, nums={1: 1}, body=[Para("要点", num=(1, 0))])
    assert texts(write_docx(tmp_path / "b.docx", spec)) == ["要点"]
