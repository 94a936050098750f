"""Settings, layout and project files: typed, versioned, written atomically."""
import json
import os

import pytest

from reportdesk.model import Pins
from reportdesk import files as storage
from reportdesk.workspace.project import Project, ProjectError, load_project, save_project
from reportdesk.workspace.settings import MAX_RECENT, Settings, load_settings, save_settings


@pytest.fixture(autouse=True)
def config_in_tmp(tmp_path, monkeypatch):
    (tmp_path / "config").mkdir()
    monkeypatch.setenv("REPORTDESK_CONFIG", str(tmp_path / "config"))


def test_defaults_when_nothing_saved_or_file_damaged(tmp_path):
    assert load_settings() == Settings()
    path = tmp_path / "config" / "settings.json"
    path.write_text("{broken", encoding="utf-8")
    assert load_settings() == Settings()


def test_settings_round_trip_and_recent_lists():
    settings = Settings(language="en")
    for k in range(MAX_RECENT + 3):
        settings.add_recent_file(f"/r/{k}.docx")
    settings.add_recent_file("/r/5.docx")
    save_settings(settings)
    loaded = load_settings()
    assert loaded.language == "en" and loaded.recent_files[0] == "/r/5.docx"
    assert len(loaded.recent_files) == MAX_RECENT and len(set(loaded.recent_files)) == MAX_RECENT


def test_old_settings_are_migrated(tmp_path):
    path = tmp_path / "config" / "settings.json"
    path.write_text(json.dumps({"version": 1, "recent": ["/a.txt"], "language": "xx", "unknown": 1}),
                    encoding="utf-8")
    loaded = load_settings()
    assert loaded.version == 2 and loaded.recent_files == ["/a.txt"] and loaded.language == "zh"


def test_project_round_trip_with_relative_paths(tmp_path):
    reports = tmp_path / "报告"
    reports.mkdir()
    (reports / "甲县.docx").write_bytes(b"x")
    project = Project(files=[str(reports / "甲县.docx")], pins=Pins().move("甲县.docx#1/1.1", "party"),
                      part="plans", topic="teachers")
    save_project(project, tmp_path / "汇总.rdproj")
    # the whole folder moves elsewhere: the relative path still finds the report
    moved = tmp_path.parent / (tmp_path.name + "-moved")
    os.rename(tmp_path, moved)
    try:
        loaded = load_project(moved / "汇总.rdproj")
        assert loaded.files == [str((moved / "报告" / "甲县.docx").resolve())]
        assert loaded.pins == project.pins and (loaded.part, loaded.topic) == ("plans", "teachers")
    finally:
        os.rename(moved, tmp_path)


@pytest.mark.parametrize("content, fragment", [("{", "损坏"), ('{"format": "other"}', "不是 ReportDesk 项目文件"),
                                               ('{"format": "reportdesk-project", "version": 99}', "更新版本")])
def test_bad_project_files(tmp_path, content, fragment):
    path = tmp_path / "x.rdproj"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ProjectError) as info:
        load_project(path)
    assert fragment in str(info.value)


def test_atomic_write_leaves_old_file_when_target_is_locked(tmp_path, monkeypatch):
    target = tmp_path / "汇总.rdproj"
    target.write_text("old", encoding="utf-8")

    def locked(src, dst):
        error = PermissionError(13, "locked")
        error.winerror = 32  # a sharing violation, as Windows reports it
        raise error

    monkeypatch.setattr(storage.os, "replace", locked)
    monkeypatch.setattr(storage.time, "sleep", lambda seconds: None)  # the waits for it to be released
    with pytest.raises(storage.WriteError) as info:
        storage.write_atomically(target, b"new")
    assert "其他程序占用" in str(info.value) and target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["config", "汇总.rdproj"]  # no temporary left


def test_a_project_keeps_files_that_cannot_be_read_today(tmp_path):
    gone = tmp_path / "U盘" / "乙县.docx"  # the USB stick is not plugged in
    project = Project(files=[str(gone)], taxonomy=str(tmp_path / "我的主题表.toml"))
    save_project(project, tmp_path / "p.rdproj")
    loaded = load_project(tmp_path / "p.rdproj")
    assert loaded.files == [str(gone.resolve())] and loaded.taxonomy.endswith("我的主题表.toml")


def test_a_version_1_project_is_migrated(tmp_path):
    path = tmp_path / "old.rdproj"
    path.write_text(json.dumps({"format": "reportdesk-project", "version": 1, "files": [str(tmp_path / "a.txt")],
                                "pins": {"moves": [["a.txt#1/1", "party"]]}}), encoding="utf-8")
    loaded = load_project(path)
    assert loaded.files == [str(tmp_path / "a.txt")] and loaded.pins.moves == (("a.txt#1/1", "party"),)
    assert loaded.part == "achievements" and loaded.taxonomy == ""


