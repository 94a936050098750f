"""What a figure is: a number with its unit, as written (682人, 3.7344亿元, 99%, 三所, 十余场).

The one definition the comparison pane's highlights and the indicators table share, so
that both mark the same figures in the same sentence.

Not figures: years and dates (2021年, 12月31日), document numbers (〔2021〕3号),
ordinals, ranks and sessions (第三届, 前20名, 市十六届人大二次会议, 市十四次党代会), streaks
(连续四次), ranges' ends (3-17周岁), list markers and version numbers (2.0), numbers without
a unit, the article 一 (一次全面的排查, 一批), and numbers inside names and slogans: in quotes
or titles (“15分钟就业服务圈”, 《五项管理方案》), inside a word (5G, PM2.5, 千亿台阶, 三台山,
八项规定), milestones (连跨4个千亿台阶), a bare 百/千/万 leading a noun (百人宣讲团, 百万吨乙烯), and the fixed ones
(四个意识, 一校一品). Masked values (XX人, X所, xxxx万元) are figures whose value is undisclosed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from reportdesk.text import tokenize
from reportdesk.text.numerals import chinese_to_int
from reportdesk.text.sentences import ENDS

UNITS = ("平方米", "万人次", "人次", "场次", "万人", "万亩", "万元", "亿元", "万个", "万名", "万套", "万册", "万平方米",
         "公里", "小时", "周岁", "人", "名", "所", "个", "项", "场", "次", "套", "间", "元", "亩", "台", "张", "家",
         "篇", "节", "批", "块", "辆", "户", "件", "具", "处", "份", "支", "座", "条", "部", "册", "本", "期", "天",
         "美元", "吨", "斤", "千瓦", "%", "％", "‰", "位", "起", "只", "种", "艘次", "艘", "列", "副", "节次",
         "标准箱", "立方米", "微克/立方米", "微克／立方米", "个百分点", "百分点", "成")
_SPELLING = {"％": "%", "微克／立方米": "微克/立方米", "个百分点": "百分点"}  # one spelling of each unit
_UNIT = "|".join(sorted((re.escape(u) for u in UNITS), key=len, reverse=True))
# A run of digits is bounded (no figure has 40 digits): a long run must not cost quadratic time.
_ARABIC = r"\d{1,3}(?:,\d{3}){1,6}(?:\.\d{1,8})?|\d{1,15}(?:\.\d{1,8})?"
_CHINESE = r"[零一二三四五六七八九十百千两]{1,8}|万(?=余|多)"  # 万余人次: ten thousand and more
_MASK = r"[xX×＊*]{1,8}(?:\.[xX×]{1,8})?"
FIGURE = re.compile(
    rf"(?P<before>近|约|超过|逾|达到|达|共|计|累计)?"
    rf"(?:(?P<num>{_ARABIC})|(?P<mask>{_MASK})|(?P<cn>{_CHINESE}))"
    rf"(?P<approx>余|多)?(?P<mult>万|亿)?(?P<approx2>余|多)?"
    rf"(?P<unit>{_UNIT})"
    rf"(?P<after>以上|左右|多)?")
# Chinese numerals count only with these units (四个意识, 三名工程 are slogans)
CHINESE_UNITS = {"所", "场", "次", "人", "项", "批", "期", "场次", "人次", "家", "间", "台", "套", "届", "万人", "位", "成"}
_DATE_AFTER = ("年", "月", "日", "号", "时", "届", "周年", "级", "版", "世纪", "代")
SLOGANS = ("四个意识", "四个自信", "两个维护", "两个确立", "三个以案", "三个百分之百", "四有", "五好", "三会一课",
           "八项规定", "两项补贴")
_SESSION = re.compile(r"(?:会议|全会|党代会|代表大会)")  # 二次会议, 十四次党代会: which session, not how many
_MILESTONE = re.compile(r"[十百千万亿]+(?:元|美元)?级?(?:台阶|关口|大关)")  # 连跨4个千亿台阶: a milestone, not a count
_ROUND = {"百", "千", "万"}  # 百人宣讲团, 千亿台阶, 百万吨乙烯: a bare round numeral leading a noun is a name
_BREAK = "，,；;。！？：:、）)”\"》\n 以余多左"
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
            value = 10000.0 if m.group("cn") == "万" else float(chinese_to_int(m.group("cn")) or 0) or None
            if value is None:
                continue  # 零 or not a numeral at all
        unit = (m.group("mult") or "") + _SPELLING.get(m.group("unit"), m.group("unit"))
        approx = bool(m.group("approx") or m.group("approx2") or m.group("after") in ("以上", "左右", "多")
                      or m.group("before") in _APPROX_BEFORE)
        out.append(Quantity(start, m.end("unit"), value, unit, m.group("unit"), m.group("mask") is not None, approx,
                            m.end()))
    return out


def _is_figure(text: str, m: re.Match, start: int) -> bool:
    before = text[max(0, start - 1):start]
    end = m.end("unit")
    after = text[end:end + 2]
    number = m.group("num") or m.group("mask") or m.group("cn")
    if before == "第" or text[max(0, start - 2):start] in ("〔", "[", "连续") or _rank(text, start):
        return False  # 第三届, 连续四次, 前20名: ordinals, streaks and ranks
    if before and (before.isdigit() or before in ".-—~～"):
        return False  # 3-17周岁: the end of a range
    if m.group("unit") in ("期", "天", "小时", "周岁") and m.group("cn"):
        return False
    if after.startswith(_DATE_AFTER) or (after[:1] and after[:1] in "-—~～至"):
        return False  # 2021年 is cut before 年, but 2021-2023年 and 3-17周岁 reach here
    if m.group("unit") == "次" and (_SESSION.match(text, end) and "届" in text[max(0, start - 8):start]
                                    or text.startswith(("党代会", "代表大会", "党员代表大会"), end)):
        return False  # 市十六届人大二次会议, 市十四次党代会
    if m.group("unit") == "成" and not m.group("cn"):
        return False  # 八成 is a share, **成了 is not
    if _MILESTONE.match(text, end):
        return False  # 连跨4个千亿台阶, 跨越一个千亿台阶: rhetoric about a total given elsewhere
    if _in_quotes(text, start):
        return False  # “15分钟就业服务圈”, 《五项管理方案》: a name
    if m.group("cn"):
        if m.group("unit") not in CHINESE_UNITS and not m.group("mult"):
            return False  # 三名工程 is a slogan, 千亿元 a figure
        if any(s in text[max(0, start - 2):m.end() + 4] for s in SLOGANS):
            return False
        if number == "一":
            return False  # the article: 一次全面的排查, 一批项目, 无一人失学
        if number in _ROUND and not (m.group("approx") or m.group("approx2") or m.group("after")) \
                and end < len(text) and text[end] not in _BREAK:
            return False  # 百人宣讲团, 百万吨乙烯 (but 突破千亿元。 is one)
    return _whole_words(text, start, end, bool(m.group("cn")))


_REACH = 12  # characters each side that decide the words around a figure


def _rank(text: str, start: int) -> bool:
    """前6000名, 前三: 前 as a word of its own before the number (not 目前2115名)."""
    if text[start - 1:start] != "前":
        return False
    left = max(0, start - _REACH)
    return start - 1 - left in tokenize.boundaries(text[left:start + _REACH])


def _whole_words(text: str, start: int, end: int, numeral: bool) -> bool:
    """The number starts a word (not 5G, PM2.5, G20); a Chinese numeral's unit also ends one (not
    千亿台阶, 三台山). Digits with a unit are not read into a word: 2115名教职工, XXX人参训."""
    left = max(0, start - _REACH)
    cuts = tokenize.boundaries(text[left:end + _REACH])
    return start - left in cuts and (not numeral or end - left in cuts)


def _in_quotes(text: str, position: int) -> bool:
    """Inside “…”, "…" or 《…》 opened earlier in the same sentence (within 80 characters)."""
    floor = max(0, position - 80)
    stop = max(text.rfind(c, floor, position) for c in ENDS + "\n")
    head = text[max(floor, stop + 1):position]
    whole = stop >= 0 or floor == 0  # the sentence from its start: straight quotes can be paired
    return (head.count("“") > head.count("”") or (whole and head.count("\"") % 2 == 1)
            or head.rfind("《") > head.rfind("》"))
