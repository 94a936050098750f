"""The few Windows functions ReportDesk calls through ctypes, each declared with its argument
and result types (Windows only; nothing here runs on other systems).

Declared because ctypes otherwise passes a Python int as a 32-bit C int and reads every
result as one: GetCurrentProcess()'s pseudo-handle (-1, read as 2**64-1 through a HANDLE
result) then raises ctypes.ArgumentError, and a real handle above 2**31 is cut in half.
The DLL is loaded privately (ctypes.WinDLL, not ctypes.windll), so that declarations made
by another library on the shared ctypes.windll.kernel32 never change ours.
tests/windows/test_win_ctypes_declared.py fails when a function is used undeclared.
"""
from __future__ import annotations

import ctypes
from ctypes import wintypes

STILL_ACTIVE = 259
PROCESS_QUERY_LIMITED_INFORMATION = 0x1000
ATTACH_PARENT_PROCESS = 0xFFFFFFFF  # (DWORD)-1
SEM_FAILCRITICALERRORS, SEM_NOGPFAULTERRORBOX = 0x0001, 0x0002
JOB_OBJECT_LIMIT_PROCESS_MEMORY = 0x0100
JOB_OBJECT_LIMIT_DIE_ON_UNHANDLED_EXCEPTION = 0x0400
JOB_OBJECT_EXTENDED_LIMIT_INFORMATION = 9


class BasicLimits(ctypes.Structure):
    """JOBOBJECT_BASIC_LIMIT_INFORMATION. DWORD fields as c_uint32, so that the layout is
    Windows' on any system (a test checks the size Windows expects: 144 bytes in all)."""

    _fields_ = [("PerProcessUserTimeLimit", ctypes.c_int64), ("PerJobUserTimeLimit", ctypes.c_int64),
                ("LimitFlags", ctypes.c_uint32), ("MinimumWorkingSetSize", ctypes.c_size_t),
                ("MaximumWorkingSetSize", ctypes.c_size_t), ("ActiveProcessLimit", ctypes.c_uint32),
                ("Affinity", ctypes.c_size_t), ("PriorityClass", ctypes.c_uint32),
                ("SchedulingClass", ctypes.c_uint32)]


class ExtendedLimits(ctypes.Structure):
    """JOBOBJECT_EXTENDED_LIMIT_INFORMATION."""

    _fields_ = [("BasicLimitInformation", BasicLimits), ("IoInfo", ctypes.c_uint64 * 6),
                ("ProcessMemoryLimit", ctypes.c_size_t), ("JobMemoryLimit", ctypes.c_size_t),
                ("PeakProcessMemoryUsed", ctypes.c_size_t), ("PeakJobMemoryUsed", ctypes.c_size_t)]


class MemoryCounters(ctypes.Structure):
    """PROCESS_MEMORY_COUNTERS (72 bytes on 64-bit Windows)."""

    _fields_ = [("cb", ctypes.c_uint32), ("PageFaultCount", ctypes.c_uint32),
                ("PeakWorkingSetSize", ctypes.c_size_t), ("WorkingSetSize", ctypes.c_size_t),
                ("QuotaPeakPagedPoolUsage", ctypes.c_size_t), ("QuotaPagedPoolUsage", ctypes.c_size_t),
                ("QuotaPeakNonPagedPoolUsage", ctypes.c_size_t), ("QuotaNonPagedPoolUsage", ctypes.c_size_t),
                ("PagefileUsage", ctypes.c_size_t), ("PeakPagefileUsage", ctypes.c_size_t)]


