"""Copied and shared text across a set of reports, sentence by sentence.

Every sentence of every report is put in one of four classes:

* boilerplate (套话): a standard formula from the bundled list (formulas.py), or a sentence
  so widely shared that it says nothing about who copied whom: used by a third or more of
  the regions (at least three), or by more than `few` reports, or shared only in phrases
  that a third of the regions write (stock.py);
* reused: the same region's earlier report (an earlier year, or 上半年 before 全年) has it;
* copied: one to `few` other reports have it, near-verbatim (numbers, place names, 的/了 and
  light rewording allowed); who copied whom is unknown unless the reports' dates say it,
  and then the earlier report's sentence counts as its own;
* own: everything else, short sentences and headings included (a heading is never compared:
  reports of one kind share their outline, 一、2024年工作回顾).

Sentences are matched by form (sentences.py) and grouped into families of near-duplicates
(neardup.py); a family's reach decides whether it is boilerplate, and within a family
every two reports' sentences are compared directly, so a chain of small edits never links
two sentences that are not alike themselves.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cached_property
from itertools import combinations
from typing import Sequence

from reportdesk.compare.formulas import FormulaFinder, bundled_formulas
from reportdesk.compare.neardup import similar_pairs, similarity
from reportdesk.compare.sentence_table import KINDS, Finding, SentenceTable
from reportdesk.compare.stock import beyond_stock, stock_phrases
from reportdesk.compare.sentences import Normaliser, Sentence, place_names, report_texts
from reportdesk.model import Alignment, ReportRef, count_chars
from reportdesk.text.sentences import split_sentences

EXTEND_THRESHOLD = 0.6  # a neighbour of a copied sentence needs less to count as copied too
EXTEND_MIN_CHARS = 6


@dataclass(frozen=True)
class CopyOptions:
    min_chars: int = 12  # sentences whose form is shorter are not compared (一是加强党建)
    threshold: float = 0.8  # Indel similarity of two forms that makes them the same sentence
    share: float = 1 / 3  # a family used by this share of the regions is boilerplate...
    few: int = 8  # ...and so is one used by more reports than this
    formulas: tuple[str, ...] | None = None  # None: the bundled list


@dataclass(frozen=True, slots=True)
class Passage:
    """The same sentence in two reports."""

    a: Sentence
    b: Sentence
    similarity: float


@dataclass(frozen=True)
class PairCopies:
    """What two reports share beyond boilerplate; a comes first in the loaded order."""

    a: str
    b: str
    kind: str  # "copied", or "reused" (the same region, one report earlier)
    earlier: str | None  # the report the dates say came first, else None
    passages: tuple[Passage, ...]
    a_chars: int  # characters of a's sentences in the passages
    b_chars: int


@dataclass(frozen=True, slots=True)
class ReportShares:
    """How a report's characters divide into the classes; `sources` are (report id,
    characters of this report copied from or shared with it), most first."""

    report_id: str
    chars: int
    boilerplate: int
    reused: int
    copied: int
    sources: tuple[tuple[str, int], ...] = ()

    @property
    def own(self) -> int:
        return self.chars - self.boilerplate - self.reused - self.copied

    def share(self, kind: str) -> float:
        """A class's share of the report's characters, 0..1."""
        value = self.own if kind == "own" else getattr(self, kind)
        return value / self.chars if self.chars else 0.0


@dataclass(frozen=True)
class CopyReport:
    reports: tuple[ReportRef, ...]
    table: SentenceTable  # every sentence of every report, reports in order, with its class
    shares: tuple[ReportShares, ...]  # same order as reports
    pairs: tuple[PairCopies, ...]  # most copied first
    options: CopyOptions

    @property
    def findings(self) -> list[Finding]:
        """Every sentence of every report with its class (made on request: half a million
        objects for 2,000 files; the window asks per report or per section)."""
        return [f for ref in self.reports for f in self.findings_of(ref.id)]

    def report_shares(self, report_id: str) -> ReportShares | None:
        return self._shares_by_id.get(report_id)

    @cached_property
    def _shares_by_id(self) -> dict[str, ReportShares]:
        return {s.report_id: s for s in self.shares}

    def pair(self, a: str, b: str) -> PairCopies | None:
        return next((p for p in self.pairs if {p.a, p.b} == {a, b}), None)

    def findings_of(self, report_id: str) -> list[Finding]:
        """A report's sentences with their classes, in reading order."""
        return self.table.findings(self.table.span_of(report_id))

    def findings_in(self, key: str) -> list[Finding]:
        """The sentences of one section's own heading and body, in reading order (a report's
        preamble: `findings_of` with key None)."""
        return self.table.findings(self.table.span_in(key)) if key is not None else []

    def indexed(self) -> "CopyReport":
        """Build the lookup indexes now (the value is frozen, so they never go stale): in the
        background job that found the copies, rather than on the window's first paint."""
        _ = (self._shares_by_id, self._sources)  # each computed and kept
        return self

    def shared_share(self, a: str, b: str) -> float:
        """Share of a's characters copied from, or shared with, b (the heat map's cell)."""
        shares = self.report_shares(a)
        chars = self._sources[a].get(b, 0) if shares else 0
        return chars / shares.chars if shares and shares.chars else 0.0

    @cached_property
    def _sources(self) -> dict[str, dict[str, int]]:
        return {s.report_id: dict(s.sources) for s in self.shares}


