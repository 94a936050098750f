"""An autosave that another program blocks (an antivirus holding the file) is said in the
status bar, not only in the log: the user then knows to save the project."""
from reportdesk import files


def test_an_autosave_that_cannot_be_written_says_so_in_the_status_bar(load, seeds_dir, monkeypatch):
    window = load(seeds_dir / "004_61d6fe56185b419c.txt")

    def held(*args):
        error = PermissionError(13, "另一个程序正在使用此文件，进程无法访问。")
        error.winerror = 32
        raise error

    monkeypatch.setattr(files.os, "replace", held)
    monkeypatch.setattr(files.time, "sleep", lambda seconds: None)
    window.keeper.autosave()
    shown = window.status.text.text()
    assert shown.startswith("自动保存失败") and "杀毒软件" in shown
