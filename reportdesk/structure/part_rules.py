"""The part of a report a heading opens: overview, achievements, highlights, problems, plans.

Part headings are short and made of period words and part words (二、存在的困难和问题,
xxxx年下半年工作思路, 三、2022年教育工作谋划); a topic heading that merely mentions a
problem (着力解决群众关心的热点问题) is longer and says what was done.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from reportdesk.structure.markers import match_marker

# Checked in this order: the first that matches wins (主要成效及亮点 is highlights).
_PART_PATTERNS = (
    ("highlights", re.compile(r"亮点|特色工作|创新工作|特色做法|经验做法")),
    ("problems", re.compile(r"存在.{0,6}(?:问题|不足|困难|短板)|问题(?:和|与|及)?不足|困难(?:和|与|及)?问题"
                            r"|^(?:主要|突出)?问题$|^不足之处|^困难$|^短板(?:弱项)?$|差距和不足")),
    ("plans", re.compile(r"计划|打算|思路|谋划|安排|展望|设想|下一步|下步|明年|工作要点|努力方向"
                         r"|重点任务|目标任务|主要任务|工作任务|总体要求|工作重点|意见建议|工作建议|^建议")),
    ("overview", re.compile(r"基本情况|基本概况|总体情况|^概况|工作概述|^总体评价")),
    ("achievements", re.compile(r"工作总结|工作回顾|回顾|工作情况|开展情况|完成情况|主要工作|主要做法"
                                r"|工作成效|主要成效|成效|成绩|做法|工作开展"
                                r"|^(?:(?:\d{4}|[xX]{4}|今|本|去)年度?)?(?:上半年|下半年|全年)?"
                                r"(?:教育|教体|主要|重点)?工作$")),
)
_MAX_PART_TITLE = 22
_LEAD_IN = re.compile(r"(?:是|如下|有)[：:]$")  # 一年来的主要工作是： leads into the text


def classify_part(title: str) -> str | None:
    """The part a heading title announces, or None for an ordinary heading."""
    title = title.strip().rstrip("：:。")
    if not title or len(title) > _MAX_PART_TITLE or "，" in title or "," in title:
        return None
    for part, pattern in _PART_PATTERNS:
        if pattern.search(title):
            return part
    return None


def is_part_line(text: str) -> bool:
    """An unnumbered line that is a part heading on its own (2024年工作回顾)."""
    text = text.strip()
    if len(text) > _MAX_PART_TITLE or text.endswith(("。", "；")) or "。" in text or _LEAD_IN.search(text):
        return False
    return classify_part(text) is not None


# -- parts from meaning -----------------------------------------------------------------
#
# Keywords name most parts, but the plans are often announced by their time alone
# (三、2025年重点工作 in a review of 2024, 下半年重点工作 in a first-half summary, 关于2025年工作)
# or not at all (二、牢记历史使命，在中国式现代化建设中奋勇争先). So:
# * a top heading that names a later time than the one the report reviews opens the plans,
#   whatever its keywords say (nothing that opens the plans is filed as achievements);
# * a top heading without part words opens the plans when its text speaks of a later time
#   and reads as intentions (要 将 力争 加快 …) clearly more than the report's achievements
#   before it do, which read as results (完成 实现 新增 增长5% …). The comparison is made
#   inside the report, because how much a text uses either kind of word is a matter of style.

_APPENDIX = re.compile(r"^(?:附件|附录|附表)\s*[\d一二三四五六七八九十]*(?:[\s:：、.．].{0,30})?$"
                       r"|名词(?:解释|注释|说明)$|^(?:注释|注解)$")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年(?!代)")
_REVIEW_TIME = re.compile(r"过去(?:的)?一年|去年|上一年|一年来")
_LATER_WORDS = re.compile(r"明年|下一步|下步|今后|新的一年")
_INTENT = re.compile(r"要|将|力争|确保|争取|预期|加快|推动|着力|深化|实施|持续")
_RESULT = re.compile(r"了|完成|实现|达到|新增|建成|取得|获评|入选|(?:增长|提高|下降)\d|\d+(?:\.\d+)?[%％]")
INTENT_MARGIN = 0.3  # how much more a plans section reads as intentions than the achievements


@dataclass(frozen=True)
class ReportTime:
    """When a report was written and what period it reviews."""

    year: int | None = None  # the year of the report (its title or date)
    period: str | None = None  # 全年 / 上半年 / 下半年
    at_congress: bool = False  # given at a people's congress: it reviews the year before


def is_appendix_line(text: str) -> bool:
    """附件 / 附件2 名词解释 / 《政府工作报告》有关内容名词注释: what follows is no part of the report."""
    text = text.strip().rstrip("：:")
    return len(text) <= 40 and "。" not in text and _APPENDIX.search(text) is not None


def top_level_parts(flat, time: ReportTime = ReportTime()) -> list[str | None]:
    """Part per heading (objects with depth, kind, title, body): a part heading sets it;
    ordinary top headings are achievements, except after a problems or plans part, whose
    list they continue; an appendix and everything after it belongs to no part."""
    top_depth = min((h.depth for h in flat), default=1)
    reviewed = _reviewed_year(flat, top_depth, time)
    parts: list[str | None] = []
    current: str | None = "achievements"
    results: list[float] = []  # how much each achievements section so far reads as intentions
    for k, heading in enumerate(flat):
        if heading.kind == "appendix":
            current = None
        elif current is not None and heading.depth == top_depth:
            announced = classify_part(heading.title)
            text = _section_text(flat, k)
            if announced in (None, "achievements", "overview") and _names_later(heading.title, reviewed, time):
                announced = "plans"
            elif announced is None and current == "achievements" and results and _later_mentions(text, reviewed, time) \
                    and intent_share(text) >= sum(results) / len(results) + INTENT_MARGIN:
                announced = "plans"
            if announced:
                current = announced
            elif current not in ("problems", "plans"):
                current = "achievements"
            if current == "achievements":
                results.append(intent_share(text))
        parts.append(current)
    return parts


def reviewed_year(flat, time: ReportTime) -> int | None:
    """The year a report's achievements are about (see `_reviewed_year`)."""
    return _reviewed_year(flat, min((h.depth for h in flat), default=1), time)


