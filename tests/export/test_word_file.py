"""The Word (and Excel) file around the text: sections, grid, fonts, properties, templates, scale."""
import zipfile

import docx
import openpyxl
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn

from reportdesk.export.blocks import BodyStart, Cover, Heading, Para, RunIn, Table, Toc
from reportdesk.export.compile import ExportOptions
from reportdesk.export.docx_writer import check_template, write_docx
from reportdesk.export.template import build_template
from reportdesk.export.package import EXPORT_KEYWORD, is_reportdesk_export
from reportdesk.export.run import export_docx
from reportdesk.export.table import write_table_xlsx


def test_control_characters_never_stop_the_writers(tmp_path, seeds_alignment):
    blocks = [Para("GBK 文本的结尾\x1a"), RunIn("一是标题", "。", "增长\x075%。"), Table(("主题", "甲"), (("题\x0b", "文\x00字"),))]
    write_docx(blocks, tmp_path / "a.docx")
    text = "".join(p.text for p in docx.Document(str(tmp_path / "a.docx")).paragraphs)
    assert "GBK 文本的结尾" in text and "一是标题。增长5%。" in text and "\x1a" not in text
    write_table_xlsx(seeds_alignment, tmp_path / "a.xlsx", ExportOptions(mode="table", parts=["plans"]))


def test_sections_cover_unnumbered_body_from_one_on_a_right_hand_page(tmp_path):
    write_docx([Cover("汇编", "某局办公室", "2026年1月1日"), Toc(), BodyStart(), Heading(1, "一、甲"), Para("文字")],
               tmp_path / "a.docx")
    document = docx.Document(str(tmp_path / "a.docx"))
    front, body = document.sections[0]._sectPr, document.sections[-1]._sectPr
    assert front.find(qn("w:footerReference")) is None  # no page number on the cover and 目录
    assert body.find(qn("w:pgNumType")).get(qn("w:start")) == "1"
    assert body.find(qn("w:type")).get(qn("w:val")) == "oddPage"
    grid = body.find(qn("w:docGrid"))
    assert (grid.get(qn("w:type")), grid.get(qn("w:linePitch"))) == ("lines", "579")  # 22 lines
    normal = document.styles["Normal"].element
    assert normal.rPr.find(qn("w:spacing")).get(qn("w:val")) == "-5"  # 28 characters a line
    assert normal.pPr.find(qn("w:widowControl")).get(qn("w:val")) == "0"


def test_fonts_properties_and_no_stale_parts(tmp_path, seeds_alignment):
    result = export_docx(seeds_alignment, tmp_path / "汇编.docx", ExportOptions(unit="长葛市教育体育局"))
    assert str(result) == str(tmp_path / "汇编.docx")  # the window shows it as the path
    with zipfile.ZipFile(result.path) as archive:
        names = archive.namelist()
        fonts = archive.read("word/fontTable.xml").decode("utf-8")
    assert not any("stylesWithEffects" in n or "thumbnail" in n for n in names)
    for font, alt in (("仿宋_GB2312", "仿宋"), ("楷体_GB2312", "楷体"), ("黑体", "SimHei"), ("方正小标宋简体", "宋体")):
        entry = fonts[fonts.index(f'w:name="{font}"'):]
        entry = entry[:entry.index("</w:font>")]
        assert f'w:altName w:val="{alt}"' in entry and 'w:charset w:val="86"' in entry
    props = docx.Document(str(result.path)).core_properties
    assert (props.title, props.author, props.keywords) == ("各地教育工作总结按主题汇编", "长葛市教育体育局", EXPORT_KEYWORD)


def test_our_own_exports_are_recognised_without_opening_them_fully(tmp_path, seeds_alignment):
    export_docx(seeds_alignment, tmp_path / "汇编.docx", ExportOptions(mode="reports"))
    docx.Document().save(str(tmp_path / "plain.docx"))
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04 not really")
    assert is_reportdesk_export(tmp_path / "汇编.docx")
    assert not is_reportdesk_export(tmp_path / "plain.docx") and not is_reportdesk_export(tmp_path / "broken.docx")


