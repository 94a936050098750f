"""Two reports' comparison as a Word table: a row per pair, the marks as shading, GB fonts."""
from docx import Document
from docx.oxml.ns import qn

from reportdesk.compare.highlights import Span
from reportdesk.compare.pairing import Options
from reportdesk.compare.side_by_side import Difference, Row, TwoComparison
from reportdesk.export.side_by_side import cell_runs, write_two_docx


def test_a_cell_is_split_into_paragraphs_and_marked_runs():
    text = "标题\n甲乙丙丁。戊己"
    spans = [Span(3, 5, "same"), Span(6, 8, "changed")]
    assert cell_runs(text, spans, 0, len(text)) == [[("标题", None)],
                                                    [("甲乙", "same"), ("丙", None), ("丁。", "changed"), ("戊己", None)]]
    assert cell_runs(text, spans, 4, 7) == [[("乙", "same"), ("丙", None), ("丁", "changed")]]


def test_the_comparison_becomes_a_table_with_shading_and_chinese_fonts(tmp_path):
    a, b = "工作成效\n（一）党建\n开展活动40场。", "工作成效\n（一）党建\n开展活动50场。新建品牌。"
    comparison = TwoComparison(
        "a", "b", None, Options(), a, b,
        (Row("part", "achievements", (0, 4), (0, 4)),
         Row("pair", "achievements", (5, len(a)), (5, len(b)), "a/1", "b/1", 0.8, (), (5,), (5,))),
        (Span(0, 4, "title"), Span(15, 17, "changed")), (Span(0, 4, "title"), Span(15, 17, "changed"),
                                                        Span(19, 24, "only")),
        (Difference("changed", (11, 19), (11, 19), 1),), 0.8, 0)
    target = write_two_docx(comparison, "某县 2021", "某县 2022", tmp_path / "对比.docx")
    document = Document(target)
    assert document.paragraphs[0].text == "《某县 2021》与《某县 2022》对比"
    table = document.tables[0]
    assert [c.text for c in table.rows[0].cells] == ["甲：某县 2021", "相同", "乙：某县 2022"]
    assert table.rows[1].cells[0].text == "工作成效" and len(table.rows) == 3
    left, likeness, right = table.rows[2].cells
    assert likeness.text == "80%" and left.text == "（一）党建\n开展活动40场。"
    fills = {r.text: r._r.rPr.find(qn("w:shd")).get(qn("w:fill")) for p in right.paragraphs for r in p.runs
             if r._r.rPr.find(qn("w:shd")) is not None}
    assert fills == {"50": "BFE6BF", "新建品牌。": "E6F5E6"}  # changed words green, a new sentence faint green
    fonts = {r.text: r._r.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia")) for p in left.paragraphs for r in p.runs}
    assert fonts["（一）党建"] == "黑体" and fonts["40"] == "仿宋_GB2312"
