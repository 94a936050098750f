"""The figures of a text read as facts: what each counts, and how to read it.

What a figure is (a number with its unit, masked or not) is defined once, in
`text.figures`; here each is given its subject (补充教师, 投入, 一本普通类上线) and read
as a level, a change (增长, 比去年, 净增), a share (占, 率, %) or a part of a total (其中…).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from reportdesk.text import sentences
from reportdesk.text.quantities import quantities
from reportdesk.text.sentences import ENDS
from reportdesk.text.tokenize import boundaries

_CHANGE = re.compile(r"(增长|提高|提升|下降|降低|减少|增加|净增|新增了|比去年|同比|较去年|较上年|比上年|增幅|降幅)[^，,；。]*$")
_ONLY_CHANGE = re.compile(r"(?:比去年|较去年|同比|比上年|较上年)?(?:净增|增长|增加|提高|下降|减少|新增|多)?")
_SHARE = re.compile(r"(占|比例|比重|覆盖率|率|占比)")
_DATE = r"(?:截至|截止|到)?(?:(?:19|20)\d{2}|[xX]{2,4})年度?(?:(?:\d{1,2}|[xX]{1,2})月(?:份|底|末|初)?(?:(?:\d{1,2}|[xX]{1,2})日)?)?(?:底|末)?"
_LEAD_NOISE = re.compile(rf"^(?:{_DATE}|\d{{1,2}}月(?:份|底|初)?|今年|全年|去年|截至目前|截至|截止|目前|其中|同时|此外|全县|全市|"
                         r"全区|全省|我县|我市|我区|我局|我省|一年来|上半年|下半年|共有|共|累计|现已|现有|现|已|还|并|以及|和|及|与|"
                         r"完成|实现|达到|有|的|等|对|在|将|为)+")
_TAIL_NOISE = re.compile(r"(?:共计|共|计|总计|累计|达到|达|为|约|近|超过|超|逾|了|是|有|的|至|到|总数|共有|均|仅|分别|已|突破|保持在|"
                         r"保持|稳定在|增至|降至|控制在|提高到|提升到|提高|提升|下降|降低|减少|增加|增长|净增|新增了|比去年|较去年|"
                         r"较上年|比上年|同比|比(?:19|20)\d{2}年|比[xX]{2,4}年|以上|对|在)+$")
_AFTER_STOP = ("的", "和", "及", "与", "等", "被", "已", "均", "全部", "实现", "完成", "达到", "投入", "获", "参加", "参与",
               "开展", "接受", "通过", "进行", "比去年", "较去年", "同比", "以上", "左右", "其中")
_PREFIX_STOP = ("获", "被")  # 获批, 获得, 被评为 stop the noun as 获 does
_VERB_AFTER = ("获", "参加", "参与")  # X人获一等奖, XX余人参与: with nothing before, the verb tells what was counted
_CLAUSE_BREAK = re.compile(rf"[，,：:、（）()\s{ENDS}]")  # quotes and titles stay inside their clause
_SENTENCE_END = ENDS + "\n"
_AGE_RANGE = re.compile(r"\d{1,2}[-—~～至]\d{1,2}周岁")
SUBJECT_LENGTH = 14  # characters at most, in whole words


@dataclass(frozen=True)
class Figure:
    value: float | None  # None when masked (XX人)
    unit: str  # as written, with its multiplier: 亿元, 万人, %, 人次
    subject: str  # what it counts (补充教师, 投入, 一本普通类上线): whole words of its clause
    start: int
    end: int
    text: str  # the figure as written
    approx: bool = False  # 余 / 多 / 以上 / 近 / 约 / 左右
    change: bool = False  # a change (增长, 比去年, 净增) rather than a level
    share: bool = False  # a rate or proportion (占, 率, %)
    masked: bool = False
    breakdown: bool = False  # follows 其中 in the same sentence: a part of the figure before


def figures(text: str) -> list[Figure]:
    """Every figure in the text, in order, each with its subject: the words of its clause
    before it (完成造林绿化2.3万亩), the noun after a measure word (新建3所学校), the matching
    item of a list (A、B分别为x、y), or, when its clause names nothing (共摸排857户，2149人;
    比去年净增117人), the subject of the figure before it in the same sentence."""
    quantities_found = quantities(text)
    listed = _listed_subjects(text, quantities_found)
    out: list[Figure] = []
    previous_subject = ""
    previous_end = 0
    sentence_start = 0
    breakdown = False
    for k, q in enumerate(quantities_found):
        between = text[previous_end:q.start]
        last_stop = max(between.rfind(c) for c in _SENTENCE_END)
        if last_stop >= 0:
            breakdown = False
            sentence_start = previous_end + last_stop + 1
            previous_subject = ""  # a subject is never carried into the next sentence
        if "其中" in between[last_stop + 1:]:
            breakdown = True
        floor = max(previous_end, sentence_start)
        clause = _clause_before(text, q.start, previous_end)
        previous_end = q.tail
        before = _subject(clause)
        subject = listed.get(k) or _subject_with_noun(before, _subject_after(text, q.tail, not before), q.measure)
        change = bool(_CHANGE.search(clause))
        if not subject or (change and _ONLY_CHANGE.fullmatch(subject)):
            # 一本上线826人，比去年净增117人: the same subject; 光伏产品出口表现突出、增长77.6%: the clause before's
            gap = q.start - len(clause) - 1  # the break before this clause
            subject = previous_subject or (_subject(_clause_before(text, gap, floor)) if gap > floor else "") or subject
        share = q.unit in ("%", "‰") or bool(_SHARE.search(clause[-6:]))
        out.append(Figure(q.value, q.unit, subject, q.start, q.end, text[q.start:q.end], q.approx,
                          change, share, q.masked, breakdown))
        if subject:
            previous_subject = subject
    return out


def _clause_before(text: str, start: int, floor: int = 0) -> str:
    """The words between the last clause break (or the figure before) and the number; an
    aside in brackets right before the number is passed over (教师进修学校（挂牌…）X所)."""
    k = start
    if k > floor and text[k - 1] in "）)":
        opening = max(text.rfind("（", max(floor, k - 40), k), text.rfind("(", max(floor, k - 40), k))
        if opening >= 0:
            k = start = opening
    while k > floor and not _CLAUSE_BREAK.match(text[k - 1]) and start - k < 30:
        k -= 1
    return text[k:start]


def _cut(words: str, pattern: re.Pattern, at_end: bool) -> str:
    """Drop what the pattern matches at the start (or end) of the words, in whole words only."""
    m = pattern.search(words)
    if not m or not m.group(0):
        return words
    cuts = boundaries(words)
    if at_end:
        return words[:min(c for c in cuts if c >= m.start())]
    return words[max(c for c in cuts if c <= m.end()):]


def _subject(clause: str) -> str:
    """The words of a clause that say what its figure counts: time, place and verbs of
    reporting (2021年，全县共…达) dropped, at most SUBJECT_LENGTH characters, in whole words."""
    subject = _cut(_cut(clause, _LEAD_NOISE, False), _TAIL_NOISE, True).strip("“”\"《》 ")
    if len(subject) > SUBJECT_LENGTH:
        cuts = boundaries(subject)
        first = min((c for c in cuts if len(subject) - c <= SUBJECT_LENGTH), default=len(subject))
        if first == len(subject):  # one word longer than the limit: keep it whole
            first = max(c for c in cuts if c < len(subject))
        subject = _cut(subject[first:], _LEAD_NOISE, False)
    return subject


def _words_before(before: str, limit: int) -> str:
    """The last whole words of `before`, at most `limit` characters (unless one word is longer)."""
    cuts = sorted(boundaries(before))
    fitting = [c for c in cuts if len(before) - c <= limit and c < len(before)]
    return before[fitting[0]:] if fitting else before


_MEASURE_WORDS = set("所个名套间项场次家台张块辆户件处份支座条部册本批位起只种艘列副节")
_CONJUNCTION = re.compile(r"(?:和|及|与|、|以及|或)$")


def _subject_with_noun(before: str, after: str, unit: str) -> str:
    """新建3所学校: the noun after a measure word completes the subject (新建学校); after a
    conjunction (…和5所乡镇寄宿制学校), or with nothing before, it is the subject."""
    if not before:
        return after
    if not after or unit not in _MEASURE_WORDS:
        return before
    if _CONJUNCTION.search(before):
        return after
    return _words_before(before, 6) + after


def _subject_after(text: str, end: int, verb: bool = False) -> str:
    """The noun right after the figure (3所学校 → 学校, 13个“高效办成一件事”), in whole words, up to
    a break or a verb-like word (with `verb`, a leading 获/参加/参与 is kept: X人获一等奖)."""
    age = _AGE_RANGE.match(text, end)
    if age:
        end = age.end()  # 148955名3-17周岁在校在园学生
    window = text[end:end + SUBJECT_LENGTH + 2]
    cuts = sorted(boundaries(window))
    taken = 0
    quoted = False
    for left, right in zip(cuts, cuts[1:]):
        word = window[left:right]
        if word in "“\"" and (left == 0 or quoted):
            quoted = not quoted if word == "\"" else True
            continue
        if word == "”" and quoted:
            quoted, taken = False, right
            continue
        if _CLAUSE_BREAK.match(word[0]) or word[0].isdigit() or word[0] in "xX“”\"《》" or right > SUBJECT_LENGTH:
            break
        if not quoted and (word in _AFTER_STOP or word.startswith(_PREFIX_STOP)) \
                and not (verb and left == 0 and word.startswith(_VERB_AFTER)):
            break
        taken = right
    return window[:taken]


def _listed_subjects(text: str, found: list) -> dict[int, str]:
    """A、B分别为x、y (and 起数、死亡人数下降17.6%、11.6%): figures joined by 、 take, in order,
    the items of the list before the first of them, when there are as many."""
    out: dict[int, str] = {}
    k = 0
    while k < len(found):
        j = k
        while j + 1 < len(found) and text[found[j].tail:found[j + 1].start] == "、":
            j += 1
        if j > k:
            head_end = found[k].start
            head_start = head_end
            while head_start > 0 and (not _CLAUSE_BREAK.match(text[head_start - 1]) or text[head_start - 1] == "、") \
                    and head_end - head_start < 80:
                head_start -= 1
            items = text[head_start:head_end].split("、")
            if len(items) == j - k + 1:
                subjects = [_subject(item) for item in items]
                if all(subjects):
                    out.update({k + i: s for i, s in enumerate(subjects)})
        k = j + 1
    return out


SENTENCE_REACH = 150  # a "sentence" longer than this each side (text without punctuation) is cut


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding text[start:end], at most SENTENCE_REACH characters either side:
    a text without punctuation must not copy itself into every fact."""
    return sentences.sentence_around(text, start, end, SENTENCE_REACH)
