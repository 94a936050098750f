"""Bad input: every failure is a ReadError naming the file and the reason; nothing is written."""
import builtins
import hashlib
import os
import zipfile

import pytest

from docx_builder import DocxSpec, Para, write_docx
from reportdesk.ingest import MAX_FILE_MB, ReadError, read_document


def error_of(path) -> ReadError:
    with pytest.raises(ReadError) as info:
        read_document(path)
    assert os.path.basename(str(path)) in str(info.value)  # the message names the file
    return info.value


def test_missing_file(tmp_path):
    assert error_of(tmp_path / "不存在.txt").code == "not_found"


def test_empty_file(tmp_path):
    path = tmp_path / "空.txt"
    path.write_bytes(b"")
    err = error_of(path)
    assert err.code == "empty" and "空的" in str(err)


def test_whitespace_only_file_has_no_text(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_text("  \n\u3000\n", encoding="utf-8")
    assert error_of(path).code == "no_text"


def test_docx_that_is_not_a_zip(tmp_path):
    path = tmp_path / "假的.docx"
    path.write_text("这其实是文本", encoding="utf-8")
    err = error_of(path)
    assert err.code == "not_zip" and "损坏" in str(err)


def test_docx_without_document_part(tmp_path):
    path = tmp_path / "缺正文.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
    assert error_of(path).code == "no_document"


def test_docx_with_broken_xml(tmp_path):
    path = tmp_path / "坏.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("word/document.xml", "<w:document><w:body>")
    assert error_of(path).code == "bad_xml"


def test_zip_bomb_is_refused_before_unpacking(tmp_path):
    path = tmp_path / "bomb.docx"
    chunk = b"\0" * (1 << 20)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", "<w:document/>")
        with z.open("word/media/huge.bin", "w", force_zip64=True) as stream:
            for _ in range(205):
                stream.write(chunk)
    assert path.stat().st_size < 2 * (1 << 20)  # small on disk, 205 MB unpacked
    err = error_of(path)
    assert err.code == "zip_bomb" and "200 MB" in str(err)


def test_file_over_the_size_limit(tmp_path):
    path = tmp_path / "大.txt"
    with open(path, "wb") as handle:  # sparse: no disk space used
        handle.truncate(MAX_FILE_MB * 1024 * 1024 + 1)
    err = error_of(path)
    assert err.code == "too_large" and "50 MB" in str(err)


def test_unreadable_permissions(tmp_path, monkeypatch):
    # Tests run as root, where chmod 000 does not stop reading; simulate the OS refusal.
    path = tmp_path / "锁定.txt"
    path.write_text("内容", encoding="utf-8")
    real_open = builtins.open

    def refusing_open(file, *args, **kwargs):
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied")
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", refusing_open)
    err = error_of(path)
    assert err.code == "permission" and "权限" in str(err)


@pytest.mark.parametrize("name, data, code, words", [
    ("报告.pages", b"x", "unsupported", ".docx"),
    ("表格.xlsx", b"x", "other_kind", "Excel 表格"),
    ("照片.jpg", b"\xff\xd8\xff\xe0" + bytes(64), "other_kind", "图片"),
    ("报告.doc", "这其实只是几句文字".encode("gbk"), "damaged", "Word"),
    ("报告.pdf", b"not a pdf at all", "damaged", "PDF"),
])
def test_unreadable_kinds_say_what_they_are(tmp_path, name, data, code, words):
    path = tmp_path / name
    path.write_bytes(data)
    err = error_of(path)
    assert err.code == code and words in str(err)


def test_reading_never_writes_the_input(tmp_path, seeds_dir):
    docx = write_docx(tmp_path / "r.docx", DocxSpec(body=[Para("一、成效"), Para("正文。")]))
    gbk = tmp_path / "r.txt"
    gbk.write_bytes("一、成效\n正文。".encode("gbk"))
    files = [docx, gbk] + sorted(seeds_dir.iterdir())
    before = {f: (hashlib.sha256(f.read_bytes()).hexdigest(), f.stat().st_mtime_ns) for f in files}
    listing = sorted(os.listdir(tmp_path))
    for f in files:
        read_document(f)
    after = {f: (hashlib.sha256(f.read_bytes()).hexdigest(), f.stat().st_mtime_ns) for f in files}
    assert before == after
    assert sorted(os.listdir(tmp_path)) == listing  # no temporary or lock files left beside them