def find_copies(reports: Alignment | Sequence[ReportRef], options: CopyOptions | None = None,
                progress=None) -> CopyReport:
    """Classify every sentence of the reports; shares per report and passages per pair.

    `progress` (jobs.Progress) is stepped per report while sentences are read; once it is
    cancelled the rest is skipped and the partial result should be thrown away."""
    options = options or CopyOptions()
    refs = tuple(reports.reports if isinstance(reports, Alignment) else reports)
    normaliser = Normaliser(place_names(r.report.region for r in refs))
    finder = FormulaFinder(options.formulas if options.formulas is not None else bundled_formulas(), normaliser)
    table, forms, whole = _all_sentences(refs, normaliser, finder, progress)
    families = _families(forms, options, table.heading)
    by_id = {r.id: r for r in refs}
    regions = [_region_key(r) for r in refs]
    wide = max(3, math.ceil(options.share * len(set(regions))))
    matches: dict[tuple[int, int], dict[int, tuple[int, float]]] = {}  # (ra, rb) -> x -> (y, similarity)
    widespread: set[int] = set()
    headings = {k for k in range(len(table)) if table.heading[k]}
    for family in families:
        members: dict[int, list[int]] = {}  # report (index, in loaded order) -> its sentences
        for k in family:
            members.setdefault(table.report[k], []).append(k)
        if len(members) < 2:
            continue
        if len(members) > options.few or len({regions[r] for r in members}) >= wide:
            widespread.update(family)
            continue
        for ra, rb in combinations(sorted(members), 2):
            for x in members[ra]:
                score, y = max((similarity(forms[x], forms[y]), y) for y in members[rb])
                if score >= options.threshold:
                    matches.setdefault((ra, rb), {})[x] = (y, score)
    for found in matches.values():
        _extend(found, table.report, forms, widespread | headings)
    written = ((whole.get(k, form), regions[table.report[k]]) for k, form in enumerate(forms))
    widespread |= _drop_stock(matches, forms, written, wide)
    del whole
    links: dict[int, dict[str, float]] = {}  # sentence -> other report -> similarity
    pair_passages: dict[tuple[str, str], list[Passage]] = {}
    for (ra, rb), found in matches.items():
        a, b = refs[ra].id, refs[rb].id
        for x, (y, score) in sorted(found.items()):
            links.setdefault(x, {})[b] = score
            links.setdefault(y, {}).setdefault(a, score)
            pair_passages.setdefault((a, b), []).append(Passage(table.sentence(x), table.sentence(y), round(score, 3)))
    pairs = _pairs(pair_passages, by_id)
    earlier = {(p.a, p.b): p.earlier for p in pairs} | {(p.b, p.a): p.earlier for p in pairs}
    for k in range(len(table)):
        table.classify(k, *_classify(k, table, forms[k], options, widespread, links.get(k, {}), by_id, earlier))
    del forms
    shares = tuple(_shares(r.id, table) for r in refs)
    return CopyReport(refs, table, shares, pairs, options).indexed()


