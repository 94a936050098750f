"""A project is never emptied or marked changed by a load that did not happen, and the
autosave is there after a crash and only then (issue 23: nothing lost)."""
import json
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from reportdesk.workspace import autosave
from reportdesk.workspace.project import Project, load_project, save_project

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
XUPU = SEEDS / "004_61d6fe56185b419c.txt"
CHANGGE = SEEDS / "002_3275dbe3018fe5f1.txt"


def project_file(tmp_path, **fields) -> Path:
    path = tmp_path / "年报汇总.rdproj"
    save_project(Project(files=[str(XUPU), str(CHANGGE)], **fields), path)
    return path


def open_project(qtbot, window, path):
    with qtbot.waitSignal(window.sig_idle, timeout=60000):
        window.keeper.open(str(path))


def test_a_freshly_opened_project_is_not_marked_changed(qtbot, window, tmp_path):
    path = project_file(tmp_path)
    open_project(qtbot, window, path)
    assert len(window.session.files) == 2
    assert not window.keeper.dirty() and not window.isWindowModified()


def test_a_project_whose_topic_list_file_is_gone_loads_with_the_bundled_list(qtbot, window, tmp_path):
    gone = tmp_path / "我的主题表.toml"  # moved away since the project was saved
    path = project_file(tmp_path, taxonomy=str(gone))
    before = path.read_bytes()
    messages = []
    window.session.sig_message.connect(messages.append)
    open_project(qtbot, window, path)
    assert len(window.session.files) == 2 and window.session.alignment.taxonomy_id == "education"
    assert any("我的主题表.toml" in m and "自带" in m for m in messages)
    assert not window.isWindowModified()
    assert window.keeper.save() and load_project(path).files == load_project(path).files  # still both files
    assert len(load_project(path).files) == 2 and path.read_bytes() != b""
    assert json.loads(before)["taxonomy"] == load_project(path).taxonomy  # the user's choice is kept


def test_a_cancelled_project_load_leaves_the_project_and_the_window_unchanged(qtbot, window, tmp_path):
    path = project_file(tmp_path)
    before = path.read_bytes()
    window.keeper.open(str(path))
    window.session.cancel_loading()
    qtbot.waitUntil(window.session.runner.idle, timeout=30000)
    QApplication.processEvents()
    assert not window.session.files and not window.isWindowModified() and not window.keeper.dirty()
    assert window.keeper.project_path == ""  # nothing of it was opened: Ctrl+S cannot write over it
    assert path.read_bytes() == before


def test_after_saving_and_closing_nothing_is_offered_back(qtbot, window, tmp_path):
    path = project_file(tmp_path)
    open_project(qtbot, window, path)
    key = window.session.alignment.sections[0].key
    with qtbot.waitSignal(window.sig_idle, timeout=30000):
        window.session.move_sections([key], "brand")
    assert window.keeper.save()
    deadline = time.monotonic() + 0.3
    while time.monotonic() < deadline:  # whatever the save sets going has happened
        QApplication.processEvents()
    window.close()
    QApplication.processEvents()
    assert not autosave.own_path().exists()


def killed_windows(monkeypatch, *files):
    """The autosaves two windows killed by one power cut left, the first the newest."""
    monkeypatch.setattr(autosave, "process_alive", lambda pid: False)
    for k, (pid, paths) in enumerate(zip((111, 222), files)):
        target = autosave.folder() / f"{pid}.rdproj"
        save_project(Project(files=[str(p) for p in paths]), target)
        data = json.loads(target.read_text(encoding="utf-8"))
        data["autosave"] = {"saved_at": time.time() - 60 * k, "project_path": "", "pid": pid}
        target.write_text(json.dumps(data), encoding="utf-8")


def test_every_window_that_was_killed_is_offered_back(qtbot, window, monkeypatch):
    from reportdesk.gui.dialogs import flows
    from test_work_kept import answer_prompt
    from PySide6.QtWidgets import QMessageBox

    killed_windows(monkeypatch, [XUPU], [CHANGGE])
    assert [o.path.stem for o in autosave.orphans()] == ["111", "222"]
    seen = []
    answer_prompt(QMessageBox.StandardButton.Yes, seen)
    with qtbot.waitSignal(window.sig_idle, timeout=60000):
        flows.offer_restore(window)
    assert len(seen) == 1 and [Path(f.path).name for f in window.session.files] == [XUPU.name]
    assert [o.path.stem for o in autosave.orphans()] == ["222"]  # kept, and offered at the next start
    seen.clear()
    answer_prompt(QMessageBox.StandardButton.No, seen)
    flows.offer_restore(window)  # the next start: declined, so it goes
    assert len(seen) == 1 and autosave.orphans() == []


def test_an_export_is_never_proposed_into_a_folder_of_the_open_reports(tmp_path, monkeypatch):
    from reportdesk.gui.dialogs import targets
    from reportdesk.workspace.settings import Settings

    reports, outputs, documents = tmp_path / "各县报告", tmp_path / "汇编", tmp_path / "文档"
    for folder in (reports / "溆浦县", outputs, documents):
        folder.mkdir(parents=True)
    monkeypatch.setattr(targets, "_documents", lambda: str(documents))
    opened = [str(reports / "溆浦县" / "总结.docx")]
    settings = Settings(output_folder=str(outputs))
    assert targets.output_folder(settings, opened) == str(outputs)
    settings.output_folder = str(reports)  # last time the user saved among the reports
    assert targets.output_folder(settings, opened) == str(documents)
    assert targets.output_folder(Settings(), opened) == str(documents)
