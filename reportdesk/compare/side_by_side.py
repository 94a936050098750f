"""Two reports side by side (比较两篇): rows paired, sentences paired, words that changed.

The rows (`two_rows.plan_rows`) hold every word of both reports: each pair of counterpart
sections, or a section against a gap, under its part's title. Inside a pair, sentences
are paired (`sentences.pair_sentences`) and the words of paired sentences are diffed
(`diff.diff_texts`). The same marks serve two quite different cases:

* one region's two years (mostly the same text): identical sentences are quiet, the
  changed words and the added or dropped sentences stand out, one difference each;
* two counties (mostly different text): the few identical or near-identical sentences,
  and the phrases both use, are what is shared; a run of different sentences is one
  difference, not forty.

Everything is plain data: both panes' texts, their marks, the rows' places in them, and
the ordered differences (for next / previous, the list and the overview bar).
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Callable

from reportdesk.compare.diff import Piece, diff_texts
from reportdesk.compare.highlights import Span, phrase_highlights
from reportdesk.compare.pairing import Options, normalise, pair_sentences
from reportdesk.compare.trivial import Fold, fold_of, trivial_change
from reportdesk.compare.side_by_side_rows import plan_rows
from reportdesk.compare.years import pair_years
from reportdesk.model import PART_TABLE, Alignment, Pins, part_name
from reportdesk.text.sentences import split_sentences

_FIGURE = "0123456789.％%"
NEAR = 0.85  # paired sentences this similar (share of characters in common) are nearly identical

# Marks in the panes (Span.kind):
#   same     a sentence the other text has too (after what the options ignore)
#   near     the unchanged part of a nearly identical sentence
#   changed  words that differ between two paired sentences
#   only     a sentence, or a whole section, that the other text does not have
#   shared   inside such a sentence, a phrase the other section uses too (highlights.py)
#   number   a figure that differs where the user chose to ignore numbers
#   gap      the placeholder where the other text has a section and this one has none
#   title    a part's title line


@dataclass(frozen=True)
class Row:
    kind: str  # "part" (a group's title), "pair", "only_a", "only_b"
    part: str  # the group (two_rows.GROUPS): overview, a part, or other
    a: tuple[int, int]  # the row's range in text_a (a placeholder's for a gap)
    b: tuple[int, int]
    a_key: str | None = None
    b_key: str | None = None
    similarity: float | None = None  # pairs: share of their text in common, 0..1
    anchors: tuple[tuple[int, int], ...] = ()  # starts of paired sentences in text_a and text_b
    heads_a: tuple[int, ...] = ()  # where the row's headings start in text_a (set in bold)
    heads_b: tuple[int, ...] = ()


@dataclass(frozen=True)
class Difference:
    kind: str  # "changed", "only_a" or "only_b"
    a: tuple[int, int]  # where in text_a; an empty range is where the missing text would be
    b: tuple[int, int]
    row: int  # index into rows
    trivial: bool = False  # a sentence edited in wording only (see `trivial_change`): folded in the list


@dataclass(frozen=True)
class TwoComparison:
    a_id: str
    b_id: str
    part: str | None  # None: the whole of both reports
    options: Options
    text_a: str
    text_b: str
    rows: tuple[Row, ...]
    spans_a: tuple[Span, ...]
    spans_b: tuple[Span, ...]
    differences: tuple[Difference, ...]
    similarity: float  # share of both texts in common, 0..1
    shared_sentences: int  # identical and nearly identical sentence pairs
    edit: bool = False  # one region's two periods: what differs was changed (改动), not just different (不同)


@dataclass
class _Pane:
    """One side's text as it is built, and its marks."""

    parts: list[str] = field(default_factory=list)
    length: int = 0
    spans: list[Span] = field(default_factory=list)

    def add(self, text: str) -> tuple[int, int]:
        if self.parts:
            self.parts.append("\n")
            self.length += 1
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        return start, self.length

    def mark(self, start: int, end: int, kind: str) -> None:
        if end > start:
            self.spans.append(Span(start, end, kind))


def group_title(group: str) -> str:
    """A group's title line: the part's name, or 其他 for what belongs to no part."""
    return part_name(group) if group in PART_TABLE else "其他"


