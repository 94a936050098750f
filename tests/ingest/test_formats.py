"""One report saved in every format offices send gives the same section tree.

The fixtures in tests/data/formats were written by tests/tools/make_format_fixtures.py:
a small county report as .docx, converted by LibreOffice to .doc, .rtf, .odt, .pdf and
.html, packed as .mht, plus a .doc renamed .wps and a web page saved under a .doc name.
"""
import hashlib
import io
import os
import random
import shutil
import zipfile
from pathlib import Path

import pytest

from reportdesk.ingest import DIALOG_PATTERNS, ReadError, is_report_file, read_document
from reportdesk.structure import build_reports

FORMATS = Path(__file__).resolve().parent.parent / "data" / "formats"


def outline(path):
    reports = build_reports(read_document(path))
    return ([(s.depth, s.marker, s.title) for r in reports for s in r.walk()],
            [(r.region, r.title) for r in reports])


@pytest.mark.parametrize("name, label", [
    ("report.doc", "DOC"), ("report.rtf", "RTF"), ("report.odt", "ODT"), ("report.pdf", "PDF"),
    ("report.html", "网页 (HTML, UTF-8)"), ("report.mht", "网页 (MHT, GBK)"),
    ("report_doc_renamed.wps", "WPS"), ("web_page_named.doc", "网页（扩展名为 .doc）"),
])
def test_every_format_gives_the_docx_section_tree(name, label):
    headings, identity = outline(FORMATS / "report.docx")
    assert len(headings) == 7 and identity == [("清河县", "清河县人民政府工作报告")]
    assert outline(FORMATS / name) == (headings, identity)
    assert read_document(FORMATS / name).encoding == label


@pytest.mark.parametrize("name", ["report.doc", "report.rtf", "report.odt", "report.html", "report.mht"])
def test_paragraph_text_and_heading_hints_match_the_docx(name):
    def hints(path):
        return [(p.text.strip(), p.level, p.in_table) for p in read_document(path).paragraphs]
    expected = hints(FORMATS / "report.docx")
    assert ("一、2024年工作回顾", 1, False) in expected  # Heading 1 style (<h1> in HTML) → level hint
    assert hints(FORMATS / name) == expected


@pytest.mark.parametrize("name", ["revisions.doc", "revisions.rtf", "revisions.odt"])
def test_deleted_revisions_fields_and_table_cells(name):
    paragraphs = read_document(FORMATS / name).paragraphs
    texts = [p.text for p in paragraphs]
    # 九千 was deleted with change tracking on; the HYPERLINK field shows its result only
    assert "全年新增就业一万二千人，详见县政府网站。" in texts
    assert [p.text for p in paragraphs if p.in_table] == ["指标", "数值", "学校", "128所"]
    assert texts == [p.text for p in read_document(FORMATS / "revisions.docx").paragraphs]


GOV = FORMATS / "gov" / "2025年河北省政府工作报告"


@pytest.mark.parametrize("suffix", [".doc", ".odt", ".html"])
def test_a_real_provincial_report_converted_by_libreoffice_keeps_its_outline(suffix):
    headings, identity = outline(GOV.with_suffix(".docx"))
    # (the region reads 年河北省 on this branch: structure's region rule, the same for every format)
    assert len(headings) == 16 and identity[0][1] == "2025年河北省政府工作报告" and "河北省" in identity[0][0]
    assert outline(GOV.with_suffix(suffix)) == (headings, identity)


def test_scanned_pdf_names_the_pages_without_text():
    with pytest.raises(ReadError) as info:
        read_document(FORMATS / "scan.pdf")
    assert info.value.code == "scanned" and "扫描件，第1–2页没有文字层" in str(info.value)


def test_encrypted_pdf_says_it_has_a_password():
    with pytest.raises(ReadError) as info:
        read_document(FORMATS / "encrypted.pdf")
    assert "文件有密码保护" in str(info.value)


def _ole_with_stream(name: str) -> bytes:
    """report.doc with its WordDocument stream renamed in the directory (Excel's is Workbook)."""
    data = bytearray((FORMATS / "report.doc").read_bytes())
    old = "WordDocument".encode("utf-16-le")
    at = data.index(old)
    new = name.encode("utf-16-le")
    data[at:at + 64] = (new + b"\0\0").ljust(64, b"\0")
    data[at + 64:at + 66] = (len(new) + 2).to_bytes(2, "little")
    return bytes(data)


