"""Archives (.zip) read like folders, in the reader workers, without extracting anything.

Reports reach an office zipped: one .zip per unit, or one for the whole batch, made by
Windows' 发送到 › 压缩(zipped)文件夹, WinRAR or 7-Zip, sometimes a zip of zips. Reading one
is two kinds of task, each in a worker process with its own time and memory budget:

* `list_archive` looks into the archive and names every member a report could be in
  ("各县.zip › 溆浦县/总结.docx", see `reportdesk.members`), and says, member by member,
  why the others cannot be read (encrypted, too large, a bomb, a spreadsheet). An archive
  inside the archive is listed in turn, to MAX_DEPTH levels.
* `read_member` reads one member's bytes into memory; the usual readers take it from there.
  So a damaged member costs only its own line, and a slow one only its own worker.

Zip stores names as bytes: with the UTF-8 flag when the tool says so (7-Zip, recent WinRAR),
otherwise in the code page of the machine that made it, which in a Chinese office is GBK
(Windows' own zip, WinRAR's default). Python decodes those as cp437; encoding back gives
the bytes, which are tried as UTF-8 (some tools omit the flag) and then as GB18030.

Bounds, so that an archive bomb is refused with a sentence rather than filling the memory:
the number of entries, the unpacked size the directory declares for all of them and for
each (zipfile never inflates past a declared size: a lying header ends in a CRC error), the
ratio of unpacked to packed size, and the depth of archives inside archives.
.7z and .rar are named and refused with what to do: no maintained pure-Python reader of
them exists (py7zr needs seven compiled codecs; RAR has no free decoder).
"""
from __future__ import annotations

import io
import os
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from reportdesk.ingest.errors import ReadError, open_input
from reportdesk.ingest.kinds import ARCHIVE_SUFFIXES, SUPPORTED_SUFFIXES, refused_kind
from reportdesk.members import is_member, member_path, split_member

MAX_ARCHIVE_MB = 1024  # the archive on disk (only its directory and the members read are loaded)
MAX_INNER_MB = 200  # an archive inside an archive, held in memory while it is read
MAX_MEMBER_MB = 50  # one report, as for a file on disk (ingest.MAX_FILE_MB)
MAX_TOTAL_MB = 2048  # everything an archive (and those inside it) declares unpacked
MAX_ENTRIES = 2000
MAX_DEPTH = 3  # an archive, one inside it, one inside that
MAX_RATIO = 100  # unpacked / packed: documents and text stay far below; bombs reach 1000
RATIO_FROM_BYTES = 1 << 20  # small members may compress well (an empty table) without harm
_RAR, _7Z = b"Rar!\x1a\x07", b"7z\xbc\xaf\x27\x1c"
_OFFICE = ("word/document.xml", "content.xml", "[Content_Types].xml")
_JUNK = ("thumbs.db", "desktop.ini")


@dataclass(frozen=True)
class Listing:
    """What an archive holds: the members to read as reports, and the members that cannot
    be read, each with its error sentence."""

    path: str
    members: tuple[str, ...] = ()
    problems: tuple[tuple[str, str], ...] = ()  # (member path, sentence)


@dataclass
class _Budget:
    entries: int = 0
    unpacked: int = 0
    members: list[str] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)


def is_archive_name(path: str | os.PathLike) -> bool:
    """A name that promises an archive (found in a folder, or given)."""
    return os.fspath(path).lower().endswith(ARCHIVE_SUFFIXES)


def list_archive(path: str) -> Listing | None:
    """The members of the archive at `path` (ReadError when the whole archive cannot be read);
    None when it is an Office document that merely has an archive's name."""
    with open_input(path, MAX_ARCHIVE_MB) as handle:
        archive = _zip(path, handle)
        if _office_document(archive):
            return None
        budget = _Budget()
        with archive:
            _walk(path, archive, 1, budget)
    return Listing(path, tuple(budget.members), tuple(budget.problems))


def read_member(path: str) -> bytes:
    """The bytes of a member ("a.zip › b/c.docx", "a.zip › inner.zip › c.docx")."""
    outer, names = split_member(path)
    with open_input(outer, MAX_ARCHIVE_MB) as handle:
        archive = _zip(outer, handle)
        for depth, name in enumerate(names):
            last = depth == len(names) - 1
            inner = member_path(outer, *names[:depth + 1])
            with archive:
                info = _entries(archive).get(name)
                if info is None:
                    raise ReadError(inner, "member_gone")
                data = _read(inner, archive, info, MAX_MEMBER_MB if last else MAX_INNER_MB)
            if last:
                return data
            archive = _zip(inner, io.BytesIO(data))
    raise ReadError(path, "not_found")  # a member path names at least one member


def member_name(info: zipfile.ZipInfo) -> str:
    """The member's name as its maker wrote it (see the module docstring)."""
    if info.flag_bits & 0x800:
        return info.filename
    try:
        raw = info.orig_filename.encode("cp437")
    except UnicodeEncodeError:  # decoded some other way: keep it
        return info.filename
    for encoding in ("utf-8", "gb18030"):
        try:
            return raw.decode(encoding).replace("\\", "/")
        except UnicodeDecodeError:
            continue
    return info.filename


