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

from reportdesk.members import file_label
from reportdesk.model import ParsedFile

log = logging.getLogger(__name__)
FILE_SECONDS = float(os.environ.get("REPORTDESK_FILE_SECONDS", 30))
MEMORY_MB = int(os.environ.get("REPORTDESK_WORKER_MB", 1024))
PARSE = "reportdesk.jobs.batch:parse_file"
POLL_SECONDS = 0.05


def _message(path: str, reason: str) -> str:
    return f"无法读取“{file_label(path)}”：{reason}。"


def timeout_error(path: str, seconds: float) -> ParsedFile:
    return ParsedFile(path=path, error=_message(path, f"读取超过 {seconds:g} 秒仍未完成，文件可能过大或已损坏，已停止读取"))


def crash_error(path: str) -> ParsedFile:
    return ParsedFile(path=path, error=_message(path, "读取时占用内存过多或出现异常，文件可能已损坏或过于复杂，已停止读取"))


def start_error(path: str) -> ParsedFile:
    return ParsedFile(path=path, error=_message(path, "读取文件的后台进程无法启动（可能被杀毒软件拦截），请稍后重试"))


# -- inside a worker --------------------------------------------------------------------------

def _limit_memory(megabytes: int) -> None:
    """A ceiling on this process's memory: past it, allocation fails (MemoryError) or the
    process ends, and only this worker is lost."""
    limit = megabytes * 1024 * 1024
    try:
        if sys.platform == "win32":
            from reportdesk.winapi import limit_process_memory

            limit_process_memory(limit)
        else:
            import resource

            soft, hard = resource.getrlimit(resource.RLIMIT_AS)
            if hard == resource.RLIM_INFINITY or hard > limit:
                resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    # Whatever goes wrong here (OSError, ctypes.ArgumentError, a function a Windows version
    # lacks) costs only the ceiling: a worker that stopped here would fail every file.
    except Exception as err:  # noqa: BLE001
        log.warning("worker memory limit not set: %r", err)


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
    try:
        _limit_memory(megabytes)
        _answer(connection, _resolve(parse_name), collect)
    finally:
        logging.getLogger().removeHandler(collect)


def _answer(connection, parse, collect: _Collect) -> None:
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
        """Parse each path in a worker; call on_done(path, result) as each finishes (a
        ParsedFile, or an archive's listing: on_done then returns its members, which are
        parsed too). Stops (killing the busy workers) when cancelled() becomes true."""
        with self._lock:
            self._run(deque(paths), on_done, cancelled)

    def _run(self, pending: deque, on_done, cancelled) -> None:
        busy: dict = {}  # connection -> worker
        try:
            while pending or busy:
                if cancelled():
                    break
                while pending and (self._idle or len(busy) < self.size):
                    path = pending.popleft()
                    worker = self._hand_over(path)
                    if worker is None:
                        on_done(path, start_error(path))
                    else:
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
                    pending.extend(on_done(worker.path, result) or ())  # an archive's members
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

    def _hand_over(self, path: str) -> _Worker | None:
        """A worker that has taken `path`, or None when not even a new one could.

        An idle worker may have been ended while it waited (an antivirus, the task manager):
        giving it a file then raises BrokenPipeError, EOFError or OSError. It is ended for
        good and the next idle worker, or a new one, takes the file."""
        while True:
            fresh = not self._idle
            worker = self._idle.pop() if self._idle else _Worker(self._context, self.parse_name, self.megabytes)
            try:
                if not worker.process.is_alive():
                    raise EOFError("the worker has ended")
                worker.give(path)
                return worker
            except (EOFError, OSError, ValueError) as err:
                log.warning("reader worker gone before %s (%r, exit %s)", path, err, worker.process.exitcode)
                worker.stop(kill=True)
                if fresh:
                    return None

    def close(self) -> None:
        with self._lock:
            for worker in self._idle:
                worker.stop()
            self._idle.clear()
