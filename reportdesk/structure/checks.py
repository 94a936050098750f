"""格式校对: what a receiving office checks in a report's headings before it accepts it.

Each rule reads the section tree as the heading scanner built it (`Section.kind`, `ordinal`,
`printed`) and says what is wrong in one sentence a clerk can send back to the unit:

* numbering — siblings of one list skipped (一、二、四、), repeated (（一）（一）) or out of
  order, or a list that does not start at 1;
* style — a level's marker changed midway: （一）（二） then "3." (the scanner files "3." under
  （二）, a list of another kind starting at 3 where its parent's number would be 3), or the
  same level marked （一） under 一、 and "1." under 二、;
* width — half-width and full-width brackets or punctuation mixed: inside one marker
  （一), between markers of a kind (（一） and (二), 一、 and 二.), and half-width ,;:?!()
  next to Chinese characters in a heading;
* level — a level used where its parent level is missing: "1." directly under 二、 in a
  report that elsewhere puts "1." under （一）;
* year — the title's year against the year the text reviews (标题2021年，正文回顾2022年);
* empty — a heading with nothing under it (二、存在问题 and then 三、下一步打算).

Only the report's own habits count as the standard where documents differ legitimately
(half-width brackets throughout, "1." straight under 一、): a finding is always a departure
from what the same report does elsewhere, or from counting.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from reportdesk.model import Report, Section, section_paths
from reportdesk.structure.part_rules import classify_part
from reportdesk.text.numerals import CIRCLED, int_to_chinese
from reportdesk.text.sentences import STOPS

RULES = {"numbering": "编号", "style": "编号样式", "width": "全半角", "level": "层级", "year": "年份",
         "empty": "空标题"}
# kinds that form the official hierarchy 一、（一）1.（1）①, and the run-in points 一是 / 第一，
FORMAL = ("chapter", "cn", "cn_paren", "num", "num_paren", "circled")
NUMBERED = FORMAL + ("shi", "di")
_HALF_NEAR_CJK = re.compile(r"(?<=[\u4e00-\u9fff])[,;:?!()]|[,;:?!()](?=[\u4e00-\u9fff])")
_FULL_FOR = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
_HALF = {"（": "(", "）": ")", "．": ".", "，": ","}
_FULL = {"(": "（", ")": "）", ".": "．", ",": "，"}
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年(?!代)")
_OPENING_YEAR = re.compile(r"^\s*((?:19|20)\d{2})\s*年(?:度)?(?:[，,]|是|我|全[县市区省旗州]|本[县市区])")
MAX_TITLE = 24  # characters of a heading quoted in a sentence


@dataclass(frozen=True)
class Finding:
    """One thing wrong in a report's headings: where (the section's position path, "" for the
    report as a whole) and what, in one sentence."""

    rule: str  # a RULES key
    section: str  # position path ("2.3"), or "" for the title
    place: str  # the heading as printed (shortened), or 标题
    message: str


def check_report(report: Report) -> tuple[Finding, ...]:
    """Every finding of the format check on one report, in reading order."""
    entries = list(section_paths(report.sections))
    parents = _parents(entries)
    findings = [*_numbering(report, entries, parents), *_levels(entries, parents), *_widths(entries),
                *_empty(entries), *_year(report, entries)]
    order = {path: k for k, (path, _) in enumerate(entries)}
    return tuple(sorted(findings, key=lambda f: (order.get(f.section, -1), list(RULES).index(f.rule))))


def heading_of(section: Section) -> str:
    """The heading as the report prints it, shortened to be quoted in a sentence."""
    text = (section.printed or section.marker) + section.title
    return text if len(text) <= MAX_TITLE else text[:MAX_TITLE - 1] + "…"


# -- numbering and style --------------------------------------------------------------------

def _parents(entries) -> dict[str, Section | None]:
    sections = dict(entries)
    return {path: sections.get(path.rsplit(".", 1)[0]) if "." in path else None for path, _ in entries}


def _siblings(entries) -> dict[str, list[tuple[str, Section]]]:
    """The sections of each list: keyed by their parent's path ("" for the top level)."""
    lists: dict[str, list[tuple[str, Section]]] = {}
    for path, section in entries:
        lists.setdefault(path.rsplit(".", 1)[0] if "." in path else "", []).append((path, section))
    return lists


