"""Sentences: the one definition of where a sentence of Chinese report text ends.

A sentence runs to 。！？； (or their ASCII forms) or a line break, and takes with it the
closing quotes and brackets right after its terminator (“……。”). Official writing uses ；
between independent clauses of a list (一是…；二是…), and a reader counts each as a sentence.
Every stage that needs sentences (topics, copies, the two-report comparison, figures,
excerpts) splits them here.
"""
from __future__ import annotations

import re

ENDS = "。！？!?；;"
STOPS = ENDS + "：:"  # where a sentence or a lead-in ends: a run-in heading's title stops at one
_SENTENCE = re.compile(rf"[^{ENDS}\n]+[{ENDS}]*[”’」』》）)\"']*")
_LEADING_SPACE = re.compile(r"^[\s\u3000]+")
# Where a clause of a sentence ends: a comma or a colon (顿号 separates list items, not clauses).
_CLAUSE = re.compile(r"[^，,：:]+[，,：:]*")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of the text, white space before it left out."""
    spans = []
    for m in _SENTENCE.finditer(text):
        lead = _LEADING_SPACE.match(m.group())
        start = m.start() + (lead.end() if lead else 0)
        if start < m.end():
            spans.append((start, m.end()))
    return spans


def sentence_cover(text: str) -> list[tuple[int, int]]:
    """The text cut into sentences with nothing left over: each piece runs from where its
    sentence starts to where the next one starts (the first from 0, the last to the end), so
    that every character, white space included, is in exactly one piece."""
    starts = [start for start, _ in split_sentences(text)]
    if not starts:
        return [(0, len(text))] if text else []
    starts[0] = 0
    return list(zip(starts, starts[1:] + [len(text)]))


def sentences(text: str) -> list[str]:
    """The sentences of a text as strings."""
    return [text[start:end] for start, end in split_sentences(text)]


def clause_spans(sentence: str) -> list[tuple[int, int]]:
    """(start, end) of each comma- or colon-separated clause of one sentence."""
    return [m.span() for m in _CLAUSE.finditer(sentence)]


def sentence_around(text: str, start: int, end: int, reach: int) -> tuple[int, int]:
    """The sentence holding text[start:end], at most `reach` characters either side: a text
    without punctuation must not count as one sentence of any length."""
    low, high = max(0, start - reach), min(len(text), end + reach)
    stops = ENDS + "\n"
    left = max(text.rfind(c, low, start) for c in stops) + 1 or low
    rights = [i for i in (text.find(c, end, high) for c in stops) if i >= 0]
    right = min(rights) + 1 if rights else high
    return left, right
