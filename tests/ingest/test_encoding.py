"""Text files from Windows PCs and elsewhere decode right, and we say which encoding."""
import codecs

import pytest

from reportdesk.ingest import ReadError, read_document
from reportdesk.ingest.encoding import UndecodableError, decode_text

TEXT = "一、基本情况\n全县共有学校128所，专任教师3260人。（二）加强师德师风建设。"


@pytest.mark.parametrize("codec, expected", [
    ("utf-8", "UTF-8"),
    ("gbk", "GBK"),
    ("utf-16", "UTF-16LE"),  # Python writes a little-endian BOM
])
def test_text_file_decodes_and_names_its_encoding(tmp_path, codec, expected):
    path = tmp_path / "report.txt"
    path.write_bytes(TEXT.encode(codec))
    document = read_document(path)
    assert document.encoding == expected
    assert [p.text for p in document.paragraphs] == TEXT.split("\n")


def test_utf8_with_bom_and_utf16_big_endian(tmp_path):
    assert decode_text(codecs.BOM_UTF8 + TEXT.encode("utf-8")) == (TEXT, "UTF-8 (BOM)", 0, 0)
    assert decode_text(codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be")) == (TEXT, "UTF-16BE", 0, 0)


def test_gb18030_only_characters_are_read():
    text = "㐀䶮教育局2023年工作总结"  # 㐀 and 䶮 are outside GBK
    assert decode_text(text.encode("gb18030")) == (text, "GB18030", 0, 0)


def test_utf16_without_bom_is_recognised():
    decoded, name, _, _ = decode_text(TEXT.encode("utf-16-le"))
    assert decoded == TEXT and name == "UTF-16LE"


# Short GBK snippets are where statistical detectors fail; the cascade must not.
SNIPPETS = ["教育体育工作总结", "补充教师六百余人", "控辍保学成效显著", "县管校聘改革推进",
            "学前教育普及普惠", "校园安全防线巩固", "一、基本情况。", "（二）存在问题"]


@pytest.mark.parametrize("snippet", SNIPPETS)
def test_short_gbk_snippets_decode_exactly(snippet):
    assert decode_text(snippet.encode("gbk")) == (snippet, "GBK", 0, 0)


def test_binary_bytes_are_not_text():
    with pytest.raises(UndecodableError):
        decode_text(bytes(range(256)) * 20)


def test_binary_file_named_txt_gets_a_clear_error(tmp_path):
    path = tmp_path / "照片.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    with pytest.raises(ReadError) as info:
        read_document(path)
    assert "照片.txt" in str(info.value) and "这是图片" in str(info.value)
