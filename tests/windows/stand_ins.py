"""Stand-ins for Windows on Linux: a kernel32 whose functions are real ctypes foreign functions.

Each function is a C function pointer made from a Python callback with the function's real
Windows signature, wrapped in the same kind of object `ctypes.WinDLL` hands out (a `_CFuncPtr`
with a C int result and no argument types until the caller declares them). Calling it goes
through ctypes' own argument conversion, so a missing `argtypes` or `restype` misbehaves as
it does on Windows. One difference of the platform is put back: on Windows a C long is 32
bits, so ctypes' default conversion of an int above 2**32 raises ArgumentError there, while
Linux' 64-bit long would let it through.
"""
from __future__ import annotations

import ctypes
from ctypes import wintypes

PSEUDO_HANDLE = 2**64 - 1  # GetCurrentProcess(): (HANDLE)-1, as a HANDLE result reads it
JOB = 0x1A4
ERROR_ACCESS_DENIED, ERROR_INVALID_HANDLE = 5, 6


class _WinFunction(ctypes._CFuncPtr):
    _flags_ = ctypes._FUNCFLAG_CDECL | ctypes._FUNCFLAG_USE_LASTERROR
    _restype_ = ctypes.c_int

    reject = False  # raise ArgumentError, as ctypes does for a value its declared type cannot hold

    def __call__(self, *args):
        if self.reject:
            raise ctypes.ArgumentError("argument 1: TypeError: wrong type")
        if self.argtypes is None:  # ctypes' default conversion, with Windows' 32-bit C long
            for position, arg in enumerate(args, 1):
                if isinstance(arg, int) and not -2**31 <= arg < 2**32:
                    raise ctypes.ArgumentError(f"argument {position}: OverflowError: int too long to convert")
        return super().__call__(*args)


# Windows is LLP64: DWORD, BOOL, LONG and ULONG are 32 bits there (c_long is 64 bits on Linux).
WINDOWS_WIDTHS = {"DWORD": ctypes.c_uint32, "BOOL": ctypes.c_int32, "LONG": ctypes.c_int32,
                  "ULONG": ctypes.c_uint32, "UINT": ctypes.c_uint32}
DWORD, BOOL, UINT = ctypes.c_uint32, ctypes.c_int32, ctypes.c_uint32
HANDLE = LPVOID = ctypes.c_void_p


def _signature(restype, *argtypes):
    return ctypes.CFUNCTYPE(restype, *argtypes)


SIGNATURES = {  # restype, argtypes: as Windows declares them
    "SetErrorMode": _signature(UINT, UINT),
    "CreateJobObjectW": _signature(HANDLE, LPVOID, ctypes.c_wchar_p),
    "SetInformationJobObject": _signature(BOOL, HANDLE, ctypes.c_int, LPVOID, DWORD),
    "GetCurrentProcess": _signature(HANDLE),
    "AssignProcessToJobObject": _signature(BOOL, HANDLE, HANDLE),
    "OpenProcess": _signature(HANDLE, DWORD, BOOL, DWORD),
    "GetExitCodeProcess": _signature(BOOL, HANDLE, ctypes.POINTER(DWORD)),
    "CloseHandle": _signature(BOOL, HANDLE),
    "AttachConsole": _signature(BOOL, DWORD),
    "K32GetProcessMemoryInfo": _signature(BOOL, HANDLE, LPVOID, DWORD),
}