GOOD = {"format": "reportdesk-project", "version": 2, "files": [{"path": "/r/a.txt", "relative": "a.txt"}],
        "pins": {"moves": [["k", "party"]], "pairs": []}, "taxonomy": "", "part": "plans", "topic": "teachers"}
CORRUPTIONS = [
    b"", b"\x00\x01\x02binary", b"\xff\xfe{\x00", "{'single': 'quotes'}".encode(), b"[1, 2, 3]", b"null", b'"text"',
    json.dumps({**GOOD, "files": {"a": 1}}).encode(), json.dumps({**GOOD, "files": [1, 2]}).encode(),
    json.dumps({**GOOD, "files": [{"path": ["x"]}]}).encode(), json.dumps({**GOOD, "pins": [1]}).encode(),
    json.dumps({**GOOD, "pins": {"moves": [["only-one"]]}}).encode(), json.dumps({**GOOD, "pins": {"moves": 5}}).encode(),
    json.dumps({**GOOD, "pins": {"pairs": [[1, 2, 3]]}}).encode(), json.dumps({**GOOD, "version": "2"}).encode(),
    json.dumps({**GOOD, "version": None}).encode(), json.dumps({**GOOD, "format": None}).encode(),
    json.dumps(GOOD).encode()[:40], json.dumps({**GOOD, "files": "/r/a.txt"}).encode(),
    json.dumps({**GOOD, "part": ["plans"], "topic": {"x": 1}, "taxonomy": 3}).encode(),
    ("\ufeff" + json.dumps({**GOOD, "files": [None]})).encode(),
]


@pytest.mark.parametrize("content", CORRUPTIONS)
def test_a_damaged_project_gives_a_sentence_and_is_left_as_it_was(tmp_path, content):
    path = tmp_path / "坏项目.rdproj"
    path.write_bytes(content)
    try:
        project = load_project(path)
    except ProjectError as err:
        assert "坏项目.rdproj" in str(err)
    else:  # what could be read is read with safe defaults
        assert isinstance(project.files, list) and project.part in ("achievements", "problems", "plans")
    assert path.read_bytes() == content


def test_a_new_file_gets_the_usual_permissions_and_a_read_only_one_is_not_replaced(tmp_path):
    if os.name == "nt":
        pytest.skip("POSIX permissions")
    target = tmp_path / "汇编.docx"
    old = os.umask(0o022)
    try:
        storage.write_atomically(target, b"new")
    finally:
        os.umask(old)
    assert target.stat().st_mode & 0o777 == 0o644  # not the temporary file's owner-only 0600
    target.chmod(0o444)
    with pytest.raises(storage.WriteError) as info:
        storage.write_atomically(target, b"newer")
    assert "只读" in str(info.value) and target.read_bytes() == b"new"


def test_temporary_files_of_a_killed_write_are_removed_at_the_next_start(tmp_path, monkeypatch):
    import time

    target = tmp_path / "汇编.docx"

    def killed(src, dst):  # the process dies between writing and renaming
        raise SystemExit("killed")

    monkeypatch.setattr(storage.os, "replace", killed)
    with pytest.raises(SystemExit):
        storage.write_atomically(target, b"data")
    monkeypatch.undo()
    (leftover,) = [p for p in tmp_path.iterdir() if p.name.startswith(".reportdesk-")]
    assert storage.remove_leftovers() == 0 and leftover.exists()  # young: maybe another copy's write
    old = time.time() - storage.LEFTOVER_SECONDS - 5
    os.utime(leftover, (old, old))
    assert storage.remove_leftovers() == 1 and not leftover.exists()


def test_a_temporary_file_of_a_write_killed_before_it_was_noted_is_removed_too(tmp_path, monkeypatch):
    import tempfile
    import time

    target = tmp_path / "汇编.docx"
    made = tempfile.mkstemp

    def killed_after_creating(*args, **kwargs):  # created, then the process dies before noting it
        made(*args, **kwargs)
        raise SystemExit("killed")

    monkeypatch.setattr(storage.tempfile, "mkstemp", killed_after_creating)
    with pytest.raises(SystemExit):
        storage.write_atomically(target, b"data")
    monkeypatch.undo()
    (leftover,) = [p for p in tmp_path.iterdir() if p.name.startswith(".reportdesk-")]
    old = time.time() - storage.LEFTOVER_SECONDS - 5
    os.utime(leftover, (old, old))
    assert storage.remove_leftovers() == 1 and not leftover.exists()


def test_an_unusable_settings_folder_falls_back_and_says_so(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("REPORTDESK_CONFIG", str(blocker / "settings"))
    monkeypatch.setattr(storage, "_problems", {})
    folder = storage.config_dir()
    assert folder.is_dir() and folder != blocker / "settings"
    save_settings(Settings(language="en"))  # works, in the fallback
    (problem,) = storage.folder_problems()
    assert "设置文件夹" in problem and "临时文件夹" in problem
