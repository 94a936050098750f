"""Archives made here, read like folders: every report inside loads under "archive.zip › name",
a member that cannot be read gets its own line, and nothing is extracted."""
import io
import zipfile
from pathlib import Path

import pytest

from docx_builder import DocxSpec, Para, write_docx
from reportdesk.ingest import ReadError, read_document
from reportdesk.ingest import archives
from reportdesk.jobs import parse_files
from reportdesk.members import file_label, is_member, split_member

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
XUPU = (SEEDS / "004_61d6fe56185b419c.txt").read_bytes()
CHANGGE = (SEEDS / "002_3275dbe3018fe5f1.txt").read_bytes()


class GbkInfo(zipfile.ZipInfo):
    """A member named in GBK without the UTF-8 flag, as Windows' own zip and WinRAR write it."""

    def _encodeFilenameFlags(self):  # noqa: N802 - zipfile's name
        return self.filename.encode("gbk"), self.flag_bits & ~0x800


def add(archive: zipfile.ZipFile, name: str, data: bytes, gbk: bool = False, encrypted: bool = False) -> None:
    info = (GbkInfo if gbk else zipfile.ZipInfo)(name, date_time=(2022, 1, 10, 9, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    archive.writestr(info, data)


def zip_bytes(members: list[tuple]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for member in members:
            add(archive, *member)
    data = buffer.getvalue()
    for member in members:
        if len(member) > 3 and member[3]:
            data = encrypt_flag(data, member[0])
    return data


def encrypt_flag(data: bytes, name: str) -> bytes:
    """Mark a member encrypted in its local header and the directory (zipfile writes no
    encryption; a reader goes by the flag, and would need the password for the bytes)."""
    raw = name.encode("utf-8")
    out = bytearray(data)
    for signature, flags_at, name_at in ((b"PK\x03\x04", 6, 30), (b"PK\x01\x02", 8, 46)):
        pos = out.find(signature)
        while pos >= 0:
            if out[pos + name_at:pos + name_at + len(raw)] == raw:
                out[pos + flags_at] |= 0x1
            pos = out.find(signature, pos + 4)
    return bytes(out)


def docx_bytes(tmp_path: Path) -> bytes:
    spec = DocxSpec(body=[Para("2021年长沙县教育工作总结"), Para("一、主要工作"), Para("全年新建学校3所，补充教师120人。"),
                          Para("二、存在问题"), Para("学位仍然紧张。")])
    return write_docx(tmp_path / "made.docx", spec).read_bytes()


def damage_member(data: bytes, name: str) -> bytes:
    """Flip bytes in the middle of one member's compressed data."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        info = next(i for i in archive.infolist() if archives.member_name(i) == name)
    start = info.header_offset + 30 + len(info.filename.encode("utf-8")) + len(info.extra)
    middle = start + info.compress_size // 2
    broken = bytearray(data)
    for k in range(middle, middle + 16):
        broken[k] ^= 0x5A
    return bytes(broken)


def loaded(results):
    return {file_label(r.path): r for r in results}


def test_a_batch_zip_loads_every_report_under_its_archive_name(tmp_path):
    gbk_report = XUPU.decode("utf-8").encode("gbk", "replace")
    data = zip_bytes([("各县报送/溆浦县/2021年工作总结.txt", gbk_report, True),  # GBK name, GBK text
                      ("各县报送/长葛市总结.txt", CHANGGE, False),  # UTF-8 name with the flag
                      ("各县报送/长沙县.docx", docx_bytes(tmp_path), True),
                      ("各县报送/汇总表.xlsx", b"PK\x03\x04 not really", True),
                      ("__MACOSX/各县报送/._长葛市总结.txt", b"\x00\x05", False),
                      ("各县报送/Thumbs.db", b"\x00" * 10, False)])
    folder = tmp_path / "收件"
    folder.mkdir()
    (folder / "第一批.zip").write_bytes(data)
    before = sorted(p.name for p in folder.rglob("*"))
    results = loaded(parse_files([folder], cache=False))  # in the reader workers
    assert set(results) == {"第一批.zip › 各县报送/溆浦县/2021年工作总结.txt", "第一批.zip › 各县报送/长葛市总结.txt",
                            "第一批.zip › 各县报送/长沙县.docx", "第一批.zip › 各县报送/汇总表.xlsx"}
    xupu = results["第一批.zip › 各县报送/溆浦县/2021年工作总结.txt"]
    assert xupu.error is None and xupu.reports[0].region == "溆浦县"
    assert results["第一批.zip › 各县报送/长沙县.docx"].reports[0].region == "长沙县"
    sheet = results["第一批.zip › 各县报送/汇总表.xlsx"]
    assert sheet.error == "无法读取“第一批.zip › 各县报送/汇总表.xlsx”：这是 Excel 表格，不是报告文档。"
    assert sorted(p.name for p in folder.rglob("*")) == before  # nothing extracted beside it


def test_damaged_encrypted_and_bomb_members_get_their_own_lines_and_the_others_load(tmp_path):
    zeros = b"\x00" * (20 * 1024 * 1024)  # packs to about 20 KB: a ratio of a thousand
    data = zip_bytes([("溆浦县.txt", XUPU), ("长葛市.txt", CHANGGE * 3), ("加密.txt", XUPU, False, True),
                      ("炸弹.txt", zeros)])
    data = damage_member(data, "长葛市.txt")
    path = tmp_path / "报送.zip"
    path.write_bytes(data)
    results = loaded(parse_files([path], cache=False))
    assert results["报送.zip › 溆浦县.txt"].reports
    assert "已损坏" in results["报送.zip › 长葛市.txt"].error
    assert "设有密码" in results["报送.zip › 加密.txt"].error
    assert "压缩炸弹" in results["报送.zip › 炸弹.txt"].error
    assert all(error.startswith(f"无法读取“{name}”") for name, error in
               ((n, r.error) for n, r in results.items() if r.error))


def test_an_archive_inside_an_archive_is_read_and_named_by_both(tmp_path):
    inner = zip_bytes([("溆浦县/总结.txt", XUPU, True)])
    middle = zip_bytes([("内层.zip", inner, True), ("长葛市.txt", CHANGGE)])
    path = tmp_path / "外层.zip"
    path.write_bytes(zip_bytes([("中层.zip", middle, True)]))
    results = loaded(parse_files([path], cache=False))
    assert set(results) == {"外层.zip › 中层.zip › 内层.zip › 溆浦县/总结.txt", "外层.zip › 中层.zip › 长葛市.txt"}
    assert all(r.reports for r in results.values())
    member = next(r.path for r in results.values() if "溆浦县" in r.path)
    assert split_member(member) == (str(path), ["中层.zip", "内层.zip", "溆浦县/总结.txt"])


def test_archives_nested_past_the_limit_are_refused(tmp_path):
    data = zip_bytes([("报告.txt", XUPU)])
    for level in range(archives.MAX_DEPTH):
        data = zip_bytes([(f"第{level}层.zip", data)])
    path = tmp_path / "深.zip"
    path.write_bytes(data)
    (result,) = parse_files([path], isolate=False, cache=False)
    assert "超过 3 层" in result.error and result.path.count(" › ") == archives.MAX_DEPTH


def test_an_archive_that_declares_too_much_is_refused_as_a_bomb(tmp_path, monkeypatch):
    monkeypatch.setattr(archives, "MAX_TOTAL_MB", 1)
    path = tmp_path / "大.zip"
    path.write_bytes(zip_bytes([("a.txt", XUPU * 200), ("b.txt", CHANGGE * 200)]))
    (result,) = parse_files([path], isolate=False, cache=False)
    assert result.error == "无法读取“大.zip”：压缩包解压后超过 1 MB，可能是恶意文件（压缩炸弹），已拒绝打开。"


@pytest.mark.parametrize("name, head, says", [("各县.rar", b"Rar!\x1a\x07\x01\x00", "WinRAR"),
                                              ("各县.7z", b"7z\xbc\xaf\x27\x1c\x00\x04", "7-Zip"),
                                              ("坏.zip", b"PK\x03\x04 cut short", "已损坏")])
def test_rar_7z_and_broken_zips_say_what_to_do(tmp_path, name, head, says):
    path = tmp_path / name
    path.write_bytes(head + b"\x00" * 64)
    (result,) = parse_files([tmp_path], isolate=False, cache=False)
    assert result.path == str(path) and says in result.error and result.reports == ()


def test_a_member_is_read_again_by_its_path_as_a_project_reopens_it(tmp_path):
    path = tmp_path / "报送.zip"
    path.write_bytes(zip_bytes([("各县/溆浦县.txt", XUPU, True)]))
    member = f"{path} › 各县/溆浦县.txt"
    assert is_member(member)
    document = read_document(member)
    assert document.paragraphs[0].text == "2021年教育工作总结" and document.path == member
    (again,) = parse_files([member], cache=False)  # as a project or "read again" gives it
    assert again.reports[0].region == "溆浦县"
    with pytest.raises(ReadError, match="压缩包中已没有这个文件"):
        read_document(f"{path} › 各县/溆浦县（旧）.txt")


def test_a_word_document_named_zip_is_read_as_the_document(tmp_path):
    path = tmp_path / "总结.zip"
    path.write_bytes(docx_bytes(tmp_path))
    (result,) = parse_files([path], isolate=False, cache=False)
    assert result.path == str(path) and result.reports[0].region == "长沙县"


def test_members_come_from_the_cache_when_the_archive_is_unchanged(tmp_path):
    from reportdesk.jobs.cache import ParsedCache

    path = tmp_path / "报送.zip"
    path.write_bytes(zip_bytes([("溆浦县.txt", XUPU), ("长葛市.txt", CHANGGE)]))
    cache = ParsedCache(tmp_path / "cache")
    first = parse_files([path], isolate=False, cache=cache)
    assert len(list(cache.folder.glob("*.pickle"))) == 2
    again = parse_files([path], isolate=False, cache=cache)
    assert [r.path for r in again] == [r.path for r in first] and again[0].reports == first[0].reports


def test_a_project_keeps_a_member_and_finds_it_when_the_folder_moves(tmp_path):
    from reportdesk.workspace.project import Project, load_project, save_project

    folder = tmp_path / "收件"
    folder.mkdir()
    (folder / "报送.zip").write_bytes(zip_bytes([("各县/溆浦县.txt", XUPU, True)]))
    member = f"{folder / '报送.zip'} › 各县/溆浦县.txt"
    save_project(Project(files=[member]), folder / "汇总.rdproj")
    moved = tmp_path / "归档"
    folder.rename(moved)
    (path,) = load_project(moved / "汇总.rdproj").files
    assert file_label(path) == "报送.zip › 各县/溆浦县.txt" and split_member(path)[0] == str(moved / "报送.zip")
    (again,) = parse_files([path], isolate=False, cache=False)
    assert again.reports[0].region == "溆浦县"
