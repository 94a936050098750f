"""`reportdesk bench` reports the peak memory of the process it measured; on Windows it asks
K32GetProcessMemoryInfo for the peak working set (a SIZE_T: above 4 GB must survive)."""
import ctypes

from stand_ins import FakeKernel32, stand_in_for_windows

from reportdesk.diagnostics import megabytes, peak_memory
from reportdesk.winapi import MemoryCounters


def test_the_structure_windows_fills_has_its_size():
    assert ctypes.sizeof(MemoryCounters) == 72


def test_on_windows_the_peak_working_set_is_read_whole(monkeypatch):
    kernel32 = stand_in_for_windows(monkeypatch)
    assert peak_memory() == kernel32.peak
    assert "K32GetProcessMemoryInfo" in kernel32.calls
    assert megabytes(kernel32.peak) == "5120 MB"


def test_when_windows_refuses_or_lacks_the_function_the_peak_is_unknown(monkeypatch):
    stand_in_for_windows(monkeypatch, FakeKernel32(refuse={"K32GetProcessMemoryInfo"}))
    assert peak_memory() is None and megabytes(None) == "?"
    monkeypatch.undo()
    stand_in_for_windows(monkeypatch, FakeKernel32(missing={"K32GetProcessMemoryInfo"}))
    assert peak_memory() is None


def test_here_the_peak_grows_with_what_the_process_holds():
    before = peak_memory()
    block = bytearray(64 * 2**20)
    block[::4096] = b"x" * len(block[::4096])  # touch every page, so that it is resident
    assert peak_memory() >= before and peak_memory() >= 64 * 2**20
