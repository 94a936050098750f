"""Two reports side by side (比较两篇): sections paired, sentences paired, words that changed.

The comparison is a list of rows, one per pair of counterpart sections (or a section
with no counterpart, shown against a gap), each part under its own title. Row order is
the first report's reading order; the second report's sections stand beside their
counterparts, and one without a counterpart comes right after the row of the section
that precedes it in its own report. Inside a pair of sections, sentences are paired
(`sentences.pair_sentences`), and the words of paired sentences are diffed
(`diff.diff_texts`). The same marks serve two quite different cases:

* one region's two years (mostly the same text): identical sentences are quiet, the
  changed words and the added or dropped sentences stand out, one difference each;
* two counties (mostly different text): the few identical or near-identical sentences
  are what is shared, and a run of different sentences is one difference, not forty.

Everything is plain data: both panes' texts, their marks, the rows' places in them, and
the ordered differences (for next / previous, the list and the overview bar).
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Callable

from reportdesk.align.counterparts import pair_sections, units_of
from reportdesk.compare.diff import diff_texts
from reportdesk.compare.highlights import Span, phrase_highlights
from reportdesk.compare.pairing import Options, normalise, pair_sentences
from reportdesk.compare.sentences import split_sentences
from reportdesk.model import MATRIX_PARTS, Alignment, Pins, SectionRef, part_name

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
    kind: str  # "part" (a part's title), "pair", "only_a", "only_b"
    part: str
    a: tuple[int, int]  # the row's range in text_a (a placeholder's for a gap)
    b: tuple[int, int]
    a_key: str | None = None
    b_key: str | None = None
    similarity: float | None = None  # pairs: share of their text in common, 0..1
    anchors: tuple[tuple[int, int], ...] = ()  # starts of paired sentences in text_a and text_b


@dataclass(frozen=True)
class Difference:
    kind: str  # "changed", "only_a" or "only_b"
    a: tuple[int, int]  # where in text_a; an empty range is where the missing text would be
    b: tuple[int, int]
    row: int  # index into rows


@dataclass(frozen=True)
class TwoComparison:
    a_id: str
    b_id: str
    part: str | None  # None: every part
    options: Options
    text_a: str
    text_b: str
    rows: tuple[Row, ...]
    spans_a: tuple[Span, ...]
    spans_b: tuple[Span, ...]
    differences: tuple[Difference, ...]
    similarity: float  # share of both texts in common, 0..1
    shared_sentences: int  # identical and nearly identical sentence pairs


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


def row_order(a_keys: list[str], b_keys: list[str], pairs: dict[str, str]) -> list[tuple[str | None, str | None]]:
    """Rows (a key, b key) in a's reading order; b's sections beside their counterparts
    (`pairs`: b key -> a key), the others after the row of their predecessor in b."""
    partner = {a: b for b, a in pairs.items()}
    rows: list[tuple[str | None, str | None]] = [(a, partner.get(a)) for a in a_keys]
    row_of = {b: k for k, (_, b) in enumerate(rows) if b is not None}
    previous = None
    for b in b_keys:
        if b not in row_of:
            at = row_of[previous] + 1 if previous is not None else 0
            while at < len(rows) and rows[at][1] is None:  # what only a has comes first, as in a diff
                at += 1
            rows.insert(at, (None, b))
            row_of = {key: k for k, (_, key) in enumerate(rows) if key is not None}
        previous = b
    return rows


def compare_two(alignment: Alignment, a_id: str, b_id: str, part: str | None = None,
                options: Options = Options(), pins: Pins | None = None, gap_text: str = "",
                part_title: Callable[[str], str] = part_name, progress=None) -> TwoComparison | None:
    """Compare two reports in one part (None: every part); None when cancelled."""
    pane_a, pane_b = _Pane(), _Pane()
    rows: list[Row] = []
    differences: list[Difference] = []
    totals = [0, 0]  # characters in common (both sides), characters compared
    shared = 0
    plan = []
    for p in (MATRIX_PARTS if part is None else (part,)):
        a_units, b_units = units_of(alignment, a_id, p), units_of(alignment, b_id, p)
        if a_units or b_units:
            plan.append((p, a_units, b_units))
    done, total = 0, sum(len(a) + len(b) for _, a, b in plan)
    for p, a_units, b_units in plan:
        if part is None:
            title = part_title(p)
            rows.append(Row("part", p, pane_a.add(title), pane_b.add(title)))
            pane_a.mark(*rows[-1].a, "title")
            pane_b.mark(*rows[-1].b, "title")
        pairs = {x.b: x.a for x in pair_sections(alignment, a_units, b_units, pins, pair_lone=True)}
        units = {u.key: u for u in a_units + b_units}
        for a_key, b_key in row_order([u.key for u in a_units], [u.key for u in b_units], pairs):
            if progress is not None:
                if progress.cancelled:
                    return None
                done += (a_key is not None) + (b_key is not None)
                progress.step(done, total, "")
            a_text = _text(units.get(a_key))
            b_text = _text(units.get(b_key))
            if a_key is None or b_key is None:
                kind = "only_b" if a_key is None else "only_a"
                a_range = pane_a.add(a_text if a_key else gap_text)
                b_range = pane_b.add(b_text if b_key else gap_text)
                pane_a.mark(*a_range, "only" if a_key else "gap")
                pane_b.mark(*b_range, "only" if b_key else "gap")
                rows.append(Row(kind, p, a_range, b_range, a_key, b_key))
                differences.append(Difference(kind, a_range, b_range, len(rows) - 1))
                totals[1] += len(normalise(a_text or b_text, options))
                continue
            a_range, b_range = pane_a.add(a_text), pane_b.add(b_text)
            found = _compare_sections(a_text, b_text, a_range[0], b_range[0], options, pane_a, pane_b)
            common, compared, anchors, hunks, near = found
            totals[0] += common
            totals[1] += compared
            shared += near
            rows.append(Row("pair", p, a_range, b_range, a_key, b_key,
                            common / compared if compared else 1.0, tuple(anchors)))
            differences.extend(Difference(kind, a, b, len(rows) - 1) for kind, a, b in hunks)
    return TwoComparison(a_id, b_id, part, options, "".join(pane_a.parts), "".join(pane_b.parts), tuple(rows),
                         tuple(pane_a.spans), tuple(pane_b.spans), tuple(differences),
                         totals[0] / totals[1] if totals[1] else 1.0, shared)


def _text(unit: SectionRef | None) -> str:
    return unit.section.full_text(heading=True) if unit is not None else ""


def _compare_sections(a_text: str, b_text: str, a_at: int, b_at: int, options: Options, pane_a: _Pane,
                      pane_b: _Pane):
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
            hunks.append(("changed" if hunk_a and hunk_b else "only_a" if hunk_a else "only_b", a, b))
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
            in_common, size, kind = _compare_sentences(a_sentence, b_sentence, a_range[0], b_range[0], options,
                                                       pane_a, pane_b)
            common += in_common
            compared += size
            near += kind in ("same", "near")
            if kind != "same":
                hunks.append(("changed", a_range, b_range))
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
    """Mark two paired sentences; returns (characters in common ×2, characters compared, kind)
    with kind "same", "near" or "changed"."""
    size = len(normalise(a, options)) + len(normalise(b, options))
    pieces = diff_texts(a, b)
    if normalise(a, options) == normalise(b, options):
        if a == b:
            pane_a.mark(a_at, a_at + len(a), "same")
            pane_b.mark(b_at, b_at + len(b), "same")
        else:  # the same once the options are applied: what differs is unmarked, or a figure
            _mark_pieces(pieces, a_at, b_at, options, pane_a, pane_b, "same")
        return size, size, "same"
    common = 2 * sum(len(normalise(p.text, options)) for p in pieces if p.kind == "equal")
    kind = "near" if size and common / size >= NEAR else "changed"
    _mark_pieces(pieces, a_at, b_at, options, pane_a, pane_b, "near" if kind == "near" else None)
    return common, size, kind


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
