"""Arbitrary or damaged bytes give a Document or a ReadError, never another exception."""
import io
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from docx_builder import DocxSpec, Para, write_docx
from reportdesk.ingest import ReadError, read_document


def read_or_error(path):
    try:
        return read_document(path)
    except ReadError as err:
        assert path.name in str(err)
        return err


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(min_size=1, max_size=400), suffix=st.sampled_from([".txt", ".md", ".docx"]))
def test_random_bytes(tmp_path, data, suffix):
    path = tmp_path / f"随机{suffix}"
    path.write_bytes(data)
    read_or_error(path)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_damaged_word_files(tmp_path, data):
    good = write_docx(tmp_path / "good.docx", DocxSpec(body=[Para("一、成效"), Para("正文内容。")])).read_bytes()
    damaged = bytearray(good)
    for _ in range(data.draw(st.integers(1, 8))):
        position = data.draw(st.integers(0, len(damaged) - 1))
        damaged[position] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(len(damaged) // 2, len(damaged)))
    path = tmp_path / "坏.docx"
    path.write_bytes(bytes(damaged[:cut]))
    read_or_error(path)


def test_corrupt_compressed_document_part(tmp_path):
    path = write_docx(tmp_path / "g.docx", DocxSpec(body=[Para("一、成效" * 200), Para("正文内容。" * 300)]))
    data = bytearray(path.read_bytes())
    info = zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for k in range(start + 10, start + 40):  # scramble the deflate stream itself
        data[k] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(ReadError) as info:
        read_document(path)
    assert info.value.code == "not_zip"


MAGIC = [b"%PDF-1.4\n", b"{\\rtf1\\ansi ", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
         b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=x\r\n\r\n--x\r\n",
         b"<html><body><p>", b"PK\x03\x04"]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(magic=st.sampled_from(MAGIC), data=st.binary(min_size=0, max_size=600),
       suffix=st.sampled_from([".doc", ".pdf", ".rtf", ".mht", ".wps", ".odt"]))
def test_random_bytes_behind_each_format_signature(tmp_path, magic, data, suffix):
    path = tmp_path / f"随机{suffix}"
    path.write_bytes(magic + data)
    read_or_error(path)
