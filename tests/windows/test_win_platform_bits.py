"""The smaller Windows branches: the self-test expects Qt's "windows" plugin, the app's folders
are called ReportDesk as Windows users expect, a locked-down profile falls back to a temporary
folder named by the Windows user, and a saved file is given no POSIX permissions."""
import os
import subprocess
import sys

from reportdesk import files
from reportdesk.gui.selftest_window import _platform
from reportdesk.files import write_atomically


def test_the_self_test_expects_qts_windows_plugin_on_windows(monkeypatch):
    """So that a bundle without platforms/qwindows.dll fails with that name, not with xcb's."""
    for name in ("QT_QPA_PLATFORM", "XDG_SESSION_TYPE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "win32")
    assert _platform(["minimal", "offscreen", "windows"]) == "windows"
    assert _platform(["minimal", "offscreen"]) == "windows"  # missing: the self-test then names it


def test_the_app_folders_are_called_reportdesk_on_windows(tmp_path):
    """%APPDATA%\\ReportDesk, not %APPDATA%\\reportdesk (platformdirs is loaded first, as it
    would be on Windows, then the app's module decides the name)."""
    code = "import sys, platformdirs; sys.platform = 'win32'; import reportdesk.files as f; print(f._NAME)"
    env = {k: v for k, v in os.environ.items() if not k.startswith("REPORTDESK_")}
    env["HOME"] = str(tmp_path)
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "ReportDesk"


def test_a_locked_down_profile_falls_back_to_a_temporary_folder_of_the_windows_user(monkeypatch, tmp_path):
    blocker = tmp_path / "不是文件夹"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("REPORTDESK_CONFIG", str(blocker / "ReportDesk"))  # cannot be made
    monkeypatch.delattr(os, "getuid", raising=False)  # Windows has no user ids
    monkeypatch.setenv("USERNAME", "李明")
    monkeypatch.setattr(files.tempfile, "gettempdir", lambda: str(tmp_path / "Temp"))
    monkeypatch.setattr(files, "_problems", {})
    (tmp_path / "Temp").mkdir()
    assert files.config_dir() == tmp_path / "Temp" / "reportdesk-config-李明"
    (problem,) = files.folder_problems()
    assert "设置文件夹" in problem and "临时文件夹" in problem


def test_a_saved_file_is_given_no_posix_permissions_on_windows(monkeypatch, tmp_path):
    def chmod(*args):
        raise AssertionError("os.chmod on Windows only toggles the read-only flag")

    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(files.os, "chmod", chmod)
    write_atomically(tmp_path / "汇编.docx", b"new")
    assert (tmp_path / "汇编.docx").read_bytes() == b"new"
