"""Zip containers (.docx, .odt): named parts read under one budget, zip bombs refused, damage
recovered.

Word ("恢复任意文件中的文字") and LibreOffice repair damaged archives; so do we, for the parts
we need. The central directory at the end of the file says where each part is; when it is
damaged or cut off (a download or a copy that stopped early), the local header in front of
each part is found by its signature instead. A part's deflate stream is inflated in small
pieces, so that when its bytes are damaged what came before the damage is kept; the
part's checksum and the end of its stream tell whether it came through whole. Deflate
marks its own end, so a part is inflated until that end and never past the budget, whatever
sizes the headers claim.
"""
from __future__ import annotations

import io
import struct
import zipfile
import zlib
from dataclasses import dataclass
from typing import NamedTuple

from reportdesk.ingest.errors import ReadError

MAX_UNPACKED_MB = 200  # everything the directory lists: more is a zip bomb
MAX_PART_MB = 32  # one XML part (the body of a 500-page report is under 5 MB)
MAX_ENTRIES = 10_000
_LOCAL = b"PK\x03\x04"
_CHUNK = 4096  # compressed bytes inflated at a time
_PIECE = 64  # after damage, the last chunk again in pieces this small, to keep what preceded it


@dataclass(frozen=True)
class _Entry:
    name: str
    offset: int  # of the local header
    method: int
    compressed: int | None  # None when unknown (the sizes follow the data)
    size: int | None
    crc: int | None
    name_length: int | None = None  # from the central directory: second opinions on the local header
    extra_length: int | None = None


class Parts(NamedTuple):
    parts: dict[str, bytes]
    damaged: bool  # some part was recovered rather than read whole


class _TooLarge(Exception):
    pass


def read_parts(path: str, data: bytes, required: str, optional: tuple[str, ...] = ()) -> Parts:
    """The named parts (the required one must exist), refusing archives that unpack to too much."""
    directory = _directory(data)
    entries = directory if directory is not None else _local_entries(data)
    if not entries:
        raise ReadError(path, "not_zip")
    limit = MAX_UNPACKED_MB * 1024 * 1024
    part_limit = MAX_PART_MB * 1024 * 1024
    if directory is not None and sum(entry.size or 0 for entry in entries) > limit:
        raise ReadError(path, "zip_bomb", limit=MAX_UNPACKED_MB)  # local headers' sizes may be damage
    damaged = directory is None
    scanned: list[_Entry] | None = None
    parts: dict[str, bytes] = {}
    budget = limit
    for name in (required, *optional):
        listed = [e for e in entries if e.name == name]
        if directory is not None and any((e.size or 0) > part_limit for e in listed):
            raise ReadError(path, "part_too_large", limit=MAX_PART_MB)
        cap = min(budget, part_limit)
        try:
            content, whole = _read_member(data, listed, cap)
            if content is None and directory is not None and (listed or name == required):
                # the directory's name or offset for this part may be what is damaged
                scanned = _local_entries(data) if scanned is None else scanned
                content, whole = _read_member(data, [e for e in scanned if e.name == name], cap)
                whole = False
        except _TooLarge as exc:
            if cap < part_limit:
                raise ReadError(path, "zip_bomb", limit=MAX_UNPACKED_MB) from exc
            raise ReadError(path, "part_too_large", limit=MAX_PART_MB) from exc
        if content is None:
            damaged = damaged or bool(listed)
            continue
        damaged = damaged or not whole
        budget -= len(content)
        parts[name] = content
    if required not in parts:
        raise ReadError(path, "not_zip" if damaged else "no_document")
    return Parts(parts, damaged)


def zip_names(data: bytes) -> list[str]:
    """The member names of a zip, from its directory or, when that is damaged, its local headers."""
    entries = _directory(data)
    if entries is None:
        entries = _local_entries(data)
    return [entry.name for entry in entries]


