"""Where a heading's title ends and its body begins.

On its own line a heading is the whole line. When it runs on into the body (whole
reports pasted as one line, or "（一）标题。正文…" paragraphs) the title ends at the
first of: a sentence end (。！？；：), a space, the next marker. If what precedes that
stop is longer than a heading usually is, the title is cut at a clause boundary: a
heading has one or two short clauses ("强党建促作风，组织建设有提升"), and where it runs
straight into the body with no punctuation at all, the body is recognised by how
Chinese body sentences open (按照…, 认真…, 紧紧围绕…) and how heading clauses close
(…有提升, …落到实处, …显著提高).
"""
from __future__ import annotations

import re

from reportdesk.text.sentences import STOPS

MAX_TITLE = 32  # a run-on span up to this many characters is taken whole as the title
MAX_CLAUSE = 18
MAX_LINE_TITLE = 60  # a heading alone on its line is taken whole up to this length  # a second clause longer than this is body, not heading
HARD_STOPS = STOPS
# Words that open body sentences and almost never sit inside a heading clause.
BODY_OPENERS = (
    "按照", "根据", "依据", "紧紧围绕", "紧扣", "围绕", "认真", "深入贯彻", "深入学习", "千方百计",
    "始终", "一年来", "今年以来", "近年来", "本年度", "截至", "截止", "为了", "为进一步", "通过",
    "组织开展", "坚持以", "以习近平", "在县委", "在市委", "在区委", "全年", "目前", "去年",
    "我局", "我县", "我市", "我区", "我们", "经", "其中", "同时", "此外", "对照", "针对",
    "结合", "聚焦", "牢固树立", "不断完善", "进一步",
)
# Openers so typical of body text that a clause starting with one is never part of a title.
STRONG_OPENERS = ("按照", "根据", "依据", "紧紧围绕", "紧扣", "截至", "截止", "今年以来", "一年来",
                  "近年来", "本年度", "为了", "为进一步", "通过", "其中", "同时", "此外", "目前")
# Endings of heading clauses: results and directions (…有提升, …显著提高, …落到实处).
TITLE_ENDINGS = (
    "提升", "提高", "加强", "增强", "改善", "发展", "实处", "品牌", "环境", "配置", "队伍",
    "成效", "稳定", "保障", "落实", "推进", "巩固", "完善", "优化", "突破", "深化", "台阶",
    "夯实", "彰显", "新高", "亮点纷呈", "行稳致远", "作用",
    "能力", "水平", "质量", "体系", "机制", "建设", "工作", "任务", "目标", "作风", "动力",
    "活力", "实力", "合力", "内力", "推力", "阻力", "底线", "防线", "阵地", "基础", "短板",
)
_YEAR_START = re.compile(r"^(?:\d{4}|[xX×＊*]{2,4})年")
_CLAUSE = re.compile(r"[，,、]")
# A number with a measure word (312人, 5个, 2.3亿元, 99%) is a fact, and facts are body text.
_COUNT = re.compile(r"\d+(?:\.\d+)?\s*(?:余|多)?(?:人次|人|名|所|个|项|次|场|间|套|台|节|篇|份|批|辆|张|块|万|亿|元|%|％|平方米|亩)")


def split_title(text: str, start: int, stop: int) -> tuple[int, int]:
    """(title end, body start) for a heading whose title starts at text[start].

    `stop` is where the next marker-like token begins (or the end of the text).
    """
    end = start
    while end < stop and text[end] not in HARD_STOPS and not _is_space_break(text, start, end):
        end += 1
    title_end = _trim(text, start, end)
    span = text[start:title_end]
    whole_line = end == len(text) and len(span) <= MAX_LINE_TITLE
    if not whole_line and (len(span) > MAX_TITLE or _has_strong_opener(span)):
        title_end = start + _cut_long(span)
    body = title_end
    while body < len(text) and (text[body] in HARD_STOPS or text[body].isspace()
                                or text[body] in "，,"):
        body += 1
    return title_end, body


def _is_space_break(text: str, start: int, end: int) -> bool:
    """A space after a few characters ends a title (headings are not spaced inside)."""
    return text[end] == " " and end - start >= 4


def _trim(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " ，,、":
        end -= 1
    return end


def _has_strong_opener(span: str) -> bool:
    """A clause after the first reads like body text (…，紧紧围绕…; …，交流教师312人):
    the span is not all title."""
    for match in _CLAUSE.finditer(span):
        rest = span[match.end():]
        if rest.startswith(STRONG_OPENERS) or _YEAR_START.match(rest) or _COUNT.search(rest):
            return True
    return False


def _cut_long(span: str) -> int:
    """Length of the title inside an over-long span (see the module docstring)."""
    clauses = [(m.start(), m.end()) for m in _CLAUSE.finditer(span)]
    first_end = clauses[0][0] if clauses else len(span)
    if first_end > MAX_TITLE:
        cut = body_start_in(span, 4, min(len(span), MAX_TITLE + 8))
        return cut if cut else MAX_TITLE
    second_start = clauses[0][1]
    second_end = clauses[1][0] if len(clauses) > 1 else len(span)
    second = span[second_start:second_end]
    if second.startswith(BODY_OPENERS) or _YEAR_START.match(second) or _COUNT.search(second):
        return first_end
    if len(clauses) > 1 and span[clauses[1][1]:].startswith(STRONG_OPENERS) and len(span) <= MAX_TITLE:
        return second_end
    cut = body_start_in(span, second_start + 4, second_end)
    if cut:
        return cut
    # Without a visible start of the body, a second clause belongs to the title only when
    # it mirrors the first (把准方向方位，党的领导增动力), as heading clauses do.
    parallel = abs(len(second) - first_end) <= 3
    if parallel and len(second) <= MAX_CLAUSE and not any(c in second for c in "“”\"《》0123456789"):
        return second_end
    return first_end


def body_start_in(span: str, lo: int, hi: int) -> int | None:
    """The first position in span[lo:hi] where a body sentence plausibly begins."""
    weak = None
    for p in range(lo, hi):
        rest = span[p:]
        opens = rest.startswith(BODY_OPENERS) or _YEAR_START.match(rest) is not None
        closes = span[:p].endswith(TITLE_ENDINGS)
        if opens and closes:
            return p
        if opens and weak is None:
            weak = p
        if closes and weak is None:
            weak = p
    return weak
