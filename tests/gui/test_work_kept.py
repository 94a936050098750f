"""Work is never lost: the "*" in the title, the save prompt, autosave, and restoring after a kill."""
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from reportdesk.workspace import autosave
from reportdesk.workspace.project import load_project

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
XUPU = SEEDS / "004_61d6fe56185b419c.txt"
PARTY_UNIT = "1.强化党建引领，加强党对教育工作的全面领导"


def key_of(window, heading):
    return next(s.key for s in window.session.alignment.sections if s.section.heading == heading)


def answer_prompt(button, seen):
    """Click a button (by its text, or a standard button) of the message box the window is
    about to show (the box runs its own event loop)."""
    def click():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        if isinstance(button, str):
            next(b for b in box.buttons() if b.text() == button).click()
        else:
            box.button(button).click()
    QTimer.singleShot(20, click)


def corrected(qtbot, load):
    window = load(XUPU)
    with qtbot.waitSignal(window.sig_idle, timeout=30000):
        window.session.move_sections([key_of(window, PARTY_UNIT)], "brand")
    return window


def test_closing_with_unsaved_corrections_asks_and_cancel_keeps_the_window(qtbot, load):
    window = corrected(qtbot, load)
    assert window.isWindowModified() and "[*]" in window.windowTitle()
    seen = []
    answer_prompt("取消", seen)
    window.close()
    assert seen and "未保存的修改" in seen[0] and window.isVisible()
    answer_prompt("不保存", seen)
    window.close()
    assert not window.isVisible()


def test_close_all_asks_and_save_writes_the_project(qtbot, load, tmp_path):
    window = corrected(qtbot, load)
    assert window.keeper.save(str(tmp_path / "甲.rdproj"))
    with qtbot.waitSignal(window.sig_idle, timeout=30000):
        window.session.move_sections([key_of(window, PARTY_UNIT)], "moral")
    seen = []
    answer_prompt("保存", seen)
    window.act["close_all"].trigger()
    assert seen and window.session.alignment is None
    assert load_project(tmp_path / "甲.rdproj").pins.moves[0][1] == "moral"


def test_opening_another_project_asks_first(qtbot, load, tmp_path, monkeypatch):
    from reportdesk.gui.dialogs import flows

    window = corrected(qtbot, load)
    seen = []
    answer_prompt("取消", seen)
    flows.open_project(window, str(tmp_path / "另一个.rdproj"))
    assert seen and window.session.alignment is not None  # nothing opened, nothing lost


def test_each_correction_is_autosaved_and_a_clean_close_removes_it(qtbot, load):
    window = corrected(qtbot, load)
    saved = load_project(autosave.own_path())
    assert saved.pins.moves and saved.files == [str(XUPU)]
    window.keeper.closed()
    assert not autosave.own_path().exists()


CHILD = textwrap.dedent("""
    import sys, time
    from PySide6.QtWidgets import QApplication
    from reportdesk.gui.main_window import MainWindow
    from reportdesk.workspace.settings import Settings
    app = QApplication([])
    window = MainWindow(Settings(), warm_up=False)
    window.show()
    def loaded():
        window.sig_idle.disconnect(loaded)
        key = next(s.key for s in window.session.alignment.sections if s.section.heading.startswith("1.强化党建引领"))
        window.session.move_sections([key], "brand")
        print("CORRECTED", flush=True)
    window.sig_idle.connect(loaded)
    window.session.add_paths([sys.argv[1]])
    app.exec()
""")


def test_after_a_killed_window_the_next_start_offers_the_work_back(qtbot, window, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(XUPU)], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True)
    try:
        assert child.stdout.readline().strip() == "CORRECTED"
    finally:
        child.kill()  # SIGKILL: no chance to clean up, as when the power goes
        child.wait(timeout=30)
    (orphan,) = window.keeper.orphans()
    assert orphan.files == 1 and orphan.corrections == 1
    from reportdesk.gui.dialogs import flows
    from reportdesk.gui.project_keeper import describe

    assert "没有正常关闭" in describe(orphan) and "1 处修改" in describe(orphan)
    seen = []
    answer_prompt(QMessageBox.StandardButton.Yes, seen)
    with qtbot.waitSignal(window.sig_idle, timeout=60000):
        flows.offer_restore(window)
    assert seen and window.isWindowModified()
    key = key_of(window, PARTY_UNIT)
    assert window.session.alignment.assignment(key).topic == "brand"
    assert window.keeper.orphans() == [] and autosave.own_path().exists()
