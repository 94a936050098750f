"""Batch parsing: progress, cancellation, and one bad file never stops the others."""
import shutil
import zipfile
from pathlib import Path

from reportdesk.jobs import batch, expand_paths, parse_files
from reportdesk.jobs.cache import ParsedCache
from reportdesk.jobs.isolation import ReaderPool


class Recorder:
    def __init__(self, cancel_after=None):
        self.steps = []
        self.cancel_after = cancel_after

    @property
    def cancelled(self):
        return self.cancel_after is not None and len(self.steps) >= self.cancel_after

    def step(self, done, total, text):
        self.steps.append((done, total, text))


def test_progress_is_reported_per_file(seeds_dir):
    recorder = Recorder()
    results = parse_files([seeds_dir], recorder, cache=False)
    assert [Path(r.path).name for r in results] == sorted(p.name for p in seeds_dir.iterdir())
    assert recorder.steps[0] == (0, 5, "") and recorder.steps[-1] == (5, 5, "")
    assert [s[0] for s in recorder.steps[1:-1]] == [1, 2, 3, 4, 5]  # one step as each file is done
    assert sorted(s[2] for s in recorder.steps[1:-1]) == sorted(p.name for p in seeds_dir.iterdir())


def test_cancel_stops_early(seeds_dir):
    results = parse_files([seeds_dir], Recorder(cancel_after=3), cache=False)
    assert 1 <= len(results) < 5


def test_an_internal_error_in_one_file_does_not_stop_the_others(seeds_dir, monkeypatch, caplog):
    real = batch.build_reports

    def flaky(document):
        if document.path.endswith("002_3275dbe3018fe5f1.txt"):
            raise ValueError("boom")
        return real(document)

    monkeypatch.setattr(batch, "build_reports", flaky)
    results = parse_files([seeds_dir], isolate=False, cache=False)
    errors = [r for r in results if r.error]
    assert len(errors) == 1 and "002_3275dbe3018fe5f1.txt" in errors[0].error and "内部错误" in errors[0].error
    assert sum(len(r.reports) for r in results) == 11
    assert "boom" in caplog.text


def test_folders_are_expanded_recursively_without_duplicates(tmp_path):
    (tmp_path / "子目录").mkdir()
    for name in ["a.txt", "子目录/b.docx", "子目录/c.md", "子目录/.hidden.txt", "子目录/~$d.docx", "e.jpg"]:
        (tmp_path / name).write_bytes(b"x")
    found = expand_paths([tmp_path, tmp_path / "a.txt"])
    assert sorted(p.replace(str(tmp_path), "") for p in found) == ["/a.txt", "/子目录/b.docx", "/子目录/c.md"]


def test_files_in_a_folder_that_are_not_reports_are_said_once_each_or_in_one_line_for_many(tmp_path):
    (tmp_path / "照片").mkdir()
    names = ["a.txt", "统计表.xlsx", "说明.dwg", "Thumbs.db", "~$a.docx", "项目.rdproj",
             *[f"照片/IMG_{k}.jpg" for k in range(200)]]
    for name in names:
        (tmp_path / name).write_text("一、标题\n正文内容。", encoding="utf-8")
    found, notes = batch.scan([tmp_path])
    assert [Path(p).name for p in found] == ["a.txt"]
    said = {Path(n.path).name: n.warnings for n in notes}
    assert said == {"统计表.xlsx": ("这是 Excel 表格，不是报告文件，已跳过",),
                    "说明.dwg": ("“.dwg”不是报告文件格式，已跳过",),
                    tmp_path.name: ("其中 200 个图片不是报告文件，已跳过（IMG_0.jpg、IMG_1.jpg、IMG_10.jpg 等）",)}
    assert not any(n.reports or n.error for n in notes)  # notes, not failures: nothing to read again
    loaded = parse_files([tmp_path], isolate=False, cache=False)
    assert [Path(f.path).name for f in loaded if f.reports] == ["a.txt"] and len(loaded) == 4


