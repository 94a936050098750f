"""Arbitrary or damaged bytes give a Document or a ReadError, never another exception."""
import io
import random
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from damage import COMMON, kinds_for, mutate
from docx_builder import DocxSpec, Para, write_docx
from reportdesk.ingest import ReadError, read_document
from reportdesk.jobs import parse_files


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


# -- seeded damage of real files (issue 13): every file reads or gives a ReadError ------------------

ROOT = Path(__file__).resolve().parents[2]
TEXTS = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "data" / "gov").glob("*.txt"))
WORD = [ROOT / "tests" / "data" / "formats" / name for name in ("report.docx", "revisions.docx")] + [
    ROOT / "tests" / "data" / "formats" / "gov" / "2025年河北省政府工作报告.docx"]
OTHERS = [ROOT / "tests" / "data" / "formats" / name for name in (
    "report.odt", "report.rtf", "report.html", "report.mht", "report.doc", "report.pdf", "web_page_named.doc")]


def damaged_copies(folder, sources, kinds_of, count, seed):
    """`count` damaged copies of the sources, every kind of damage in turn."""
    folder.mkdir(exist_ok=True)
    rng = random.Random(seed)
    out = []
    for k in range(count):
        source = sources[k % len(sources)]
        kinds = kinds_of(source.suffix)
        kind = kinds[(k // len(sources)) % len(kinds)]
        target = folder / f"{k:03d}_{kind}{source.suffix}"
        target.write_bytes(mutate(source.read_bytes(), source.suffix, kind, random.Random(rng.random())))
        out.append((target, kind))
    return out


def outcomes(cases):
    """read_document on every case: the Document or the ReadError (anything else fails the test)."""
    return [(kind, read_or_error(path)) for path, kind in cases]


def test_damaged_texts_load_with_a_warning(tmp_path):
    results = outcomes(damaged_copies(tmp_path, TEXTS, kinds_for, 120, seed=13))
    loaded = [(kind, r) for kind, r in results if not isinstance(r, ReadError)]
    assert len(loaded) >= 0.9 * len(results)
    assert any(r.warnings for _, r in loaded)
    assert all("\x00" not in p.text and "\x1a" not in p.text for _, r in loaded for p in r.paragraphs)


def test_half_the_damaged_word_files_load_and_recovered_ones_say_so(tmp_path):
    results = outcomes(damaged_copies(tmp_path, WORD, lambda suffix: COMMON, 120, seed=13))
    loaded = [r for _, r in results if not isinstance(r, ReadError)]
    assert len(loaded) >= 0.5 * len(results)
    assert sum("文件已损坏，已尽量恢复" in r.warnings for r in loaded) >= 0.5 * len(loaded)


def test_hostile_word_files_load_or_are_refused_with_a_reason(tmp_path):
    hostile = [k for k in kinds_for(".docx") if k not in COMMON and k != "inflates_to_190_mb"]  # test_bounds has it
    results = outcomes(damaged_copies(tmp_path, WORD, lambda suffix: hostile, 36, seed=13))
    refused = {r.code for _, r in results if isinstance(r, ReadError)}
    assert refused <= {"too_deep", "not_zip", "bad_xml", "zip_bomb", "no_document"}


def test_damaged_files_of_the_other_formats(tmp_path):
    outcomes(damaged_copies(tmp_path, OTHERS, kinds_for, 84, seed=13))


def test_one_damaged_file_leaves_the_rest_of_its_batch_loaded(tmp_path):
    cases = damaged_copies(tmp_path / "a", TEXTS[:2] + OTHERS[:4], kinds_for, 8, seed=7) + damaged_copies(
        tmp_path / "b", WORD, lambda suffix: ("deep_nesting", "gbk_declared", "zip_no_directory", "flip"), 4, seed=7)
    good = [TEXTS[0], WORD[0]]
    for path, _ in cases:
        results = parse_files([good[0], path, good[1]], isolate=False, cache=False)
        assert [r.path for r in results] == [str(good[0]), str(path), str(good[1])]
        assert results[0].reports and results[2].reports and not results[0].error and not results[2].error
        assert results[1].reports or path.name in results[1].error


def test_damaged_and_hostile_files_through_the_worker_processes(tmp_path):
    hostile = damaged_copies(tmp_path, WORD[:1], lambda suffix: ("deep_nesting", "huge_counter", "zip_no_directory",
                                                                 "flip", "cut_tag", "gbk_declared"), 6, seed=3)
    paths = [TEXTS[0]] + [path for path, _ in hostile] + [WORD[1]]
    results = parse_files(paths, isolate=True, cache=False)
    assert [r.path for r in results] == [str(p) for p in paths]
    assert results[0].reports and results[-1].reports
    assert not any("内部错误" in (r.error or "") or "内存" in (r.error or "") for r in results)
    assert sum(1 for r in results if r.reports) >= 6
