"""The self-test's window steps: what a user would see, checked in a process of its own.

`reportdesk --selftest` starts `reportdesk --selftest-window FILE`; this process opens the real
window on the platform's own plugin (offscreen only when QT_QPA_PLATFORM says so), loads the
bundled example reports, shows a comparison, and checks that its Chinese text is drawn from a
font that has the glyphs. Each step writes a line to FILE as it starts and as it ends
("BEGIN|OK|FAIL <tab> step <tab> detail"): Qt ends the process (qFatal) when its platform
plugin is missing or cannot load, and the parent then names the step that never finished
with the reason written at its start.
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

OPEN, COMPARE, FONT, DRAW = "打开窗口", "显示比对", "中文字体", "绘制中文"
# a few words of the interface besides the reports' own text
SAMPLE = "报告比对工作总结成效问题计划教育地区主题导出"
STEP_SECONDS = 90


class Steps:
    """Writes the step lines, flushed at once so that a crash cannot lose them."""

    def __init__(self, report: str):
        self.file = open(report, "a", encoding="utf-8")  # noqa: SIM115 - held for the whole run
        self.failed = 0
        self.started = time.perf_counter()

    def begin(self, name: str, if_it_dies: str) -> None:
        self.started = time.perf_counter()
        self._write("BEGIN", name, if_it_dies)

    def ok(self, name: str, detail: str) -> None:
        self._write("OK", name, f"{detail}（{time.perf_counter() - self.started:.2f} 秒）")

    def fail(self, name: str, detail: str) -> None:
        self.failed += 1
        self._write("FAIL", name, detail)

    def _write(self, status: str, name: str, detail: str) -> None:
        self.file.write(f"{status}\t{name}\t{' '.join(detail.split())}\n")
        self.file.flush()
        os.fsync(self.file.fileno())


def run_window_checks(report: str) -> int:
    steps = Steps(report)
    try:
        window = _open_window(steps)
        if window is not None:
            try:
                columns = _show_comparison(steps, window)
                if columns:
                    _check_font(steps, columns)
                    _check_drawing(steps, columns)
            finally:
                _close(window)
    except Exception as exc:  # the parent reports it; the traceback goes to stderr and the log
        import traceback

        traceback.print_exc()
        steps.fail("窗口自检", f"{exc.__class__.__name__}: {exc}")
    return 1 if steps.failed else 0


# -- 1. a real window ---------------------------------------------------------------------------

def _platform(available: list[str]) -> str:
    """The platform plugin Qt will load: the user's choice, or the system's own."""
    chosen = os.environ.get("QT_QPA_PLATFORM", "").split(":")[0].split(";")[0]
    if chosen:
        return chosen
    if os.environ.get("XDG_SESSION_TYPE") == "wayland" and "wayland" in available:
        return "wayland"
    return {"win32": "windows", "darwin": "cocoa"}.get(sys.platform, "xcb")


def available_platforms() -> tuple[list[str], list[str]]:
    """(plugin names such as "windows", "xcb", "offscreen"; the folders searched)."""
    from PySide6.QtCore import QCoreApplication

    folders = [Path(p) / "platforms" for p in QCoreApplication.libraryPaths()]
    names = set()
    for folder in folders:
        for file in folder.glob("*q*") if folder.is_dir() else ():
            stem = file.name.split(".")[0]
            if file.suffix in (".dll", ".so", ".dylib"):
                names.add(stem.removeprefix("lib").removeprefix("q"))
    return sorted(names), [str(f) for f in folders]


def _open_window(steps: Steps):
    names, folders = available_platforms()
    platform = _platform(names)
    where = "、".join(folders) or "（Qt 没有插件文件夹）"
    if platform not in names:
        steps.fail(OPEN, f"找不到 Qt 的平台插件“{platform}”（在 {where} 中只有：{'、'.join(names) or '无'}），"
                         "程序文件夹不完整：请重新解压完整的程序文件夹")
        return None
    screen = {"xcb": "DISPLAY", "wayland": "WAYLAND_DISPLAY"}.get(platform)
    if screen and not os.environ.get(screen):
        steps.fail(OPEN, f"没有屏幕（未设置 {screen}）：窗口自检需要图形桌面；"
                         "在没有屏幕的机器上请用 reportdesk --selftest --offscreen，或在 xvfb-run 下运行")
        return None
    steps.begin(OPEN, f"Qt 无法用平台插件“{platform}”启动窗口（{where}）：插件或它需要的系统库缺失、无法加载")
    from PySide6 import __version__ as pyside_version
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    from reportdesk.gui.app import CJK_FONTS
    from reportdesk.gui.main_window import MainWindow
    from reportdesk.workspace.settings import Settings

    app = QApplication.instance() or QApplication(["reportdesk"])
    font = QFont()  # the same font as `reportdesk gui` sets
    font.setFamilies(CJK_FONTS)
    font.setPointSize(10)
    app.setFont(font)
    window = MainWindow(Settings(), warm_up=False)  # default settings: the user's are neither used nor saved
    window.keeper.timer.stop()  # no autosave of the examples
    window.show()
    if not _wait_until(lambda: window.windowHandle() is not None and window.windowHandle().isExposed(), 15):
        steps.fail(OPEN, f"窗口没有显示出来（平台 {app.platformName()}）")
        _close(window)
        return None
    steps.ok(OPEN, f"Qt {pyside_version}，平台 {app.platformName()}，窗口 {window.width()}×{window.height()}")
    return window


# -- 2. the examples compared -------------------------------------------------------------------

def _show_comparison(steps: Steps, window) -> list:
    from reportdesk.gui.views.column import ColumnWidget
    from reportdesk.resources import seeds_folder

    steps.begin(COMPARE, "加载示例报告并显示比对时程序意外退出")
    session, messages = window.session, []
    session.sig_failed.connect(lambda title, text: messages.append(f"{title}：{text}"))
    try:
        seeds = str(seeds_folder())
    except FileNotFoundError as err:
        steps.fail(COMPARE, str(err))
        return []
    if not _wait_for(window.sig_idle, lambda: session.add_paths([seeds]), messages) or session.alignment is None:
        steps.fail(COMPARE, "示例报告没有加载完成：" + ("；".join(messages) or f"{STEP_SECONDS} 秒内没有完成"))
        return []
    written = session.written_topics()
    topic = "teachers" if "teachers" in written else (written or [""])[0]
    _wait_for(window.sig_idle, lambda: session.set_topic(topic), messages)
    columns = [w for w in window.compare.columns if isinstance(w, ColumnWidget) and w.text.toPlainText().strip()]
    if len(columns) < 2:
        steps.fail(COMPARE, f"主题“{topic}”只显示了 {len(columns)} 列：" + ("；".join(messages) or "比对没有显示出来"))
        return []
    errors = [f for f in session.files if f.error]
    steps.ok(COMPARE, f"{len(session.files)} 个示例文件，主题“{session.alignment.topic_name(topic)}”{len(columns)} 列"
                      + (f"，{len(errors)} 个文件无法读取" if errors else ""))
    return columns


# -- 3. and 4. Chinese from a real font ---------------------------------------------------------

def _sample(columns) -> str:
    """The distinct Chinese characters on screen (the first 80), and the interface's words."""
    seen = dict.fromkeys(c for w in columns for c in w.text.toPlainText() if "\u4e00" <= c <= "\u9fff")
    return "".join(list(seen)[:80]) + "".join(c for c in SAMPLE if c not in seen)


