"""What a figure is: a number with its unit, as written (682人, 3.7344亿元, 99%, 三所, 十余场).

The one definition the comparison pane's highlights and the indicators table share, so
that both mark the same figures in the same sentence.

Not figures: years and dates (2021年, 12月31日), document numbers (〔2021〕3号),
ordinals (第三届), ranges' ends (3-17周岁), list markers and version numbers (2.0),
numbers without a unit, and slogans (四个意识, 一校一品). Masked values (XX人, X所,
xxxx万元) are figures whose value is undisclosed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from reportdesk.text.numerals import chinese_to_int

UNITS = ("平方米", "万人次", "人次", "场次", "万人", "万亩", "万元", "亿元", "万个", "万名", "万套", "万册", "万平方米",
         "公里", "小时", "周岁", "人", "名", "所", "个", "项", "场", "次", "套", "间", "元", "亩", "台", "张", "家",
         "篇", "节", "批", "块", "辆", "户", "件", "具", "处", "份", "支", "座", "条", "部", "册", "本", "期", "天",
         "美元", "吨", "斤", "千瓦", "%", "％", "‰")
_UNIT = "|".join(sorted((re.escape(u) for u in UNITS), key=len, reverse=True))
# A run of digits is bounded (no figure has 40 digits): a long run must not cost quadratic time.
_ARABIC = r"\d{1,3}(?:,\d{3}){1,6}(?:\.\d{1,8})?|\d{1,15}(?:\.\d{1,8})?"
_CHINESE = r"[零一二三四五六七八九十百千两]{1,8}"
_MASK = r"[xX×＊*]{1,8}(?:\.[xX×]{1,8})?"
FIGURE = re.compile(
    rf"(?P<before>近|约|超过|逾|达到|达|共|计|累计)?"
    rf"(?:(?P<num>{_ARABIC})|(?P<mask>{_MASK})|(?P<cn>{_CHINESE}))"
    rf"(?P<approx>余|多)?(?P<mult>万|亿)?(?P<approx2>余|多)?"
    rf"(?P<unit>{_UNIT})"
    rf"(?P<after>以上|左右|多)?")
# Chinese numerals count only with these units (四个意识, 三名工程 are slogans)
CHINESE_UNITS = {"所", "场", "次", "人", "项", "批", "期", "场次", "人次", "家", "间", "台", "套", "届", "万人"}
_DATE_AFTER = ("年", "月", "日", "号", "时", "届", "周年", "级", "版", "世纪", "代")
SLOGANS = ("四个意识", "四个自信", "两个维护", "两个确立", "三个以案", "三个百分之百", "四有", "五好", "三会一课")
_APPROX_BEFORE = ("近", "约", "超过", "逾")


@dataclass(frozen=True)
class Quantity:
    """A figure as written: where it is, its value and unit, and how exact it claims to be."""

    start: int  # where the number (or mask) starts
    end: int  # where the unit ends
    value: float | None  # None when masked
    unit: str  # with its multiplier (亿元, 万人); ％ written as %
    measure: str  # the unit word itself, without the multiplier (元, 人)
    masked: bool
    approx: bool  # 余 / 多 / 以上 / 左右 / 近 / 约 / 超过 / 逾
    tail: int  # where a trailing qualifier (以上, 左右) ends: the text after the figure starts here


def quantities(text: str) -> list[Quantity]:
    """Every figure in the text, in order."""
    out = []
    for m in FIGURE.finditer(text):
        start = m.start("num") if m.group("num") else m.start("mask") if m.group("mask") else m.start("cn")
        if not _is_figure(text, m, start):
            continue
        value: float | None = None
        if m.group("num"):
            value = float(m.group("num").replace(",", ""))
        elif m.group("cn"):
            value = float(chinese_to_int(m.group("cn")) or 0) or None
            if value is None:
                continue  # 零 or not a numeral at all
        unit = ((m.group("mult") or "") + m.group("unit")).replace("％", "%")
        approx = bool(m.group("approx") or m.group("approx2") or m.group("after") in ("以上", "左右", "多")
                      or m.group("before") in _APPROX_BEFORE)
        out.append(Quantity(start, m.end("unit"), value, unit, m.group("unit"), m.group("mask") is not None, approx,
                            m.end()))
    return out


def _is_figure(text: str, m: re.Match, start: int) -> bool:
    before = text[max(0, start - 1):start]
    after = text[m.end("unit"):m.end("unit") + 2]
    number = m.group("num") or m.group("mask") or m.group("cn")
    if before == "第" or text[max(0, start - 2):start] in ("〔", "["):
        return False  # 第三届, ordinals
    if before and (before.isdigit() or before in ".-—~～"):
        return False  # 3-17周岁: the end of a range
    if m.group("unit") in ("期", "天", "小时", "周岁") and m.group("cn"):
        return False
    if after.startswith(_DATE_AFTER) or (after[:1] and after[:1] in "-—~～至"):
        return False  # 2021年 is cut before 年, but 2021-2023年 and 3-17周岁 reach here
    if m.group("cn"):
        if m.group("unit") not in CHINESE_UNITS or _in_quotes(text, start):
            return False
        if any(s in text[max(0, start - 2):m.end() + 4] for s in SLOGANS):
            return False
        if number == "一" and re.match(r"[^\d]{0,2}一", text[m.end("unit"):m.end("unit") + 3]):
            return False  # 一人一案, 一校一品
    return True


def _in_quotes(text: str, position: int) -> bool:
    head = text[max(0, position - 30):position]
    return head.count("“") > head.count("”") or head.count("\"") % 2 == 1
