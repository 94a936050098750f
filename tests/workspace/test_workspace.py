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
        raise PermissionError(13, "locked")

    monkeypatch.setattr(storage.os, "replace", locked)
    with pytest.raises(storage.WriteError) as info:
        storage.write_atomically(target, b"new")
    assert "Word" in str(info.value) and target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["config", "汇总.rdproj"]  # no temporary left
