"""The window opened on the paths Windows gives reportdesk.exe: a project file opens as the
project, and the other files given with it are added once it has loaded."""
import shutil

from reportdesk.gui.app import open_given
from reportdesk.workspace.project import Project, save_project


def test_a_project_and_a_file_given_together_both_open(qtbot, window, seeds_dir, tmp_path):
    first, second = (shutil.copy(seeds_dir / name, tmp_path / name)
                     for name in ("004_61d6fe56185b419c.txt", "002_3275dbe3018fe5f1.txt"))
    project = tmp_path / "年度比对.rdproj"
    save_project(Project(files=[str(first)]), project)
    open_given(window, [str(project), str(second)])
    qtbot.waitUntil(lambda: len(window.session.files) == 2 and not window.session.busy(), timeout=60000)
    assert window.keeper.project_path == str(project)
    assert "年度比对.rdproj" in window.windowTitle()
    assert window.keeper.dirty()  # a file beyond the project's: saving the project would keep it


def test_files_alone_load_as_when_dropped(qtbot, window, seeds_dir):
    open_given(window, [str(seeds_dir / "004_61d6fe56185b419c.txt")])
    qtbot.waitUntil(lambda: window.session.alignment is not None and not window.session.busy(), timeout=60000)
    assert window.keeper.project_path == "" and len(window.session.files) == 1