def _check_font(steps: Steps, columns) -> None:
    from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QFontMetrics

    steps.begin(FONT, "检查中文字体时程序意外退出")
    font = columns[0].text.document().defaultFont()
    sample = _sample(columns)
    family = QFontInfo(font).family() or "（没有可用的字体）"
    missing = [c for c in sample if not QFontMetrics(font).inFontUcs4(ord(c))]
    if missing:  # Qt takes characters the first font lacks from another Chinese font, if there is one
        for other in QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
            metrics = QFontMetrics(QFont(other, font.pointSize()))
            if all(metrics.inFontUcs4(ord(c)) for c in missing):
                family, missing = f"{family}，缺字由 {other} 补上", []
                break
    if missing:
        steps.fail(FONT, f"字体“{family}”没有 {len(missing)}/{len(sample)} 个汉字的字形（如“{''.join(missing[:8])}”），"
                         "中文会显示成方框：系统缺少中文字体（Windows 自带微软雅黑；Linux 请安装 fonts-noto-cjk）")
    else:
        steps.ok(FONT, f"{family}：样例 {len(sample)} 个汉字都有字形")


def _check_drawing(steps: Steps, columns) -> None:
    steps.begin(DRAW, "绘制中文时程序意外退出")
    view = columns[0].text.viewport()
    ink = _ink(view.grab().toImage())
    font = columns[0].text.document().defaultFont()
    chars = SAMPLE[:8]
    glyphs = [_draw_char(c, font) for c in chars]
    distinct = len({g for g in glyphs if g is not None})
    if ink < 200 or distinct < len(chars) - 1:  # boxes for missing glyphs all look alike
        steps.fail(DRAW, f"比对列上只画出 {ink} 个像素，样例 {len(chars)} 个汉字画出 {distinct} 种不同的字形："
                         "中文显示为空白或方框")
    else:
        steps.ok(DRAW, f"比对列上画出 {ink} 个像素，样例 {len(chars)} 个汉字字形各不相同")


