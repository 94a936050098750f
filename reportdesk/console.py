"""The standard streams of a program that may have none, and output that loses no character.

The windowed reportdesk.exe starts with sys.stdout and sys.stderr set to None: there is no
console. Whatever writes there (print, argparse's help and errors, a failed worker's report
from multiprocessing, logging's last-resort handler, `sys.stdout.flush()` on the way out)
would then raise AttributeError, which PyInstaller shows as an error box on every normal
close. `ensure_streams` runs first in every process: it writes into the command prompt that
started the program when there is one, else nowhere. reportdesk-cli.exe, the console
companion, has real streams and is untouched.
"""
from __future__ import annotations

import io
import os
import sys


def ensure_streams() -> None:
    """Give sys.stdout and sys.stderr somewhere to write when they are None."""
    if sys.stdout is not None and sys.stderr is not None:
        return
    target = parent_console() or open(os.devnull, "w", encoding="utf-8")
    if sys.stdout is None:
        sys.stdout = target
    if sys.stderr is None:
        sys.stderr = target


def parent_console():
    """On Windows, the console of the command prompt this windowed program was typed into
    (`reportdesk.exe --help`), as a text stream; None anywhere else or when there is none."""
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
