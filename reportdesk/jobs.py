"""Batch entry points with a progress/cancel protocol.

Long work is a plain function taking a progress object: it calls
`progress.step(done, total, text)` and stops early when `progress.cancelled` is true.
The command line passes nothing (`NullProgress`); tests pass a stub; the window
passes a Qt-backed one. A file that cannot be read becomes a `ParsedFile` with its
`error` set, and the other files are still parsed.
"""
from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Iterable, Protocol

from reportdesk.ingest import ReadError, is_report_file, read_document
from reportdesk.model import ParsedFile
from reportdesk.structure import build_reports

log = logging.getLogger(__name__)


class Progress(Protocol):
    cancelled: bool

    def step(self, done: int, total: int, text: str) -> None: ...


class NullProgress:
    cancelled = False

    def step(self, done: int, total: int, text: str) -> None:
        pass


def expand_paths(paths: Iterable[str | os.PathLike]) -> list[str]:
    """Files named directly, plus report files found in named folders (recursively), once each."""
    found: list[str] = []
    seen: set[str] = set()

    def add(path: Path) -> None:
        key = path_key(path)
        if key not in seen:
            seen.add(key)
            found.append(str(path))

    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*"), key=lambda p: str(p)):
                if child.is_file() and is_report_file(child):
                    add(child)
        else:
            add(path)  # missing or odd files are reported by the reader
    return found


def parse_file(path: str) -> ParsedFile:
    """Read and structure one file; never raises for a bad file."""
    try:
        document = read_document(path)
    except ReadError as err:
        return ParsedFile(path=path, error=str(err))
    try:
        reports = build_reports(document)
    except Exception:  # a parser bug must not stop the other files; it is logged in full
        log.exception("structure failed for %s", path)
        return ParsedFile(path=path, encoding=document.encoding,
                          error=f"无法读取“{Path(path).name}”：分析文件结构时出现内部错误（已记入日志）。")
    return ParsedFile(path=path, encoding=document.encoding, reports=reports)


def parse_files(paths: Iterable[str | os.PathLike], progress: Progress | None = None) -> list[ParsedFile]:
    """Parse every file (folders expanded); stops early if the progress is cancelled."""
    progress = progress or NullProgress()
    files = expand_paths(paths)
    results: list[ParsedFile] = []
    for done, path in enumerate(files):
        if progress.cancelled:
            break
        progress.step(done, len(files), Path(path).name)
        results.append(parse_file(path))
    progress.step(len(results), len(files), "")
    return results


def path_key(path: str | os.PathLike) -> str:
    """One spelling per file, so the same file dropped twice is loaded once."""
    return os.path.normcase(os.path.abspath(str(path)))


def load_and_align(loaded: list[ParsedFile], paths: Iterable[str], pins, taxonomy_path: str,
                   progress: Progress | None = None):
    """Parse the files not loaded yet, then align the whole set (the window's load job).

    Returns (all files, the newly parsed ones, alignment), or None when cancelled.
    """
    from reportdesk.align import align_files, load_taxonomy

    progress = progress or NullProgress()
    known = {path_key(f.path) for f in loaded}
    fresh = [p for p in expand_paths(paths) if path_key(p) not in known]
    parsed = parse_files(fresh, progress)
    if progress.cancelled:
        return None
    files = list(loaded) + parsed
    progress.step(len(fresh), len(fresh), "align")
    taxonomy = load_taxonomy(taxonomy_path) if taxonomy_path else None
    alignment = align_files(files, taxonomy, pins)
    if progress.cancelled:
        return None
    return files, parsed, alignment
