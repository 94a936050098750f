"""Measure how responsive the window stays: the longest gap between ticks of a 10 ms timer."""
from __future__ import annotations

import os
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

TICK_MS = 10


class StallMeter:
    """Records the longest interval between timer ticks while it runs."""

    def __init__(self):
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.longest = 0.0
        self._last = None

    def start(self) -> None:
        self._last = time.perf_counter()
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return self.longest

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now


@contextmanager
def _measured_window():
    """A window as a user starts it (offscreen where there is no screen), on settings of
    its own so that the user's stay untouched; closed afterwards."""
    if sys.platform.startswith("linux") and not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from reportdesk.gui.main_window import MainWindow
    from reportdesk.workspace.settings import Settings

    QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="reportdesk-stall-") as tmp:
        os.environ["REPORTDESK_CONFIG"] = tmp
        window = MainWindow(Settings())
        window.resize(1600, 1000)
        window.show()
        try:
            yield window
        finally:
            window.close()


def _until_idle(window, start) -> None:
    """Start something and run the event loop until the window is idle again."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    window.sig_idle.connect(loop.quit)
    QTimer.singleShot(180000, loop.quit)
    start()
    loop.exec()
    window.sig_idle.disconnect(loop.quit)


def measure_topics(folder: Path, topics: int = 5, out=print) -> float:
    """Load `folder`, then show `topics` topics one after another with every column in view
    (the comparison of all reports on each); return the longest stall while one is shown (s)."""
    with _measured_window() as window:
        window.compare.show_every_column = True
        _until_idle(window, lambda: window.session.add_paths([str(folder)]))
        session = window.session
        longest = 0.0
        for topic in session.written_topics()[1:topics + 1]:
            meter = StallMeter()
            meter.start()
            _until_idle(window, lambda t=topic: session.set_topic(t))
            longest = max(longest, meter.stop())
        columns, reports = len(window.compare.columns), len(session.alignment.reports)
    out(f"window: {reports} reports, {topics} topics shown one after another (the last with {columns} columns); "
        f"longest event-loop stall {longest * 1000:.0f} ms")
    return longest


def measure_load(folder: Path, out=print, settle: bool = True) -> dict[str, float]:
    """Load every report file in `folder` into an offscreen window; return the longest stall
    and the time until the window was idle again, with the figures and copies found (s).

    With `settle`, the files are dropped once the window has finished starting up (its
    background warm-up loads jieba's dictionary, which holds the interpreter ~0.2 s), as
    when a user opens the app and then drags a folder in; without, they load at once.
    """
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    n = sum(1 for p in folder.iterdir() if p.is_file())
    with _measured_window() as window:
        app = QApplication.instance()
        app.processEvents()
        if settle:
            pause = QEventLoop()
            QTimer.singleShot(1500, pause.quit)
            pause.exec()
            while not window.session.runner.idle():
                app.processEvents()
        meter = StallMeter()
        started = time.perf_counter()
        meter.start()
        _until_idle(window, lambda: window.session.add_paths([str(folder)]))
        longest = meter.stop()
        elapsed = time.perf_counter() - started
        reports = len(window.session.alignment.reports) if window.session.alignment else 0
    when = "after start-up" if settle else "at start-up"
    out(f"window ({when}): {n} files ({reports} reports) loaded, aligned and shown in {elapsed:.2f} s; "
        f"longest event-loop stall {longest * 1000:.0f} ms")
    return {"stall": longest, "seconds": elapsed, "reports": reports}
