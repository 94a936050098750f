"""Decode the bytes of a text file: BOM, strict UTF-8, strict GBK/GB18030, then chardet.

The cascade matters: statistical detectors guess short GBK texts wrongly most of the
time, while a strict UTF-8 decode almost never succeeds on GBK bytes by accident, and
Chinese text from Windows PCs is nearly always UTF-8 or GBK.
"""
from __future__ import annotations

import codecs

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32LE"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32BE"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8 (BOM)"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16LE"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16BE"),
)


class UndecodableError(ValueError):
    """The bytes are not text in any encoding we recognise."""


def looks_binary(text: str) -> bool:
    """True when decoded text is mostly control characters, as binary data is."""
    if not text:
        return False
    sample = text[:20000]
    bad = sum(1 for c in sample if (ord(c) < 32 and c not in "\t\n\r\f\v") or c == "\ufffd")
    return "\x00" in sample or bad > max(2, len(sample) // 200)


def decode_text(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name shown to the user); raise UndecodableError."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(codec), name
            except UnicodeDecodeError as exc:
                raise UndecodableError(name) from exc
    if b"\x00" in data[:4096] and not _utf16_without_bom(data):
        raise UndecodableError("binary")
    for codec, name in (("utf-8", "UTF-8"), ("gbk", "GBK"), ("gb18030", "GB18030")):
        try:
            return data.decode(codec), name
        except UnicodeDecodeError:
            continue
    guess = _utf16_without_bom(data)
    if guess:
        return data.decode(guess), guess.upper().replace("UTF-16-", "UTF-16")
    return _chardet(data)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM: NULs stand mostly on one side of each byte pair (ASCII positions)."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2][:4000], data[1::2][:4000]
    even_nuls, odd_nuls = even.count(0), odd.count(0)
    # CJK characters such as 一 (U+4E00) put a NUL on the other side now and then.
    if odd_nuls > 3 * even_nuls:
        codec = "utf-16-le"
    elif even_nuls > 3 * odd_nuls:
        codec = "utf-16-be"
    else:
        return None
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    readable = sum(1 for c in text[:4000] if c.isprintable() or c in "\r\n\t")
    return codec if readable >= 0.95 * min(len(text), 4000) else None


def _chardet(data: bytes) -> tuple[str, str]:
    import chardet  # only reached for unusual files, so not imported up front

    guess = chardet.detect(data[:200000])
    codec = guess.get("encoding")
    if not codec or (guess.get("confidence") or 0) < 0.5:
        raise UndecodableError("unknown")
    try:
        return data.decode(codec), codec.upper()
    except (UnicodeDecodeError, LookupError) as exc:
        raise UndecodableError(codec) from exc
