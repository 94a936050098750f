"""The background runner: results on the main thread, one job per kind, cancelled jobs silent."""
import threading

from PySide6.QtCore import QCoreApplication

from reportdesk.gui.workers import Runner


def test_result_is_delivered_on_the_main_thread(qtbot):
    runner = Runner()
    got = []
    with qtbot.waitSignal(runner.sig_busy_changed, check_params_cb=lambda busy: not busy, timeout=5000):
        runner.start("k", lambda progress: threading.get_ident(), lambda r: got.append((r, threading.get_ident())))
    worker_thread, delivered_on = got[0]
    assert worker_thread != delivered_on == threading.get_ident()
    assert runner.wait(5000) and runner.idle()


def test_a_new_job_of_the_same_kind_cancels_the_old_one(qtbot):
    runner = Runner()
    release = threading.Event()
    results, progress_seen = [], []

    def slow(progress):
        release.wait(5)
        progress.step(1, 2, "late")
        return "old" if progress.cancelled else "finished"

    runner.start("k", slow, results.append, lambda d, t, s: progress_seen.append(s))
    with qtbot.waitSignal(runner.sig_busy_changed, check_params_cb=lambda busy: not busy, timeout=5000):
        runner.start("k", lambda progress: "new", results.append)
        release.set()
    assert runner.wait(5000)
    QCoreApplication.processEvents()  # whatever the old job still sent is delivered (or dropped) now
    assert results == ["new"] and progress_seen == []


def test_a_failing_job_reports_its_error(qtbot):
    runner = Runner()
    errors = []

    def broken(progress):
        raise ValueError("boom")

    with qtbot.waitSignal(runner.sig_busy_changed, check_params_cb=lambda busy: not busy, timeout=5000):
        runner.start("k", broken, lambda r: None, on_error=errors.append)
    assert isinstance(errors[0], ValueError) and "boom" in str(errors[0])
    assert runner.wait(5000)
