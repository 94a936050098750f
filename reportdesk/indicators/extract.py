"""Find the figures in a text: value, unit, what they count, and how to read them.

A figure is a number with a unit (682人, 3.7344亿元, 99%, 三所, 十余场). Not figures:
years and dates (2021年, 12月31日), document numbers (〔2021〕3号), ordinals (第三届),
list markers (1. （2）), version numbers (2.0) and slogans (四个意识, 一校一品).
Masked values (XX人, X所, xxxx万元) are kept as undisclosed, never as numbers.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from reportdesk.text.numerals import chinese_to_int

UNITS = ("平方米", "万人次", "人次", "场次", "万人", "万亩", "万元", "亿元", "万个", "万名", "万套", "万册", "万平方米",
         "公里", "小时", "周岁", "人", "名", "所", "个", "项", "场", "次", "套", "间", "元", "亩", "台", "张", "家",
         "篇", "节", "批", "块", "辆", "户", "件", "具", "处", "份", "支", "座", "条", "部", "册", "本", "期", "天",
         "%", "％", "‰")
_UNIT = "|".join(sorted((re.escape(u) for u in UNITS), key=len, reverse=True))
_ARABIC = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_CHINESE = r"[零一二三四五六七八九十百千两]+"
_MASK = r"[xX×＊*]+(?:\.[xX×]+)?"
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
_CHANGE = re.compile(r"(增长|提高|提升|下降|降低|减少|增加|净增|新增了|比去年|同比|较去年|较上年|比上年|增幅|降幅)[^，,；。]*$")
_ONLY_CHANGE = re.compile(r"(?:比去年|较去年|同比|比上年|较上年)?(?:净增|增长|增加|提高|下降|减少|新增|多)?")
_SHARE = re.compile(r"(占|比例|比重|覆盖率|率|占比)")
_LEAD_NOISE = re.compile(r"^(?:(?:19|20)\d{2}年(?:度)?|今年|全年|去年|截至目前|截至\S{0,8}|目前|其中|同时|此外|"
                         r"全县|全市|全区|全省|我县|我市|我区|我局|一年来|上半年|下半年|共|累计|合计|已|还|并|以及|和|及|"
                         r"完成|实现|达到)+")
_TAIL_NOISE = re.compile(r"(?:共计|共|计|累计|达到|达|为|约|近|超过|逾|了|是|有|的|至|到|总数|共有|合计|增长|均|仅|分别|已)+$")
_AFTER_STOP = ("的", "和", "及", "与", "等", "被", "已", "均", "全部", "实现", "完成", "达到", "投入", "获", "参加", "参与",
               "开展", "接受", "通过", "进行", "比去年", "较去年", "同比", "以上", "左右", "其中")
_CLAUSE_BREAK = re.compile(r"[，,；;。！？：:、（）()“”\"《》\s]")


@dataclass(frozen=True)
class Figure:
    value: float | None  # None when masked (XX人)
    unit: str  # as written, with its multiplier: 亿元, 万人, %, 人次
    subject: str  # what it counts (补充教师, 投入, 一本普通类上线)
    start: int
    end: int
    text: str  # the figure as written
    approx: bool = False  # 余 / 多 / 以上 / 近 / 约 / 左右
    change: bool = False  # a change (增长, 比去年, 净增) rather than a level
    share: bool = False  # a rate or proportion (占, 率, %)
    masked: bool = False
    breakdown: bool = False  # follows 其中 in the same sentence: a part of the figure before


def figures(text: str) -> list[Figure]:
    """Every figure in the text, in order."""
    out: list[Figure] = []
    previous_subject = ""
    previous_end = 0
    breakdown = False
    for m in FIGURE.finditer(text):
        start = m.start("num") if m.group("num") else m.start("mask") if m.group("mask") else m.start("cn")
        if not _is_figure(text, m, start):
            continue
        between = text[previous_end:start]
        last_stop = max(between.rfind(c) for c in "。！？；\n")
        if last_stop >= 0:
            breakdown = False
        if "其中" in between[last_stop + 1:]:
            breakdown = True
        previous_end = m.end("unit")
        unit = (m.group("mult") or "") + m.group("unit")
        unit = unit.replace("％", "%")
        masked = m.group("mask") is not None
        value: float | None = None
        if m.group("num"):
            value = float(m.group("num").replace(",", ""))
        elif m.group("cn"):
            value = float(chinese_to_int(m.group("cn")) or 0) or None
            if value is None:
                continue
        clause = _clause_before(text, start)
        subject = _subject_with_noun(_subject(clause), _subject_after(text, m.end()), m.group("unit"))
        change = bool(_CHANGE.search(clause))
        if change and previous_subject and _ONLY_CHANGE.fullmatch(subject):
            subject = previous_subject  # 一本上线826人，比去年净增117人: the same subject
        approx = bool(m.group("approx") or m.group("approx2") or m.group("after") in ("以上", "左右", "多")
                      or m.group("before") in ("近", "约", "超过", "逾"))
        share = unit in ("%", "‰") or bool(_SHARE.search(clause[-6:]))
        out.append(Figure(value, unit, subject, start, m.end("unit"), text[start:m.end("unit")], approx,
                          change, share, masked, breakdown))
        if not change and subject:
            previous_subject = subject
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
    if m.group("num") and "." in number and not m.group("mult") and m.group("unit") not in ("%", "％"):
        if re.fullmatch(r"\d\.\d", number) and m.group("unit") in ("版",):
            return False
    return True


def _in_quotes(text: str, position: int) -> bool:
    head = text[max(0, position - 30):position]
    return head.count("“") > head.count("”") or head.count("\"") % 2 == 1


def _clause_before(text: str, start: int) -> str:
    """The words between the last clause break and the number."""
    k = start
    while k > 0 and not _CLAUSE_BREAK.match(text[k - 1]) and start - k < 30:
        k -= 1
    return text[k:start]


_MEASURE_WORDS = set("所个名套间项场次家台张块辆户件处份支座条部册本批")
_CONJUNCTION = re.compile(r"(?:和|及|与|、|以及|或)$")


def _subject_with_noun(before: str, after: str, unit: str) -> str:
    """新建3所学校: the noun after a measure word completes the subject (新建学校); after a
    conjunction (…和5所乡镇寄宿制学校) it is the subject."""
    if not after or unit not in _MEASURE_WORDS:
        return before or after
    if not before or _CONJUNCTION.search(before):
        return after
    return before[-6:] + after


def _subject(clause: str) -> str:
    clause = re.sub(r"(?:19|20)\d{2}年度?|[xX]{4}年度?", "", clause)
    subject = re.sub(r"[\d.,%％\-—~～]+(?:周岁|岁)?", "", clause)
    subject = _LEAD_NOISE.sub("", subject)
    subject = _TAIL_NOISE.sub("", subject)
    return subject[-14:]


def _subject_after(text: str, end: int) -> str:
    """The noun right after the figure (3所学校 → 学校), up to a break or a verb-like word."""
    k = end
    while k < len(text) and not _CLAUSE_BREAK.match(text[k]) and k - end < 10:
        if text[k].isdigit() or text[k] in "xX" or text.startswith(_AFTER_STOP, k):
            break
        k += 1
    return text[end:k]


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding text[start:end] (bounded by 。！？；)."""
    left = max(text.rfind(c, 0, start) for c in "。！？；\n") + 1
    rights = [i for i in (text.find(c, end) for c in "。！？；\n") if i >= 0]
    right = min(rights) + 1 if rights else len(text)
    return left, right
