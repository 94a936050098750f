"""Word 97 binary properties: the formatting runs (FKPs) and the style sheet (STSH).

Text in a .doc carries no markup; its formatting lives in runs keyed by byte offset (FC)
into the WordDocument stream. Character runs (CHPX) tell bold and deleted revisions,
paragraph runs (PAPX) the style, outline level and table membership; the style sheet
names the styles and gives their own outline levels. Only the few properties that the
other readers also report are decoded; every other property is skipped by its size.
"""
from __future__ import annotations

import struct
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

SPRM_C_DELETED = 0x0800  # sprmCFRMarkDel: text deleted with change tracking on
SPRM_C_SPECIAL = 0x0855  # sprmCFSpec: the character is a special (object, field) mark
SPRM_C_BOLD = 0x0835
SPRM_P_IN_TABLE = 0x2416
SPRM_P_OUTLINE = 0x2640
MAX_RUNS = 2_000_000
_OPERAND_SIZE = {0: 1, 1: 1, 2: 2, 3: 4, 4: 2, 5: 2, 7: 3}


class Malformed(ValueError):
    """The binary structure does not hold together."""


def u16(data: bytes, pos: int) -> int:
    return struct.unpack_from("<H", data, pos)[0]


def u32(data: bytes, pos: int) -> int:
    return struct.unpack_from("<I", data, pos)[0]


def sprms(grpprl: bytes) -> dict[int, bytes]:
    """The properties of a grpprl as {sprm: operand bytes}; the last one set wins."""
    out: dict[int, bytes] = {}
    pos = 0
    while pos + 2 <= len(grpprl):
        sprm = u16(grpprl, pos)
        pos += 2
        spra = sprm >> 13
        if spra == 6:  # variable length: the size comes first
            if pos >= len(grpprl):
                break
            if sprm == 0xD608:  # sprmTDefTable counts its size in two bytes, minus one
                if pos + 2 > len(grpprl):
                    break
                size, pos = u16(grpprl, pos) - 1, pos + 2
            else:
                size, pos = grpprl[pos], pos + 1
        else:
            size = _OPERAND_SIZE[spra]
        out[sprm] = grpprl[pos:pos + size]
        pos += size
    return out


@dataclass(frozen=True)
class CharProps:
    bold: int | None = None  # 0, 1, or 0x80/0x81 (as the style / the opposite of the style)
    deleted: bool = False
    special: bool = False


@dataclass(frozen=True)
class ParaProps:
    istd: int = 0
    outline: int | None = None  # 0–8, or None for body text
    in_table: bool = False


NO_CHAR = CharProps()
NO_PARA = ParaProps()


class Runs:
    """Property runs over FC ranges, looked up by the FC of a character."""

    def __init__(self, starts: list[int], ends: list[int], props: list):
        self.starts, self.ends, self.props = starts, ends, props

    def at(self, fc: int, default):
        k = bisect_right(self.starts, fc) - 1
        if k >= 0 and fc < self.ends[k]:
            return self.props[k]
        return default

    def boundaries(self, start: int, end: int) -> list[int]:
        """Every run start strictly inside (start, end), in order."""
        lo = bisect_right(self.starts, start)
        hi = bisect_right(self.starts, end - 1)
        return self.starts[lo:hi]


def char_runs(word: bytes, table: bytes, fc: int, lcb: int) -> Runs:
    """The character runs (PlcBteChpx → ChpxFkp pages)."""
    def decode(page: bytes, i: int, crun: int):
        offset = page[4 * (crun + 1) + i] * 2
        if offset == 0:
            return NO_CHAR
        return _char_props(page[offset + 1:offset + 1 + page[offset]])
    return _fkp_runs(word, table, fc, lcb, decode)


@lru_cache(maxsize=4096)
def _char_props(grpprl: bytes) -> CharProps:
    """Runs share a handful of property sets: decode each once."""
    found = sprms(grpprl)
    bold = found.get(SPRM_C_BOLD)
    return CharProps(bold=bold[0] if bold else None,
                     deleted=found.get(SPRM_C_DELETED, b"\0")[:1] not in (b"\0", b""),
                     special=found.get(SPRM_C_SPECIAL, b"\0")[:1] not in (b"\0", b""))