def only_normal_template(path):
    """A template as WPS saves it when nothing was styled: Normal and nothing else."""
    document = docx.Document()
    styles = document.styles.element
    for style in list(styles.findall(qn("w:style"))):
        if style.get(qn("w:styleId")) != "Normal":
            styles.remove(style)
    for reference in document.sections[0]._sectPr.findall(qn("w:footerReference")):
        document.sections[0]._sectPr.remove(reference)
    document.save(str(path))


def test_a_template_with_only_normal_still_gives_official_headings_with_a_message(tmp_path, seeds_alignment):
    only_normal_template(tmp_path / "单位模板.docx")
    result = export_docx(seeds_alignment, tmp_path / "汇编.docx", ExportOptions(), tmp_path / "单位模板.docx")
    assert any("标题 1" in m and "已按公文格式" in m for m in result.messages)
    assert any("页码" in m for m in result.messages)
    document = docx.Document(str(result.path))
    for level in (1, 2, 3):
        style = document.styles[f"Heading {level}"]
        assert style.type == WD_STYLE_TYPE.PARAGRAPH
        assert style.element.pPr.find(qn("w:outlineLvl")).get(qn("w:val")) == str(level - 1)
    assert sum(p.style.name == "Heading 1" for p in document.paragraphs) == 4
    assert " PAGE " in document.sections[-1].footer._element.xml
    assert check_template(tmp_path / "单位模板.docx") == list(result.messages)  # the dialog can say it first
    build_template().save(str(tmp_path / "完整.docx"))
    assert check_template(tmp_path / "完整.docx") == []


def test_the_table_is_an_attachment_with_a_repeated_header_and_matching_widths(tmp_path, seeds_alignment):
    path = export_docx(seeds_alignment, tmp_path / "对照表.docx", ExportOptions(mode="table")).path
    document = docx.Document(str(path))
    texts = [p.text for p in document.paragraphs]
    assert "附件" in texts and any(p.style.name == "报告标题" and p.text == "各地教育工作总结对照表"
                                   for p in document.paragraphs)
    last = document.sections[-1]
    assert last.page_width > last.page_height and document.sections[0].page_width < document.sections[0].page_height
    for table in document.tables:
        rows = table._tbl.findall(qn("w:tr"))
        assert rows[0].trPr.find(qn("w:tblHeader")) is not None
        assert all(r.trPr.find(qn("w:tblHeader")) is None for r in rows[1:])
        # only the header is kept whole: a row of text may break across pages, so pages are full
        assert [r.trPr.find(qn("w:cantSplit")) is not None for r in rows] == [True] + [False] * (len(rows) - 1)
        grid = [int(c.get(qn("w:w"))) for c in table._tbl.tblGrid.findall(qn("w:gridCol"))]
        for row in rows:
            assert [int(tc.tcPr.find(qn("w:tcW")).get(qn("w:w"))) for tc in row.findall(qn("w:tc"))] == grid
    cells = [c.text for t in document.tables for r in t.rows[1:] for c in r.cells[1:]]
    assert any(c.endswith("……") for c in cells) and "—" in cells


def test_the_table_as_a_workbook(tmp_path, seeds_alignment, display_names):
    path = write_table_xlsx(seeds_alignment, tmp_path / "对照表.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["工作成效", "存在问题", "工作计划"]
    header = [c.value for c in book["工作成效"][1]]
    assert header[0] == "主题" and len(header) == 13 and all("#" not in h for h in header)


def test_a_compilation_of_nothing_is_still_a_valid_document(tmp_path, seeds_alignment):
    from dataclasses import replace

    empty = replace(seeds_alignment, reports=(), sections=(), assignments=(), cells=())
    for mode in ("topics", "reports", "table"):
        path = export_docx(empty, tmp_path / f"{mode}.docx", ExportOptions(mode=mode)).path
        body = docx.Document(str(path)).element.body
        assert body[-2].tag == qn("w:p") and body[-2].find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is None
