"""Paths past Windows' 260 characters (deep 单位 folder names): every read, stat, folder walk
and write goes through files.long_path, which on Windows gives the extended-length form
(\\\\?\\C:\\… or \\\\?\\UNC\\server\\share\\…) that needs no LongPathsEnabled. The form is
checked with Windows' own path rules (ntpath, PureWindowsPath), which Linux has too."""
import ntpath
import shutil
from pathlib import Path, PureWindowsPath

import pytest

from reportdesk.files import LONG_PATH, long_path

UNIT = "某某省某某市某某区教育体育局基础教育科关于二〇二三年度中小学教育教学工作的总结材料汇编"
DEEP = "\\".join([UNIT] * 6)  # 6 × 42 characters of folder names


def test_a_300_character_path_gets_the_extended_form():
    path = f"C:\\Users\\李明\\Desktop\\{DEEP}\\报告.docx"
    assert len(path) > 260
    extended = long_path(path, windows=True)
    assert extended == "\\\\?\\" + path
    assert PureWindowsPath(extended).name == "报告.docx" and PureWindowsPath(extended).parent.name == UNIT


def test_a_long_path_on_a_network_share_gets_the_unc_form():
    path = f"\\\\fileserver\\共享\\{DEEP}\\报告.docx"
    assert long_path(path, windows=True) == "\\\\?\\UNC\\fileserver\\共享\\" + DEEP + "\\报告.docx"


def test_a_mapped_drive_stays_the_drive_the_user_chose():
    path = f"Z:\\{DEEP}\\报告.docx"
    assert long_path(path, windows=True) == "\\\\?\\" + path


def test_slashes_and_dots_are_normalised_before_the_prefix_turns_normalising_off():
    path = f"C:/Users/李明/./Desktop/旧/../{DEEP.replace(chr(92), '/')}/报告.docx"
    extended = long_path(path, windows=True)
    assert extended == "\\\\?\\" + ntpath.normpath(path) and "/" not in extended and "\\.." not in extended


@pytest.mark.parametrize("path", [r"C:\Users\李明\Desktop\报告.docx", r"\\fileserver\共享\报告.docx",
                                  "\\\\?\\C:\\" + DEEP, "\\\\.\\pipe\\reportdesk"])
def test_short_extended_and_device_paths_are_left_as_they_are(path):
    assert long_path(path, windows=True) == path


def test_room_for_a_longer_name_beside_the_file():
    """The temporary file written beside a target may have a longer name than the target."""
    path = "C:\\" + UNIT * 4 + "\\a.docx"
    assert len(path) < 248 and long_path(path, windows=True) == path
    assert long_path(path, windows=True, room=72).startswith("\\\\?\\C:\\")


def test_other_systems_keep_their_paths():
    assert long_path("/home/liming/" + DEEP.replace("\\", "/"), windows=False).startswith("/home/liming/")


def test_every_read_walk_and_write_goes_through_the_long_form(monkeypatch, tmp_path, seeds_dir):
    """A 300-character folder (Linux opens it anyway): the folder walk, the file's read and
    cache key, an export, a project saved and opened there all pass through long_path, and
    the files keep the spelling the user gave."""
    import reportdesk.align.taxonomy
    import reportdesk.export.docx_writer
    import reportdesk.files
    import reportdesk.ingest
    import reportdesk.jobs.batch
    import reportdesk.jobs.cache
    import reportdesk.workspace.project
    from reportdesk.files import write_atomically
    from reportdesk.jobs import parse_files
    from reportdesk.jobs.cache import ParsedCache
    from reportdesk.workspace.project import Project, load_project, save_project

    asked, real, rooms = [], reportdesk.files.long_path, {}

    def spy(path, windows=None, room=0):
        asked.append(str(path))
        rooms[str(path)] = room
        return real(path, windows, room)  # the path itself here; the extended form on Windows

    for module in (reportdesk.files, reportdesk.ingest.errors, reportdesk.jobs.batch, reportdesk.jobs.cache,
                   reportdesk.workspace.project, reportdesk.export.docx_writer, reportdesk.align.taxonomy):
        monkeypatch.setattr(module, "long_path", spy)
    folder = tmp_path.joinpath(*[UNIT] * 6)
    Path(real(folder)).mkdir(parents=True)
    report = folder / "报告.txt"
    shutil.copy(seeds_dir / "004_61d6fe56185b419c.txt", real(report))
    assert len(str(report)) > 260

    (parsed,) = parse_files([str(tmp_path / UNIT)], isolate=False, cache=ParsedCache(tmp_path / "cache"))
    assert parsed.reports and parsed.path == str(report)
    write_atomically(folder / "汇编.docx", b"compiled")
    save_project(Project(files=[str(report)]), folder / "项目.rdproj")
    assert load_project(folder / "项目.rdproj").files == [str(report)]
    for path in (str(tmp_path / UNIT), str(report), str(folder / "汇编.docx"), str(folder / "项目.rdproj")):
        assert path in asked
    assert asked.count(str(report)) >= 2  # read, and hashed for the cache
    assert rooms[str(tmp_path / UNIT)] >= LONG_PATH  # a short folder is walked in the long form: its files may be long
