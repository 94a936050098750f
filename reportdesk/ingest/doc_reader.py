"""Reader for Word 97–2003 .doc and WPS Office .wps files (the same compound-file layout).

olefile opens the compound file; the rest is the Word binary format itself: the FIB
says where the piece table (CLX) lies, the pieces give the main text in reading order
as 8-bit (cp1252) or UTF-16 runs, and the FKP runs of doc_props add bold, deleted
revisions, styles and outline levels. Paragraphs end at \\r, table cells at \\x07,
fields show their result only (\\x13 instruction \\x14 result \\x15).
"""
from __future__ import annotations

import io
import re
import struct
from pathlib import Path

import olefile

from reportdesk.ingest import doc_props
from reportdesk.ingest.doc_props import NO_CHAR, NO_PARA, Malformed, u16, u32
from reportdesk.ingest.errors import ReadError
from reportdesk.ingest.paragraphs import ParagraphBuilder
from reportdesk.ingest.sniff import OTHER_KINDS
from reportdesk.model import Paragraph

MAX_CHARS = 20_000_000
MAX_PIECES = 200_000
_WORD_IDENT = 0xA5EC
_MIN_WORD97_NFIB = 0x00C1
_MARKS = re.compile(r"[\r\x07\x0c\x13\x14\x15]")
# control characters that stand for objects, notes and fields: none is visible text
_HIDDEN = {c: None for c in range(32) if c not in (9, 10)}
_HIDDEN.update({0x0B: "\n", 0x1E: "-"})
_SPECIAL_HIDDEN = {**_HIDDEN, 0x28: None}  # in a special run '(' is a symbol placeholder


def read_ole(path: str, data: bytes) -> tuple[list[Paragraph], str, tuple[str, ...]]:
    """Any OLE2 compound file: Word and WPS documents are read, other Office kinds refused."""
    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
    except (OSError, ValueError, IndexError, struct.error, RecursionError) as exc:
        raise ReadError(path, "damaged", kind="Office ") from exc
    with ole:
        try:
            if ole.exists("EncryptedPackage") or ole.exists("EncryptionInfo"):
                raise ReadError(path, "encrypted")  # a password-protected .docx is OLE inside
            if ole.exists("WordDocument"):
                word = ole.openstream("WordDocument").read()
                tables = {name: ole.openstream(name).read() for name in ("0Table", "1Table")
                          if ole.exists(name)}
                return read_word(path, word, tables), _label(path), ()
        except (OSError, ValueError, IndexError, struct.error, RecursionError) as exc:
            raise ReadError(path, "damaged", kind="Word ") from exc
        if ole.exists("Workbook") or ole.exists("Book"):
            raise ReadError(path, "other_kind", kind=OTHER_KINDS["excel"])
        if ole.exists("PowerPoint Document"):
            raise ReadError(path, "other_kind", kind=OTHER_KINDS["presentation"])
    if Path(path).suffix.lower() in (".wps", ".wpt"):
        raise ReadError(path, "old_wps")
    raise ReadError(path, "damaged", kind="Office ")


def _label(path: str) -> str:
    return "WPS" if Path(path).suffix.lower() in (".wps", ".wpt") else "DOC"


def read_word(path: str, word: bytes, tables: dict[str, bytes]) -> list[Paragraph]:
    """The paragraphs of a WordDocument stream and its table stream."""
    try:
        fib = _Fib(word)
    except (Malformed, struct.error) as exc:
        raise ReadError(path, "damaged", kind="Word ") from exc
    if fib.ident != _WORD_IDENT or fib.nfib < _MIN_WORD97_NFIB:
        raise ReadError(path, "damaged", kind="Word ", detail="不是 Word 97 或更新版本的格式")
    if fib.encrypted:
        raise ReadError(path, "encrypted")
    table = tables.get(fib.table_name)
    if table is None:
        raise ReadError(path, "damaged", kind="Word ")
    try:
        pieces = _pieces(word, table, fib)
        chars = doc_props.char_runs(word, table, *fib.fc_lcb(12))
        paras = doc_props.para_runs(word, table, *fib.fc_lcb(13))
        styles = doc_props.style_sheet(table, *fib.fc_lcb(1))
    except (Malformed, struct.error, IndexError) as exc:
        raise ReadError(path, "damaged", kind="Word ") from exc
    if pieces == "too_complex":
        raise ReadError(path, "too_complex", kind="Word ", limit=MAX_PIECES)
    return _paragraphs(pieces, chars, paras, styles)


