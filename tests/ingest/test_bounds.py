"""Hostile sizes cost a clear refusal, never a worker's memory or a RecursionError (how long
they take is measured by `reportdesk bench --formats`, not here)."""
import struct

import pytest

from docx_builder import DocxSpec, Level, Para, write_docx
from reportdesk.ingest import ReadError, read_document
from reportdesk.ingest.docx_numbering import MAX_MARKER, format_number
from word_files import document_xml, p, write_odt, write_word

FORMATS = ["decimal", "upperRoman", "lowerRoman", "upperLetter", "lowerLetter", "chineseCounting",
           "chineseLegalSimplified", "decimalZero", "decimalFullWidth", "decimalEnclosedCircle"]


def refusal(path) -> ReadError:
    with pytest.raises(ReadError) as info:
        read_document(path)
    assert path.name in str(info.value)
    return info.value


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("value", [10 ** 12, 2 ** 63, 40_000, -5])
def test_an_absurd_counter_renders_a_short_marker(fmt, value):
    assert len(format_number(value, fmt)) <= MAX_MARKER


def test_a_list_that_starts_at_ten_million_numbers_its_paragraphs_briefly(tmp_path):
    spec = DocxSpec(abstracts={1: [Level("upperRoman", "%1.", start=10 ** 7)]}, nums={1: 1},
                    body=[Para(f"第{k}项工作", num=(1, 0)) for k in range(300)])
    paragraphs = read_document(write_docx(tmp_path / "大编号.docx", spec)).paragraphs
    assert len(paragraphs) == 300 and all(len(x.text) < 30 for x in paragraphs)
    assert paragraphs[0].text == "32767.第0项工作"


WRAPPERS = {
    "content controls": ("<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>", "block"),
    "tables": ("<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>", "block"),
    "hyperlinks": ("<w:hyperlink>", "</w:hyperlink>", "run"),
    "smart tags": ("<w:smartTag>", "</w:smartTag>", "run"),
}


def nested(kind: str, depth: int) -> str:
    opening, closing, level = WRAPPERS[kind]
    if level == "block":
        return p("开头") + opening * depth + p("深处") + closing * depth + p("结尾")
    return f"<w:p>{opening * depth}<w:r><w:t>深处</w:t></w:r>{closing * depth}</w:p>"


@pytest.mark.parametrize("kind", WRAPPERS)
def test_a_thousand_levels_of_nesting_are_refused_with_a_reason(tmp_path, kind):
    error = refusal(write_word(tmp_path / "深.docx", nested(kind, 1000)))
    assert error.code == "too_deep" and "嵌套" in str(error)


@pytest.mark.parametrize("kind", ["content controls", "hyperlinks", "smart tags"])
def test_fifty_levels_of_nesting_are_read(tmp_path, kind):
    assert "深处" in [x.text for x in read_document(write_word(tmp_path / "较深.docx", nested(kind, 50))).paragraphs]


def test_deep_spans_in_odt_deep_divs_in_html_deep_groups_in_rtf(tmp_path):
    odt = write_odt(tmp_path / "深.odt", "<text:p>" + "<text:span>" * 1000 + "深处" + "</text:span>" * 1000 + "</text:p>")
    html = tmp_path / "深.html"
    html.write_text("<html><body>" + "<div>层" * 1000 + "</div>" * 1000 + "</body></html>", encoding="utf-8")
    rtf = tmp_path / "深.rtf"
    rtf.write_bytes(b"{\\rtf1\\ansi " + b"{" * 3000 + b"deep" + b"}" * 3000 + b"}")
    for path in (odt, html, rtf):
        assert refusal(path).code == "too_deep"


def test_a_million_elements_are_refused(tmp_path):
    error = refusal(write_word(tmp_path / "多.docx", "<w:p/>" * 1_100_000 + p("正文")))
    assert error.code == "too_complex" and "过于复杂" in str(error)


def big_document(paragraphs: int) -> bytes:
    return document_xml(p("全县上下坚持稳中求进工作总基调，经济社会发展取得新成效。") * paragraphs).encode()


def test_a_body_that_unpacks_to_40_mb_is_refused_at_once(tmp_path):
    path = write_word(tmp_path / "大.docx", document=big_document(400_000))
    assert path.stat().st_size < 1_000_000
    error = refusal(path)
    assert error.code == "part_too_large" and "32 MB" in str(error)


def test_sizes_that_lie_do_not_get_past_the_cap(tmp_path):
    data = bytearray(write_word(tmp_path / "大.docx", document=big_document(400_000)).read_bytes())
    for signature, field, name_at in ((b"PK\x03\x04", 22, 30), (b"PK\x01\x02", 24, 46)):
        pos = data.find(signature)
        while pos >= 0:  # claim 100 KB for word/document.xml, in its local header and in the directory
            if data[pos + name_at:pos + name_at + 17] == b"word/document.xml":
                struct.pack_into("<I", data, pos + field, 100_000)
            pos = data.find(signature, pos + 4)
    path = tmp_path / "谎报.docx"
    path.write_bytes(bytes(data))
    assert refusal(path).code == "part_too_large"


def test_entities_are_never_expanded(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("机密内容", encoding="utf-8")
    laughs = "".join(f'<!ENTITY l{k} "{f"&l{k - 1};" * 10 if k else "哈"}">' for k in range(10))
    xml = (f'<?xml version="1.0"?><!DOCTYPE w:document [{laughs}<!ENTITY x SYSTEM "file://{secret}">]>'
           f'{document_xml(p("正文") + p("&l9;&x;")).split("?>", 1)[1]}')
    texts = [x.text for x in read_document(write_word(tmp_path / "实体.docx", document=xml)).paragraphs]
    assert texts[0] == "正文" and "机密" not in "".join(texts) and len("".join(texts)) < 100


def test_a_pdf_past_the_page_cap_is_refused(tmp_path, monkeypatch):
    from pathlib import Path

    from reportdesk.ingest import pdf_reader

    monkeypatch.setattr(pdf_reader, "MAX_PAGES", 1)
    source = Path(__file__).resolve().parent.parent / "data" / "formats" / "report.pdf"
    (tmp_path / "长.pdf").write_bytes(source.read_bytes())
    assert refusal(tmp_path / "长.pdf").code == "too_many_pages"
