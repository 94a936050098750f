"""Similarity of texts: TF-IDF vectors over content words, and title likeness by characters.

Vectors are hashed into a fixed number of dimensions so that all-against-all
similarity of thousands of sections is one matrix product.
"""
from __future__ import annotations

import math
import zlib
from collections import Counter
from typing import Sequence

import numpy as np

DIMENSIONS = 4096


def _bucket(word: str) -> int:
    return zlib.crc32(word.encode("utf-8")) % DIMENSIONS  # stable across runs, unlike hash()


def spread(items: list, limit: int) -> list:
    """At most `limit` of the items, evenly spread over all of them, in order (all when fewer):
    the rows of a dense matrix (DIMENSIONS columns each) must stay bounded whatever a file holds."""
    if len(items) <= limit:
        return list(items)
    step = len(items) / limit
    return [items[int(k * step)] for k in range(limit)]


def tfidf_matrix(documents: Sequence[Sequence[str]]) -> np.ndarray:
    """One L2-normalised row per document (a sequence of words); sublinear tf, smooth idf."""
    n = len(documents)
    matrix = np.zeros((n, DIMENSIONS), dtype=np.float32)
    if n == 0:
        return matrix
    df: Counter[str] = Counter()
    counts = [Counter(doc) for doc in documents]
    for c in counts:
        df.update(c.keys())
    for row, c in enumerate(counts):
        for word, tf in c.items():
            idf = math.log((1 + n) / (1 + df[word])) + 1.0
            matrix[row, _bucket(word)] += (1.0 + math.log(tf)) * idf
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return matrix / norms


def cosine_matrix(a: np.ndarray, b: np.ndarray | None = None) -> np.ndarray:
    return a @ (a if b is None else b).T


def bigrams(text: str) -> set[str]:
    text = "".join(c for c in text if c.isalnum())
    return {text[k:k + 2] for k in range(len(text) - 1)} or ({text} if text else set())


def title_similarity(a: str, b: str) -> float:
    """Character-bigram overlap (Dice) of two headings: 0 unrelated, 1 the same words."""
    x, y = bigrams(a), bigrams(b)
    if not x or not y:
        return 0.0
    return 2 * len(x & y) / (len(x) + len(y))
