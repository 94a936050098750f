"""The windowed reportdesk.exe has no console: sys.stdout and sys.stderr are None. Closing the
window, --help, a wrong option, reading files in worker processes all still work (no error box
on every normal close); typed into a command prompt it writes into that prompt; and output
redirected on a GBK console (the code page of Chinese Windows) loses no character."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import reportdesk.gui.app
from reportdesk.cli import main
from tests.windows.stand_ins import FakeKernel32, stand_in_for_windows

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "004_61d6fe56185b419c.txt"
# What PyInstaller's windowed bootloader leaves: no streams, then the app's own __main__.
WINDOWED = ("import runpy, sys; sys.stdout = sys.stderr = None; sys.argv[1:] = sys.argv[2:]; "
            "runpy.run_module('reportdesk', run_name='__main__', alter_sys=True)")


def no_streams(monkeypatch):
    """Called in the test itself: pytest puts its own capture back before the test runs."""
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)


def test_closing_the_window_of_a_program_without_streams_ends_cleanly(monkeypatch):
    no_streams(monkeypatch)
    opened = []
    monkeypatch.setattr(reportdesk.gui.app, "run_gui", lambda *args: opened.append(args) or 0)
    assert main([]) == 0 and opened  # the exit flush used to raise AttributeError here
    print("nobody reads this, and nothing breaks")


@pytest.mark.parametrize("args, code", [(["--help"], 0), (["--version"], 0), (["--no-such-option"], 2),
                                        (["outline"], 2)])
def test_help_and_errors_of_the_command_line_need_no_console(monkeypatch, args, code):
    no_streams(monkeypatch)
    with pytest.raises(SystemExit) as leaving:
        main(args)
    assert leaving.value.code == code


def test_reading_a_file_in_a_program_without_streams(monkeypatch):
    no_streams(monkeypatch)
    assert main(["outline", str(SEED), "--no-topics"]) == 0


def windowed(*args, tmp_path, **env):
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", REPORTDESK_CONFIG=str(tmp_path / "config"), **env)
    return subprocess.run([sys.executable, "-c", WINDOWED, "reportdesk", *args], cwd=tmp_path, env=environment,
                          capture_output=True, timeout=180)


@pytest.mark.parametrize("args, code", [(["gui", "--exit-when-shown"], 0), (["outline", str(SEED)], 0),
                                        (["--help"], 0), (["--no-such-option"], 2)])
def test_the_windowed_program_ends_with_its_exit_code_and_no_error(tmp_path, args, code):
    """In a process of its own as the windowed .exe runs: the window, a file read by a worker
    process that starts without streams too, help and a wrong option."""
    run = windowed(*args, tmp_path=tmp_path)
    assert run.returncode == code  # an exception on the way out would have made it 1
    assert b"Traceback" not in run.stderr  # (only Qt's own C++ messages reach the real stream)
    log = tmp_path / "config" / "logs" / "reportdesk.log"
    assert "Traceback" not in (log.read_text(encoding="utf-8") if log.exists() else "")


ON_WINDOWS = pytest.mark.skipif(os.name == "nt", reason="there CONOUT$ is the console itself, not a file")


@ON_WINDOWS
def test_typed_into_a_command_prompt_the_windowed_program_writes_there(monkeypatch, tmp_path):
    """AttachConsole(ATTACH_PARENT_PROCESS), then CONOUT$ (a file of that name stands in for
    the console device here)."""
    no_streams(monkeypatch)
    kernel32 = stand_in_for_windows(monkeypatch, FakeKernel32(console=True))
    monkeypatch.chdir(tmp_path)
    assert main(["examples"]) == 0
    sys.stdout.flush()
    assert "AttachConsole" in kernel32.calls
    assert (tmp_path / "CONOUT$").read_text(encoding="utf-8").strip().endswith("seeds")


def test_the_window_never_attaches_to_the_command_prompt(monkeypatch, tmp_path):
    """A process attached to a console is ended when that console window is closed: the window
    started from a command prompt must outlive it."""
    no_streams(monkeypatch)
    kernel32 = stand_in_for_windows(monkeypatch, FakeKernel32(console=True))
    monkeypatch.setattr(reportdesk.gui.app, "run_gui", lambda *args: 0)
    monkeypatch.chdir(tmp_path)
    assert main([r"C:\Users\李明\Desktop\报告.docx"]) == 0
    assert "AttachConsole" not in kernel32.calls and sys.stdout.name == os.devnull


@ON_WINDOWS
def test_without_a_command_prompt_the_windowed_program_writes_nowhere(monkeypatch, tmp_path):
    no_streams(monkeypatch)
    stand_in_for_windows(monkeypatch, FakeKernel32(console=False))
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit):
        main(["--help"])
    assert not (tmp_path / "CONOUT$").exists() and sys.stdout.name == os.devnull


def gbk_console(*args, cwd):
    """reportdesk-cli output redirected to a file on a Chinese Windows console (code page 936)."""
    return subprocess.run([sys.executable, "-m", "reportdesk", *args], cwd=cwd, capture_output=True, timeout=120,
                          env=dict(os.environ, PYTHONIOENCODING="gbk", PYTHONUTF8="0"))


@pytest.fixture
def beyond_gbk(tmp_path):
    """A report whose name and title hold 䶮 (CJK extension A: not in GBK)."""
    report = tmp_path / "䶮县教育局工作总结.txt"
    report.write_text("䶮县教育局2023年工作总结\n一、基本情况\n全县共有学校120所。\n二、主要成效\n教师队伍建设加强。\n",
                      encoding="utf-8")
    return report


def test_text_redirected_on_a_gbk_console_keeps_every_character(beyond_gbk, tmp_path):
    run = gbk_console("outline", str(beyond_gbk), "--no-topics", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    text = run.stdout.decode("gbk")  # what `type out.txt` shows: GBK, every byte valid
    assert "\\u4dae县教育局" in text and "基本情况" in text and "?" not in text


def test_json_redirected_on_a_gbk_console_is_utf8(beyond_gbk, tmp_path):
    run = gbk_console("outline", str(beyond_gbk), "--no-topics", "--json", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout.decode("utf-8"))
    assert data["files"][0]["path"].endswith("䶮县教育局工作总结.txt")