def _numbering(report: Report, entries, parents) -> list[Finding]:
    findings = []
    for members in _siblings(entries).values():
        last: dict[str, Section] = {}  # kind -> the last sibling of that kind
        for path, section in members:
            if section.kind not in NUMBERED or not section.ordinal:
                continue
            before = last.get(section.kind)
            last[section.kind] = section
            n, heading = section.ordinal, f"“{heading_of(section)}”"
            if before is None:
                parent = parents[path]
                if n == 1:
                    continue
                if parent is not None and parent.kind in NUMBERED and parent.kind != section.kind \
                        and parent.ordinal == n - 1 >= 2:
                    findings.append(Finding("style", path, heading_of(section),
                                            f"{heading}接在“{heading_of(parent)}”之后，编号样式却由“{_plain(parent)}”"
                                            f"改成了“{_plain(section)}”，应为“{_marker_for(parent, n)}”。"))
                else:
                    findings.append(Finding("numbering", path, heading_of(section),
                                            f"{heading}是这一级的第一个标题，编号却从{n}开始，"
                                            f"缺少“{_marker_for(section, 1)}”。"))
                continue
            m = before.ordinal
            if n == m + 1 or (n > m + 1 and all(_printed_in(before, section, k) for k in range(m + 1, n))) \
                    or (n == 1 and _titled_line_in(before)):
                continue
            if n == m:
                message = f"{heading}与前一个标题编号重复，都是“{_plain(section)}”。"
                rule = "numbering"
            elif n > m + 1:
                gap = "、".join(f"“{_marker_for(section, k)}”" for k in range(m + 1, min(n, m + 4)))
                message = f"{heading}的编号跳过了{gap}{'等' if n - m > 4 else ''}（前一个是“{_plain(before)}”）。"
                rule = "numbering"
            else:
                message = f"{heading}排在“{_plain(before)}”之后，编号顺序颠倒。"
                rule = "numbering"
            findings.append(Finding(rule, path, heading_of(section), message))
    findings += _mixed_levels(entries, parents)
    return findings


def _printed_in(before: Section, like: Section, n: int) -> bool:
    """The marker numbered `n` opens a line of the previous sibling's text: the heading is
    there (3．10种有色金属, 14.2025年民生实事: a number right after the marker kept the scanner
    from taking it for one), so nothing was skipped."""
    marker = _marker_for(like, n)
    pattern = re.compile("^" + "".join(f"[{c}{_HALF.get(c, '')}{_FULL.get(c, '')}]" if not c.isdigit() else c
                                       for c in marker))
    return any(pattern.match(line.strip()) for line in _lines(before))


def _titled_line_in(before: Section) -> bool:
    """A short line without a sentence's punctuation in the previous sibling's text: an
    unnumbered heading (加强政府自身建设) the numbering restarts under."""
    return any(4 <= len(line.strip()) <= 20 and not re.search(rf"[{STOPS}，,]", line) for line in _lines(before))


def _lines(section: Section) -> list[str]:
    last = section
    while last.children:
        last = last.children[-1]
    return [line for s in dict.fromkeys((section, last)) for line in s.body.split("\n") if line.strip()]


