"""`reportdesk --selftest [--offscreen]`: check that this installation (or frozen build) works
as a user would meet it.

In this process: parse the bundled example reports, align them, extract the figures, export
a Word file into a temporary folder whose name has Chinese characters and a space, and read it
back. Then, in a process of its own (`gui/selftest_window.py`, because Qt ends the process when its
platform plugin is missing): open the real window on the platform's plugin (offscreen only
with --offscreen or QT_QPA_PLATFORM), show the examples' comparison, and check that the Chinese
text is drawn from a font that has its glyphs. One line per step; exit status 0 or 1.
"""
from __future__ import annotations

import logging
import os
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

from reportdesk.diagnostics import self_command

log = logging.getLogger(__name__)
WINDOW_SECONDS = 240  # the window process: start, load the examples in worker processes, compare


def _steps():
    from reportdesk.resources import seeds_folder

    state = {}

    def read():
        from reportdesk.jobs import parse_files

        files = parse_files([seeds_folder()])
        errors = [f.error for f in files if f.error]
        reports = sum(len(f.reports) for f in files)
        assert not errors and reports >= 5, errors or "no reports"
        state["files"] = files
        return f"{len(files)} 个文件，{reports} 篇报告"

    def align():
        from reportdesk.align import align_files

        alignment = align_files(state["files"])
        assert alignment.taxonomy_id == "education" and alignment.cells
        state["alignment"] = alignment
        return f"主题表 {alignment.taxonomy_name}，{len(alignment.sections)} 个章节"

    def indicators():
        from reportdesk.figures.facts import collect_facts

        facts = collect_facts(state["alignment"])
        assert any(f.value == 682 and f.unit == "人" for f in facts)
        return f"{len(facts)} 个数字"

    def export():
        import docx

        from reportdesk.export.run import export_docx

        with tempfile.TemporaryDirectory(prefix="reportdesk-") as tmp:
            target = Path(tmp) / "自检 输出" / "汇编 文档.docx"
            target.parent.mkdir()
            export_docx(state["alignment"], target)
            document = docx.Document(str(target))
            headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
            fonts = document.styles["Normal"].element.xml
            assert "二、工作成效" in headings and 'w:eastAsia="仿宋_GB2312"' in fonts  # 一、基本情况 first
            return f"{len(document.paragraphs)} 段，{target.stat().st_size // 1024} KB"

    return [("读取示例报告", read), ("比对主题", align), ("提取数字指标", indicators), ("导出 Word", export)]


def window_steps(offscreen: bool = False) -> list[tuple[bool, str, str]]:
    """(passed, step, detail) of each window step, run in a child process (gui/selftest_window.py)."""
    env = dict(os.environ)
    if offscreen:
        env["QT_QPA_PLATFORM"] = "offscreen"
    # ignore_cleanup_errors: on Windows a killed child may hold its file a moment longer
    with tempfile.TemporaryDirectory(prefix="reportdesk-selftest-", ignore_cleanup_errors=True) as tmp:
        report = Path(tmp) / "window.txt"
        try:
            child = subprocess.run(self_command() + ["--selftest-window", str(report)], env=env,
                                   stdin=subprocess.DEVNULL, capture_output=True, timeout=WINDOW_SECONDS)
            code, stderr = child.returncode, child.stderr
        except subprocess.TimeoutExpired as err:
            code, stderr = None, err.stderr or b""
        lines = report.read_text(encoding="utf-8").splitlines() if report.exists() else []
    results, unfinished = [], ("打开窗口", "窗口自检进程没有启动")
    for line in lines:
        status, name, detail = (line.split("\t", 2) + ["", ""])[:3]
        if status == "BEGIN":
            unfinished = (name, detail)
        else:
            results.append((status == "OK", name, detail))
            unfinished = None
    if code != 0 and (unfinished or not any(not ok for ok, _, _ in results)):
        name, detail = unfinished or ("窗口自检", "")
        how = f"{WINDOW_SECONDS} 秒内没有完成" if code is None else f"进程意外退出（退出码 {code}）"
        said = _last_qt_message(stderr)
        results.append((False, name, "；".join(x for x in (detail, how, said and f"Qt：{said}") if x)))
    return results


def _last_qt_message(stderr: bytes) -> str:
    """What Qt said about why it gave up: the missing library first, else its last plugin line."""
    lines = [line.strip() for line in stderr.decode("utf-8", "replace").splitlines() if line.strip()]
    for hint in ("is needed", "could not load", "could not find", "plugin"):
        found = [line for line in lines if hint in line.lower()]
        if found:
            return found[0][:300]
    return (lines or [""])[-1][:300]


def run_selftest(out=print, offscreen: bool = False) -> int:
    """Every line also goes to the log: a windowed .exe may have nowhere to print it."""
    def say(line: str) -> None:
        out(line)
        log.log(logging.WARNING if line.startswith("FAIL") else logging.INFO, "selftest %s", line)

    failed = 0
    for name, step in _steps():
        started = time.perf_counter()
        try:
            detail = step()
        except Exception as exc:  # every failure is reported, and the next steps still run
            failed += 1
            say(f"FAIL {name}：{exc.__class__.__name__}: {exc}")
            if sys.stderr is not None:
                traceback.print_exc(file=sys.stderr)
            if name in ("读取示例报告", "比对主题"):
                break  # the later steps need these
        else:
            say(f"OK   {name}：{detail}（{time.perf_counter() - started:.2f} 秒）")
    for passed, name, detail in window_steps(offscreen):
        failed += not passed
        say(f"{'OK  ' if passed else 'FAIL'} {name}：{detail}")
    say("自检通过" if not failed else f"自检失败：{failed} 项")
    return 1 if failed else 0
