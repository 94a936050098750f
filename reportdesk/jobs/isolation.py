"""Read and structure files in worker processes, one file at a time, each within a time budget
and a memory ceiling.

A damaged or hostile file (a zip bomb that slipped past the guards, numbering that renders
a gigantic marker, XML nested a thousand levels deep) can then only cost its own worker:
the worker is replaced, that file gets one clear error, and the rest of the batch loads.
Parsing in other processes also keeps the window's interpreter free for painting.

Workers are started with the "spawn" method, which works the same on Windows, in the
frozen app (`multiprocessing.freeze_support()` in the entry point) and on Linux.
"""
from __future__ import annotations

import importlib
import logging
import multiprocessing
import os
import sys
import threading
import time
from collections import deque
from multiprocessing.connection import wait
from pathlib import Path

from reportdesk.model import ParsedFile

log = logging.getLogger(__name__)
FILE_SECONDS = float(os.environ.get("REPORTDESK_FILE_SECONDS", 30))
MEMORY_MB = int(os.environ.get("REPORTDESK_WORKER_MB", 1024))
PARSE = "reportdesk.jobs.batch:parse_file"
POLL_SECONDS = 0.05


def _message(path: str, reason: str) -> str:
    return f"无法读取“{Path(path).name}”：{reason}。"


def timeout_error(path: str, seconds: float) -> ParsedFile:
    return ParsedFile(path=path, error=_message(path, f"读取超过 {seconds:g} 秒仍未完成，文件可能过大或已损坏，已停止读取"))


def crash_error(path: str) -> ParsedFile:
    return ParsedFile(path=path, error=_message(path, "读取时占用内存过多或出现异常，文件可能已损坏或过于复杂，已停止读取"))


# -- inside a worker --------------------------------------------------------------------------

def _limit_memory(megabytes: int) -> None:
    """A ceiling on this process's memory: past it, allocation fails (MemoryError) or the
    process ends, and only this worker is lost."""
    limit = megabytes * 1024 * 1024
    try:
        if sys.platform == "win32":
            _limit_memory_windows(limit)
        else:
            import resource

            soft, hard = resource.getrlimit(resource.RLIMIT_AS)
            if hard == resource.RLIM_INFINITY or hard > limit:
                resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (OSError, ValueError, AttributeError) as err:  # a limit we cannot set is not fatal
        log.warning("worker memory limit not set: %s", err)


def _limit_memory_windows(limit: int) -> None:
    """A job object with a per-process memory limit, that also suppresses crash dialogs."""
    import ctypes
    from ctypes import wintypes

    class Basic(ctypes.Structure):
        _fields_ = [("PerProcessUserTimeLimit", ctypes.c_int64), ("PerJobUserTimeLimit", ctypes.c_int64),
                    ("LimitFlags", wintypes.DWORD), ("MinimumWorkingSetSize", ctypes.c_size_t),
                    ("MaximumWorkingSetSize", ctypes.c_size_t), ("ActiveProcessLimit", wintypes.DWORD),
                    ("Affinity", ctypes.c_size_t), ("PriorityClass", wintypes.DWORD),
                    ("SchedulingClass", wintypes.DWORD)]

    class Extended(ctypes.Structure):
        _fields_ = [("BasicLimitInformation", Basic), ("IoInfo", ctypes.c_ulonglong * 6),
                    ("ProcessMemoryLimit", ctypes.c_size_t), ("JobMemoryLimit", ctypes.c_size_t),
                    ("PeakProcessMemoryUsed", ctypes.c_size_t), ("PeakJobMemoryUsed", ctypes.c_size_t)]

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.CreateJobObjectW.restype = wintypes.HANDLE
    kernel32.GetCurrentProcess.restype = wintypes.HANDLE
    kernel32.SetErrorMode(0x0001 | 0x0002)  # no "stopped working" or critical-error dialogs
    job = kernel32.CreateJobObjectW(None, None)
    info = Extended()
    info.BasicLimitInformation.LimitFlags = 0x0100 | 0x0400  # process memory; die on unhandled exception
    info.ProcessMemoryLimit = limit
    if not kernel32.SetInformationJobObject(job, 9, ctypes.byref(info), ctypes.sizeof(info)):
        raise OSError(ctypes.get_last_error(), "SetInformationJobObject")
    if not kernel32.AssignProcessToJobObject(job, kernel32.GetCurrentProcess()):
        raise OSError(ctypes.get_last_error(), "AssignProcessToJobObject")


