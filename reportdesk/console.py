"""The standard streams of a program that may have none, and output that loses no character.

The windowed reportdesk.exe starts with sys.stdout and sys.stderr set to None: there is no
console. Whatever writes there (print, argparse's help and errors, a failed worker's report
from multiprocessing, logging's last-resort handler, `sys.stdout.flush()` on the way out)
would then raise AttributeError, which PyInstaller shows as an error box on every normal
close. `ensure_streams` runs first in every process and gives them a stream to nowhere.
A command typed into a command prompt (`reportdesk.exe outline …`) then writes into that
prompt (`console_for_output`); the window never attaches to it, because a process attached
to a console is ended when that console window is closed. reportdesk-cli.exe, the console
companion, has real streams and is untouched.
"""
from __future__ import annotations

import io
import os
import sys

_nowhere = None  # the stream ensure_streams gave, while no better one is known


def ensure_streams() -> None:
    """Give sys.stdout and sys.stderr somewhere to write when they are None."""
    global _nowhere
    if sys.stdout is not None and sys.stderr is not None:
        return
    _nowhere = _nowhere or open(os.devnull, "w", encoding="utf-8")
    if sys.stdout is None:
        sys.stdout = _nowhere
    if sys.stderr is None:
        sys.stderr = _nowhere


def console_for_output() -> None:
    """For a command's output (not the window's): write into the command prompt the windowed
    program was started from, if there is one, instead of nowhere."""
    if _nowhere is None or (sys.stdout is not _nowhere and sys.stderr is not _nowhere):
        return
    console = parent_console()
    if console is not None:
        if sys.stdout is _nowhere:
            sys.stdout = console
        if sys.stderr is _nowhere:
            sys.stderr = console


def parent_console():
    """On Windows, the console of the command prompt this windowed program was typed into, as
    a text stream; None anywhere else or when there is none."""
    if sys.platform != "win32":
        return None
    try:
        from reportdesk.winapi import attach_parent_console

        if attach_parent_console():
            # CONOUT$ is opened as a console (Python writes it as UTF-16), so UTF-8 here is exact
            return open("CONOUT$", "w", encoding="utf-8", errors="replace")
    except Exception as err:  # noqa: BLE001 - OSError, ctypes.ArgumentError: no console is no reason to stop
        import logging

        logging.getLogger(__name__).warning("no parent console: %r", err)
    return None


def lossless_output(utf8: bool = False) -> None:
    """Characters the console's code page lacks (a GBK console and "䶮", "•", "😀") are written
    as \\uXXXX rather than as "?" or a crash. With `utf8` (JSON, read by programs), output
    redirected to a file or a pipe is UTF-8 whatever the code page."""
    stream = sys.stdout
    if not hasattr(stream, "reconfigure"):
        return
    try:
        if utf8 and not stream.isatty():
            stream.reconfigure(encoding="utf-8", errors="strict")
        else:
            stream.reconfigure(errors="backslashreplace")
    except (ValueError, OSError, io.UnsupportedOperation):
        pass  # a stream that cannot change (already written to, or not a real file) stays as it is
