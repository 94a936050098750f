"""Seeded damage of the kinds office files suffer, for the fuzz test and tests/tools/fuzz_readers.py.

Each mutation takes the bytes of a good file, its suffix and a `random.Random`, and returns
damaged bytes. The same seed gives the same damage, so a failure can be replayed:
`mutate(data, suffix, kind, random.Random(seed))`.

The four kinds the issue counts load rates over are byte flips, truncation, cut tags and
control characters; the others (zip-level damage, mixed encodings, huge counters, deep
nesting) are the hostile cases of the big fuzz run.
"""
from __future__ import annotations

import io
import random
from functools import lru_cache
import re
import zipfile

ZIP_SUFFIXES = (".docx", ".docm", ".dotx", ".dotm", ".odt", ".ott")
TEXT_SUFFIXES = (".txt", ".md", ".text", ".markdown")
MARKUP_SUFFIXES = (".html", ".htm", ".mht", ".mhtml", ".rtf", ".xhtml")
COMMON = ("flip", "truncate", "cut_tag", "control")
TEXT_ONLY = ("mixed_encoding", "ctrl_z", "nul")
ZIP_ONLY = ("zip_directory", "zip_no_directory", "zip_local_header", "huge_counter", "deep_nesting",
            "gbk_declared", "inflates_to_190_mb")
_CONTROLS = b"\x00\x01\x07\x08\x0b\x0c\x1a\x1b\x1f\x7f"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def kinds_for(suffix: str) -> tuple[str, ...]:
    """Every kind of damage that makes sense for a file with this suffix."""
    suffix = suffix.lower()
    if suffix in ZIP_SUFFIXES:
        return COMMON + ZIP_ONLY
    if suffix in TEXT_SUFFIXES:
        return COMMON + TEXT_ONLY
    return COMMON


