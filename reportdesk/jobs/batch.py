"""Batch entry points with a progress/cancel protocol.

Long work is a plain function taking a progress object: it calls
`progress.step(done, total, text)` and stops early when `progress.cancelled` is true.
The command line passes nothing (`NullProgress`); tests pass a stub; the window passes a
Qt-backed one. A file that cannot be read becomes a `ParsedFile` with its `error` set, and
the other files are still parsed.
"""
from __future__ import annotations

import atexit
import hashlib
import logging
import os
from pathlib import Path
from typing import Iterable, Protocol

from reportdesk.ingest import ReadError, is_report_file, read_document
from reportdesk.ingest.archives import Listing, is_archive_name, list_archive
from reportdesk.export.package import is_reportdesk_export
from reportdesk.files import LONG_PATH, long_path
from reportdesk.jobs.cache import ParsedCache, content_key
from reportdesk.jobs.isolation import ReaderPool
from reportdesk.members import file_label, is_member, split_member
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


def path_key(path: str | os.PathLike) -> str:
    """One spelling per file, so the same file dropped twice is loaded once."""
    return os.path.normcase(os.path.abspath(str(path)))


def scan(paths: Iterable[str | os.PathLike]) -> tuple[list[str], list[ParsedFile]]:
    """Files named directly, plus report files found in named folders (recursively), once
    each; and an entry for each folder that could not be looked into, and for each of
    ReportDesk's own compilations found in a folder (a compilation exported into the folder
    of its reports must not come back as one more report)."""
    found: list[str] = []
    problems: list[ParsedFile] = []
    seen: set[str] = set()

    def add(path: Path) -> None:
        key = path_key(path)
        if key not in seen:
            seen.add(key)
            found.append(str(path))

    def unreadable(error: OSError) -> None:
        folder = error.filename or ""
        problems.append(ParsedFile(path=str(folder), error=f"无法打开文件夹“{Path(folder).name}”："
                                                            f"{error.strerror or error}，其中的文件没有读取。"))

    for raw in paths:
        path = Path(raw)
        # in the extended form whatever its own length (the files below it may pass Windows'
        # 260 characters); the files found keep the user's spelling
        top = long_path(path, room=LONG_PATH)
        if not os.path.isdir(top):
            add(path)  # missing or odd files are reported by the reader
            continue
        for folder, folders, names in os.walk(top, onerror=unreadable):
            folders.sort()
            for name in sorted(names):
                child = Path(str(path) + folder[len(top):]) / name
                if not (is_report_file(child) and os.path.isfile(os.path.join(folder, name))):
                    continue
                if child.suffix.lower() == ".docx" and is_reportdesk_export(os.path.join(folder, name)):
                    problems.append(ParsedFile(path=str(child), warnings=(
                        "这是 ReportDesk 导出的汇编文件，不作为报告读取（如确需读取，请单独打开它）",)))
                    continue
                add(child)
    return found, problems


def expand_paths(paths: Iterable[str | os.PathLike]) -> list[str]:
    """The files `scan` finds, in order."""
    return scan(paths)[0]


def parse_file(path: str) -> ParsedFile | Listing:
    """Read and structure one file in this process; never raises for a bad file. An archive
    gives the list of its members instead (each is then parsed as a file of its own)."""
    if is_archive_name(path) and not is_member(path):
        try:
            listing = list_archive(path)
        except ReadError as err:
            return ParsedFile(path=path, error=str(err))
        if listing is not None:
            return listing
    try:
        document = read_document(path)
    except ReadError as err:
        return ParsedFile(path=path, error=str(err))
    try:
        reports = build_reports(document)
    except Exception:  # a parser bug must not stop the other files; it is logged in full
        log.exception("structure failed for %s", path)
        return ParsedFile(path=path, encoding=document.encoding,
                          error=f"无法读取“{file_label(path)}”：分析文件结构时出现内部错误（已记入日志）。")
    return ParsedFile(path=path, encoding=document.encoding, reports=reports, warnings=document.warnings)


_pool: ReaderPool | None = None


def reader_pool() -> ReaderPool:
    """The worker processes this program parses files in (started on first use)."""
    global _pool
    if _pool is None:
        _pool = ReaderPool()
        atexit.register(_pool.close)
    return _pool