def kernel32():
    """kernel32.dll with every function ReportDesk uses declared."""
    dll = ctypes.WinDLL("kernel32", use_last_error=True)
    dll.SetErrorMode.argtypes = [wintypes.UINT]
    dll.SetErrorMode.restype = wintypes.UINT
    dll.CreateJobObjectW.argtypes = [wintypes.LPVOID, wintypes.LPCWSTR]
    dll.CreateJobObjectW.restype = wintypes.HANDLE
    dll.SetInformationJobObject.argtypes = [wintypes.HANDLE, ctypes.c_int, wintypes.LPVOID, wintypes.DWORD]
    dll.SetInformationJobObject.restype = wintypes.BOOL
    dll.GetCurrentProcess.argtypes = []
    dll.GetCurrentProcess.restype = wintypes.HANDLE
    dll.AssignProcessToJobObject.argtypes = [wintypes.HANDLE, wintypes.HANDLE]
    dll.AssignProcessToJobObject.restype = wintypes.BOOL
    dll.OpenProcess.argtypes = [wintypes.DWORD, wintypes.BOOL, wintypes.DWORD]
    dll.OpenProcess.restype = wintypes.HANDLE
    dll.GetExitCodeProcess.argtypes = [wintypes.HANDLE, ctypes.POINTER(wintypes.DWORD)]
    dll.GetExitCodeProcess.restype = wintypes.BOOL
    dll.CloseHandle.argtypes = [wintypes.HANDLE]
    dll.CloseHandle.restype = wintypes.BOOL
    dll.AttachConsole.argtypes = [wintypes.DWORD]
    dll.AttachConsole.restype = wintypes.BOOL
    dll.K32GetProcessMemoryInfo.argtypes = [wintypes.HANDLE, ctypes.POINTER(MemoryCounters), wintypes.DWORD]
    dll.K32GetProcessMemoryInfo.restype = wintypes.BOOL
    return dll


def _failed(function: str) -> OSError:
    code = ctypes.get_last_error()
    return OSError(code, f"{function} failed (Windows error {code})")


def limit_process_memory(limit: int) -> None:
    """Put this process in a job object whose per-process memory limit is `limit` bytes, and
    that suppresses the "stopped working" and critical-error dialogs (a worker that fails
    must end quietly, not wait for a click). Raises OSError when Windows refuses."""
    k32 = kernel32()
    k32.SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX)
    job = k32.CreateJobObjectW(None, None)
    if not job:
        raise _failed("CreateJobObjectW")
    info = ExtendedLimits()
    info.BasicLimitInformation.LimitFlags = (JOB_OBJECT_LIMIT_PROCESS_MEMORY
                                             | JOB_OBJECT_LIMIT_DIE_ON_UNHANDLED_EXCEPTION)
    info.ProcessMemoryLimit = limit
    if not k32.SetInformationJobObject(job, JOB_OBJECT_EXTENDED_LIMIT_INFORMATION, ctypes.byref(info),
                                       ctypes.sizeof(info)):
        raise _failed("SetInformationJobObject")
    # The job's handle is never closed: it costs nothing, and the limit lasts as long as the worker.
    if not k32.AssignProcessToJobObject(job, k32.GetCurrentProcess()):
        raise _failed("AssignProcessToJobObject")


def process_running(pid: int) -> bool:
    """Whether the process with this id is still running."""
    k32 = kernel32()
    handle = k32.OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, False, pid)
    if not handle:
        return False
    try:
        code = wintypes.DWORD()
        return bool(k32.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == STILL_ACTIVE
    finally:
        k32.CloseHandle(handle)


def attach_parent_console() -> bool:
    """Attach to the console of the program that started this one (a command prompt), if any."""
    return bool(kernel32().AttachConsole(ATTACH_PARENT_PROCESS))


def peak_memory() -> int:
    """The most physical memory this process has held so far (its peak working set), bytes."""
    k32 = kernel32()
    counters = MemoryCounters()
    counters.cb = ctypes.sizeof(counters)
    if not k32.K32GetProcessMemoryInfo(k32.GetCurrentProcess(), ctypes.byref(counters), counters.cb):
        raise _failed("K32GetProcessMemoryInfo")
    return counters.PeakWorkingSetSize