def pool_results(seeds_dir, folder, names, **pool_options):
    """Copies of seeds under these names, parsed in a pool of worker processes, by name."""
    sources = ["004_61d6fe56185b419c.txt", "002_3275dbe3018fe5f1.txt"]
    for k, name in enumerate(names):
        shutil.copy(seeds_dir / sources[min(k, 1)], folder / name)
    pool, done = ReaderPool(**pool_options), {}
    try:
        pool.parse([str(folder / n) for n in names], done.__setitem__, lambda: False)
    finally:
        pool.close()
    return {Path(p).name: r for p, r in done.items()}


def test_a_worker_that_dies_costs_only_its_file(seeds_dir, tmp_path):
    by_name = pool_results(seeds_dir, tmp_path, ["坏报告.txt", "好报告.txt", "好报告2.txt"], workers=1,
                           parse="jobs_helpers:crash_on_bad")
    assert "坏报告.txt" in by_name["坏报告.txt"].error and "已停止读取" in by_name["坏报告.txt"].error
    assert by_name["好报告.txt"].reports and by_name["好报告2.txt"].reports  # the replaced worker read on


def test_a_file_that_takes_too_long_is_stopped_and_the_rest_load(seeds_dir, tmp_path):
    by_name = pool_results(seeds_dir, tmp_path, ["慢.txt", "快.txt"], workers=2, seconds=2,
                           parse="jobs_helpers:hang_on_slow")
    assert "超过 2 秒" in by_name["慢.txt"].error and by_name["快.txt"].reports


def test_a_worker_past_its_memory_ceiling_is_stopped(seeds_dir, tmp_path):
    by_name = pool_results(seeds_dir, tmp_path, ["大.txt", "小.txt"], workers=1, megabytes=600,
                           parse="jobs_helpers:eat_memory_on_big")
    assert "占用内存过多" in by_name["大.txt"].error and by_name["小.txt"].reports


def test_parsed_files_come_from_the_cache_the_second_time(seeds_dir, tmp_path):
    cache = ParsedCache(tmp_path / "cache")
    first = parse_files([seeds_dir], cache=cache, isolate=False)
    assert len(list(cache.folder.glob("*.pickle"))) == 5
    again = parse_files([seeds_dir], cache=cache, isolate=False)
    assert [f.reports for f in again] == [f.reports for f in first]
    copy = tmp_path / "副本.txt"
    copy.write_text("一、新的内容\n这是改过的报告。", encoding="utf-8")  # other bytes: parsed again
    (changed,) = parse_files([copy], cache=cache, isolate=False)
    assert changed.reports[0].sections[0].title == "新的内容"


def test_the_same_bytes_under_other_names_are_not_one_cache_entry(seeds_dir, tmp_path):
    """A report with no title of its own is named after its file: a copy under another name
    must not come back from the cache with the first file's name (2,000 copies for a
    benchmark once renamed the examples in the user's own cache)."""
    cache = ParsedCache(tmp_path / "cache")
    for name in ("报告甲.txt", "报告乙.txt"):
        shutil.copy(seeds_dir / "000_a91621add47653ec.txt", tmp_path / name)
    first = parse_files([tmp_path / "报告甲.txt"], cache=cache, isolate=False)
    second = parse_files([tmp_path / "报告乙.txt"], cache=cache, isolate=False)
    assert first[0].reports[0].title == "报告甲" and second[0].reports[0].title == "报告乙"