def _extend(found: dict[int, tuple[int, float]], report: Sequence[int], forms: list[str],
            widespread: set[int]) -> None:
    """Grow matched passages sentence by sentence: the neighbours of a copied sentence are
    compared with the neighbours of its match at a lower threshold, so that a short
    sentence spun harder than the rest (三是持续推动训练督导体制改革) still counts as copied."""
    used = {y for y, _ in found.values()}
    queue = list(found.items())
    while queue:
        x, (y, _) = queue.pop()
        for step in (-1, 1):
            nx, ny = x + step, y + step
            if not (0 <= nx < len(forms) and 0 <= ny < len(forms)) or nx in found or ny in used:
                continue
            if (report[nx] != report[x] or report[ny] != report[y] or nx in widespread or ny in widespread
                    or min(len(forms[nx]), len(forms[ny])) < EXTEND_MIN_CHARS):
                continue
            score = similarity(forms[nx], forms[ny])
            if score >= EXTEND_THRESHOLD:
                found[nx] = (ny, score)
                used.add(ny)
                queue.append((nx, (ny, score)))


def _drop_stock(matches: dict[tuple[int, int], dict[int, tuple[int, float]]], forms: list[str],
                written, wide: int) -> set[int]:
    """Take out the matches that share only stock phrases (stock.py); returns their sentences
    that match nothing else: boilerplate, as a sentence a third of the regions write is."""
    found_in = {k for found in matches.values() for x, (y, _) in found.items() for k in (x, y)}
    phrases = stock_phrases((forms[k] for k in found_in), written, wide)
    dropped: set[int] = set()
    for found in matches.values():
        for x, (y, _) in list(found.items()):
            rest_x, rest_y = beyond_stock(forms[x], phrases), beyond_stock(forms[y], phrases)
            if min(len(rest_x), len(rest_y)) < EXTEND_MIN_CHARS or similarity(rest_x, rest_y) < EXTEND_THRESHOLD:
                del found[x]
                dropped.update((x, y))
    return dropped - {k for found in matches.values() for x, (y, _) in found.items() for k in (x, y)}


def _all_sentences(refs, normaliser: Normaliser, finder: FormulaFinder, progress
                   ) -> tuple[SentenceTable, list[str], dict[int, str]]:
    """Every sentence of the reports, the form of each (normalised, formulas taken out; see
    formulas.py), and the whole form of those that hold a formula: only needed while they
    are compared."""
    cache: dict[str, tuple[str, tuple[tuple[int, int], ...], int]] = {}
    table, forms, whole = SentenceTable(refs), [], {}
    for done, ref in enumerate(refs):
        if progress is not None:
            if progress.cancelled:
                break
            progress.step(done, len(refs), ref.label)
        for key, heading, text in report_texts(ref):
            for start, end in split_sentences(text):
                raw = text[start:end]
                found = cache.get(raw)
                if found is None:
                    found = cache[raw] = sentence_form(raw, normaliser, finder)
                form, spans, chars = found
                formula_chars = sum(len("".join(raw[a:b].split())) for a, b in spans)
                table.add(done, key, heading, start, end, chars, spans, formula_chars)
                if spans:
                    whole[len(forms)] = normaliser.form(raw)
                forms.append(form)
    return table, forms, whole


def sentence_form(raw: str, normaliser: Normaliser, finder: FormulaFinder) -> tuple[str, tuple[tuple[int, int], ...], int]:
    """The sentence's form with the formulas in it taken out, where they were, its characters."""
    form = normaliser.form(raw)
    spans = finder.spans(raw, form)
    if not spans:
        return form, (), count_chars(raw)
    rest, position = [], 0
    for start, end in spans:
        rest.append(raw[position:start])
        position = end
    rest.append(raw[position:])
    return normaliser.form("，".join(rest)), tuple(spans), count_chars(raw)


