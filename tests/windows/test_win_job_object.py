"""The reader workers on Windows: the memory ceiling of a job object, set through a stand-in
kernel32 with real ctypes signatures; a ceiling that cannot be set never stops a worker; and a
worker that died while idle (antivirus) is replaced without failing the next load."""
import ctypes
import multiprocessing
import threading

import pytest

from reportdesk import winapi
from reportdesk.jobs import isolation
from reportdesk.jobs.isolation import PARSE, ReaderPool
from tests.windows.stand_ins import JOB, PSEUDO_HANDLE, FakeKernel32, stand_in_for_windows

SEED = "004_61d6fe56185b419c.txt"


def test_the_structure_windows_reads_has_its_size():
    assert ctypes.sizeof(winapi.ExtendedLimits) == 144  # JOBOBJECT_EXTENDED_LIMIT_INFORMATION on x64


def test_a_worker_puts_itself_in_a_job_object_with_its_memory_ceiling(monkeypatch, caplog):
    kernel32 = stand_in_for_windows(monkeypatch)
    isolation._limit_memory(1024)
    assert kernel32.calls[-2:] == ["GetCurrentProcess", "AssignProcessToJobObject"]  # succeeded: nothing after
    assert kernel32.limits.ProcessMemoryLimit == 1024 * 2**20
    assert kernel32.limits.BasicLimitInformation.LimitFlags == 0x0100 | 0x0400  # memory; no crash dialog
    assert "not set" not in caplog.text


def test_every_function_is_declared_before_it_is_called(monkeypatch):
    """The pseudo-handle 2**64-1 reaches AssignProcessToJobObject whole (an undeclared argument
    raises ArgumentError on Windows; an undeclared result is cut to 32 bits)."""
    kernel32 = stand_in_for_windows(monkeypatch)
    winapi.limit_process_memory(2**30)
    for name in ("SetErrorMode", "CreateJobObjectW", "SetInformationJobObject", "GetCurrentProcess",
                 "AssignProcessToJobObject"):
        assert getattr(kernel32, name).argtypes is not None, name
    assert kernel32.GetCurrentProcess() == PSEUDO_HANDLE and kernel32.CreateJobObjectW(None, None) == JOB


FAILURES = {
    "Windows refuses the limit": dict(refuse={"SetInformationJobObject"}),
    "no job object": dict(refuse={"CreateJobObjectW"}),
    "a function missing": dict(missing={"AssignProcessToJobObject"}),
    "ctypes rejects an argument": dict(reject={"AssignProcessToJobObject"}),
}


@pytest.mark.parametrize("failure", FAILURES)
def test_a_ceiling_that_cannot_be_set_is_logged_and_the_worker_still_reads(monkeypatch, seeds_dir, failure):
    stand_in_for_windows(monkeypatch, FakeKernel32(**FAILURES[failure]))
    result, lines = _serve_one(str(seeds_dir / SEED))
    assert result.error is None and result.reports  # the file loads
    assert any("memory limit not set" in line for line in lines)  # and the log says why there is no ceiling


def test_without_kernel32_at_all_the_worker_still_reads(monkeypatch, seeds_dir):
    def no_dll(name, use_last_error=False):
        raise OSError(126, "The specified module could not be found")

    stand_in_for_windows(monkeypatch)
    monkeypatch.setattr(ctypes, "WinDLL", no_dll, raising=False)
    result, lines = _serve_one(str(seeds_dir / SEED))
    assert result.reports and any("memory limit not set" in line for line in lines)


def _serve_one(path: str):
    """A worker's life (isolation._serve) in a thread: the first file it is given, answered."""
    parent, child = multiprocessing.Pipe()
    worker = threading.Thread(target=isolation._serve, args=(child, PARSE, 1024), daemon=True)
    worker.start()
    try:
        parent.send(path)
        assert parent.poll(60), "the worker never answered"
        return parent.recv()
    finally:
        parent.send(None)
        worker.join(10)
        parent.close()


def test_a_worker_killed_while_idle_is_replaced_and_the_load_goes_on(seeds_dir):
    """Antivirus ends an idle reader: the next file goes to a fresh worker, not to an error."""
    pool = ReaderPool(workers=1)
    done = {}
    try:
        pool.start()
        idle = pool._idle[0]
        idle.process.kill()  # as an antivirus (or the task manager) ends it
        idle.process.join(5)
        pool.parse([str(seeds_dir / SEED)], done.__setitem__, lambda: False)
    finally:
        pool.close()
    (result,) = done.values()
    assert result.error is None and result.reports


def test_a_pipe_that_breaks_while_giving_a_file_gets_a_fresh_worker(seeds_dir, monkeypatch):
    """Between the liveness check and the hand-over the worker may still die: BrokenPipeError
    (EOFError, OSError) when giving it the file means another worker, not a failed load."""
    real_give = isolation._Worker.give
    broken = []

    def give(self, path):
        if not broken:
            broken.append(self)
            raise BrokenPipeError(32, "The pipe is being closed")
        real_give(self, path)

    monkeypatch.setattr(isolation._Worker, "give", give)
    pool, done = ReaderPool(workers=1), {}
    try:
        pool.start()
        pool.parse([str(seeds_dir / SEED)], done.__setitem__, lambda: False)
    finally:
        pool.close()
    assert broken and not broken[0].process.is_alive()  # the broken worker was ended, not kept
    assert list(done.values())[0].reports


def test_when_no_worker_can_take_a_file_it_says_so_and_the_batch_ends(seeds_dir, monkeypatch):
    def give(self, path):
        raise BrokenPipeError(32, "The pipe is being closed")

    monkeypatch.setattr(isolation._Worker, "give", give)
    pool, done = ReaderPool(workers=1), {}
    try:
        pool.parse([str(seeds_dir / SEED), str(seeds_dir / "002_3275dbe3018fe5f1.txt")], done.__setitem__,
                   lambda: False)
    finally:
        pool.close()
    assert len(done) == 2 and all("后台进程无法启动" in r.error for r in done.values())


def test_work_of_a_window_still_running_is_not_offered_back(monkeypatch, tmp_path):
    """Autosaves are named by process id; OpenProcess/GetExitCodeProcess tell a live window's
    from an orphan's."""
    from reportdesk.workspace import autosave

    monkeypatch.setenv("REPORTDESK_DATA", str(tmp_path))
    for pid in (4100, 4200):
        (autosave.folder() / f"{pid}.rdproj").write_text('{"files": [], "pins": {}}', encoding="utf-8")
    kernel32 = stand_in_for_windows(monkeypatch, FakeKernel32(running={4100}))
    assert [o.path.name for o in autosave.orphans()] == ["4200.rdproj"]
    assert kernel32.calls.count("CloseHandle") == 1  # the handle of the live one is not leaked