@pytest.mark.parametrize("stream, file_name, words", [
    ("Workbook", "统计表.xls", "这是 Excel 表格，不是报告文档"),
    ("PowerPoint Document", "汇报.ppt", "这是演示文稿，不是报告文档"),
    ("Workbook", "装作报告.doc", "这是 Excel 表格，不是报告文档"),  # the content decides, not the name
    ("EncryptedPackage", "加密.docx", "文件有密码保护"),  # a password .docx is an OLE file inside
])
def test_other_office_files_are_refused_with_what_they_are(tmp_path, stream, file_name, words):
    path = tmp_path / file_name
    path.write_bytes(_ole_with_stream(stream))
    with pytest.raises(ReadError) as info:
        read_document(path)
    assert words in str(info.value)


def test_xlsx_named_docx_is_refused_as_a_spreadsheet(tmp_path):
    path = tmp_path / "数据.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(ReadError) as info:
        read_document(path)
    assert "这是 Excel 表格" in str(info.value)


def test_folder_scan_and_open_dialog_offer_the_new_kinds():
    for suffix in (".doc", ".wps", ".pdf", ".rtf", ".odt", ".html", ".htm", ".mht", ".mhtml", ".docm"):
        assert is_report_file(Path("报告" + suffix.upper()))
        assert "*" + suffix in DIALOG_PATTERNS.split()
    assert not is_report_file(Path("表格.xls")) and not is_report_file(Path("~$报告.doc"))


FUZZED = ["report.docx", "report.doc", "report.rtf", "report.odt", "report.html", "report.mht",
          "report.pdf"]


@pytest.mark.parametrize("name", FUZZED)
def test_damaged_files_read_or_raise_read_error(tmp_path, name):
    good = (FORMATS / name).read_bytes()
    rng = random.Random(name)  # seeded: a failure reproduces
    path = tmp_path / ("坏" + Path(name).suffix)
    outcomes = set()
    for _ in range(25):
        damaged = bytearray(good)
        for _ in range(rng.randint(1, 12)):
            damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        if rng.random() < 0.4:
            damaged = damaged[:rng.randrange(1, len(damaged))]
        path.write_bytes(bytes(damaged))
        try:
            read_document(path)
            outcomes.add("read")
        except ReadError as err:
            assert path.name in str(err)
            outcomes.add("error")
    assert outcomes  # every one of the 25 either read or said why it could not


def test_reading_the_new_formats_never_writes_them(tmp_path):
    for source in (p for p in FORMATS.iterdir() if p.is_file()):
        shutil.copy(source, tmp_path / source.name)
    files = sorted(tmp_path.iterdir())
    before = {f: (hashlib.sha256(f.read_bytes()).hexdigest(), f.stat().st_mtime_ns) for f in files}
    for f in files:
        try:
            read_document(f)
        except ReadError:
            pass
    assert {f: (hashlib.sha256(f.read_bytes()).hexdigest(), f.stat().st_mtime_ns) for f in files} == before
    assert sorted(tmp_path.iterdir()) == files


def test_bench_rows_time_each_format(tmp_path):
    from reportdesk.diagnostics.bench_formats import format_rows

    for name in ("report.docx", "report.doc", "report.pdf", "report.html", "scan.pdf"):
        shutil.copy(FORMATS / name, tmp_path / name)
    printed = []
    rows = format_rows(tmp_path, repeat=2, out=printed.append)
    assert set(rows) == {"DOCX", "DOC", "PDF", "网页"} and all(r["files"] == 1 for r in rows.values())
    assert rows["PDF"]["paragraphs"] > 10 and 0 < rows["DOC"]["median"] < 1
    assert any(line.startswith("PDF") for line in printed) and "unreadable: 1 file(s)" in printed


def test_password_protected_doc_is_named_as_such(tmp_path):
    data = bytearray((FORMATS / "report.doc").read_bytes())
    fib = data.index(b"\xec\xa5")  # wIdent: the FIB opens the WordDocument stream, on a sector boundary
    assert fib % 512 == 0
    data[fib + 0x0B] |= 0x01  # fEncrypted
    path = tmp_path / "加密.doc"
    path.write_bytes(bytes(data))
    with pytest.raises(ReadError) as info:
        read_document(path)
    assert info.value.code == "encrypted" and "文件有密码保护" in str(info.value)