def _directory(data: bytes) -> list[_Entry] | None:
    """The entries of the central directory, or None when it cannot be read."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError, struct.error,
            UnicodeDecodeError, NotImplementedError):
        return None
    return [_Entry(info.filename, info.header_offset, info.compress_type, info.compress_size,
                   _size(data, info), info.CRC, len(info.orig_filename.encode(
                       "utf-8" if info.flag_bits & 0x800 else "cp437", "replace")), len(info.extra))
            for info in infos[:MAX_ENTRIES]]


def _size(data: bytes, info: zipfile.ZipInfo) -> int:
    """The unpacked size the directory gives, unless the local header gives a smaller one: a
    damaged directory must not pass for a zip bomb (inflating is capped whatever the size)."""
    pos = info.header_offset
    if pos + 30 <= len(data) and data[pos:pos + 4] == _LOCAL:
        flags = struct.unpack_from("<H", data, pos + 6)[0]
        local = struct.unpack_from("<I", data, pos + 22)[0]
        if not flags & 0x08 and local != 0xFFFFFFFF:
            return min(info.file_size, local)
    return info.file_size


def _local_entries(data: bytes) -> list[_Entry]:
    """Entries found by the signature of their local headers (a scan: the directory is unusable)."""
    entries: list[_Entry] = []
    pos = data.find(_LOCAL)
    while 0 <= pos and pos + 30 <= len(data) and len(entries) < MAX_ENTRIES:
        flags, method, _, _, crc, compressed, size, n, m = struct.unpack_from("<HHHHIIIHH", data, pos + 6)
        raw = data[pos + 30:pos + 30 + n]
        if 0 < n <= 1024 and len(raw) == n and method in (0, 8):
            name = raw.decode("utf-8" if flags & 0x800 else "cp437", "replace")
            sizes_follow = bool(flags & 0x08)
            entries.append(_Entry(name, pos, method, None if sizes_follow else compressed,
                                  None if sizes_follow else size, None if sizes_follow else crc))
        pos = data.find(_LOCAL, pos + 4)
    return entries


def _read_member(data: bytes, candidates: list[_Entry], cap: int) -> tuple[bytes | None, bool]:
    """The content of the first entry that comes through whole, else the longest recovered one,
    and whether it came through whole."""
    best: tuple[bytes, bool] | None = None
    for entry in candidates:
        for start in _data_starts(data, entry):
            content, whole = _unpack(data, entry, start, cap)
            if content and whole:
                return content, True
            if content and (best is None or len(content) > len(best[0])):
                best = (content, False)
    return best if best is not None else (None, False)


def _data_starts(data: bytes, entry: _Entry) -> list[int]:
    """Where the entry's data may begin: after the local header, by its own lengths or, where
    those are damaged, by the directory's."""
    if entry.offset + 30 > len(data):
        return []
    n, m = struct.unpack_from("<HH", data, entry.offset + 26)
    starts = [entry.offset + 30 + n + m]
    if entry.name_length is not None:
        for extra in (m, entry.extra_length, 0):
            starts.append(entry.offset + 30 + entry.name_length + (extra or 0))
    return [s for s in dict.fromkeys(starts) if s < len(data)]


def _unpack(data: bytes, entry: _Entry, start: int, cap: int) -> tuple[bytes | None, bool]:
    if entry.method == 0:
        if entry.compressed is None:
            end = data.find(_LOCAL, start)
            content, whole = data[start:end if end >= 0 else len(data)], False
        else:
            content = data[start:start + entry.compressed]
            whole = len(content) == entry.compressed
        if len(content) > cap:
            raise _TooLarge
    elif entry.method == 8:
        content, whole = _inflate(data, start, cap)
    else:
        return None, False  # bzip2, LZMA, …: never in Word or LibreOffice files
    if content is not None and whole and entry.crc is not None:
        whole = zlib.crc32(content) == entry.crc
    return content, whole


def _inflate(data: bytes, start: int, cap: int) -> tuple[bytes | None, bool]:
    """Raw deflate from `start` to the stream's end; on damage, what came before it."""
    inflater = zlib.decompressobj(-15)
    out: list[bytes] = []
    total = 0
    pos = start
    while pos < len(data) and not inflater.eof:
        chunk = data[pos:pos + _CHUNK]
        saved = inflater.copy()
        try:
            piece = inflater.decompress(chunk)
        except zlib.error:
            inflater = saved
            total += _salvage(inflater, chunk, out, cap - total)
            return (b"".join(out) if total else None), False
        out.append(piece)
        total += len(piece)
        if total > cap:  # a chunk of 4 KB inflates to 4 MB at the most
            raise _TooLarge
        pos += _CHUNK
    return b"".join(out), inflater.eof


def _salvage(inflater, chunk: bytes, out: list[bytes], room: int) -> int:
    """Inflate a damaged chunk in small pieces, keeping the output before the damage."""
    added = 0
    for k in range(0, len(chunk), _PIECE):
        try:
            piece = inflater.decompress(chunk[k:k + _PIECE])
        except zlib.error:
            break
        out.append(piece[:max(0, room - added)])
        added += len(out[-1])
    return added
