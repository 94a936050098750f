"""Inline differences between two Chinese texts, word by word.

Chinese has no spaces, so splitting on them compares whole paragraphs; splitting into
characters finds spurious matches of common characters. jieba words are the unit, and
punctuation is its own word.
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass

from reportdesk.text.tokenize import segment

REFINE_MAX = 24  # changed stretches up to this long are compared character by character


@dataclass(frozen=True)
class Piece:
    kind: str  # "equal", "delete" (only in the first text) or "insert" (only in the second)
    text: str


def diff_texts(a: str, b: str) -> list[Piece]:
    """The pieces that turn text a into text b, in order; adjacent pieces of a kind merged."""
    words_a, words_b = segment(a), segment(b)
    matcher = difflib.SequenceMatcher(None, words_a, words_b, autojunk=False)
    pieces: list[Piece] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        old, new = "".join(words_a[i1:i2]), "".join(words_b[j1:j2])
        if op == "equal":
            _add(pieces, "equal", old)
        elif op == "replace" and max(len(old), len(new)) <= REFINE_MAX:
            _refine(pieces, old, new)
        else:
            _add(pieces, "delete", old)
            _add(pieces, "insert", new)
    return pieces


def _refine(pieces: list[Piece], old: str, new: str) -> None:
    """Inside a short changed stretch, characters that stayed (补充教师 → 招聘教师) stay."""
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal" and i2 - i1 >= 2:  # a lone shared character is noise, not a match
            _add(pieces, "equal", old[i1:i2])
        else:
            _add(pieces, "delete", old[i1:i2])
            _add(pieces, "insert", new[j1:j2])


def _add(pieces: list[Piece], kind: str, text: str) -> None:
    """Append, merging with a piece of the same kind; a deletion and an insertion that
    follow each other stay in the order delete, insert."""
    if not text:
        return
    if pieces and pieces[-1].kind == kind:
        pieces[-1] = Piece(kind, pieces[-1].text + text)
    elif (kind == "delete" and len(pieces) >= 2 and pieces[-1].kind == "insert"
          and pieces[-2].kind == "delete"):
        pieces[-2] = Piece("delete", pieces[-2].text + text)
    else:
        pieces.append(Piece(kind, text))


def similarity(a: str, b: str) -> float:
    """Share of words the two texts have in common, in order (0..1)."""
    words_a, words_b = segment(a), segment(b)
    if not words_a and not words_b:
        return 1.0
    return difflib.SequenceMatcher(None, words_a, words_b, autojunk=False).ratio()