def test_an_unreadable_folder_is_reported(tmp_path, monkeypatch):
    import os

    (tmp_path / "锁住的").mkdir()
    (tmp_path / "a.txt").write_text("一、标题\n正文内容。", encoding="utf-8")
    real_walk = os.walk

    def walk(top, onerror=None, **kw):  # as os.walk does for a folder it may not list
        for entry in real_walk(top, onerror=onerror, **kw):
            yield entry
            if onerror and entry[0] == str(tmp_path):
                onerror(PermissionError(13, "Permission denied", str(tmp_path / "锁住的")))
    monkeypatch.setattr(batch.os, "walk", walk)
    results = parse_files([tmp_path], isolate=False, cache=False)
    errors = [r.error for r in results if r.error]
    assert len(errors) == 1 and "锁住的" in errors[0] and "没有读取" in errors[0]
    assert any(r.reports for r in results)


def test_a_compilation_exported_into_the_reports_folder_is_not_read_back(seeds_dir, tmp_path):
    from reportdesk.align import align_files
    from reportdesk.export.run import export_docx

    shutil.copy(seeds_dir / "004_61d6fe56185b419c.txt", tmp_path / "溆浦县.txt")
    export_docx(align_files(parse_files([tmp_path], isolate=False, cache=False)), tmp_path / "汇编.docx")
    results = parse_files([tmp_path], isolate=False, cache=False)
    skipped = next(r for r in results if r.path.endswith("汇编.docx"))
    assert not skipped.reports and not skipped.error and "ReportDesk 导出的汇编" in skipped.warnings[0]
    assert sum(len(r.reports) for r in results) == 1
    (named,) = parse_files([tmp_path / "汇编.docx"], isolate=False, cache=False)  # named on its own: read
    assert named.reports
    assert len(parse_files([tmp_path / "汇编.docx"], isolate=False, cache=False)[0].reports) == 1  # opened on its own


def damaged_properties(source: Path, target: Path) -> None:
    """A copy of a Word file whose docProps/core.xml does not decompress (zlib error)."""
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w") as copy:
        for info in original.infolist():
            data = original.read(info)
            copy.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
    raw = bytearray(target.read_bytes())
    with zipfile.ZipFile(target) as archive:
        info = archive.getinfo("docProps/core.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    raw[start:start + 8] = b"\xff" * 8  # the deflate stream is garbage from its first byte
    target.write_bytes(bytes(raw))


def test_one_word_file_with_damaged_properties_does_not_stop_the_folder(seeds_dir, tmp_path):
    from reportdesk.align import align_files
    from reportdesk.export.compile import ExportOptions
    from reportdesk.export.run import export_docx

    report = tmp_path / "报告.docx"
    export_docx(align_files(parse_files([seeds_dir / "004_61d6fe56185b419c.txt"], isolate=False)), report,
                ExportOptions(mode="reports"))
    damaged_properties(report, tmp_path / "属性损坏.docx")
    report.unlink()
    shutil.copy(seeds_dir / "002_3275dbe3018fe5f1.txt", tmp_path / "长葛市.txt")
    for isolate in (False, True):
        results = parse_files([tmp_path], isolate=isolate, cache=False)
        by_name = {Path(r.path).name: r for r in results}
        assert by_name["长葛市.txt"].reports and by_name["属性损坏.docx"].reports  # read, not a crash
        assert not any(r.error for r in results)


def test_a_project_never_reads_a_compilation_back(seeds_dir, tmp_path):
    from reportdesk.align import align_files
    from reportdesk.export.run import export_docx
    from reportdesk.jobs import load_and_align

    shutil.copy(seeds_dir / "004_61d6fe56185b419c.txt", tmp_path / "溆浦县.txt")
    export_docx(align_files(parse_files([tmp_path], isolate=False, cache=False)), tmp_path / "汇编.docx")
    # a project saved from that folder lists both files by name
    files, _, alignment, _ = load_and_align([], [str(tmp_path / "溆浦县.txt"), str(tmp_path / "汇编.docx")],
                                            None, "")
    assert [r.path.rsplit("/", 1)[-1] for r in alignment.reports] == ["溆浦县.txt"]
    assert any(f.made_by_reportdesk and not f.reports and f.warnings for f in files)
