"""A damaged file gives what it still holds, with a warning on its row, as Word's repair does."""
import io
import zipfile

import pytest

from docx_builder import DocxSpec, Para, write_docx
from reportdesk.ingest import ReadError, read_document
from word_files import document_xml, p, write_odt, write_word

RECOVERED = "文件已损坏，已尽量恢复"
PARAGRAPHS = [f"（{k}）第{k}项工作：全县上下坚持稳中求进工作总基调，完成投资{k * 3}亿元。" for k in range(1, 121)]


@pytest.fixture
def good(tmp_path) -> bytes:
    return write_docx(tmp_path / "good.docx", DocxSpec(body=[Para(text) for text in PARAGRAPHS])).read_bytes()


def load(tmp_path, data: bytes, name="坏.docx"):
    path = tmp_path / name
    path.write_bytes(data)
    return read_document(path)


def member(data: bytes, name: str) -> tuple[int, int]:
    """Where a member's compressed bytes start and end."""
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo(name)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    return start, start + info.compress_size


def texts(document):
    return [x.text for x in document.paragraphs]


def test_a_sound_file_has_no_warning(tmp_path, good):
    document = load(tmp_path, good, "好.docx")
    assert texts(document) == PARAGRAPHS and document.warnings == ()


def test_a_file_cut_off_before_its_directory_is_read_from_its_local_headers(tmp_path, good):
    document = load(tmp_path, good[:good.find(b"PK\x01\x02")])
    assert texts(document) == PARAGRAPHS and document.warnings == (RECOVERED,)


def test_a_damaged_directory_is_read_around(tmp_path, good):
    data = bytearray(good)
    directory = data.find(b"PK\x01\x02")
    data[directory:directory + 4] = b"XXXX"
    data[-22:-18] = b"\0\0\0\0"  # the end record's signature too
    document = load(tmp_path, bytes(data))
    assert texts(document) == PARAGRAPHS and document.warnings == (RECOVERED,)


def test_a_body_cut_off_halfway_gives_its_first_half(tmp_path, good):
    start, end = member(good, "word/document.xml")
    document = load(tmp_path, good[:(start + end) // 2])
    got = texts(document)
    assert 30 < len(got) < 120 and got[:-1] == PARAGRAPHS[:len(got) - 1]
    assert document.warnings == (RECOVERED,)


def test_damaged_bytes_inside_the_body_keep_what_came_before(tmp_path, good):
    start, end = member(good, "word/document.xml")
    data = bytearray(good)
    for k in range(end - 400, end - 380):
        data[k] ^= 0x5A
    got = texts(load(tmp_path, bytes(data)))
    assert len(got) >= 60 and got[:60] == PARAGRAPHS[:60]


def test_a_damaged_local_header_is_read_with_the_directory(tmp_path, good):
    data = bytearray(good)
    start, _ = member(good, "word/document.xml")
    data[start - 2:start] = b"\xff\x7f"  # the extra-field length of the local header
    assert texts(load(tmp_path, bytes(data))) == PARAGRAPHS


def test_broken_tags_cost_only_their_element(tmp_path):
    xml = document_xml(p("一、基本情况") + "<w:p><w:r><w:t>残缺</w:t></w:r" + p("二、存在问题") + "<w:p><w:r><w:t>正文。"
                       + p("三、下步打算"))
    document = read_document(write_word(tmp_path / "断标签.docx", document=xml))
    got = texts(document)
    assert got[0] == "一、基本情况" and "二、存在问题" in got and "三、下步打算" in "".join(got)
    assert document.warnings == (RECOVERED,)


def test_control_characters_in_the_xml_are_dropped(tmp_path):
    xml = document_xml(p("一、基本\x01情况") + p("正文\x07。")).replace("<w:body>", "<w:body\x0b>")
    document = read_document(write_word(tmp_path / "控制符.docx", document=xml))
    assert texts(document) == ["一、基本情况", "正文。"] and document.warnings == (RECOVERED,)


def test_a_damaged_root_tag_costs_nothing_of_the_body(tmp_path):
    xml = document_xml(p("一、基本情况") + p("正文。")).replace('xmlns:w="', 'xmlns:w="\x00"\x01 x="')
    assert texts(read_document(write_word(tmp_path / "根.docx", document=xml))) == ["一、基本情况", "正文。"]


def test_damage_that_leaves_no_text_says_the_file_is_damaged(tmp_path, good):
    start, _ = member(good, "word/document.xml")
    with pytest.raises(ReadError) as info:
        load(tmp_path, good[:start + 40])
    assert "损坏" in str(info.value)


def test_an_odt_cut_off_before_its_directory(tmp_path):
    from pathlib import Path

    data = (Path(__file__).resolve().parent.parent / "data" / "formats" / "report.odt").read_bytes()
    document = load(tmp_path, data[:data.find(b"PK\x01\x02")], "坏.odt")
    assert any("清河县" in text for text in texts(document)) and document.warnings == (RECOVERED,)


def test_an_mht_whose_part_header_is_damaged(tmp_path):
    from pathlib import Path

    data = (Path(__file__).resolve().parent.parent / "data" / "formats" / "report.mht").read_bytes()
    damaged = data.replace(b"Content-Type: text/html", b"Content-Tyqe: text/html", 1)
    assert damaged != data
    document = load(tmp_path, damaged, "坏.mht")
    assert any("清河县" in text for text in texts(document)) and RECOVERED in document.warnings


def test_an_rtf_cut_off_keeps_its_first_paragraphs(tmp_path):
    from pathlib import Path

    data = (Path(__file__).resolve().parent.parent / "data" / "formats" / "report.rtf").read_bytes()
    document = load(tmp_path, data[:int(len(data) * 0.8)], "坏.rtf")
    assert texts(document)[0] == "清河县人民政府工作报告" and document.warnings == (RECOVERED,)


def test_a_word_file_whose_first_bytes_are_damaged(tmp_path, good):
    document = load(tmp_path, b"\0\0\0\0" + good[4:])
    assert texts(document) == PARAGRAPHS


def test_an_odt_paragraph_left_open_keeps_the_paragraphs_after_it(tmp_path):
    document = read_document(write_odt(tmp_path / "断.odt", "<text:p>一、基本情况</text:p><text:p><text:span>残缺"
                                                          "<text:p>二、存在问题</text:p><text:p>正文。</text:p>"))
    assert texts(document) == ["一、基本情况", "残缺", "二、存在问题", "正文。"]
    assert document.warnings == (RECOVERED,)