def find_report(alignment: Alignment, name: str) -> str | None:
    """The id of the report a user named: its number in the set (from 1), its display name,
    or a part of the display name that only one report has."""
    name = name.strip()
    if name.isdigit():
        k = int(name)
        return alignment.reports[k - 1].id if 1 <= k <= len(alignment.reports) else None
    exact = [r.id for r in alignment.reports if r.label == name]
    partial = [r.id for r in alignment.reports if name and name in r.label]
    return exact[0] if exact else partial[0] if len(partial) == 1 else None


def default_pair(alignment: Alignment, first: str | None = None) -> tuple[str, str] | None:
    """The two reports 比较两篇 offers when the user picked none (or only `first`): one region's
    two consecutive periods first (an edited text is what a comparison shows best), else two
    reports of one kind, the kind being the topic list the alignment gave them (never an
    education report beside a government one when two of a kind are there); loaded order."""
    ids = [r.id for r in alignment.reports]
    if len(ids) < 2:
        return None
    years = [(p.earlier, p.later) for p in pair_years(alignment)]
    if first is not None:
        pair = next((p for p in years if first in p), None)
        if pair:
            return pair
        others = [r for r in ids if r != first]
        return first, next((r for r in others if _kind(alignment, r) == _kind(alignment, first)), others[0])
    if years:
        return years[0]
    kinds: dict[str | None, list[str]] = {}
    for r in ids:
        kinds.setdefault(_kind(alignment, r), []).append(r)
    same = next((group for group in kinds.values() if len(group) >= 2), ids)
    return same[0], same[1]


def _kind(alignment: Alignment, report_id: str) -> str | None:
    found = alignment.list_of_report(report_id)
    return found.id if found is not None else None


def compare_two(alignment: Alignment, a_id: str, b_id: str, part: str | None = None,
                options: Options = Options(), pins: Pins | None = None, gap_text: str = "",
                part_title: Callable[[str], str] = group_title, progress=None) -> TwoComparison | None:
    """Compare two reports in one part (None: all of both reports); None when cancelled."""
    fold = fold_of(alignment.report(a_id), alignment.report(b_id))
    pane_a, pane_b = _Pane(), _Pane()
    rows: list[Row] = []
    differences: list[Difference] = []
    totals = [0, 0]  # characters in common (both sides), characters compared
    shared = 0
    plan = plan_rows(alignment, a_id, b_id, part, pins)
    for done, planned in enumerate(plan, 1):
        if progress is not None:
            if progress.cancelled:
                return None
            progress.step(done, len(plan), "")
        a, b, group = planned.a, planned.b, planned.group
        if planned.kind == "part":
            title = part_title(group)
            rows.append(Row("part", group, pane_a.add(title), pane_b.add(title)))
            pane_a.mark(*rows[-1].a, "title")
            pane_b.mark(*rows[-1].b, "title")
            continue
        a_range = pane_a.add(a.text or gap_text)
        b_range = pane_b.add(b.text or gap_text)
        heads_a = tuple(a_range[0] + h for h in a.heads)
        heads_b = tuple(b_range[0] + h for h in b.heads)
        if planned.kind != "pair":
            pane_a.mark(*a_range, "only" if a.text else "gap")
            pane_b.mark(*b_range, "only" if b.text else "gap")
            rows.append(Row(planned.kind, group, a_range, b_range, planned.a_key, planned.b_key,
                            heads_a=heads_a, heads_b=heads_b))
            differences.append(Difference(planned.kind, a_range, b_range, len(rows) - 1))
            totals[1] += len(normalise(a.text or b.text, options))
            continue
        found = _compare_sections(a.text, b.text, a_range[0], b_range[0], options, pane_a, pane_b, fold)
        common, compared, anchors, hunks, near = found
        totals[0] += common
        totals[1] += compared
        shared += near
        rows.append(Row("pair", group, a_range, b_range, planned.a_key, planned.b_key,
                        common / compared if compared else 1.0, tuple(anchors), heads_a, heads_b))
        differences.extend(Difference(kind, x, y, len(rows) - 1, trivial) for kind, x, y, trivial in hunks)
    return TwoComparison(a_id, b_id, part, options, "".join(pane_a.parts), "".join(pane_b.parts), tuple(rows),
                         tuple(pane_a.spans), tuple(pane_b.spans), tuple(differences),
                         totals[0] / totals[1] if totals[1] else 1.0, shared, fold.edit)


