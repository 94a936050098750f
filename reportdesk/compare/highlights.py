"""What to highlight when several regions' texts on one topic stand side by side.

* shared: a two-word phrase, or a word of three characters or more, that most of the
  texts use (at least half of them, and at least two);
* unique: a word of three characters or more that only this text uses among them
  (programme names, local measures: 十百千工程, 护航计划);
* number: a figure, a number with its unit (682人, 3.7344亿元, 99%, 三所), defined once in
  `text.figures` so that the indicators table finds the same ones.
Numbers win over shared phrases, shared phrases over unique words, where they overlap.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from reportdesk.text.quantities import quantities
from reportdesk.text.tokenize import word_spans

KIND_ORDER = {"number": 0, "shared": 1, "unique": 2}
SHARED_WORD_MIN = 3  # a single word this long, used by most texts, is a shared phrase too
UNIQUE_WORD_MIN = 3  # shorter words are too common to be worth marking when only one text has them


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str  # "shared", "unique" or "number"


def phrase_highlights(texts: list[str], min_share: float = 0.5) -> list[list[Span]]:
    """Highlight spans for each text, sorted and not overlapping."""
    spans = [word_spans(t) for t in texts]
    bigrams = [_bigrams(s) for s in spans]
    words = [{w for w, _, _ in s} for s in spans]
    needed = max(2, math.ceil(min_share * len(texts)))
    bigram_df = Counter(b for doc in bigrams for b in set(doc))
    word_df = Counter(w for doc in words for w in doc)
    out = []
    for k, text in enumerate(texts):
        found: list[Span] = [Span(q.start, q.end, "number") for q in quantities(text)]
        if len(texts) > 1:
            for gram, places in bigrams[k].items():
                if bigram_df[gram] >= needed:
                    found += [Span(start, end, "shared") for start, end in places]
            found += [Span(s, e, "shared") for w, s, e in spans[k]
                      if len(w) >= SHARED_WORD_MIN and word_df[w] >= needed]
            found += [Span(s, e, "unique") for w, s, e in spans[k]
                      if word_df[w] == 1 and len(w) >= UNIQUE_WORD_MIN and not w.isdigit()]
        out.append(_resolve(found))
    return out


def _bigrams(spans) -> dict[tuple[str, str], list[tuple[int, int]]]:
    """Adjacent content-word pairs and every place each occurs."""
    places: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for (w1, s1, _), (w2, _, e2) in zip(spans, spans[1:]):
        if e2 - s1 <= len(w1) + len(w2) + 2:  # adjacent, or one short word between
            places.setdefault((w1, w2), []).append((s1, e2))
    return places


def _resolve(spans: list[Span]) -> list[Span]:
    """Drop spans that overlap a more important one; sort by position."""
    chosen: list[Span] = []
    taken: list[tuple[int, int]] = []
    for span in sorted(spans, key=lambda s: (KIND_ORDER[s.kind], s.start, -s.end)):
        if any(span.start < e and s < span.end for s, e in taken):
            continue
        chosen.append(span)
        taken.append((span.start, span.end))
    return sorted(chosen, key=lambda s: s.start)
