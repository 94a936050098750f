"""What Word shows is read once, in order: text boxes, tables in tables, notes; not headers and footers."""
import shutil
from pathlib import Path

import pytest

from docx_builder import NS
from reportdesk.ingest import read_document
from word_files import document_xml, notes_xml, p, write_word

FORMATS = Path(__file__).resolve().parent.parent / "data" / "formats"


def read(path):
    return [(x.text, x.in_table) for x in read_document(path).paragraphs]


def texts(path):
    return [x.text for x in read_document(path).paragraphs]


def box(text: str) -> str:
    return f"<w:txbxContent>{p(text)}</w:txbxContent>"


# A text box as Word 2010 and later save it: DrawingML for new readers, the same box in VML for old ones.
TEXT_BOX = ("<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><a:graphic><a:graphicData>"
            "<wps:wsp><wps:txbx>{box}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>"
            "</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict>"
            "</mc:Fallback></mc:AlternateContent></w:r>")


def test_a_text_box_is_read_once_after_its_anchor(tmp_path):
    body = (f"<w:p><w:r><w:t>一、基本情况</w:t></w:r>{TEXT_BOX.format(box=box('专栏：全年新建学校3所'))}</w:p>"
            + p("正文。"))
    assert texts(write_word(tmp_path / "框.docx", body)) == ["一、基本情况", "专栏：全年新建学校3所", "正文。"]


def test_an_old_vml_text_box_is_read(tmp_path):
    body = f"<w:p><w:r><w:pict><v:shape><v:textbox>{box('旧式文本框')}</v:textbox></v:shape></w:pict></w:r></w:p>"
    assert texts(write_word(tmp_path / "旧框.docx", body)) == ["旧式文本框"]


def test_a_table_inside_a_table_is_read_once_in_reading_order(tmp_path):
    inner = f"<w:tbl><w:tr><w:tc>{p('内1')}</w:tc><w:tc>{p('内2')}</w:tc></w:tr></w:tbl>"
    body = (p("前") + f"<w:tbl><w:tr><w:tc>{p('外1')}{inner}{p('外2')}</w:tc><w:tc>{p('右')}</w:tc></w:tr></w:tbl>"
            + p("后"))
    assert read(write_word(tmp_path / "嵌套表.docx", body)) == [
        ("前", False), ("外1", True), ("内1", True), ("内2", True), ("外2", True), ("右", True), ("后", False)]


def note_ref(kind: str, note_id: int) -> str:
    return f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:{kind}Reference w:id="{note_id}"/></w:r>'


def test_footnotes_and_endnotes_follow_their_paragraph(tmp_path):
    body = (f"<w:p><w:r><w:t>一、经济运行</w:t></w:r>{note_ref('footnote', 1)}</w:p>"
            f"<w:p><w:r><w:t>生产总值增长5.6%。</w:t></w:r>{note_ref('endnote', 1)}"
            f"<w:r><w:t>财政收入12.3亿元。</w:t></w:r>{note_ref('footnote', 2)}</w:p>")
    parts = {"word/footnotes.xml": notes_xml("footnote", {1: "本节数据为快报数。", 2: "不含土地出让收入。"}),
             "word/endnotes.xml": notes_xml("endnote", {1: "来源：县统计局。"})}
    assert texts(write_word(tmp_path / "注.docx", body, parts)) == [
        "一、经济运行", "注：本节数据为快报数。",
        "生产总值增长5.6%。财政收入12.3亿元。", "注：来源：县统计局。", "注：不含土地出让收入。"]


def test_headers_and_footers_are_not_read(tmp_path):
    parts = {"word/header1.xml": f"<w:hdr {NS}>{p('清河县人民政府文件')}</w:hdr>",
             "word/footer1.xml": f"<w:ftr {NS}>{p('第 1 页')}</w:ftr>"}
    assert texts(write_word(tmp_path / "页眉.docx", p("一、正文"), parts)) == ["一、正文"]


@pytest.mark.parametrize("suffix", [".docm", ".dotx", ".dotm"])
def test_macro_and_template_word_files_are_read_as_word(tmp_path, suffix):
    target = tmp_path / f"report{suffix}"
    shutil.copyfile(FORMATS / "report.docx", target)
    document = read_document(target)
    assert document.encoding == "DOCX"
    assert [x.text for x in document.paragraphs] == texts(FORMATS / "report.docx")


def test_xml_declared_as_gbk(tmp_path):
    xml = document_xml(p("一、基本情况") + p("全县学校128所。"), declaration="GBK").encode("gbk")
    document = read_document(write_word(tmp_path / "gbk.docx", document=xml))
    assert [x.text for x in document.paragraphs] == ["一、基本情况", "全县学校128所。"]
    assert document.warnings == ()


@pytest.mark.parametrize("name", ["report.docx", "revisions.docx", "report.odt", "revisions.odt", "report.rtf",
                                  "revisions.rtf", "report.html", "report.mht", "report.doc", "report.pdf"])
def test_sound_files_carry_no_warning(name):
    assert read_document(FORMATS / name).warnings == ()