def _ink(image) -> int:
    """Pixels that differ from the most common colour (the background)."""
    import numpy as np
    from PySide6.QtGui import QImage

    image = image.convertToFormat(QImage.Format.Format_RGB32)
    pixels = np.frombuffer(bytes(image.constBits()), dtype=np.uint32)[: image.width() * image.height()]
    if not len(pixels):
        return 0
    values, counts = np.unique(pixels, return_counts=True)
    return int(len(pixels) - counts.max())


def _draw_char(char: str, font) -> bytes | None:
    """The pixels of one character drawn alone, or None when nothing was drawn."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    image = QImage(48, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    big = QFont(font)
    big.setPixelSize(32)
    painter = QPainter(image)
    painter.setFont(big)
    painter.setPen(QColor("black"))
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, char)
    painter.end()
    return bytes(image.constBits()) if _ink(image) else None


# -- waiting without QtTest (it is not in the frozen app) ---------------------------------------

def _wait_until(condition, seconds: float) -> bool:
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        QApplication.processEvents()
        time.sleep(0.01)
    return True


def _wait_for(signal, start, messages: list) -> bool:
    """Start something and run the event loop until `signal` fires; a message box that pops up
    meanwhile is noted in `messages` and closed, so that nothing waits for a click."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    loop, fired = QEventLoop(), []

    def done(*_):
        fired.append(True)
        loop.quit()

    def close_dialogs():
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            messages.append(dialog.text() if isinstance(dialog, QMessageBox) else dialog.windowTitle())
            dialog.reject()

    signal.connect(done)
    watcher = QTimer(interval=200, timeout=close_dialogs)
    watcher.start()
    QTimer.singleShot(STEP_SECONDS * 1000, loop.quit)
    start()
    if not fired:
        loop.exec()
    watcher.stop()
    signal.disconnect(done)
    return bool(fired)


def _close(window) -> None:
    """Stop the window's work without saving its layout or settings (the user's stay as they were)."""
    from PySide6.QtWidgets import QApplication

    window.session.shutdown()
    window.keeper.shutdown()
    window.hide()
    window.deleteLater()
    QApplication.processEvents()
