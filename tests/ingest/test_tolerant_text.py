"""A damaged byte costs a character, not the report: text files load, saying how many were lost."""
import pytest

from reportdesk.ingest import ReadError, read_document
from reportdesk.ingest.encoding import decode_text
from reportdesk.jobs import parse_file

LINES = ["一、基本情况", "全县共有学校128所，专任教师3260人。", "二、存在问题", "师资结构不优。"]
TEXT = "\n".join(LINES)


def read(tmp_path, data: bytes, name="报告.txt"):
    path = tmp_path / name
    path.write_bytes(data)
    return read_document(path)


def test_one_bad_byte_in_utf8_costs_one_character(tmp_path):
    data = bytearray(TEXT.encode("utf-8"))
    data[data.index("学".encode()) + 1] = 0x41  # the middle byte of 学 became an "A"
    document = read(tmp_path, bytes(data))
    assert document.encoding == "UTF-8"
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == LINES[0] and texts[2:] == LINES[2:]
    assert texts[1].startswith("全县共有") and "校128所" in texts[1] and "\ufffd" in texts[1]
    assert len(document.warnings) == 1 and "无法识别" in document.warnings[0]
    assert document.warnings[0].startswith(str(texts[1].count("\ufffd")))


def test_cut_off_last_character(tmp_path):
    document = read(tmp_path, TEXT.encode("utf-8")[:-1])  # 题 lost its last byte
    assert [p.text for p in document.paragraphs][:-1] == LINES[:-1]
    assert document.paragraphs[-1].text == "师资结构不优\ufffd"
    assert document.warnings == ("1 个字符无法识别，已用 � 代替",)


def test_a_few_nul_bytes_are_left_out(tmp_path):
    data = TEXT.encode("utf-8")
    data = data[:10] + b"\x00" + data[10:30] + b"\x00\x00" + data[30:]
    document = read(tmp_path, data)
    assert "".join(p.text for p in document.paragraphs) == "".join(LINES)
    assert document.warnings == ("3 个空字符（NUL）无法识别，已删除",)


def test_utf8_half_and_gbk_half_each_read_in_their_encoding(tmp_path):
    data = "\n".join(LINES[:2]).encode("utf-8") + b"\n" + "\n".join(LINES[2:]).encode("gbk")
    document = read(tmp_path, data)
    assert [p.text for p in document.paragraphs] == LINES
    assert document.encoding in ("UTF-8", "GBK")


def test_gbk_text_ending_in_ctrl_z_as_old_editors_wrote_it(tmp_path):
    document = read(tmp_path, TEXT.encode("gbk") + b"\x1a")
    assert document.encoding == "GBK" and document.warnings == ()
    assert [p.text for p in document.paragraphs] == LINES


def test_control_characters_never_reach_the_paragraphs(tmp_path):
    document = read(tmp_path, "一、基本情况\x07\n全县\x1b共有学校\x0c128所。\x1a\n".encode("utf-8"))
    texts = [p.text for p in document.paragraphs]
    assert texts == ["一、基本情况", "全县共有学校", "128所。"]


@pytest.mark.parametrize("reader_input, name", [
    ("<html><body><p>一、基本情况\x07</p><p>正文\x00内容\x1b。</p></body></html>", "页.html"),
    ("{\\rtf1\\ansi \\u19968?\\u12289?\\u22522?\\u26412?\\u24773?\\u20917?\\u7?\\par \\u27491?\\u27?\\par}",
     "报告.rtf"),
])
def test_control_characters_are_stripped_whatever_the_format(tmp_path, reader_input, name):
    document = read(tmp_path, reader_input.encode("utf-8"), name)
    assert all(ch >= " " or ch in "\t\n" for p in document.paragraphs for ch in p.text)
    assert document.paragraphs[0].text == "一、基本情况"


def test_lone_surrogates_from_rtf_escapes_are_dropped_and_pairs_joined(tmp_path):
    # \u-10176?\u-9216? is the surrogate pair of U+20000 (𠀀), as Word writes it; \u-10000? alone is damage
    document = read(tmp_path, b"{\\rtf1\\ansi \\u-10176?\\u-9216?\\u19968?\\u-10000?\\par}", "a.rtf")
    assert document.paragraphs[0].text == "\U00020000一\ufffd"


def test_mostly_undecodable_bytes_are_refused(tmp_path):
    with pytest.raises(ReadError) as info:
        read(tmp_path, b"\x80\xff" * 2000 + "正常文字".encode("utf-8"))
    assert info.value.code in ("decode", "binary")


def test_binary_data_keeps_its_message(tmp_path):
    with pytest.raises(ReadError) as info:
        read(tmp_path, bytes(range(256)) * 20)
    assert info.value.code == "binary" and "不是文字" in str(info.value)


def test_damaged_text_decodes_with_counts():
    decoded = decode_text("教育".encode("utf-8") + b"\xff" + "体育".encode("utf-8"))
    assert (decoded.text, decoded.encoding, decoded.replaced) == ("教育\ufffd体育", "UTF-8", 1)


def test_the_warning_reaches_the_file_row(tmp_path):
    path = tmp_path / "坏字.txt"
    path.write_bytes(("一、基本情况\n" + "全县学校发展良好。" * 20).encode("utf-8")[:-2])
    parsed = parse_file(str(path))
    assert parsed.error is None and parsed.reports
    assert parsed.warnings == ("1 个字符无法识别，已用 � 代替",)
