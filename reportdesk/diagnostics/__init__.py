"""Diagnostics: the benchmark and the self-test (not part of the app's normal work)."""
from __future__ import annotations

import sys
from pathlib import Path


def self_command() -> list[str]:
    """This program again, for a step that needs a process of its own: the frozen executable
    (which takes no `-c`: it would read the code as a path to open), or this interpreter with
    this package. The step is chosen by a hidden option (--selftest-window, --bench-step)."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    package_parent = str(Path(__file__).resolve().parents[2])
    return [sys.executable, "-c", f"import sys; sys.path.insert(0, {package_parent!r}); "
                                  "from reportdesk.cli import main; sys.exit(main())"]


def peak_memory() -> int | None:
    """The most physical memory this process has held so far (peak resident set / working
    set), in bytes; None where the system will not say."""
    if sys.platform == "win32":
        from reportdesk import winapi

        try:
            return winapi.peak_memory()
        except (OSError, AttributeError):  # no K32GetProcessMemoryInfo, or it refused
            return None
    high_water = _linux_high_water()
    if high_water is not None:
        return high_water
    try:
        import resource
    except ImportError:
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024  # bytes on macOS, KiB on Linux


def _linux_high_water(status: str = "/proc/self/status") -> int | None:
    """VmHWM, the peak of this program's own memory, in bytes. ru_maxrss is not that on
    Linux: a process started from a big one (a benchmark step run from a long test session)
    keeps the parent's peak from before it started the new program."""
    try:
        with open(status, encoding="ascii", errors="replace") as lines:
            for line in lines:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024  # kB
    except (OSError, ValueError, IndexError):
        return None
    return None


def megabytes(size: int | None) -> str:
    return "?" if size is None else f"{size / 2**20:.0f} MB"
