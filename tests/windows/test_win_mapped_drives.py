"""A mapped drive (Z:\\ for \\\\server\\share) is the name the user knows: projects and recent
files keep paths as the user gave them. Path.resolve() would turn Z:\\… into \\\\server\\share\\…
on Windows; on Linux it follows a link the same way, so a link stands in for the drive here."""
from pathlib import Path

import pytest

from reportdesk.workspace.project import Project, load_project, save_project


@pytest.fixture
def mapped(tmp_path):
    """Z → the share: the folder the user opened through the "drive", and the real one behind it."""
    share = tmp_path / "server" / "share"
    (share / "报告").mkdir(parents=True)
    (share / "报告" / "甲县.txt").write_text("甲县教育局2023年工作总结\n一、基本情况\n全县学校120所。\n", encoding="utf-8")
    drive = tmp_path / "Z"
    try:
        drive.symlink_to(share, target_is_directory=True)
    except OSError as err:  # Windows without the right to make links
        pytest.skip(f"no symbolic links here: {err}")
    return drive, share


def test_a_project_keeps_the_mapped_drive_it_was_saved_from(mapped):
    drive, share = mapped
    report, project = drive / "报告" / "甲县.txt", drive / "报告" / "比对.rdproj"
    save_project(Project(files=[str(report)]), project)
    saved = project.read_text(encoding="utf-8")
    assert str(share) not in saved  # the share behind the drive is never written
    assert load_project(project).files == [str(report)]


def test_a_project_copied_elsewhere_finds_its_reports_beside_it_under_the_new_name(mapped, tmp_path):
    drive, _ = mapped
    save_project(Project(files=[str(drive / "报告" / "甲县.txt")]), drive / "报告" / "比对.rdproj")
    copy = tmp_path / "U盘"
    copy.mkdir()
    (copy / "甲县.txt").write_bytes((drive / "报告" / "甲县.txt").read_bytes())
    (copy / "比对.rdproj").write_bytes((drive / "报告" / "比对.rdproj").read_bytes())
    (drive / "报告" / "甲县.txt").unlink()  # the share is gone (another PC)
    assert load_project(copy / "比对.rdproj").files == [str(copy / "甲县.txt")]


def test_no_user_path_is_resolved(mapped, monkeypatch):
    drive, _ = mapped

    def resolve(self, strict=False):
        raise AssertionError(f"resolve() of {self}")

    monkeypatch.setattr(Path, "resolve", resolve)
    save_project(Project(files=[str(drive / "报告" / "甲县.txt")]), drive / "报告" / "比对.rdproj")
    load_project(drive / "报告" / "比对.rdproj")