def _mixed_levels(entries, parents) -> list[Finding]:
    """The same level marked differently under different parents of one kind: （一） under
    一、 but "1." under 二、 (checked for the official kinds only)."""
    usual: dict[str, Counter] = {}
    for path, section in entries:
        parent = parents[path]
        if parent is not None and parent.kind in FORMAL and section.kind in FORMAL:
            usual.setdefault(parent.kind, Counter())[section.kind] += 1
    findings = []
    for path, section in entries:
        parent = parents[path]
        if parent is None or parent.kind not in FORMAL or section.kind not in FORMAL or section.ordinal != 1:
            continue
        counts = usual[parent.kind]
        main, seen = counts.most_common(1)[0]
        if section.kind != main and seen >= 2 * counts[section.kind] and seen >= 3 \
                and _rank(section.kind) > _rank(main):
            example = next(s for p, s in entries if parents[p] is not None and parents[p].kind == parent.kind
                           and s.kind == main)
            findings.append(Finding("style", path, heading_of(section),
                                    f"“{heading_of(parent)}”下的标题用“{_plain(section)}”编号，其他同级标题"
                                    f"用“{_plain(example)}”，同一级标题的编号样式应一致。"))
    return findings


def _levels(entries, parents) -> list[Finding]:
    """A level used where its parent level is missing, judged by where the report puts that
    level elsewhere: "1." usually under （一）, here straight under 二、."""
    above: dict[str, Counter] = {}
    for path, section in entries:
        parent = parents[path]
        if section.kind in FORMAL:
            above.setdefault(section.kind, Counter())[parent.kind if parent is not None else ""] += 1
    findings = []
    for path, section in entries:
        if section.kind not in FORMAL or section.ordinal != 1:
            continue
        parent = parents[path]
        here = parent.kind if parent is not None else ""
        usual, seen = above[section.kind].most_common(1)[0]
        if usual == here or usual not in FORMAL or seen < 2 * above[section.kind][here] or seen < 2:
            continue
        grand = above.get(usual, Counter()).most_common(1)
        if not grand or grand[0][0] != here:
            continue  # not one level skipped: the tree is odd in some other way
        example = next(s for s in (s for _, s in entries) if s.kind == usual)
        where = f"直接放在“{heading_of(parent)}”下" if parent is not None else "放在最上一级"
        findings.append(Finding("level", path, heading_of(section),
                                f"“{_plain(section)}”级标题{where}，缺少中间的“{_plain(example)}”级标题"
                                f"（本文其他地方“{_plain(section)}”都在“{_plain(example)}”之下）。"))
    return findings


def _rank(kind: str) -> int:
    return FORMAL.index(kind) if kind in FORMAL else len(FORMAL)


# -- full-width and half-width ---------------------------------------------------------------

def _widths(entries) -> list[Finding]:
    """Markers of a kind printed two ways, and half-width punctuation in heading titles. A
    habit that runs through a report is one finding at its first heading, with the count."""
    findings = []
    styles: dict[str, Counter] = {}
    for _, section in entries:
        if section.kind in FORMAL:
            styles.setdefault(section.kind, Counter())[_style(section)] += 1
    odd: dict[tuple[str, str], list[tuple[str, Section]]] = {}
    half: dict[str, list[tuple[str, Section]]] = {}
    for path, section in entries:
        printed = _plain(section)
        if section.kind in ("cn_paren", "num_paren") and printed[:1] in "（(" \
                and (printed[:1] == "（") != (printed.rstrip("、.．")[-1:] == "）"):
            findings.append(Finding("width", path, heading_of(section),
                                    f"“{heading_of(section)}”的编号括号一半全角一半半角，"
                                    f"应统一为“{_full_width(printed)}”。"))
        elif section.kind in FORMAL and len(styles[section.kind]) > 1:
            main, seen = styles[section.kind].most_common(1)[0]
            mine = _style(section)
            if mine != main and seen > styles[section.kind][mine]:
                odd.setdefault((section.kind, mine), []).append((path, section))
        for mark in sorted(set(_HALF_NEAR_CJK.findall(section.title))):
            half.setdefault(mark, []).append((path, section))
    for (kind, mine), places in odd.items():
        main = styles[kind].most_common(1)[0][0]
        example = next(s for _, s in entries if s.kind == kind and _style(s) == main)
        path, first = places[0]
        findings.append(Finding("width", path, heading_of(first),
                                f"{_these(places)}的编号写作“{_plain(first)}”，本文其他同级标题写作"
                                f"“{_plain(example)}”，全角半角或标点不一致。"))
    for mark, places in half.items():
        path, first = places[0]
        findings.append(Finding("width", path, heading_of(first),
                                f"{_these(places)}的标题文字中用了半角标点“{mark}”，应为全角“{_FULL_FOR[mark]}”。"))
    return findings


