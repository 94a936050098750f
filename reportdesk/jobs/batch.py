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

from reportdesk.ingest import ReadError, is_report_file, read_document, refused_kind
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


# Files a folder holds that nobody put there as a report or needs told about: the system's
# own, and ReportDesk's project files kept beside the reports. (Hidden files and Word's ~$
# lock files are left out by their names.)
QUIET_NAMES = {"thumbs.db", "desktop.ini"}
QUIET_SUFFIXES = {".rdproj", ".lnk", ".ini", ".tmp"}
LIST_EACH = 5  # more files of one kind skipped in one folder given are said in one line


def scan(paths: Iterable[str | os.PathLike]) -> tuple[list[str], list[ParsedFile]]:
    """Files named directly, plus report files found in named folders (recursively), once
    each; and an entry for each folder that could not be looked into, and notes for the
    files in a folder that are not reports (`skipped`). Nothing is read here: what a file
    holds is the reader workers' to find out."""
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
            if os.path.exists(top) and not os.path.isfile(top):  # a pipe or a device: opening it may never end
                if path_key(path) not in seen:
                    seen.add(path_key(path))
                    problems.append(ParsedFile(path=str(path), error=f"没有读取“{path.name}”：它不是普通文件"
                                                                   "（而是设备或管道），里面没有报告。"))
                continue
            add(path)  # missing or damaged files are reported by the reader
            continue
        others: list[Path] = []
        for folder, folders, names in os.walk(top, onerror=unreadable):
            folders.sort()
            for name in sorted(names):
                child = Path(str(path) + folder[len(top):]) / name
                if not os.path.isfile(os.path.join(folder, name)):
                    continue
                if is_report_file(child):
                    add(child)
                elif not _quiet(name) and path_key(child) not in seen:
                    seen.add(path_key(child))
                    others.append(child)
        problems.extend(skipped(path, others))
    return found, problems


def _quiet(name: str) -> bool:
    return name.startswith(("~$", ".")) or name.lower() in QUIET_NAMES or Path(name).suffix.lower() in QUIET_SUFFIXES


def skipped(folder: Path, files: list[Path]) -> list[ParsedFile]:
    """A note for each file found in a folder that is not a report (the README promises they
    are listed, not dropped without a word): one line a file, or, for more than `LIST_EACH`
    of one kind (a folder of photos), one line for them all, on the folder given."""
    kinds: dict[str, list[Path]] = {}
    for file in files:
        kinds.setdefault(refused_kind(file.suffix) or "", []).append(file)
    notes = []
    for kind, group in kinds.items():
        if len(group) <= LIST_EACH:
            notes += [ParsedFile(path=str(file), warnings=(_why(kind, file.suffix),)) for file in group]
            continue
        examples = "、".join(file.name for file in group[:3])
        what = f"{len(group)} 个{kind.strip()}" if kind else f"{len(group)} 个其他格式的文件"
        notes.append(ParsedFile(path=str(folder), warnings=(
            f"其中 {what}不是报告文件，已跳过（{examples} 等）",)))
    return notes


def _why(kind: str, suffix: str) -> str:
    if kind:
        return f"这是{kind}，不是报告文件，已跳过"
    return f"“{suffix}”不是报告文件格式，已跳过" if suffix else "没有扩展名，不是报告文件格式，已跳过"


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
    own = Path(path).suffix.lower() == ".docx" and not is_member(path) and is_reportdesk_export(path)
    try:
        reports = build_reports(document)
    except Exception:  # a parser bug must not stop the other files; it is logged in full
        log.exception("structure failed for %s", path)
        return ParsedFile(path=path, encoding=document.encoding,
                          error=f"无法读取“{file_label(path)}”：分析文件结构时出现内部错误（已记入日志）。")
    return ParsedFile(path=path, encoding=document.encoding, reports=reports, warnings=document.warnings,
                      made_by_reportdesk=own)


OWN_EXPORT = "这是 ReportDesk 导出的汇编文件，不作为报告读取（如确需读取，请单独打开它）"


def set_aside_exports(files: list[ParsedFile], named_alone: bool) -> list[ParsedFile]:
    """ReportDesk's own compilations, read with everything else (a compilation exported into
    the folder of its reports, or listed in a project saved from there), must not come back
    as one more report: each is set aside with a note, unless it was opened on its own."""
    if named_alone:
        return files
    return [ParsedFile(path=f.path, warnings=(OWN_EXPORT,), made_by_reportdesk=True)
            if f.made_by_reportdesk and f.reports else f for f in files]


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
    paths = list(paths)
    files, problems = scan(paths)
    parsed = _parse(files, progress or NullProgress(), isolate, cache)
    return problems + set_aside_exports(parsed, _alone(paths, files))


def _alone(paths: list, files: list[str]) -> bool:
    """One file named by itself (not found in a folder): the user means that file."""
    return len(paths) == 1 and len(files) == 1 and path_key(paths[0]) == path_key(files[0])


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

    Returns (all files, the newly parsed ones, alignment, a note for the user or ""), or None
    when cancelled. A topic list file that cannot be read (moved since the project was
    saved) costs only the list: the files load with the bundled lists, and the note says so.
    """
    from reportdesk.align import TaxonomyError, align_files, taxonomy_for

    progress = progress or NullProgress()
    known = {path_key(f.path) for f in loaded}
    paths = list(paths)
    found, problems = scan(paths)
    fresh = [p for p in found if path_key(p) not in known]
    parsed = problems + set_aside_exports(_parse(fresh, progress, True, True, known),
                                          _alone(paths, found) and not loaded)
    if progress.cancelled:
        return None
    files = list(loaded) + parsed
    progress.step(len(fresh), len(fresh), "align")
    note = ""
    try:
        chosen = taxonomy_for(taxonomy)
    except TaxonomyError as err:
        chosen, note = None, f"{err}；已改用自带的主题表"
    alignment = align_files(files, chosen, pins)
    if progress.cancelled:
        return None
    return files, parsed, alignment, note


def warm_up(_progress=None) -> None:
    """Start the reader workers and load numpy and jieba's dictionary (they hold the
    interpreter a while): the window does it in the background before the first load."""
    import numpy  # noqa: F401 - imported for its side effect: loaded once, now

    from reportdesk.text.tokenize import warm_up as load_dictionary

    reader_pool().start()
    load_dictionary()
