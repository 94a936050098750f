"""Readers: one per format, each turning a file into paragraphs with style hints.

`read_document(path)` is the entry point; it checks what can go wrong with any file
(missing, unreadable, empty, too large) and then hands the bytes to the reader for the
file's format. Every failure is a `ReadError` naming the file and the reason.
"""
from __future__ import annotations

import os
from pathlib import Path

from reportdesk.ingest.docx_reader import read_docx
from reportdesk.ingest.errors import ReadError
from reportdesk.ingest.plaintext import read_md, read_txt
from reportdesk.model import Document

MAX_FILE_MB = 50
READERS = {".txt": read_txt, ".text": read_txt, ".md": read_md, ".markdown": read_md,
           ".docx": read_docx}
LEGACY = {".doc", ".wps", ".pdf", ".rtf", ".odt", ".docm", ".dotx", ".dot"}

__all__ = ["READERS", "ReadError", "read_document", "is_report_file"]


def is_report_file(path: Path) -> bool:
    """Whether a file found in a folder should be offered to the readers."""
    name = path.name
    if name.startswith(("~$", ".")):  # Word's lock files and hidden files
        return False
    suffix = path.suffix.lower()
    return suffix in READERS or suffix in LEGACY


def read_document(path: str | os.PathLike) -> Document:
    """Read one file into paragraphs; raise ReadError with a reason a user understands."""
    path = str(path)
    suffix = Path(path).suffix.lower()
    reader = READERS.get(suffix)
    if reader is None:
        code = "legacy_word" if suffix in (".doc", ".wps") else "unsupported"
        raise ReadError(path, code, suffix=suffix or "（无扩展名）")
    data = _read_bytes(path)
    paragraphs, encoding = reader(path, data)
    if not any(p.text.strip() for p in paragraphs):
        raise ReadError(path, "no_text")
    return Document(path=path, paragraphs=tuple(paragraphs), encoding=encoding)


def _read_bytes(path: str) -> bytes:
    try:
        stat = os.stat(path)
    except FileNotFoundError as exc:
        raise ReadError(path, "not_found") from exc
    except PermissionError as exc:
        raise ReadError(path, "permission") from exc
    except OSError as exc:
        raise ReadError(path, "os_error", exc.strerror or str(exc)) from exc
    if os.path.isdir(path):
        raise ReadError(path, "is_dir")
    if stat.st_size > MAX_FILE_MB * 1024 * 1024:
        raise ReadError(path, "too_large", limit=MAX_FILE_MB)
    if stat.st_size == 0:
        raise ReadError(path, "empty")
    try:
        with open(path, "rb") as handle:  # read only: input files are never written
            return handle.read(MAX_FILE_MB * 1024 * 1024 + 1)
    except PermissionError as exc:
        raise ReadError(path, "permission") from exc
    except OSError as exc:
        raise ReadError(path, "os_error", exc.strerror or str(exc)) from exc
