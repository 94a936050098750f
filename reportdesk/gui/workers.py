"""The one background runner: plain functions run in a thread pool, results on the main thread.

A job is `fn(progress) -> result`, the same protocol the core uses (`progress.step`,
`progress.cancelled`). Starting a job of a kind that is already running cancels the
earlier one, whose result is then dropped. Signals are emitted from the worker thread
and delivered, queued, on the main thread. A job that raises delivers the exception
itself (its traceback goes to the log), so the window can tell a file locked by Word
from an internal error without reading tracebacks.
"""
from __future__ import annotations

import gc
import logging
import sys
import threading
import time
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)
YIELD_SECONDS = 0.001
# How long a busy Python thread may keep the interpreter once another asks for it (Python's
# default is 5 ms). Every paint of a model-backed view calls Python (data(), the highlighters)
# hundreds of times, each call waiting for the interpreter while a job runs; measured with
# `reportdesk bench --gui` (100 files, median of longest stalls): 5 ms → 103 ms, 1 ms → 82 ms.
SWITCH_SECONDS = 0.001


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)  # the exception


class QtProgress:
    """The core's progress protocol, reporting through Qt signals."""

    def __init__(self, signals: _Signals):
        self._signals = signals
        self._cancelled = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        self._cancelled.set()

    def step(self, done: int, total: int, text: str) -> None:
        try:
            self._signals.progress.emit(done, total, text)
        except RuntimeError:  # the window closed meanwhile: stop the work
            self._cancelled.set()
        # Hand the interpreter to the main thread for a moment: measured, a busy worker can
        # otherwise keep it from repainting for half a second while Qt waits for the GIL.
        time.sleep(YIELD_SECONDS)
        gc.freeze()  # what a long job has built so far stays out of full collections (see _finish)


class Job:
    """A handle on a started job."""

    def __init__(self, kind: str, signals: _Signals):
        self.kind = kind
        self.signals = signals
        self.progress = QtProgress(signals)
        self.done = threading.Event()

    def cancel(self) -> None:
        self.progress.cancel()


class _Task(QRunnable):
    def __init__(self, job: Job, fn: Callable[[QtProgress], Any]):
        super().__init__()
        self.job, self.fn = job, fn

    def run(self) -> None:
        try:
            result = self.fn(self.job.progress)
        except Exception as exc:  # reported to the window, which shows it; never lost
            log.exception("background job %s failed", self.job.kind)
            self._emit(self.job.signals.failed, exc)
        else:
            self._emit(self.job.signals.finished, result)
        finally:
            self.job.done.set()

    def _emit(self, signal, value) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the window closed while this job ran: nobody to tell
            log.debug("result of %s dropped: its receiver is gone", self.job.kind)


class Runner(QObject):
    """Runs jobs in a private thread pool; one current job per kind."""

    sig_busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_SECONDS))
        self._current: dict[str, Job] = {}
        self._jobs: list[Job] = []  # keeps signal objects alive until delivered

    def start(self, kind: str, fn: Callable[[QtProgress], Any], on_done: Callable[[Any], None],
              on_progress: Callable[[int, int, str], None] | None = None,
              on_error: Callable[[Exception], None] | None = None) -> Job:
        previous = self._current.get(kind)
        if previous is not None:
            previous.cancel()
        job = Job(kind, _Signals())
        self._current[kind] = job
        self._jobs.append(job)
        if on_progress:
            job.signals.progress.connect(lambda d, t, s, j=job: self._progress(j, on_progress, d, t, s))
        job.signals.finished.connect(lambda result, j=job: self._finish(j, result, on_done))
        job.signals.failed.connect(lambda error, j=job: self._finish(j, None, None, on_error, error))
        was_busy = self.busy()
        self.pool.start(_Task(job, fn))
        if not was_busy:
            self.sig_busy_changed.emit(True)
        return job

    def _progress(self, job: Job, on_progress, done: int, total: int, text: str) -> None:
        """Progress of the current, live job only: a cancelled job's late reports are dropped."""
        if job is self._current.get(job.kind) and not job.progress.cancelled:
            on_progress(done, total, text)

    def _finish(self, job: Job, result, on_done, on_error=None, error: Exception | None = None) -> None:
        # What the job made lives on (reports, alignment, analyses): out of the garbage
        # collector's full passes, which hold the interpreter, and so the window, for half a
        # second once a few thousand reports are loaded (measured: 544 ms at 4,800 reports).
        gc.freeze()
        current = self._current.get(job.kind) is job
        if current:
            del self._current[job.kind]
        if job in self._jobs:
            self._jobs.remove(job)
        if current and not job.progress.cancelled:
            if error is None and on_done is not None:
                on_done(result)
            elif error is not None and on_error is not None:
                on_error(error)
        if not self.busy():
            self.sig_busy_changed.emit(False)

    def cancel(self, kind: str | None = None) -> None:
        for job_kind, job in list(self._current.items()):
            if kind is None or job_kind == kind:
                job.cancel()

    def busy(self, kind: str | None = None) -> bool:
        if kind is not None:
            return kind in self._current
        return bool(self._jobs)

    def idle(self) -> bool:
        """No job running and none waiting to deliver its result."""
        return not self._jobs and self.pool.activeThreadCount() == 0

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)