def _compare_sections(a_text: str, b_text: str, a_at: int, b_at: int, options: Options, pane_a: _Pane,
                      pane_b: _Pane, fold: Fold = Fold()):
    """Pair the sentences of two counterpart sections, mark both panes, and return
    (characters in common ×2, characters compared, anchors, differences, shared sentences)."""
    a_sents, b_sents = split_sentences(a_text), split_sentences(b_text)
    first_a, first_b = len(pane_a.spans), len(pane_b.spans)
    pairing = pair_sentences([a_text[s:e] for s, e in a_sents], [b_text[s:e] for s, e in b_sents], options)
    common = compared = near = 0
    anchors, hunks = [], []
    hunk_a: list[tuple[int, int]] = []
    hunk_b: list[tuple[int, int]] = []

    def close_hunk(a_next: int, b_next: int) -> None:
        if hunk_a or hunk_b:
            a = (hunk_a[0][0], hunk_a[-1][1]) if hunk_a else (a_next, a_next)
            b = (hunk_b[0][0], hunk_b[-1][1]) if hunk_b else (b_next, b_next)
            hunks.append(("changed" if hunk_a and hunk_b else "only_a" if hunk_a else "only_b", a, b, False))
            hunk_a.clear()
            hunk_b.clear()

    a_end, b_end = a_at + len(a_text), b_at + len(b_text)
    for k, (i, j) in enumerate(pairing):
        if i is not None and j is not None:
            a_range = (a_at + a_sents[i][0], a_at + a_sents[i][1])
            b_range = (b_at + b_sents[j][0], b_at + b_sents[j][1])
            close_hunk(a_range[0], b_range[0])
            anchors.append((a_range[0], b_range[0]))
            a_sentence, b_sentence = a_text[slice(*a_sents[i])], b_text[slice(*b_sents[j])]
            in_common, size, kind, pieces = _compare_sentences(a_sentence, b_sentence, a_range[0], b_range[0],
                                                               options, pane_a, pane_b)
            common += in_common
            compared += size
            near += kind in ("same", "near")
            if kind != "same":
                hunks.append(("changed", a_range, b_range, trivial_change(pieces, fold)))
            continue
        if i is not None:
            s, e = a_sents[i]
            hunk_a.append((a_at + s, a_at + e))
            pane_a.mark(a_at + s, a_at + e, "only")
            compared += len(normalise(a_text[s:e], options))
        else:
            s, e = b_sents[j]
            hunk_b.append((b_at + s, b_at + e))
            pane_b.mark(b_at + s, b_at + e, "only")
            compared += len(normalise(b_text[s:e], options))
    close_hunk(a_end, b_end)
    # Two counties share few sentences but many phrases: show those inside what differs.
    phrases_a, phrases_b = phrase_highlights([a_text, b_text])
    common += _overlay(pane_a, first_a, [Span(s.start + a_at, s.end + a_at, "shared") for s in phrases_a
                                         if s.kind == "shared"], options, a_text, a_at)
    common += _overlay(pane_b, first_b, [Span(s.start + b_at, s.end + b_at, "shared") for s in phrases_b
                                         if s.kind == "shared"], options, b_text, b_at)
    return common, compared, anchors, hunks, near


def _overlay(pane: _Pane, first: int, phrases: list[Span], options: Options, text: str, at: int) -> int:
    """Cut the shared phrases out of the "only" marks from `first` on; returns how many
    characters (as compared) they cover."""
    starts = [p.start for p in phrases]
    spans, covered = pane.spans[:first], 0
    for span in pane.spans[first:]:
        if span.kind != "only":
            spans.append(span)
            continue
        position = span.start
        for phrase in phrases[max(0, bisect_right(starts, span.start) - 1):]:
            if phrase.start >= span.end:
                break
            if phrase.start < position or phrase.end > span.end:
                continue
            spans += [Span(position, phrase.start, "only")] if phrase.start > position else []
            spans.append(phrase)
            covered += len(normalise(text[phrase.start - at:phrase.end - at], options))
            position = phrase.end
        spans += [Span(position, span.end, "only")] if span.end > position else []
    pane.spans = spans
    return covered