class _Fib:
    """The few fields of the File Information Block that locate the text and its runs."""

    def __init__(self, word: bytes):
        if len(word) < 0x22:
            raise Malformed("short fib")
        self.ident, self.nfib = u16(word, 0), u16(word, 2)
        flags = u16(word, 0x0A)
        self.encrypted = bool(flags & 0x0100) or bool(flags & 0x8000)
        self.table_name = "1Table" if flags & 0x0200 else "0Table"
        csw = u16(word, 0x20)
        pos = 0x22 + 2 * csw
        cslw = u16(word, pos)
        self.ccp_text = struct.unpack_from("<i", word, pos + 2 + 3 * 4)[0]
        pos += 2 + 4 * cslw
        self._count = u16(word, pos)
        self._blob = pos + 2
        self._word = word
        if self.ccp_text < 0:
            raise Malformed("negative text length")

    def fc_lcb(self, index: int) -> tuple[int, int]:
        if index >= self._count:
            return 0, 0
        return u32(self._word, self._blob + 8 * index), u32(self._word, self._blob + 8 * index + 4)


def _pieces(word: bytes, table: bytes, fib: _Fib):
    """The main text as (text, fc of its first character, bytes per character) pieces."""
    fc_clx, lcb_clx = fib.fc_lcb(33)
    clx = table[fc_clx:fc_clx + lcb_clx]
    pos = 0
    while pos < len(clx) and clx[pos] == 1:  # Prc: property modifiers we do not need
        pos += 3 + struct.unpack_from("<h", clx, pos + 1)[0]
    if pos >= len(clx) or clx[pos] != 2:
        raise Malformed("no piece table")
    lcb = u32(clx, pos + 1)
    plc = clx[pos + 5:pos + 5 + lcb]
    n = (lcb - 4) // 12
    if n <= 0 or len(plc) < lcb:
        raise Malformed("short piece table")
    if n > MAX_PIECES or fib.ccp_text > MAX_CHARS:
        return "too_complex"
    cps = struct.unpack_from(f"<{n + 1}I", plc, 0)
    out = []
    for k in range(n):
        start, end = cps[k], min(cps[k + 1], fib.ccp_text)
        if start >= end:
            continue
        fc = u32(plc, 4 * (n + 1) + 8 * k + 2)
        if fc & 0x40000000:  # compressed: one cp1252 byte per character
            offset = (fc & 0x3FFFFFFF) // 2
            text = word[offset:offset + end - start].decode("cp1252", "replace")
            out.append((text, offset, 1))
        else:
            text = word[fc:fc + 2 * (end - start)].decode("utf-16-le", "replace")
            out.append((text, fc, 2))
    return out


def _paragraphs(pieces, chars: doc_props.Runs, paras: doc_props.Runs,
                styles: dict[int, doc_props.Style]) -> list[Paragraph]:
    builder = ParagraphBuilder()
    fields: list[bool] = []  # per open field: True once its result (after \x14) began
    for text, fc, step in pieces:
        end_fc = fc + len(text) * step
        cuts = [(b - fc) // step for b in chars.boundaries(fc, end_fc)]
        for a, b in zip([0] + cuts, cuts + [len(text)]):
            props = chars.at(fc + a * step, NO_CHAR)
            if props.deleted:
                continue
            _run(text, a, b, fc, step, props, fields, paras, styles, builder)
    builder.end()
    return builder.paragraphs


def _run(text, a, b, fc, step, props, fields, paras, styles, builder) -> None:
    table = _SPECIAL_HIDDEN if props.special else _HIDDEN
    bold = props.bold in (1, 0x81)  # 0x81 is "opposite of the style": bold over plain text
    pos = a
    for mark in _MARKS.finditer(text, a, b):
        if all(fields):
            builder.add(text[pos:mark.start()].translate(table), bold)
        pos = mark.end()
        char = mark.group()
        if char == "\x13":
            fields.append(False)
        elif char == "\x14":
            if fields:
                fields[-1] = True
        elif char == "\x15":
            if fields:
                fields.pop()
        else:
            para = paras.at(fc + mark.start() * step, NO_PARA)
            style = styles.get(para.istd)
            outline = para.outline if para.outline is not None else (style.outline if style else None)
            builder.end(style=style.name if style else None,
                        level=outline + 1 if outline is not None else None,
                        in_table=para.in_table or char == "\x07")
    if all(fields):
        builder.add(text[pos:b].translate(table), bold)
