"""`reportdesk --selftest` checks an installation as a user meets it, line by line: reading,
aligning and exporting in this process, then the real window in a process of its own; each
missing piece (a screen, the windowing plugin, a Chinese font) is named in its own line.
The frozen app's versions of these checks are in test_packaging.py."""
import os
import subprocess
import sys

import pytest

from tests.machine import NO_CJK_FONT, cjk_font_installed, fonts_without_chinese, step_lines

CORE = ["读取示例报告", "比对主题", "提取数字指标", "导出 Word"]
WINDOW = ["打开窗口", "显示比对", "中文字体", "绘制中文"]
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fontconfig and X11 are Linux's")


def selftest(tmp_path, *args, env=(), drop=()):
    environment = dict(os.environ, REPORTDESK_CONFIG=str(tmp_path / "config"), **dict(env))
    for name in drop:
        environment.pop(name, None)
    return subprocess.run([sys.executable, "-m", "reportdesk", "--selftest", *args], cwd=tmp_path, env=environment,
                          capture_output=True, text=True, encoding="utf-8", timeout=300)


@pytest.mark.skipif(not cjk_font_installed(), reason=NO_CJK_FONT)
def test_selftest_passes_and_prints_a_line_per_step(tmp_path):
    result = selftest(tmp_path, "--offscreen")
    assert result.returncode == 0, result.stdout + result.stderr
    assert step_lines(result.stdout) == dict.fromkeys(CORE + WINDOW, "OK")
    assert result.stdout.strip().splitlines()[-1] == "自检通过"
    assert "平台 offscreen" in result.stdout and "个汉字都有字形" in result.stdout
    assert (tmp_path / "config" / "logs" / "reportdesk.log").exists()  # logs go to the settings folder, not stderr


def window(monkeypatch, env=(), drop=(), offscreen=False) -> dict[str, tuple[bool, str]]:
    """Only the window steps (the process the self-test starts), under this environment."""
    from reportdesk.diagnostics.selftest import window_steps

    for name, value in dict(env).items():
        monkeypatch.setenv(name, value)
    for name in drop:
        monkeypatch.delenv(name, raising=False)
    return {name: (passed, detail) for passed, name, detail in window_steps(offscreen)}


@linux_only
def test_without_chinese_fonts_the_glyph_steps_fail_and_say_why(tmp_path, monkeypatch):
    steps = window(monkeypatch, env=fonts_without_chinese(tmp_path / "fc"), offscreen=True)
    assert [steps[s][0] for s in WINDOW] == [True, True, False, False], steps
    assert "系统缺少中文字体" in steps["中文字体"][1] and "方框" in steps["绘制中文"][1]


@linux_only
def test_without_a_screen_the_window_step_says_it_needs_one(monkeypatch):
    steps = window(monkeypatch, drop=("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_SESSION_TYPE"))
    assert list(steps) == ["打开窗口"] and not steps["打开窗口"][0]
    assert "没有屏幕" in steps["打开窗口"][1] and "--selftest --offscreen" in steps["打开窗口"][1]


@linux_only
def test_a_window_system_that_cannot_start_is_reported_not_a_crash(monkeypatch):
    """Qt aborts when its plugin cannot connect or load: the step and Qt's reason are named."""
    steps = window(monkeypatch, env={"DISPLAY": ":4093"}, drop=("QT_QPA_PLATFORM", "XDG_SESSION_TYPE"))
    passed, detail = steps["打开窗口"]
    assert not passed and "进程意外退出" in detail and "Qt：" in detail and "xcb" in detail


def test_an_unknown_platform_plugin_is_named_with_the_ones_there_are(monkeypatch):
    steps = window(monkeypatch, env={"QT_QPA_PLATFORM": "nosuchscreen"})
    passed, detail = steps["打开窗口"]
    assert not passed and "找不到 Qt 的平台插件“nosuchscreen”" in detail and "offscreen" in detail
