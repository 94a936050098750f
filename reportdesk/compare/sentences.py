"""Sentences of a report and their forms: the unit that copy detection compares.

A sentence ends at 。！？； or a line break (headings are split the same way). Its *form* is what
is left once everything a copier changes cheaply is taken out: spaces and punctuation,
的 and 了, numbers (masked as #, so 682人 and 700人 agree, and so do 2021年 and xxxx年) and
known place names (masked as @, so 溆浦县 and 泸溪县 agree). Two sentences with the same
form are the same sentence with other numbers or another county's name.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator

from reportdesk import resources
from reportdesk.model import ReportRef, count_chars, keyed_sections
from reportdesk.structure.markers import match_marker
from reportdesk.structure.places import ETHNIC_SUFFIXES, SUFFIXES, TOWN_SUFFIXES

NUMBER = "#"
PLACE = "@"
_DIGITS = r"\d+(?:[.,，]\d+)*"
_MASKED = r"(?<![A-Za-z])[xX×＊*]{1,8}(?![A-Za-z])"  # xx人, xxxx年: numbers the writer hid
# Chinese numerals count as numbers before a measure word (三所, 十余场), not in 十四五 or 二十大.
_CHINESE = r"[零〇一二三四五六七八九十百千两]+(?=[余多]?[万亿]?(?:所|场|次|人|项|批|期|家|间|台|套|届|个|名|支|条|件|篇|节|类))"
_DROP = r"[\W_的了]+"  # \W: punctuation and spaces of every script
_FIRSTS = r"\W\d_的了xX×＊*零〇一二三四五六七八九十百千两"
_GENERIC = f"(?P<num>{_DIGITS}|{_MASKED}|{_CHINESE})|(?P<drop>{_DROP})"
_SUFFIXES = sorted(SUFFIXES + ETHNIC_SUFFIXES + TOWN_SUFFIXES, key=len, reverse=True)  # longest first


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a report and where it is. It keeps the text it stands in (the heading,
    the body or the preamble, shared with the report) rather than a copy of itself: a batch of
    2,000 files has half a million sentences."""

    report_id: str
    key: str | None  # the section it is in (model.keyed_sections), None in the report's preamble
    heading: bool  # it is the section's heading, not a sentence of its body
    start: int  # offsets in the heading, the body or the preamble
    end: int
    source: str  # the heading, the body or the preamble
    formulas: tuple[tuple[int, int], ...] = ()  # standard formulas inside, offsets in `text`
    chars: int = -1  # characters as a reader counts them, white space not: see count_chars

    def __post_init__(self):
        if self.chars < 0:
            object.__setattr__(self, "chars", count_chars(self.text))

    @property
    def text(self) -> str:
        return self.source[self.start:self.end]


def report_texts(ref: ReportRef) -> Iterator[tuple[str | None, bool, str]]:
    """(section key, is heading, text) of everything a report says, in reading order."""
    if ref.report.preamble:
        yield None, False, ref.report.preamble
    for key, section in keyed_sections(ref.id, ref.report.sections):
        if section.heading.strip():
            yield key, True, section.heading
        if section.body:
            yield key, False, section.body


def place_names(regions: Iterable[str | None]) -> tuple[str, ...]:
    """The names to mask: the bundled list (provinces) and the loaded reports' regions, each
    also without its suffix (溆浦县 → 溆浦), longest first so that 溆浦县 wins over 溆浦."""
    names = set(bundled_places())
    for region in regions:
        if region:
            names.add(region)
            names.update(_stems(region))
    return tuple(sorted((n for n in names if len(n) >= 2), key=lambda n: (-len(n), n)))


def _stems(name: str) -> set[str]:
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return {name[:-len(suffix)]}
    return set()


@lru_cache(maxsize=1)
def bundled_places() -> tuple[str, ...]:
    """Provinces and their short names, from resources/boilerplate/places.txt."""
    names = set()
    for line in resources.path("boilerplate/places.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            names.add(line)
            names.update(_stems(line))
    return tuple(sorted(names))


class Normaliser:
    """Turns text into forms; knows the place names of the set of reports it serves."""

    def __init__(self, places: Iterable[str] = ()):
        places = sorted(set(places), key=lambda n: (-len(n), n))
        place = "|".join(re.escape(p) for p in places)
        # Most characters are kept as they are: a look-ahead at the first character lets the
        # engine pass them by without trying every place name.
        firsts = "".join(sorted({re.escape(p[0]) for p in places}))
        pattern = f"(?P<place>{place})|{_GENERIC}" if place else _GENERIC
        self._pattern = re.compile(f"(?=[{firsts}{_FIRSTS}])(?:{pattern})")

    def form(self, text: str) -> str:
        """The text with places as @, numbers as #, and spaces, punctuation, 的 and 了 gone."""
        return self._pattern.sub(_replace, _unmarked(text)).lower()


def _unmarked(text: str) -> str:
    """The text without the list marker it starts with (一是, （三）, 3., ①): layout, not
    content: spinners renumber."""
    body = text.lstrip(" \t\u3000")
    marker = match_marker(body)
    return body[marker.end:] if marker else text


def _replace(m: re.Match) -> str:
    return NUMBER if m.lastgroup == "num" else PLACE if m.lastgroup == "place" else ""

