"""A file is recognised by its first bytes, whatever its name says."""
import io
import zipfile

import pytest

from reportdesk.ingest.sniff import sniff


def zipped(*names, mimetype=None):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        if mimetype:
            archive.writestr(zipfile.ZipInfo("mimetype"), mimetype)  # stored first, uncompressed
        for name in names:
            archive.writestr(name, "<x/>")
    return buffer.getvalue()


@pytest.mark.parametrize("data, kind", [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "pdf"),
    (b"{\\rtf1\\ansi\\ansicpg936 \\'d2\\'bb}", "rtf"),
    (b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"x\"\r\n\r\n--x\r\n", "mht"),
    (b"From: <Saved by Windows Internet Explorer 8>\r\nSubject: report\r\nMIME-Version: 1.0\r\n"
     b"Content-Type: multipart/related;\r\n\ttype=\"text/html\"\r\n\r\n", "mht"),
    (b"\xef\xbb\xbf  <!DOCTYPE html><html><body><p>x</p>", "html"),
    ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><body>".encode("utf-16"), "html"),
    ("<meta charset=gbk><p>一、成效</p>".encode("gbk"), "html"),
    (b"\x89PNG\r\n\x1a\n\0\0", "image"),
    (b"\xff\xd8\xff\xe0\0\x10JFIF", "image"),
    ("一、基本情况\n全县共有学校128所。".encode("gbk"), "text"),
    ("# 标题\n<不是网页>".encode("utf-8"), "text"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504), "ole"),
])
def test_kinds_by_content(data, kind):
    assert sniff(data) == kind


def test_zip_kinds_by_their_parts():
    assert sniff(zipped("[Content_Types].xml", "word/document.xml")) == "docx"
    assert sniff(zipped("content.xml", mimetype="application/vnd.oasis.opendocument.text")) == "odt"
    assert sniff(zipped("content.xml", mimetype="application/vnd.oasis.opendocument.spreadsheet")) == "spreadsheet"
    assert sniff(zipped("[Content_Types].xml", "xl/workbook.xml")) == "excel"
    assert sniff(zipped("[Content_Types].xml", "ppt/presentation.xml")) == "presentation"
    assert sniff(zipped("photos/a.jpg")) == "archive"


def test_markdown_that_starts_with_a_tag_stays_markdown_but_a_saved_page_named_txt_is_html(tmp_path):
    from reportdesk.ingest import read_document

    markdown = tmp_path / "报告.md"
    markdown.write_text("<div align=center>清河县</div>\n\n# 一、成效\n正文。\n", encoding="utf-8")
    assert read_document(markdown).encoding == "UTF-8"
    page = tmp_path / "报告.txt"
    page.write_text("<html><body><p>一、成效</p><p>正文。</p></body></html>", encoding="utf-8")
    document = read_document(page)
    assert document.encoding.startswith("网页") and [p.text for p in document.paragraphs] == ["一、成效", "正文。"]
