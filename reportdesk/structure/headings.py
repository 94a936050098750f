"""Heading detection: which markers open headings, and how they nest.

Rules, in the order they are applied to each marker found in the text:

* Kinds nest in the order the report first uses them (the stack of open headings).
  A marker of a kind already open is a sibling when its ordinal follows the open
  one (二、 after 一、); a kind not yet open starts a child list, normally at 1.
* Where a marker stands decides how much evidence it needs. At the start of a
  paragraph any marker opens a heading. Directly after a heading's title
  ("一、2021年工作总结(一)实施…") a list starting at 1 is its child. After a sentence
  end inside body text only the next sibling of an open heading counts (that is how
  headings are found in reports pasted as one line), and in the middle of a sentence
  only such a sibling of a numbered kind ("…农村体育发展2.加强群众体育工作").
* 一是/第一 points are weak: they open headings only at the start of a paragraph,
  directly under a part heading (三、2021年工作计划一是…), or when the report has no
  other structure at all (the caller retries with `inline_points`).
* A list of one-paragraph items（（一）产业升级成效显著。… （二）科技创新成果丰硕。…）ends
  with its last item's paragraph: a run of 一是 points that starts after it (after a lead
  such as 一年来，着重抓了以下工作：) is a list of the parent's, not of the last item.
* Unnumbered lines that name a part (xxxx年下半年工作思路) are top-level headings;
  unnumbered Word/Markdown headings nest by their outline level.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from reportdesk.model import Paragraph
from reportdesk.structure.markers import WEAK_KINDS, Marker, canonical, match_marker
from reportdesk.structure.part_rules import classify_part, is_appendix_line, is_part_line
from reportdesk.structure.titles import HARD_STOPS, split_title

_CANDIDATE = re.compile(r"(?=[（(][ 　]?[一二三四五六七八九十\d]|[一二三四五六七八九十百]{1,3}[ 　]*[、.．是]"
                        r"|\d{1,2}[ 　]*[、.．]|第[一二三四五六七八九十]|[①-⒛])")
_BOUNDARY_BEFORE = set(HARD_STOPS + " ")
_CLOSE_QUOTES = set("”」』\"'")
_MAX_OUTLINE_HEADING = 40
# Kinds whose next sibling is recognised even in the middle of a sentence. Not 二、 (高三、初三)
# and not the weak 二是 (…统一是…).
INLINE_KINDS = {"num", "num_paren", "cn_paren", "circled"}


@dataclass
class FlatHeading:
    """A heading found in the text, before the tree is built."""

    marker: str
    kind: str
    ordinal: int
    title: str
    depth: int
    is_part: bool = False
    body: list[str] = field(default_factory=list)
    run_in: str | None = None  # see model.Section.run_in
    printed: str = ""  # the marker as printed, before `canonical` (the format check reads it)


@dataclass
class _Open:
    kind: str
    ordinal: int
    heading: FlatHeading
    outline: int | None = None


class HeadingScanner:
    """Feed a report's paragraphs in order; read `headings` and `preamble` afterwards."""

    def __init__(self, inline_points: bool = False):
        self.inline_points = inline_points
        self.stack: list[_Open] = []
        self.headings: list[FlatHeading] = []
        self.preamble: list[str] = []

    def feed(self, paragraph: Paragraph) -> None:
        text = paragraph.text
        if paragraph.in_table:
            self._body(text)
            return
        if match_marker(text, 0) is None:
            if is_appendix_line(text):
                self._open_unnumbered("appendix", text, outline=None)
                return
            if is_part_line(text):
                self._open_unnumbered("part", text, outline=None)
                return
            if paragraph.level and len(text) <= _MAX_OUTLINE_HEADING and "。" not in text:
                self._open_unnumbered(f"outline{paragraph.level}", text, outline=paragraph.level)
                return
        self._scan(text)

    # -- scanning one paragraph ------------------------------------------------------

    def _scan(self, text: str) -> None:
        positions = [m.start() for m in _CANDIDATE.finditer(text)]
        body_from = 0
        after_title = -1
        separator = None  # set once a heading opens in this paragraph
        for k, pos in enumerate(positions):
            if pos < body_from:
                continue
            marker = match_marker(text, pos)
            if marker is None:
                continue
            context = ("para" if pos == 0 else "after_title" if pos == after_title
                       else "boundary" if _at_boundary(text, pos) else "inline")
            decision = self._decide(marker, context)
            if decision is None or (context == "inline" and _inside_quotes(text, pos)):
                continue
            self._run_on(text[body_from:pos], separator)
            stop = _next_marker(text, positions, k + 1, marker.end)
            title_end, body_start = split_title(text, marker.end, stop)
            self._open(marker, decision, text[marker.end:title_end])
            separator = text[title_end:body_start]
            body_from = after_title = body_start
        self._run_on(text[body_from:], separator)

    def _run_on(self, text: str, separator: str | None) -> None:
        """Body text that followed a heading opened in the same paragraph makes it run-in."""
        if separator is not None and text.strip() and not self.headings[-1].body:
            self.headings[-1].run_in = separator.strip() or separator[:1]
        self._body(text)

    def _decide(self, marker: Marker, context: str) -> int | None:
        """Stack index the heading replaces (a sibling), len(stack) for a child, or None."""
        kind, n = marker.kind, marker.ordinal
        index = next((i for i in range(len(self.stack) - 1, -1, -1)
                      if self.stack[i].kind == kind), None)
        if index is not None:
            previous = self.stack[index].ordinal
            if n == previous + 1:
                if context == "inline" and kind not in INLINE_KINDS:
                    return None
                return index
            if context == "para":
                return index  # a gap or a restart in numbering, still the same level
            if context == "after_title" and n == 1 and kind not in WEAK_KINDS:
                return len(self.stack)
            return None
        # a kind not open yet: a new, deeper list
        if kind in WEAK_KINDS:
            if context == "para" and n == 1:
                return len(self.stack) - 1 if self._after_paragraph_items() else len(self.stack)
            if context == "after_title" and n == 1 and self.stack and self.stack[-1].heading.is_part:
                return len(self.stack)
            if self.inline_points and n == 1 and not self.stack and context != "inline":
                return 0
            return None
        if context == "para":
            return len(self.stack)
        if n != 1:
            return None
        if context == "after_title":
            return len(self.stack)
        if context == "boundary" and not self.stack and kind in ("cn", "cn_paren", "chapter"):
            return 0
        return None

    def _after_paragraph_items(self) -> bool:
        """Whether the innermost open heading is the last of a list of one-paragraph items
        (each earlier item its run-in paragraph and nothing more) and the text since it has
        gone past its own paragraph, or that paragraph does not lead into a list (no colon)."""
        if not self.stack or self.stack[-1].heading is not self.headings[-1]:
            return False
        last = self.headings[-1]
        earlier = []
        for heading in reversed(self.headings[:-1]):
            if heading.depth < last.depth:
                break
            if heading.depth > last.depth or heading.kind != last.kind:
                return False  # an item with sub-headings, or another list: not paragraph items
            earlier.append(heading)
        if len(earlier) < 2 or not all(h.run_in and len(h.body) == 1 for h in earlier):
            return False
        return bool(last.run_in) and (len(last.body) > 1 or not last.body[-1].endswith(("：", ":")))

    # -- opening headings --------------------------------------------------------------

    def _open(self, marker: Marker, index: int, title: str) -> None:
        del self.stack[index:]
        title = title.strip()
        heading = FlatHeading(marker=canonical(marker), kind=marker.kind, ordinal=marker.ordinal,
                              title=title, depth=len(self.stack) + 1, printed=marker.text,
                              is_part=len(self.stack) == 0 and classify_part(title) is not None)
        self.stack.append(_Open(marker.kind, marker.ordinal, heading))
        self.headings.append(heading)

    def _open_unnumbered(self, kind: str, text: str, outline: int | None) -> None:
        keep = 0
        if outline is not None:
            for i, entry in enumerate(self.stack):
                if entry.outline is not None and entry.outline < outline:
                    keep = i + 1
        del self.stack[keep:]
        heading = FlatHeading(marker="", kind=kind, ordinal=0, title=text.strip(),
                              depth=len(self.stack) + 1,
                              is_part=kind in ("part", "appendix") or (keep == 0 and classify_part(text) is not None))
        self.stack.append(_Open(kind, 0, heading, outline))
        self.headings.append(heading)

    def _body(self, text: str) -> None:
        text = text.strip()
        if text:
            (self.headings[-1].body if self.headings else self.preamble).append(text)


def _at_boundary(text: str, pos: int) -> bool:
    before = text[pos - 1]
    if before in _BOUNDARY_BEFORE:
        return True
    return before in _CLOSE_QUOTES and pos >= 2 and text[pos - 2] in _BOUNDARY_BEFORE


def _inside_quotes(text: str, pos: int) -> bool:
    head = text[:pos]
    return head.count("《") > head.count("》") or head.count("“") > head.count("”")


def _next_marker(text: str, positions: list[int], k: int, after: int) -> int:
    """Where the next marker-like token starts after `after` (it ends a run-on title)."""
    for pos in positions[k:]:
        if pos > after and match_marker(text, pos) is not None:
            return pos
    return len(text)


def detect_headings(paragraphs: list[Paragraph]) -> tuple[list[str], list[FlatHeading]]:
    """Preamble paragraphs and the flat list of headings (with depths) of one report."""
    scanner = HeadingScanner()
    for paragraph in paragraphs:
        scanner.feed(paragraph)
    if not scanner.headings:
        # No numbered structure: 一是…二是… points are then the report's structure.
        scanner = HeadingScanner(inline_points=True)
        for paragraph in paragraphs:
            scanner.feed(paragraph)
    return scanner.preamble, scanner.headings