class FakeKernel32:
    """What `ctypes.WinDLL("kernel32", use_last_error=True)` returns on Windows, for the
    functions ReportDesk uses. `refuse` names functions that fail (FALSE/NULL with
    ERROR_ACCESS_DENIED), `missing` functions the DLL does not export, `reject` functions
    whose arguments ctypes refuses; `running` the process ids that are alive; `console`
    whether the parent has a console to attach to."""

    def __init__(self, refuse=(), missing=(), reject=(), running=(), console=False):
        self.calls: list[tuple] = []
        self.last_error = 0
        self.limits = None  # the ExtendedLimits Windows was given
        self.refuse, self.missing, self.reject = set(refuse), set(missing), set(reject)
        self.running, self.console = set(running), console
        self.peak = 5 * 2**30 + 12345  # the peak working set it reports: above 4 GB, as a SIZE_T holds
        self._thunks = {}

    def __call__(self, name, use_last_error=False):  # stands in for the ctypes.WinDLL class
        assert name == "kernel32" and use_last_error, "load kernel32 privately, with use_last_error=True"
        return self

    def __getattr__(self, name):
        if name.startswith("_") or name not in SIGNATURES or name in self.missing:
            raise AttributeError(f"function '{name}' not found")
        thunk = SIGNATURES[name](getattr(self, f"_{name}"))
        self._thunks[name] = thunk  # the callback must outlive every call through it
        function = _WinFunction(ctypes.cast(thunk, ctypes.c_void_p).value)
        function.reject = name in self.reject
        self.__dict__[name] = function  # as WinDLL does: one object per name, declarations kept
        return function

    def _result(self, name, ok, value=1):
        self.calls.append(name)
        if name in self.refuse or not ok:
            self.last_error = ERROR_ACCESS_DENIED if name in self.refuse else ERROR_INVALID_HANDLE
            return 0
        return value

    # -- the functions, as Windows behaves -----------------------------------------------------

    def _SetErrorMode(self, mode):
        return self._result("SetErrorMode", True, 0) or 0

    def _CreateJobObjectW(self, attributes, name):
        return self._result("CreateJobObjectW", attributes is None and name is None, JOB)

    def _SetInformationJobObject(self, job, kind, info, size):
        from reportdesk.winapi import ExtendedLimits

        ok = job == JOB and kind == 9 and size == 144 and info is not None
        if ok:
            self.limits = ExtendedLimits.from_buffer_copy(ctypes.string_at(info, size))
        return self._result("SetInformationJobObject", ok)

    def _GetCurrentProcess(self):
        self.calls.append("GetCurrentProcess")
        return PSEUDO_HANDLE

    def _AssignProcessToJobObject(self, job, process):
        # a handle cut to 32 bits is not the pseudo-handle: Windows says ERROR_INVALID_HANDLE
        return self._result("AssignProcessToJobObject", job == JOB and process == PSEUDO_HANDLE)

    def _OpenProcess(self, access, inherit, pid):
        return self._result("OpenProcess", pid in self.running, 0x7FFF_0000_1000 + pid)

    def _GetExitCodeProcess(self, handle, code):
        code[0] = 259 if (handle - 0x7FFF_0000_1000) in self.running else 0
        return self._result("GetExitCodeProcess", True)

    def _CloseHandle(self, handle):
        return self._result("CloseHandle", handle is not None)

    def _AttachConsole(self, pid):
        return self._result("AttachConsole", pid == 0xFFFFFFFF and self.console)

    def _K32GetProcessMemoryInfo(self, process, counters, size):
        from reportdesk.winapi import MemoryCounters

        ok = process == PSEUDO_HANDLE and size == 72 and counters is not None
        if ok:
            found = MemoryCounters.from_address(counters)
            ok = found.cb == size
            found.PeakWorkingSetSize, found.WorkingSetSize = self.peak, self.peak // 2
        return self._result("K32GetProcessMemoryInfo", ok)


def stand_in_for_windows(monkeypatch, kernel32: FakeKernel32 | None = None) -> FakeKernel32:
    """sys.platform says win32, ctypes.wintypes has Windows' widths, and ctypes loads the
    stand-in kernel32 (ctypes.WinDLL and ctypes.get_last_error exist on Windows only)."""
    import sys

    kernel32 = kernel32 or FakeKernel32()
    monkeypatch.setattr(sys, "platform", "win32")
    for name, kind in WINDOWS_WIDTHS.items():
        monkeypatch.setattr(wintypes, name, kind)
    monkeypatch.setattr(ctypes, "WinDLL", kernel32, raising=False)
    monkeypatch.setattr(ctypes, "get_last_error", lambda: kernel32.last_error, raising=False)
    return kernel32