def parse_files(paths: Iterable[str | os.PathLike], progress: Progress | None = None, *,
                isolate: bool = True, cache: ParsedCache | None | bool = True) -> list[ParsedFile]:
    """Parse every file (folders expanded), in worker processes unless `isolate` is false;
    files parsed before with the same bytes come from the cache. Results are in the order
    of the files; a cancelled run returns the files finished so far."""
    files, problems = scan(paths)
    return problems + _parse(files, progress or NullProgress(), isolate, cache)


def _parse(files: list[str], progress: Progress, isolate: bool, cache, known: set[str] = frozenset()
           ) -> list[ParsedFile]:
    """Parse the files; an archive's members are parsed in its place (those in `known`, path
    keys of files loaded before, are left out)."""
    cache = ParsedCache() if cache is True else (cache or None)
    results: dict[str, ParsedFile] = {}
    order = list(files)
    inside: dict[str, list[str]] = {}  # archive -> the members and problems that take its place
    keys: dict[str, str | None] = {}

    def finished(path: str, parsed, from_cache: bool = False) -> list[str]:
        if isinstance(parsed, Listing):
            return opened(parsed)
        results[path] = parsed
        if cache is not None and not from_cache:
            cache.put(keys.get(path), parsed)
        progress.step(len(results), len(order), file_label(path))
        return []

    def opened(listing: Listing) -> list[str]:
        """The archive's members join the batch; the members that cannot be read are done."""
        fresh = [m for m in listing.members if path_key(m) not in known]
        inside[listing.path] = fresh + [m for m, _ in listing.problems]
        order.remove(listing.path)
        order.extend(inside[listing.path])
        for member, error in listing.problems:
            results[member] = ParsedFile(path=member, error=error)
        return [m for m in fresh if not cached(m)]

    def cached(path: str) -> bool:
        if cache is None:
            return False
        keys[path] = _member_key(path, keys) if is_member(path) else content_key(path)
        hit = cache.get(path, keys[path])
        if hit is not None:
            finished(path, hit, from_cache=True)
        return hit is not None

    progress.step(0, len(files), "")
    todo = [path for path in files if not cached(path)]
    if isolate and todo:
        reader_pool().parse(todo, finished, lambda: progress.cancelled)
    else:
        while todo and not progress.cancelled:
            path = todo.pop(0)
            todo.extend(finished(path, parse_file(path)))
    if cache is not None and todo:
        cache.prune()
    progress.step(len(results), len(order), "")
    return [results[p] for p in _in_place(files, inside) if p in results]


def _in_place(files: list[str], inside: dict[str, list[str]]) -> list[str]:
    """The files in order, each archive replaced by what it held (recursively)."""
    out: list[str] = []
    for path in files:
        if path in inside:
            out.extend(_in_place(inside[path], inside))
        else:
            out.append(path)
    return out


def _member_key(path: str, keys: dict[str, str | None]) -> str | None:
    """A member's cache key: its archive's bytes and its name (the archive is hashed once per batch)."""
    outer, names = split_member(path)
    if outer not in keys:
        keys[outer] = content_key(outer)
    if keys[outer] is None:
        return None
    return hashlib.sha256("\n".join([keys[outer], *names]).encode("utf-8")).hexdigest()


def load_and_align(loaded: list[ParsedFile], paths: Iterable[str], pins, taxonomy: str,
                   progress: Progress | None = None):
    """Parse the files not loaded yet, then align the whole set (the window's load job).

    Returns (all files, the newly parsed ones, alignment), or None when cancelled.
    """
    from reportdesk.align import align_files, taxonomy_for

    progress = progress or NullProgress()
    known = {path_key(f.path) for f in loaded}
    found, problems = scan(paths)
    fresh = [p for p in found if path_key(p) not in known]
    parsed = problems + _parse(fresh, progress, True, True, known)
    if progress.cancelled:
        return None
    files = list(loaded) + parsed
    progress.step(len(fresh), len(fresh), "align")
    alignment = align_files(files, taxonomy_for(taxonomy), pins)
    if progress.cancelled:
        return None
    return files, parsed, alignment
