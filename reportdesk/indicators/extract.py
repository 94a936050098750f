"""The figures of a text read as facts: what each counts, and how to read it.

What a figure is (a number with its unit, masked or not) is defined once, in
`text.figures`; here each is given its subject (补充教师, 投入, 一本普通类上线) and read
as a level, a change (增长, 比去年, 净增), a share (占, 率, %) or a part of a total (其中…).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from reportdesk.text import sentences
from reportdesk.text.figures import quantities

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
    for q in quantities(text):
        between = text[previous_end:q.start]
        last_stop = max(between.rfind(c) for c in "。！？；\n")
        if last_stop >= 0:
            breakdown = False
        if "其中" in between[last_stop + 1:]:
            breakdown = True
        previous_end = q.end
        clause = _clause_before(text, q.start)
        subject = _subject_with_noun(_subject(clause), _subject_after(text, q.tail), q.measure)
        change = bool(_CHANGE.search(clause))
        if change and previous_subject and _ONLY_CHANGE.fullmatch(subject):
            subject = previous_subject  # 一本上线826人，比去年净增117人: the same subject
        share = q.unit in ("%", "‰") or bool(_SHARE.search(clause[-6:]))
        out.append(Figure(q.value, q.unit, subject, q.start, q.end, text[q.start:q.end], q.approx,
                          change, share, q.masked, breakdown))
        if not change and subject:
            previous_subject = subject
    return out


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


SENTENCE_REACH = 150  # a "sentence" longer than this each side (text without punctuation) is cut


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding text[start:end], at most SENTENCE_REACH characters either side:
    a text without punctuation must not copy itself into every fact."""
    return sentences.sentence_around(text, start, end, SENTENCE_REACH)