# -- inside --------------------------------------------------------------------------------

def _zip(path: str, handle) -> zipfile.ZipFile:
    head = handle.read(8)
    handle.seek(0)
    if head.startswith(_RAR) or (not head.startswith(b"PK") and path.lower().endswith(".rar")):
        raise ReadError(path, "rar")
    if head.startswith(_7Z) or (not head.startswith(b"PK") and path.lower().endswith(".7z")):
        raise ReadError(path, "7z")
    try:
        return zipfile.ZipFile(handle)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError) as exc:
        raise ReadError(path, "archive_damaged") from exc


def _office_document(archive: zipfile.ZipFile) -> bool:
    names = set(archive.namelist()[:MAX_ENTRIES])
    return any(name in names for name in _OFFICE)


def _entries(archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    return {member_name(info).strip("/"): info for info in archive.infolist()[:MAX_ENTRIES]}


def _walk(path: str, archive: zipfile.ZipFile, depth: int, budget: _Budget) -> None:
    """Every member of `archive` (itself at `path`) into the budget's members or problems."""
    infos = archive.infolist()
    budget.entries += len(infos)
    if budget.entries > MAX_ENTRIES:
        raise ReadError(_top(path), "archive_entries", limit=MAX_ENTRIES)
    budget.unpacked += sum(info.file_size for info in infos)
    if budget.unpacked > MAX_TOTAL_MB * 1024 * 1024:
        raise ReadError(_top(path), "archive_bomb", limit=MAX_TOTAL_MB)
    for info in infos:
        name = member_name(info).strip("/")
        if info.is_dir() or _junk(name):
            continue
        inner = member_path(path, name)
        problem = _problem(inner, info, depth)
        if problem is not None:
            budget.problems.append((inner, str(problem)))
        elif is_archive_name(name):
            _nested(inner, archive, info, depth, budget)
        else:
            budget.members.append(inner)


def _problem(inner: str, info: zipfile.ZipInfo, depth: int) -> ReadError | None:
    """Why a member is not read, or None."""
    suffix = PurePosixPath(inner).suffix.lower()
    if info.flag_bits & 0x1:
        return ReadError(inner, "member_encrypted")
    if info.file_size >= RATIO_FROM_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        return ReadError(inner, "member_bomb", ratio=info.file_size // max(info.compress_size, 1))
    if suffix in ARCHIVE_SUFFIXES:
        if depth >= MAX_DEPTH:
            return ReadError(inner, "archive_deep", limit=MAX_DEPTH)
        if info.file_size > MAX_INNER_MB * 1024 * 1024:
            return ReadError(inner, "too_large", limit=MAX_INNER_MB)
        return None
    if suffix not in SUPPORTED_SUFFIXES:
        kind = refused_kind(suffix)
        return ReadError(inner, "other_kind", kind=kind) if kind else ReadError(
            inner, "unsupported", suffix=suffix or "（无扩展名）")
    if info.file_size > MAX_MEMBER_MB * 1024 * 1024:
        return ReadError(inner, "too_large", limit=MAX_MEMBER_MB)
    return None


def _nested(inner: str, archive: zipfile.ZipFile, info: zipfile.ZipInfo, depth: int, budget: _Budget) -> None:
    try:
        data = _read(inner, archive, info, MAX_INNER_MB)
        nested = _zip(inner, io.BytesIO(data))
    except ReadError as err:
        budget.problems.append((inner, str(err)))
        return
    with nested:
        if _office_document(nested):
            budget.problems.append((inner, str(ReadError(inner, "unsupported", suffix=PurePosixPath(inner).suffix))))
            return
        _walk(inner, nested, depth + 1, budget)


def _read(inner: str, archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit_mb: int) -> bytes:
    """A member's bytes, never more than its declared size (which is within `limit_mb`)."""
    if info.flag_bits & 0x1:
        raise ReadError(inner, "member_encrypted")
    if info.file_size > limit_mb * 1024 * 1024:
        raise ReadError(inner, "too_large", limit=limit_mb)
    try:
        with archive.open(info) as stream:
            return stream.read(limit_mb * 1024 * 1024 + 1)
    except NotImplementedError as exc:  # Deflate64, PPMd: methods zipfile does not inflate
        raise ReadError(inner, "archive_method") from exc
    except RuntimeError as exc:  # "password required": an encrypted member without the flag in its directory
        raise ReadError(inner, "member_encrypted") from exc
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
        raise ReadError(inner, "member_damaged") from exc


def _junk(name: str) -> bool:
    """What zip tools add beside the files: macOS resource forks, Explorer's thumbnails,
    Word's lock files, hidden files."""
    base = name.rsplit("/", 1)[-1]
    return name.startswith("__MACOSX/") or base.startswith((".", "~$")) or base.lower() in _JUNK


def _top(path: str) -> str:
    return split_member(path)[0] if is_member(path) else path