def _families(forms: list[str], options: CopyOptions, headings: Sequence[int]) -> list[list[int]]:
    """Sentences grouped by form, and forms joined when near-duplicates (union-find). A
    heading is never compared: reports of one kind share their outline (一、2024年工作回顾,
    二、2025年工作总体要求和主要目标任务), and that is the genre, not copying."""
    by_form: dict[str, list[int]] = {}
    for k, form in enumerate(forms):
        if len(form) >= options.min_chars and not headings[k]:
            by_form.setdefault(form, []).append(k)
    distinct = list(by_form)
    parent = list(range(len(distinct)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j, _ in similar_pairs(distinct, options.threshold):
        ri, rj = root(i), root(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)
    groups: dict[int, list[int]] = {}
    for i, form in enumerate(distinct):
        groups.setdefault(root(i), []).extend(by_form[form])
    return list(groups.values())


_DATE = re.compile(r"(\d{4})\s*[年./-]\s*(\d{1,2})(?:\s*[月./-]\s*(\d{1,2}))?")
_PERIOD_END = {"上半年": 6, "下半年": 12, "全年": 12}


def report_time(ref: ReportRef) -> tuple[int, int, int] | None:
    """When a report was written, as (year, month, day): its date, else the end of its period."""
    report = ref.report
    m = _DATE.search(report.date or "")
    if m:
        return int(m.group(1)), int(m.group(2)), int(m.group(3) or 1)
    if report.year:
        return report.year, _PERIOD_END.get(report.period or "全年", 12), 28
    return None


def period_key(ref: ReportRef) -> tuple[int, int] | None:
    """(year, month the period ends): the period a report covers, None without a year."""
    report = ref.report
    return (report.year, _PERIOD_END.get(report.period or "全年", 12)) if report.year else None


def _region_key(ref: ReportRef) -> str:
    return ref.report.region or f"\0{ref.id}"  # a report without a region stands alone


def _earlier(a: ReportRef, b: ReportRef) -> str | None:
    """The report that came first, when both dates or both periods say so."""
    if a.report.date and b.report.date:
        ta, tb = report_time(a), report_time(b)
    else:
        ta, tb = period_key(a), period_key(b)
    if ta is None or tb is None or ta == tb:
        return None
    return a.id if ta < tb else b.id


def same_region_earlier(a: ReportRef, b: ReportRef) -> bool:
    """Whether a is the same region's report of an earlier period than b."""
    pa, pb = period_key(a), period_key(b)
    return bool(a.report.region and a.report.region == b.report.region and pa and pb and pa < pb)


def _pairs(passages: dict[tuple[str, str], list[Passage]], by_id: dict[str, ReportRef]) -> tuple[PairCopies, ...]:
    out = []
    for (a, b), found in passages.items():
        ra, rb = by_id[a], by_id[b]
        reused = same_region_earlier(ra, rb) or same_region_earlier(rb, ra)
        a_chars = sum(p.a.chars for p in found)
        b_chars = sum(p.chars for p in {p.b for p in found})
        out.append(PairCopies(a, b, "reused" if reused else "copied", _earlier(ra, rb), tuple(found),
                              a_chars, b_chars))
    return tuple(sorted(out, key=lambda p: -(p.a_chars + p.b_chars)))


def _classify(k: int, table: SentenceTable, form: str, options: CopyOptions, widespread: set[int],
              links: dict[str, float], by_id: dict[str, ReportRef], earlier: dict[tuple[str, str], str | None]
              ) -> tuple[str, str, tuple[str, ...], int]:
    """(kind, reason, the other reports, characters in the class) of sentence k."""
    chars = table.chars[k]
    formula = table.formula_chars.get(k, 0)
    rest = chars - formula
    if k in table.formulas and (len(form) < EXTEND_MIN_CHARS or 2 * rest < formula):  # 坚持 + a formula
        return "boilerplate", "formula", (), chars
    if k in widespread:
        return "boilerplate", "widespread", (), chars
    me = table.refs[table.report[k]]
    reused = tuple(r for r in links if same_region_earlier(by_id[r], me))
    if reused:
        return "reused", "", reused, rest
    copied = tuple(r for r in links if not same_region_earlier(me, by_id[r])
                   and earlier.get((me.id, r)) != me.id)
    if copied:
        return "copied", "", copied, rest
    return "own", "", tuple(links), rest


def _shares(report_id: str, table: SentenceTable) -> ReportShares:
    totals = dict.fromkeys(KINDS, 0)
    sources: dict[str, int] = {}
    chars = 0
    for k in table.span_of(report_id):
        kind, in_class = KINDS[table.kind[k]], table.class_chars[k]
        chars += table.chars[k]
        totals[kind] += in_class
        totals["boilerplate"] += table.chars[k] - in_class  # formulas inside other sentences
        if kind == "copied":
            for other in table.others.get(k, ()):
                sources[other] = sources.get(other, 0) + in_class
    return ReportShares(report_id, chars, totals["boilerplate"], totals["reused"], totals["copied"],
                        tuple(sorted(sources.items(), key=lambda t: -t[1])))