def _resolve(name: str):
    module, _, function = name.partition(":")
    return getattr(importlib.import_module(module), function)


class _Collect(logging.Handler):
    """Log records of a worker, sent to the app with each result (the app keeps the log file)."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        self.lines: list[str] = []

    def emit(self, record) -> None:
        self.lines.append(self.format(record))


def _serve(connection, parse_name: str, megabytes: int) -> None:
    """A worker's life: read a path, send back (ParsedFile, log lines); stop at None or a
    closed pipe."""
    collect = _Collect()
    logging.getLogger().addHandler(collect)
    _limit_memory(megabytes)
    parse = _resolve(parse_name)
    while True:
        try:
            path = connection.recv()
        except (EOFError, OSError):
            return
        if path is None:
            return
        try:
            result = parse(path)
        except MemoryError:
            result = crash_error(path)
        except Exception:  # parse_file never raises for a bad file; this is our own fault
            logging.getLogger(__name__).exception("worker failed on %s", path)
            result = ParsedFile(path=path, error=_message(path, "分析文件时出现内部错误（已记入日志）"))
        try:
            connection.send((result, collect.lines))
        except (OSError, ValueError):
            return
        collect.lines = []


# -- in the app -------------------------------------------------------------------------------

class _Worker:
    def __init__(self, context, parse: str, megabytes: int):
        self.connection, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child, parse, megabytes), daemon=True,
                                       name="reportdesk-reader")
        self.process.start()
        child.close()
        self.path: str | None = None
        self.started = 0.0

    def give(self, path: str) -> None:
        self.path, self.started = path, time.monotonic()
        self.connection.send(path)

    def stop(self, kill: bool = False) -> None:
        try:
            if kill:
                self.process.kill()
            else:
                self.connection.send(None)
        except (OSError, ValueError):
            pass
        self.process.join(timeout=2 if not kill else 5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(timeout=5)
        self.connection.close()


class ReaderPool:
    """Worker processes that parse files; they are started on first use and kept for the next
    batch (starting one costs a few tenths of a second)."""

    def __init__(self, workers: int | None = None, seconds: float = FILE_SECONDS, megabytes: int = MEMORY_MB,
                 parse: str = PARSE):
        self.size = workers or max(1, min(4, (os.cpu_count() or 2)))
        self.seconds, self.megabytes, self.parse_name = seconds, megabytes, parse
        self._context = multiprocessing.get_context("spawn")
        self._idle: list[_Worker] = []
        self._lock = threading.Lock()  # one batch at a time

    def start(self) -> None:
        """Start the workers now (e.g. while the window waits for the user)."""
        with self._lock:
            while len(self._idle) < self.size:
                self._idle.append(_Worker(self._context, self.parse_name, self.megabytes))

    def parse(self, paths: list[str], on_done, cancelled) -> None:
        """Parse each path in a worker; call on_done(path, ParsedFile) as each finishes.
        Stops (killing the busy workers) when cancelled() becomes true."""
        with self._lock:
            self._run(deque(paths), on_done, cancelled)

    def _run(self, pending: deque, on_done, cancelled) -> None:
        busy: dict = {}  # connection -> worker
        try:
            while pending or busy:
                if cancelled():
                    break
                while pending and (self._idle or len(busy) < self.size):
                    worker = self._idle.pop() if self._idle else _Worker(self._context, self.parse_name,
                                                                           self.megabytes)
                    worker.give(pending.popleft())
                    busy[worker.connection] = worker
                for connection in wait(list(busy), timeout=POLL_SECONDS):
                    worker = busy.pop(connection)
                    try:
                        result, lines = connection.recv()
                    except (EOFError, OSError):  # the worker died: out of memory, or worse
                        log.warning("reader worker died on %s (exit %s)", worker.path, worker.process.exitcode)
                        worker.stop(kill=True)
                        on_done(worker.path, crash_error(worker.path))
                        continue
                    for line in lines:
                        log.warning("reader worker: %s", line)
                    self._idle.append(worker)
                    on_done(worker.path, result)
                now = time.monotonic()
                for connection, worker in list(busy.items()):
                    if now - worker.started > self.seconds:
                        log.warning("reader worker overran on %s", worker.path)
                        del busy[connection]
                        worker.stop(kill=True)
                        on_done(worker.path, timeout_error(worker.path, self.seconds))
        finally:
            for worker in busy.values():  # cancelled, or an error of ours: no half-done worker stays
                worker.stop(kill=True)

    def close(self) -> None:
        with self._lock:
            for worker in self._idle:
                worker.stop()
            self._idle.clear()
