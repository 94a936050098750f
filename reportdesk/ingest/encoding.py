"""Decode the bytes of a text file: BOM, strict UTF-8, strict GBK/GB18030, then the damaged cases.

The cascade matters: statistical detectors guess short GBK texts wrongly most of the
time, while a strict UTF-8 decode almost never succeeds on GBK bytes by accident, and
Chinese text from Windows PCs is nearly always UTF-8 or GBK.

A damaged file (a bad byte, a cut-off last character, a few NULs, a UTF-8 half pasted
onto a GBK half) fails every strict decode, yet nearly all of it is readable: it is
decoded stretch by stretch (`_mixed`), only the undecodable bytes become U+FFFD, and the
count is reported so that the file's row can say so. A file is refused only when most of
it cannot be decoded, or when it is binary data.
"""
from __future__ import annotations

import codecs
import re
from typing import NamedTuple

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32LE"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32BE"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8 (BOM)"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16LE"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16BE"),
)
REPLACEMENT = "\ufffd"
_NON_ASCII = re.compile(rb"[\x80-\xff]+")
_MULTIBYTE = re.compile(r"big5|euc|shift_jis|2022|utf|gb|hz|949|johab", re.IGNORECASE)
_BAD_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x19\x1b-\x1f]")


class UndecodableError(ValueError):
    """The bytes are not text in any encoding we recognise."""


class Decoded(NamedTuple):
    text: str
    encoding: str  # the name shown to the user
    replaced: int = 0  # undecodable bytes shown as U+FFFD
    removed: int = 0  # stray NUL bytes left out


def looks_binary(text: str) -> bool:
    """True when decoded text holds more control characters than damage explains, as binary data does."""
    if not text:
        return False
    sample = text[:20000]
    return len(_BAD_CONTROLS.findall(sample)) > max(8, len(sample) // 100)


def decode_text(data: bytes) -> Decoded:
    """The text of a file's bytes with the encoding's name; raise UndecodableError."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            return _lenient(data[len(bom):], codec, name)
    data = data.rstrip(b"\x1a")  # Ctrl-Z: how DOS-era editors ended a file
    nuls = data.count(0)
    if nuls:
        utf16 = _utf16_without_bom(data)
        if utf16:
            return _lenient(data[:len(data) // 2 * 2], utf16, utf16.upper().replace("UTF-16-", "UTF-16"))
        if nuls > max(8, len(data) // 1000):
            raise UndecodableError("binary")
        data = data.replace(b"\x00", b"")  # a few NULs: damage, not binary data
    return _eight_bit(data)._replace(removed=nuls)


def _eight_bit(data: bytes) -> Decoded:
    for codec, name in (("utf-8", "UTF-8"), ("gbk", "GBK"), ("gb18030", "GB18030")):
        try:
            return Decoded(data.decode(codec), name)
        except UnicodeDecodeError:
            continue
    mixed = _mixed(data)
    non_ascii = sum(len(run) for run in _NON_ASCII.findall(data)) // 2 or 1
    if mixed.replaced <= max(3, non_ascii // 50):
        return mixed
    guess = _chardet(data)  # another encoding altogether (Big5, Shift-JIS, …)
    if guess is not None:
        return guess
    if mixed.replaced * 2 < non_ascii:
        return mixed
    raise UndecodableError("unknown")


def _lenient(body: bytes, codec: str, name: str) -> Decoded:
    try:
        return Decoded(body.decode(codec), name)
    except UnicodeDecodeError:
        text = body.decode(codec, "replace")
    replaced = text.count(REPLACEMENT)
    if replaced * 2 > len(text):
        raise UndecodableError(name)
    return Decoded(text, name, replaced)


def _mixed(data: bytes) -> Decoded:
    """Each stretch of non-ASCII bytes decoded as UTF-8 or as GB18030, whichever it is.

    ASCII reads the same in both, so the stretches between ASCII bytes (a line, a phrase
    between digits) are decided one by one: a stretch that is UTF-8 with a bad byte keeps
    nearly all its characters as UTF-8, while GBK bytes read as UTF-8 are almost all
    undecodable. A short stretch is weak evidence: it follows the encoding of the rest of
    the file. Where the halves of a file differ, each half is read in its own encoding.
    """
    runs = list(_NON_ASCII.finditer(data))
    verdicts = [_verdict(run.group()) for run in runs]
    sizes = {"UTF-8": 0, "GBK": 0}
    for run, verdict in zip(runs, verdicts):
        if verdict:
            sizes[verdict] += len(run.group())
    dominant = max(sizes, key=sizes.get)
    out: list[str] = []
    replaced = pos = 0
    for run, verdict in zip(runs, verdicts):
        out.append(data[pos:run.start()].decode("ascii"))
        pos = run.end()
        text = run.group().decode("utf-8" if (verdict or dominant) == "UTF-8" else "gb18030", "replace")
        out.append(text)
        replaced += text.count(REPLACEMENT)
    out.append(data[pos:].decode("ascii"))
    return Decoded("".join(out), dominant, replaced)


def _verdict(run: bytes) -> str | None:
    """"UTF-8" or "GBK" for a stretch of non-ASCII bytes, or None when it is too short to tell."""
    try:
        run.decode("utf-8")
        return "UTF-8"
    except UnicodeDecodeError:
        pass
    if len(run) < 8:
        return None
    as_utf8 = run.decode("utf-8", "replace")
    return "UTF-8" if as_utf8.count(REPLACEMENT) * 4 <= len(as_utf8) else "GBK"


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM: NULs stand mostly on one side of each byte pair (ASCII positions)."""
    if len(data) < 4:
        return None
    even, odd = data[0::2][:4000], data[1::2][:4000]
    even_nuls, odd_nuls = even.count(0), odd.count(0)
    if max(even_nuls, odd_nuls) < max(2, len(even) // 200):
        return None  # a few stray NULs in an 8-bit text
    # CJK characters such as 一 (U+4E00) put a NUL on the other side now and then.
    if odd_nuls > 3 * even_nuls:
        codec = "utf-16-le"
    elif even_nuls > 3 * odd_nuls:
        codec = "utf-16-be"
    else:
        return None
    text = data[:8000].decode(codec, "replace")
    readable = sum(1 for c in text if c.isprintable() or c in "\r\n\t")
    return codec if readable >= 0.95 * len(text) else None


def _chardet(data: bytes) -> Decoded | None:
    import chardet  # only reached for unusual files, so not imported up front

    guess = chardet.detect(data[:200000])
    codec = guess.get("encoding")
    if not codec or (guess.get("confidence") or 0) < 0.5 or not _MULTIBYTE.search(codec):
        return None  # a one-byte code page decodes any bytes at all: damage would pass for text
    try:
        return Decoded(data.decode(codec), codec.upper())
    except (UnicodeDecodeError, LookupError):
        return None
