"""Heading markers of Chinese official documents: 一、 （一） 1. （1） ① 一是 第一，

A marker has a kind and an ordinal. Kinds nest in the order a document first uses
them (the conventional order is the one below, but documents skip levels); ordinals
tell a sibling (二、 after 一、) from an enumeration in running text (一、二批次).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from reportdesk.text.numerals import CIRCLED, FULLSTOP_DIGITS, PAREN_DIGITS, chinese_to_int

CN = "一二三四五六七八九十百〇零两"
CN_DIGITS = "一二三四五六七八九十"

# Kinds that may start a heading inside running text only in restricted places.
WEAK_KINDS = {"shi", "di"}

_PATTERNS = (
    ("chapter", re.compile(rf"第([{CN}]{{1,4}})(?:章|部分|篇)[\s　]*")),
    ("cn_paren", re.compile(rf"[（(][ 　]?([{CN}]{{1,3}})[ 　]?[)）][、.．]?[ 　]*")),
    ("num_paren", re.compile(r"[（(][ 　]?(\d{1,2})[ 　]?[)）][、.．]?[ 　]*")),
    ("cn", re.compile(rf"([{CN}]{{1,3}})[ 　]*[、.．][ 　]*")),
    ("num", re.compile(r"(\d{1,2})[ 　]*(?:[、．]|\.(?!\d))[ 　]*")),
    ("shi", re.compile(rf"([{CN_DIGITS}]{{1,3}})是")),
    ("di", re.compile(rf"第([{CN_DIGITS}]{{1,3}})[，,、：:][ 　]*")),
)
_SINGLE = {**{c: ("circled", i + 1) for i, c in enumerate(CIRCLED)},
           **{c: ("num_paren", i + 1) for i, c in enumerate(PAREN_DIGITS)},
           **{c: ("num", i + 1) for i, c in enumerate(FULLSTOP_DIGITS)}}
# Words in which 一 is followed by 是 without being a marker: 统一是, 唯一是, 之一是 ...
_NOT_BEFORE_SHI = set("统唯同第之逐万单专合归")
_ENUM_AFTER = set("、，,批届中期类级号")


@dataclass(frozen=True)
class Marker:
    kind: str
    ordinal: int
    text: str  # as printed, without trailing spaces
    start: int
    end: int  # where the title starts


def match_marker(text: str, pos: int = 0) -> Marker | None:
    """The heading marker starting at text[pos], if there is one that could open a heading."""
    if pos >= len(text):
        return None
    single = _SINGLE.get(text[pos])
    if single:
        end = pos + 1
        while end < len(text) and text[end] in " 　、.．":
            end += 1
        return Marker(single[0], single[1], text[pos], pos, end)
    for kind, pattern in _PATTERNS:
        m = pattern.match(text, pos)
        if not m:
            continue
        digits = m.group(1)
        ordinal = int(digits) if digits.isdigit() else chinese_to_int(digits)
        if not ordinal:
            continue
        if not _plausible(kind, text, pos, m.end()):
            continue
        return Marker(kind, ordinal, m.group(0).strip(" 　"), pos, m.end())
    return None


def _plausible(kind: str, text: str, start: int, end: int) -> bool:
    """Reject shapes that look like markers but are enumerations, decimals or words."""
    after = text[end:end + 1]
    if end >= len(text):
        return False  # a marker with nothing after it
    if kind in ("num", "num_paren", "circled") and start > 0 and text[start - 1].isdigit():
        return False
    if kind == "num":
        if after.isdigit() or after in "%％‰月日号年时":
            return False  # 1.5万, 2、3批, 12.31
    if kind == "cn":
        # 一、二批次 / 十九届二、三中全会: a numeral enumeration, not a heading
        rest = text[end:end + 4]
        k = 0
        while k < len(rest) and rest[k] in CN_DIGITS:
            k += 1
        if k and (k == len(rest) or rest[k] in _ENUM_AFTER):
            return False
        if start > 0 and text[start - 1] in CN:
            return False
    if kind == "shi":
        if start > 0 and text[start - 1] in _NOT_BEFORE_SHI:
            return False
        if after in "的否非为":  # 一是否, 一是的
            return False
    return True


def canonical(marker: Marker) -> str:
    """The marker as it is conventionally printed: full-width brackets, no spaces."""
    text = marker.text.replace(" ", "").replace("　", "")
    if marker.kind in ("cn_paren", "num_paren") and text[:1] in "(（":
        inner = text[1:].rstrip("、.．")
        inner = inner.rstrip(")）")
        return f"（{inner}）"
    return text