def para_runs(word: bytes, table: bytes, fc: int, lcb: int) -> Runs:
    """The paragraph runs (PlcBtePapx → PapxFkp pages)."""
    def decode(page: bytes, i: int, crun: int):
        offset = page[4 * (crun + 1) + 13 * i] * 2
        if offset == 0:
            return NO_PARA
        cb = page[offset]
        if cb == 0:
            size, start = page[offset + 1] * 2, offset + 2
        else:
            size, start = cb * 2 - 1, offset + 1
        return _para_props(page[start:start + size])
    return _fkp_runs(word, table, fc, lcb, decode)


@lru_cache(maxsize=4096)
def _para_props(grp: bytes) -> ParaProps:
    if len(grp) < 2:
        return NO_PARA
    found = sprms(grp[2:])
    outline = found.get(SPRM_P_OUTLINE)
    return ParaProps(istd=u16(grp, 0), outline=outline[0] if outline and outline[0] < 9 else None,
                     in_table=found.get(SPRM_P_IN_TABLE, b"\0")[:1] not in (b"\0", b""))


def _fkp_runs(word: bytes, table: bytes, fc: int, lcb: int, decode) -> Runs:
    plc = table[fc:fc + lcb]
    if lcb < 4 or len(plc) < lcb:
        return Runs([], [], [])
    n = (lcb - 4) // 8
    pages = struct.unpack_from(f"<{n}I", plc, 4 * (n + 1))
    starts: list[int] = []
    ends: list[int] = []
    props: list = []
    for pn in pages:
        page = word[(pn & 0x3FFFFF) * 512:(pn & 0x3FFFFF) * 512 + 512]
        if len(page) < 512:
            raise Malformed("fkp page")
        crun = page[511]
        fcs = struct.unpack_from(f"<{crun + 1}I", page, 0)
        for i in range(crun):
            if fcs[i + 1] <= fcs[i]:
                continue
            starts.append(fcs[i])
            ends.append(fcs[i + 1])
            props.append(decode(page, i, crun))
        if len(starts) > MAX_RUNS:
            raise Malformed("too many runs")
    if any(b < a for a, b in zip(starts, starts[1:])):
        order = sorted(range(len(starts)), key=starts.__getitem__)
        starts, ends, props = ([seq[k] for k in order] for seq in (starts, ends, props))
    return Runs(starts, ends, props)


@dataclass(frozen=True)
class Style:
    name: str
    outline: int | None  # 0–8 from a built-in heading style or the style's own outline level


def style_sheet(table: bytes, fc: int, lcb: int) -> dict[int, Style]:
    """Paragraph styles by istd, outline levels resolved through the base styles."""
    stsh = table[fc:fc + lcb]
    if lcb < 6 or len(stsh) < lcb:
        return {}
    cb_stshi = u16(stsh, 0)
    cstd, cb_base = u16(stsh, 2), u16(stsh, 4)
    pos = 2 + cb_stshi
    raw: dict[int, tuple[str, int | None, int]] = {}
    for istd in range(cstd):
        if pos + 2 > len(stsh):
            break
        cb_std = u16(stsh, pos)
        std = stsh[pos + 2:pos + 2 + cb_std]
        pos += 2 + cb_std
        if cb_std < 10 or len(std) < cb_base + 2:
            continue
        sti = u16(std, 0) & 0x0FFF
        stk, base = u16(std, 2) & 0x000F, u16(std, 2) >> 4
        if stk != 1:  # not a paragraph style
            continue
        cch = u16(std, cb_base)
        name = std[cb_base + 2:cb_base + 2 + 2 * cch].decode("utf-16-le", "replace")
        upx = cb_base + 2 + 2 * cch + 2
        upx += upx % 2
        outline = sti - 1 if 1 <= sti <= 9 else None
        if outline is None and upx + 4 <= len(std):
            size = u16(std, upx)
            level = sprms(std[upx + 4:upx + 2 + size]).get(SPRM_P_OUTLINE)
            outline = level[0] if level and level[0] < 9 else None
        raw[istd] = (name, outline, base)
    styles: dict[int, Style] = {}
    for istd, (name, outline, base) in raw.items():
        seen = {istd}
        while outline is None and base in raw and base not in seen:
            seen.add(base)
            outline, base = raw[base][1], raw[base][2]
        styles[istd] = Style(name, outline)
    return styles
