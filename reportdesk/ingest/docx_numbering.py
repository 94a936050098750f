"""Word's automatic numbering, rendered back into the marker a reader sees.

In a file numbered by Word, "一、" is not in the text: the paragraph (or its style,
through the basedOn chain) carries w:numPr = (numId, ilvl); numbering.xml maps the
numId to an abstractNum whose level ilvl has a start value, a number format and a
text pattern such as "%1、" or "（%2）". Counters run per abstract list, and numbering
a level resets the levels below it, which is how Word counts.

Values are bounded: Word itself accepts start values up to 32767, so a list that claims
to start at 10^12 is clamped there, and a marker that would still come out long (the
letters of a high count: "zzzz…") is written in digits instead.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from lxml.etree import _Element as Element

from reportdesk.text.numerals import CIRCLED, FULLSTOP_DIGITS, PAREN_DIGITS, int_to_chinese

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_LEGAL = "零壹贰叁肆伍陆柒捌玖"
_HEAVENLY = "甲乙丙丁戊己庚辛壬癸"
_EARTHLY = "子丑寅卯辰巳午未申酉戌亥"
MAX_VALUE = 32767  # the largest start value Word accepts
MAX_MARKER = 12  # characters of one rendered number; a longer one is written in digits
MAX_LEVELS = 9
MAX_PATTERN = 40  # characters of a level's text pattern ("%1、", "第%1章"): Word's are short


def val(element: Element | None, default: str | None = None) -> str | None:
    """The w:val attribute of an element, if both exist."""
    if element is None:
        return default
    return element.get(W + "val", default)


def format_number(n: int, fmt: str) -> str:
    """One counter value in one of Word's number formats (numFmt), at most MAX_MARKER characters."""
    n = max(0, min(n, MAX_VALUE))
    text = _format(n, fmt)
    return text if len(text) <= MAX_MARKER else str(n)


def _format(n: int, fmt: str) -> str:
    if fmt in ("chineseCounting", "chineseCountingThousand", "japaneseCounting",
               "taiwaneseCounting", "taiwaneseCountingThousand", "koreanCounting"):
        return int_to_chinese(n)
    if fmt == "chineseLegalSimplified":
        return "".join(_LEGAL[int(d)] for d in str(n)) if n < 10 else int_to_chinese(n)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese"):
        return CIRCLED[n - 1] if 1 <= n <= len(CIRCLED) else str(n)
    if fmt == "decimalEnclosedParen":
        return PAREN_DIGITS[n - 1] if 1 <= n <= len(PAREN_DIGITS) else f"({n})"
    if fmt == "decimalEnclosedFullstop":
        return FULLSTOP_DIGITS[n - 1] if 1 <= n <= len(FULLSTOP_DIGITS) else f"{n}."
    if fmt == "decimalFullWidth" or fmt == "decimalFullWidth2":
        return "".join(chr(ord(d) - ord("0") + ord("０")) for d in str(n))
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "ideographTraditional":
        return _HEAVENLY[(n - 1) % 10]
    if fmt == "ideographZodiac":
        return _EARTHLY[(n - 1) % 12]
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(n)
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt in ("none", "bullet"):
        return ""
    return str(n)


def _roman(n: int) -> str:
    out = []
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"),
                           (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"),
                           (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


@dataclass
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = ""
    style_id: str | None = None
    legal: bool = False


@dataclass
class Numbering:
    """The numbering definitions of one document and the running counters."""

    abstract: dict[str, dict[int, _Level]] = field(default_factory=dict)
    nums: dict[str, str] = field(default_factory=dict)  # numId -> abstractNumId
    overrides: dict[str, dict[int, int]] = field(default_factory=dict)  # numId -> ilvl -> start
    counters: dict[str, dict[int, int]] = field(default_factory=dict)
    _started: set[str] = field(default_factory=set)

    @classmethod
    def from_xml(cls, root: Element | None) -> "Numbering":
        numbering = cls()
        if root is None:
            return numbering
        for abstract in root.iter(W + "abstractNum"):
            levels: dict[int, _Level] = {}
            for lvl in abstract.iter(W + "lvl"):
                ilvl = _int(lvl.get(W + "ilvl"), 0)
                if 0 <= ilvl < MAX_LEVELS:
                    levels[ilvl] = _parse_level(lvl)
            numbering.abstract[abstract.get(W + "abstractNumId", "")] = levels
        for num in root.iter(W + "num"):
            num_id = num.get(W + "numId", "")
            numbering.nums[num_id] = val(num.find(W + "abstractNumId"), "") or ""
            for override in num.iter(W + "lvlOverride"):
                ilvl = _int(override.get(W + "ilvl"), 0)
                start = override.find(W + "startOverride")
                if start is not None:
                    numbering.overrides.setdefault(num_id, {})[ilvl] = _clamp(_int(val(start), 1))
                lvl = override.find(W + "lvl")
                if lvl is not None:  # a level redefined for this num only
                    abstract_id = f"num{num_id}"
                    base = dict(numbering.abstract.get(numbering.nums[num_id], {}))
                    base[ilvl] = _parse_level(lvl)
                    numbering.abstract[abstract_id] = base
                    numbering.nums[num_id] = abstract_id
        return numbering

    def level_for_style(self, num_id: str, style_id: str) -> int | None:
        """The level of a list that names this style (style-linked numbering)."""
        for ilvl, level in self.abstract.get(self.nums.get(num_id, ""), {}).items():
            if level.style_id == style_id:
                return ilvl
        return None

    def next_marker(self, num_id: str, ilvl: int) -> str:
        """Advance the counter of (num_id, ilvl) and return the rendered marker."""
        abstract_id = self.nums.get(num_id)
        levels = self.abstract.get(abstract_id or "")
        if not levels or ilvl not in levels:
            return ""
        counters = self.counters.setdefault(abstract_id, {})
        if num_id not in self._started:
            self._started.add(num_id)
            for level, start in self.overrides.get(num_id, {}).items():
                counters[level] = start - 1
        level = levels[ilvl]
        counters[ilvl] = min(counters.get(ilvl, level.start - 1) + 1, MAX_VALUE)
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if level.fmt == "bullet" or not level.text:
            return ""
        text = level.text
        for k in range(9):
            token = f"%{k + 1}"
            if token in text:
                lv = levels.get(k, _Level())
                value = counters.get(k, lv.start)
                fmt = "decimal" if (level.legal and k != ilvl) else lv.fmt
                text = text.replace(token, format_number(value, fmt))
        return text


def _parse_level(lvl: Element) -> _Level:
    return _Level(
        start=_clamp(_int(val(lvl.find(W + "start")), 1)),
        fmt=val(lvl.find(W + "numFmt"), "decimal") or "decimal",
        text=(val(lvl.find(W + "lvlText"), "") or "")[:MAX_PATTERN],
        style_id=val(lvl.find(W + "pStyle")),
        legal=lvl.find(W + "isLgl") is not None,
    )


def _clamp(value: int) -> int:
    return max(0, min(value, MAX_VALUE))


def _int(text: str | None, default: int) -> int:
    try:
        return int(text) if text is not None else default
    except ValueError:
        return default