def _compare_sentences(a: str, b: str, a_at: int, b_at: int, options: Options, pane_a: _Pane, pane_b: _Pane):
    """Mark two paired sentences; returns (characters in common ×2, characters compared, kind,
    the diff's pieces) with kind "same", "near" or "changed"."""
    size = len(normalise(a, options)) + len(normalise(b, options))
    pieces = whole_numbers(diff_texts(a, b))
    if normalise(a, options) == normalise(b, options):
        if a == b:
            pane_a.mark(a_at, a_at + len(a), "same")
            pane_b.mark(b_at, b_at + len(b), "same")
        else:  # the same once the options are applied: what differs is unmarked, or a figure
            _mark_pieces(pieces, a_at, b_at, options, pane_a, pane_b, "same")
        return size, size, "same", pieces
    common = 2 * sum(len(normalise(p.text, options)) for p in pieces if p.kind == "equal")
    kind = "near" if size and common / size >= NEAR else "changed"
    _mark_pieces(pieces, a_at, b_at, options, pane_a, pane_b, "near" if kind == "near" else None)
    return common, size, kind, pieces


def whole_numbers(pieces: list[Piece]) -> list[Piece]:
    """A figure that changed is marked whole: 202[1] → 202[2] becomes [2021] → [2022]."""
    out: list[Piece] = []
    k = 0
    while k < len(pieces):
        if pieces[k].kind == "equal":
            out.append(pieces[k])
            k += 1
            continue
        end = k
        while end < len(pieces) and pieces[end].kind != "equal":
            end += 1
        old = "".join(p.text for p in pieces[k:end] if p.kind == "delete")
        new = "".join(p.text for p in pieces[k:end] if p.kind == "insert")
        before = out[-1].text if out and out[-1].kind == "equal" else ""
        after = pieces[end].text if end < len(pieces) else ""
        head = len(before) - len(before.rstrip(_FIGURE)) if (old + new)[:1] in _FIGURE or not old or not new else 0
        tail = len(after) - len(after.lstrip(_FIGURE)) if (old + new)[-1:] in _FIGURE else 0
        if head and (old[:1].isdigit() or new[:1].isdigit()):
            out[-1] = Piece("equal", before[:-head])
            old, new = before[-head:] + old, before[-head:] + new
        if tail and (old[-1:].isdigit() or new[-1:].isdigit()):
            old, new = old + after[:tail], new + after[:tail]
            pieces = pieces[:end] + [Piece("equal", after[tail:])] + pieces[end + 1:]
        out += [Piece(kind, text) for kind, text in (("delete", old), ("insert", new)) if text]
        k = end
    return [p for p in out if p.text]


def _mark_pieces(pieces, a_at: int, b_at: int, options: Options, pane_a: _Pane, pane_b: _Pane,
                 equal_kind: str | None) -> None:
    """Changed words in both panes; a difference the options ignore is marked as the text
    around it, a figure that differs while numbers are ignored as a number."""
    a_pos, b_pos = a_at, b_at
    for piece in pieces:
        length = len(piece.text)
        if piece.kind == "equal":
            if equal_kind:
                pane_a.mark(a_pos, a_pos + length, equal_kind)
                pane_b.mark(b_pos, b_pos + length, equal_kind)
            a_pos += length
            b_pos += length
            continue
        seen = normalise(piece.text, options)
        kind = None if not seen else "number" if options.numbers and set(seen) == {"#"} else "changed"
        pane, at = (pane_a, a_pos) if piece.kind == "delete" else (pane_b, b_pos)
        if kind or equal_kind:
            pane.mark(at, at + length, kind or equal_kind)
        if piece.kind == "delete":
            a_pos += length
        else:
            b_pos += length