def mutate(data: bytes, suffix: str, kind: str, rng: random.Random) -> bytes:
    """The bytes of a good file with one kind of damage."""
    suffix = suffix.lower()
    zipped = suffix in ZIP_SUFFIXES
    if kind == "flip":
        return flip(data, rng)
    if kind == "truncate":
        return data[:rng.randrange(len(data) // 2, max(len(data) // 2 + 1, len(data)))]
    if kind == "cut_tag":
        return _in_main_part(data, suffix, cut_tag, rng) if zipped else cut_tag(data, rng)
    if kind == "control":
        return _in_main_part(data, suffix, insert_controls, rng) if zipped else insert_controls(data, rng)
    if kind == "mixed_encoding":
        return mixed_encoding(data, rng)
    if kind == "ctrl_z":
        return data.decode("utf-8", "replace").encode("gbk", "replace") + b"\x1a"
    if kind == "nul":
        return insert_controls(data, rng, b"\x00")
    if kind == "zip_directory":
        return damage_directory(data, rng)
    if kind == "zip_no_directory":
        return cut_directory(data, rng)
    if kind == "zip_local_header":
        return damage_local_header(data, rng)
    if kind == "huge_counter":
        return _in_main_part(data, suffix, huge_counter, rng, numbering=True)
    if kind == "deep_nesting":
        return _in_main_part(data, suffix, deep_nesting, rng)
    if kind == "gbk_declared":
        return _in_main_part(data, suffix, gbk_declared, rng)
    if kind == "inflates_to_190_mb":
        return _in_main_part(data, suffix, lambda xml, rng: _big_body(suffix), rng)
    raise ValueError(kind)


def flip(data: bytes, rng: random.Random, count: int | None = None) -> bytes:
    """A few bytes anywhere replaced by random ones (a bad sector, a bad copy)."""
    out = bytearray(data)
    for _ in range(count or rng.randint(1, 8)):
        out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def cut_tag(data: bytes, rng: random.Random) -> bytes:
    """A slice removed from the middle of a tag or group, as a bad edit or an interrupted save does."""
    starts = [m.start() for m in re.finditer(rb"[<{]", data)] or [rng.randrange(len(data))]
    start = rng.choice(starts) + rng.randint(1, 4)
    return data[:start] + data[start + rng.randint(1, 40):]


def insert_controls(data: bytes, rng: random.Random, alphabet: bytes = _CONTROLS) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        out.insert(rng.randrange(len(out) + 1), rng.choice(alphabet))
    return bytes(out)


def mixed_encoding(data: bytes, rng: random.Random) -> bytes:
    """The first half in UTF-8, the rest in GBK: two files pasted together."""
    text = data.decode("utf-8", "replace")
    cut = rng.randrange(len(text) // 4, max(len(text) // 4 + 1, 3 * len(text) // 4))
    return text[:cut].encode("utf-8") + text[cut:].encode("gbk", "replace")


# -- zip damage ------------------------------------------------------------------------------

def damage_directory(data: bytes, rng: random.Random) -> bytes:
    """Random bytes over the central directory (a file cut short and padded, a bad sector)."""
    start = data.find(b"PK\x01\x02")
    if start < 0:
        return flip(data, rng)
    out = bytearray(data)
    for _ in range(rng.randint(4, 40)):
        out[rng.randrange(start, len(out))] = rng.randrange(256)
    return bytes(out)


def cut_directory(data: bytes, rng: random.Random) -> bytes:
    """The file ends before (or inside) its central directory: a download or copy cut off."""
    start = data.find(b"PK\x01\x02")
    if start < 0:
        return data[:len(data) // 2]
    return data[:rng.randrange(max(1, start - 200), start + 1) if rng.random() < 0.3 else start]


def damage_local_header(data: bytes, rng: random.Random) -> bytes:
    """Bytes flipped in the local header of the main part (its name, sizes or method)."""
    match = re.search(rb"PK\x03\x04.{26}(?:word/document\.xml|content\.xml)", data, re.DOTALL)
    if match is None:
        return flip(data, rng)
    out = bytearray(data)
    for _ in range(rng.randint(1, 3)):
        out[rng.randrange(match.start() + 4, match.end())] = rng.randrange(256)
    return bytes(out)


def _in_main_part(data: bytes, suffix: str, change, rng: random.Random, numbering: bool = False) -> bytes:
    """Rewrite the zip with its main XML part changed (and numbering.xml, for Word files)."""
    main = "content.xml" if suffix in (".odt", ".ott") else "word/document.xml"
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = [(info, archive.read(info)) for info in archive.infolist()]
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, KeyError):
        return flip(data, rng)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info, content in members:
            if info.filename == main:
                content = change(content, rng)
            elif numbering and info.filename == "word/numbering.xml":
                continue
            target.writestr(info.filename, content)
        if numbering and main.startswith("word/"):
            target.writestr("word/numbering.xml", HUGE_NUMBERING)
    return out.getvalue()


HUGE_NUMBERING = (f'<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="{_W}">'
                  + "".join(f'<w:abstractNum w:abstractNumId="{k}"><w:lvl w:ilvl="0"><w:start w:val="{start}"/>'
                            f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
                            for k, (start, fmt) in enumerate([(10 ** 12, "upperRoman"), (10 ** 12, "lowerLetter"),
                                                              (10 ** 15, "chineseCounting"), (2 ** 62, "decimal"),
                                                              (-5, "upperRoman"), (10 ** 30, "decimalZero")]))
                  + "".join(f'<w:num w:numId="{k + 1}"><w:abstractNumId w:val="{k}"/></w:num>' for k in range(6))
                  + "</w:numbering>").encode()


def huge_counter(xml: bytes, rng: random.Random) -> bytes:
    """Every paragraph numbered by a list that starts at an absurd value."""
    num_pr = f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{rng.randint(1, 6)}"/></w:numPr>'.encode()
    xml = re.sub(rb"<w:numPr>.*?</w:numPr>", b"", xml, flags=re.DOTALL)
    xml = re.sub(rb"<w:pPr>", b"<w:pPr>" + num_pr, xml)
    return re.sub(rb"(<w:p(?: [^>]*)?>)(?!<w:pPr)", rb"\1<w:pPr>" + num_pr + b"</w:pPr>", xml)


_WRAPPERS = {
    "sdt": (b"<w:sdt><w:sdtContent>", b"</w:sdtContent></w:sdt>"),
    "table": (b"<w:tbl><w:tr><w:tc>", b"</w:tc></w:tr></w:tbl>"),
    "hyperlink": (b"<w:hyperlink>", b"</w:hyperlink>"),
    "smartTag": (b"<w:smartTag>", b"</w:smartTag>"),
    "span": (b"<text:span>", b"</text:span>"),
}


def deep_nesting(xml: bytes, rng: random.Random) -> bytes:
    """The first paragraph (or its runs) wrapped in ~1,000 levels of controls, tables or links."""
    depth = rng.choice((300, 1000, 5000))
    if b"<text:p" in xml:
        start = xml.find(b">", xml.find(b"<text:p")) + 1
        return xml[:start] + b"<text:span>" * depth + b"x" + b"</text:span>" * depth + xml[start:]
    kind = rng.choice(["sdt", "table", "hyperlink", "smartTag"])
    opening, closing = _WRAPPERS[kind]
    if kind in ("hyperlink", "smartTag"):
        match = re.search(rb"<w:r[ >].*?</w:r>", xml, re.DOTALL)
    else:
        match = re.search(rb"<w:p[ >].*?</w:p>", xml, re.DOTALL)
    if match is None:
        return xml
    inner = match.group(0)
    if kind == "table":
        inner = b"<w:p>" + inner + b"</w:p>" if inner.startswith(b"<w:r") else inner
    return xml[:match.start()] + opening * depth + inner + closing * depth + xml[match.end():]


@lru_cache(maxsize=2)
def _big_body(suffix: str) -> bytes:
    """190 MB of paragraphs, which deflate packs into about 600 KB (the issue's memory bomb)."""
    if suffix in (".odt", ".ott"):
        start, paragraph, end = (b'<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
                                 b' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body>'
                                 b"<office:text>", "<text:p>全县上下坚持稳中求进工作总基调，经济社会发展取得新成效。</text:p>",
                                 b"</office:text></office:body></office:document-content>")
    else:
        start, paragraph, end = (f'<w:document xmlns:w="{_W}"><w:body>'.encode(),
                                 "<w:p><w:r><w:t>全县上下坚持稳中求进工作总基调，经济社会发展取得新成效。</w:t></w:r></w:p>",
                                 b"</w:body></w:document>")
    unit = paragraph.encode()
    return start + unit * (190_000_000 // len(unit)) + end


def gbk_declared(xml: bytes, rng: random.Random) -> bytes:
    """The same part re-encoded as GBK and declared so (some converters write this)."""
    text = xml.decode("utf-8", "replace")
    text = re.sub(r"^<\?xml[^>]*\?>", "", text)
    return b'<?xml version="1.0" encoding="GBK" standalone="yes"?>' + text.encode("gbk", "xmlcharrefreplace")
