"""Sentences of two texts paired in reading order, as a diff tool pairs lines.

A Chinese report's unit of change is the sentence: a second year's report keeps most
sentences and edits some words, a neighbouring county shares a few stock sentences. So
each text is split into sentences (`text.sentences.split_sentences`: at 。！？； and line ends,
headings being sentences of their own), and the sentences are paired by a dynamic
programme over their similarity (character-bigram overlap): the pairs keep both texts'
order and their total similarity is the largest; pairs below `PAIR_MIN` are not made.
What the user chose to ignore (punctuation, numbers, white space) is taken out before
sentences are compared (`normalise`).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

PAIR_MIN = 0.5  # bigram overlap below this: two different sentences, not one edited
# Arabic figures with decimals, thousands separators and per cent; runs of Chinese numerals
_NUMBER = re.compile(r"[0-9０-９]+(?:[.．,，][0-9０-９]+)*[%％‰]?|[零〇一二两三四五六七八九十百千万亿]+")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Options:
    """What does not count as a difference."""

    punctuation: bool = False
    numbers: bool = False  # 682人 and 700人 are the same sentence (the figure is still marked)
    whitespace: bool = True


def normalise(text: str, options: Options) -> str:
    """The text as it is compared: without what the options ignore."""
    if options.whitespace:
        text = _SPACE.sub("", text)
    if options.punctuation:
        text = "".join(c for c in text if not unicodedata.category(c).startswith("P"))
    if options.numbers:
        text = _NUMBER.sub("#", text)
    return text


def _key(text: str, options: Options) -> str:
    """What pairing looks at: never space or punctuation, numbers as the options say."""
    return normalise(text, Options(punctuation=True, numbers=options.numbers, whitespace=True))


def _bigrams(text: str) -> frozenset[str]:
    return frozenset(text[k:k + 2] for k in range(len(text) - 1)) or frozenset([text] if text else [])


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Dice coefficient of two bigram sets: 0 nothing shared, 1 the same characters in pairs."""
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def pair_sentences(a: list[str], b: list[str], options: Options = Options()) -> list[tuple[int | None, int | None]]:
    """Every sentence of a and b in order: (i, j) for a pair, (i, None) and (None, j) for
    sentences only one text has. Pairs never cross, and together they are as similar as
    possible."""
    keys_a = [_key(s, options) for s in a]
    keys_b = [_key(s, options) for s in b]
    grams_a, grams_b = [_bigrams(k) for k in keys_a], [_bigrams(k) for k in keys_b]
    # Only sentences sharing a bigram can reach PAIR_MIN: look those up instead of all n×m.
    index: dict[str, list[int]] = {}
    for j, grams in enumerate(grams_b):
        for gram in grams:
            index.setdefault(gram, []).append(j)
    score: dict[tuple[int, int], float] = {}
    for i, grams in enumerate(grams_a):
        candidates = {j for gram in grams for j in index.get(gram, ())}
        for j in candidates:
            s = 1.0 if keys_a[i] == keys_b[j] else overlap(grams, grams_b[j])
            if s >= PAIR_MIN:
                score[i, j] = s
    n, m = len(a), len(b)
    # best[i][j]: the largest total similarity pairing a[:i] with b[:j]
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        row, above = best[i], best[i - 1]
        for j in range(1, m + 1):
            value = above[j] if above[j] >= row[j - 1] else row[j - 1]
            s = score.get((i - 1, j - 1))
            if s is not None and above[j - 1] + s > value:
                value = above[j - 1] + s
            row[j] = value
    out: list[tuple[int | None, int | None]] = []
    i, j = n, m
    while i > 0 or j > 0:
        s = score.get((i - 1, j - 1)) if i and j else None
        if s is not None and best[i][j] == best[i - 1][j - 1] + s:
            out.append((i - 1, j - 1))
            i, j = i - 1, j - 1
        elif j and (not i or best[i][j] == best[i][j - 1]):  # walking back: b's first, so a's come first
            out.append((None, j - 1))
            j -= 1
        else:
            out.append((i - 1, None))
            i -= 1
    out.reverse()
    return out