def _these(places: list[tuple[str, Section]]) -> str:
    first = f"“{heading_of(places[0][1])}”"
    return first if len(places) == 1 else f"{first}等{len(places)}个标题"


def _style(section: Section) -> str:
    """How a marker is printed, its number left out: "（#）", "(#)", "#、", "#.", "#．"."""
    return re.sub(r"[一二三四五六七八九十百〇零两]+|\d+|[①-⑳]", "#", _plain(section))


def _full_width(printed: str) -> str:
    return "".join(_FULL.get(c, c) if c in "()" else c for c in printed)


# -- empty headings, the year -----------------------------------------------------------------

def _empty(entries) -> list[Finding]:
    """A part heading with nothing under it, or a heading whose siblings have text and it has
    none. A list of one-line items (1、学前教育用地保障受限…) is not a list of empty headings."""
    findings = []
    lists = _siblings(entries)
    for path, section in entries:
        if _has_text(section) or section.kind == "appendix" or section.run_in is not None:
            continue
        part = classify_part(section.title)
        siblings = [s for _, s in lists[path.rsplit(".", 1)[0] if "." in path else ""]]
        if not (section.is_part or part in ("problems", "plans")) and (
                sum(map(_has_text, siblings)) * 2 <= len(siblings) or section.title.endswith(("。", "；"))):
            continue
        what = {"problems": "存在的问题", "plans": "下一步的打算"}.get(part or "", "")
        findings.append(Finding("empty", path, heading_of(section),
                                f"“{heading_of(section)}”下面没有内容" + (f"，没有写{what}" if what else "") + "。"))
    return findings


def _has_text(section: Section) -> bool:
    return bool(section.body.strip() or section.children)


def _year(report: Report, entries) -> list[Finding]:
    """The year the title names against the year the text reviews: a review heading with a
    year (一、2022年工作回顾), or an opening that starts with one (2022年，我局…)."""
    years = [int(y) for y in _YEAR.findall(report.title)]
    if not years:
        return []
    titled = min(years)
    expected = {titled - 1} if "政府工作报告" in report.title else set(years)
    evidence = None
    for path, section in entries:
        if "." not in path and classify_part(section.title) == "achievements":
            named = [int(y) for y in _YEAR.findall(section.title)]
            if named:
                evidence = (min(named), f"“{heading_of(section)}”")
            break
    if evidence is None:
        opening = _OPENING_YEAR.match(report.preamble)
        if opening:
            evidence = (int(opening.group(1)), "开头“" + report.preamble[:opening.end()].strip() + "…”")
    if evidence is None or evidence[0] in expected:
        return []
    year, where = evidence
    return [Finding("year", "", "标题", f"标题写的是{titled}年（“{report.title}”），正文回顾的却是{year}年的工作"
                                       f"（{where}），请核对标题年份。")]


# -- markers as text ------------------------------------------------------------------------

def _plain(section: Section) -> str:
    return (section.printed or section.marker).replace(" ", "").replace("　", "")


def _marker_for(like: Section, n: int) -> str:
    """The marker numbered `n` in the style of `like`'s: （三） for （一）, 3. for 1."""
    printed = _plain(like)
    if like.kind == "circled":
        return CIRCLED[n - 1] if 0 < n <= len(CIRCLED) else f"({n})"
    if like.kind in ("num", "num_paren"):
        return re.sub(r"\d+", str(n), printed, count=1)
    return re.sub(r"[一二三四五六七八九十百〇零两]+", int_to_chinese(n), printed, count=1)
