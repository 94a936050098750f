"""Counterparts: the best one-to-one matching of two reports' sections within a part.

Two sections are counterparts when they are on the same subject: similar words
(TF-IDF cosine), similar headings (character bigrams) and the same topic. The
matching maximises the total similarity (Hungarian method); pairs below a floor
are dropped, and the sections left over have no counterpart. Pinned pairs are kept
whatever their score.
"""
from __future__ import annotations

from dataclasses import dataclass

from reportdesk.model import Alignment, Pins, SectionRef
from reportdesk.text.similarity import cosine_matrix, tfidf_matrix, title_similarity
from reportdesk.text.tokenize import tokens

WORDS, TITLES, TOPIC = 0.55, 0.2, 0.25
MIN_SCORE = 0.25


@dataclass(frozen=True)
class Pair:
    a: str
    b: str
    score: float
    pinned: bool = False


def units_of(alignment: Alignment, report_id: str, part: str) -> list[SectionRef]:
    """The units of work of one report in one part (not their sub-sections)."""
    return [s for s in alignment.sections
            if s.report_id == report_id and s.part == part and s.parent_key is None]


def pair_sections(alignment: Alignment, a: list[SectionRef], b: list[SectionRef], pins: Pins | None = None,
                  pair_lone: bool = False) -> list[Pair]:
    """Pinned pairs first, then the best one-to-one matching of the rest, in a's order.

    With `pair_lone`, one section left on each side is paired whatever its score (two
    reports' only sections on a topic are compared with each other)."""
    a_keys, b_keys = [u.key for u in a], [u.key for u in b]
    pinned = [(x, y) for x, y in (pins or Pins()).pairs for x, y in ((x, y), (y, x))
              if x in a_keys and y in b_keys]
    pinned_a, pinned_b = {x for x, _ in pinned}, {y for _, y in pinned}
    free_a = [u for u in a if u.key not in pinned_a]
    free_b = [u for u in b if u.key not in pinned_b]
    scores = similarity_scores(alignment, free_a, free_b)
    lone = pair_lone and len(free_a) == 1 and len(free_b) == 1
    pairs = [Pair(x, y, 1.0, pinned=True) for x, y in pinned]
    for i, j in hungarian(scores):
        if scores[i][j] >= MIN_SCORE or lone:
            pairs.append(Pair(free_a[i].key, free_b[j].key, round(scores[i][j], 3)))
    order = {k: n for n, k in enumerate(a_keys)}
    return sorted(pairs, key=lambda p: order[p.a])


def similarity_scores(alignment: Alignment, a: list[SectionRef], b: list[SectionRef]) -> list[list[float]]:
    if not a or not b:
        return [[0.0] * len(b) for _ in a]
    docs = [tokens(u.section.title) * 2 + tokens(u.section.full_text()) for u in a + b]
    matrix = tfidf_matrix(docs)
    words = cosine_matrix(matrix[:len(a)], matrix[len(a):])
    scores = []
    for i, x in enumerate(a):
        tx = alignment.assignment(x.key)
        row = []
        for j, y in enumerate(b):
            ty = alignment.assignment(y.key)
            same = 1.0 if tx and ty and tx.topic == ty.topic else (
                0.5 if tx and ty and (tx.topic in ty.secondary or ty.topic in tx.secondary) else 0.0)
            row.append(WORDS * float(words[i, j]) + TITLES * title_similarity(x.section.title, y.section.title)
                       + TOPIC * same)
        scores.append(row)
    return scores


def hungarian(scores: list[list[float]]) -> list[tuple[int, int]]:
    """Row-column pairs maximising the total score; each row and column used at most once."""
    n_rows = len(scores)
    n_cols = len(scores[0]) if scores else 0
    if not n_rows or not n_cols:
        return []
    transposed = n_rows > n_cols
    if transposed:
        scores = [list(col) for col in zip(*scores)]
        n_rows, n_cols = n_cols, n_rows
    top = max(max(row) for row in scores)
    cost = [[top - v for v in row] for row in scores]  # minimise cost = maximise score
    inf = float("inf")
    u, v = [0.0] * (n_rows + 1), [0.0] * (n_cols + 1)
    owner, way = [0] * (n_cols + 1), [0] * (n_cols + 1)  # owner[j]: row (1-based) holding column j
    for row in range(1, n_rows + 1):
        owner[0] = row
        col0 = 0
        best = [inf] * (n_cols + 1)
        used = [False] * (n_cols + 1)
        while True:
            used[col0] = True
            r0, delta, col1 = owner[col0], inf, 0
            for j in range(1, n_cols + 1):
                if not used[j]:
                    reduced = cost[r0 - 1][j - 1] - u[r0] - v[j]
                    if reduced < best[j]:
                        best[j], way[j] = reduced, col0
                    if best[j] < delta:
                        delta, col1 = best[j], j
            for j in range(n_cols + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    best[j] -= delta
            col0 = col1
            if owner[col0] == 0:
                break
        while col0:
            col1 = way[col0]
            owner[col0] = owner[col1]
            col0 = col1
    pairs = [(owner[j] - 1, j - 1) for j in range(1, n_cols + 1) if owner[j]]
    if transposed:
        pairs = [(j, i) for i, j in pairs]
    return sorted(pairs)