def _reviewed_year(flat, top_depth: int, time: ReportTime) -> int | None:
    """The year the achievements are about: named by the review heading (2024年工作回顾),
    else the year before a congress report's (过去一年工作回顾), else the report's year."""
    for heading in flat:
        if heading.depth == top_depth and classify_part(heading.title) == "achievements":
            years = [int(y) for y in _YEAR.findall(heading.title)]
            if years:
                return min(years)
            if time.year and (time.at_congress or _REVIEW_TIME.search(heading.title)):
                return time.year - 1
            break
    if time.year and time.at_congress:
        return time.year - 1
    return time.year


def _section_text(flat, k: int) -> str:
    """A top heading's text, its sub-headings included."""
    pieces = list(flat[k].body)
    for j in range(k + 1, len(flat)):  # by index: a slice per heading is quadratic in 100,000 headings
        heading = flat[j]
        if heading.depth <= flat[k].depth:
            break
        pieces.append(heading.title)
        pieces.extend(heading.body)
    return "\n".join(pieces)


def _names_later(title: str, reviewed: int | None, time: ReportTime) -> bool:
    """A heading naming a time after the reviewed one: a later year, 明年, 下一步, or 下半年
    in a first-half report."""
    if reviewed is not None and any(int(y) > reviewed for y in _YEAR.findall(title)):
        return True
    return bool(_LATER_WORDS.search(title)) or ("下半年" in title and time.period == "上半年")


def _later_mentions(text: str, reviewed: int | None, time: ReportTime) -> int:
    later = len(_LATER_WORDS.findall(text))
    if reviewed is not None:
        later += sum(int(y) > reviewed for y in _YEAR.findall(text))
    if time.period == "上半年":
        later += text.count("下半年")
    if time.at_congress:
        later += text.count("今年")
    return later


def intent_share(text: str) -> float:
    """Words of intention among words of intention and of result: 0 all results, 1 all plans."""
    intents, results = len(_INTENT.findall(text)), len(_RESULT.findall(text))
    return intents / (intents + results) if intents + results else 0.5


# -- parts inside text ------------------------------------------------------------------
#
# Many reports admit their problems and state their plans without a heading: a paragraph
# at the end of the review (同时，我们也清醒地看到…; 我们要把成绩讲够，也要把问题说透), or a
# sentence that turns to the future (下一步，…; 2022年，我们将…). Such a sentence opens the
# part it announces; what follows it in the same section belongs to that part too, until
# another such sentence. Only sentence openings count: "为下一步工作奠定基础" or "解决了一些
# 问题" inside a sentence announce nothing.

# enough on their own / only with a word for a problem in the sentence
_PROBLEM_OPENING = re.compile(r"清醒(?:地)?(?:看到|认识到)|问题说透")
_PROBLEM_TURN = re.compile(r"(?:要|应|必须)(?:清醒)?(?:地)?(?:看到|认识到)|(?:还|仍|仍然|依然)(?:存在|面临)"
                           r"|(?:^|[，,])(?:但|但是|然而)[，,]?(?:我们)?(?:的)?(?:工作中)?(?:也|还|仍)?存在")
_PROBLEM_WORDS = re.compile(r"问题|困难|挑战|不足|短板|差距|矛盾|薄弱|压力")
_PROBLEM_LEAD = re.compile(r"^(?:存在的|主要|突出)?(?:问题|不足|困难)(?:和不足|与不足|和困难|和问题)?[：:，,]|^存在(?:的)?(?:主要)?问题")
_PLAN_OPENING = re.compile(r"^(?:下一步|下步|下一阶段|今后|今后一个时期|明年|新的一年|接下来|展望\d{4}年)[，,：:]?"
                           r"(?:我们|我局|我委|我县|我市|我区|全县|全市|全区|全省)?(?:将|要|继续|计划|力争)?")
_YEAR_OPENING = re.compile(r"^(?:(?:19|20)\d{2})年[，,]?(?:是|我们|我局|我委|我县|我市|我区|全县|全市|全区|全省)?"
                           r".{0,8}?(?:将|要|计划|力争|重点|着力)")


def _unmarked(sentence: str) -> str:
    """The sentence without the list marker or dash it starts with (一是, （三）, 3., ①, ——)."""
    text = sentence.lstrip(" \t\u3000")
    if text.startswith("—"):
        return text.lstrip("—").lstrip()
    marker = match_marker(text)
    return text[marker.end:].lstrip() if marker else text


def opening_part(sentence: str, reviewed: int | None, period: str | None) -> str | None:
    """The part a sentence opens when it starts one ("problems", "plans"), else None.

    `reviewed` is the year the report's achievements are about: 2022年，我们将… opens the
    plans in a review of 2021, but 2021年，我们… in the same review does not."""
    text = _unmarked(sentence)
    head = text[:60]
    if _PROBLEM_LEAD.search(head) or _PROBLEM_OPENING.search(head) or (
            _PROBLEM_TURN.search(head) and _PROBLEM_WORDS.search(text)):
        return "problems"
    if _PLAN_OPENING.search(text):
        return "plans"
    if period == "上半年" and text.startswith("下半年"):
        return "plans"
    year = _YEAR.match(text)
    if year and reviewed is not None and int(year.group(1)) > reviewed and _YEAR_OPENING.search(text):
        return "plans"
    return None
