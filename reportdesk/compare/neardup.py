"""Near-duplicate forms: which pairs of sentence forms are the same sentence, lightly edited.

Two stages, the classic way of joining texts by similarity without comparing all pairs:

1. *Candidates* from an inverted index of character shingles (k characters in a row),
   built with numpy: every form's shingles are hashed, sorted by hash, and the forms
   that share a shingle are paired; a pair is a candidate when it shares `min_shared`
   shingles. A long posting list (高质量发 is everywhere) would make the pairs quadratic,
   so only near neighbours in it are paired, and the commonest shingles not at all.
2. *Verification* of each candidate by the Indel similarity of the two forms,
   1 - (insertions + deletions) / (len a + len b): the share of characters the two have
   in common, in order. It is what 查重 readers mean by "the same sentence": a spun copy
   that swaps 教育 for 训练 every few words keeps about nine characters in ten.
   rapidfuzz computes it in C++ (about 100× difflib), which is what makes verifying
   hundreds of thousands of candidates affordable.
"""
from __future__ import annotations

import numpy as np
from rapidfuzz.distance import Indel
from rapidfuzz.process import cpdist

K = 4
MIN_SHARED = 2
MAX_DF = 5000  # a shingle in more forms than this is too common to pair on at all
EXHAUSTIVE = 32  # posting lists up to this long are paired in full...
GAP = 6  # ...longer ones only with the next few entries
_BASE = np.uint64(0x100000001B3)  # FNV prime: mixes code points into a 64-bit hash


def shingle_table(forms: list[str], k: int = K) -> tuple[np.ndarray, np.ndarray]:
    """(form index, shingle hash) for every distinct k-character shingle of every form,
    sorted by hash."""
    lengths = np.fromiter((len(f) for f in forms), dtype=np.int64, count=len(forms))
    if not forms or lengths.max(initial=0) < k:
        return np.empty(0, np.int64), np.empty(0, np.uint64)
    codes = np.frombuffer("".join(forms).encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    hashes = np.zeros(len(codes) - k + 1, dtype=np.uint64)
    for j in range(k):
        hashes = hashes * _BASE + codes[j:len(codes) - k + 1 + j]
    ends = np.cumsum(lengths)
    owner = np.repeat(np.arange(len(forms), dtype=np.int64), lengths)[:len(hashes)]
    valid = np.arange(len(hashes)) + k <= ends[owner]  # the shingle stays inside its form
    owner, hashes = owner[valid], hashes[valid]
    order = np.lexsort((owner, hashes))
    owner, hashes = owner[order], hashes[order]
    fresh = np.r_[True, (hashes[1:] != hashes[:-1]) | (owner[1:] != owner[:-1])]
    return owner[fresh], hashes[fresh]


def candidate_pairs(forms: list[str], k: int = K, min_shared: int = MIN_SHARED, max_df: int = MAX_DF,
                    exhaustive: int = EXHAUSTIVE, gap: int = GAP) -> tuple[np.ndarray, np.ndarray]:
    """(pairs as an n×2 array of form indices, i < j; shared shingle counts) of candidates."""
    owner, hashes = shingle_table(forms, k)
    if len(owner) == 0:
        return np.empty((0, 2), np.int64), np.empty(0, np.int64)
    starts = np.flatnonzero(np.r_[True, hashes[1:] != hashes[:-1]])
    df = np.diff(np.r_[starts, len(hashes)])
    keep = np.repeat((df >= 2) & (df <= max_df), df)
    owner, group = owner[keep], np.repeat(np.arange(len(df)), df)[keep]
    small = np.repeat(df, df)[keep] <= exhaustive
    n = len(forms)
    codes = []
    # Pair each entry of a posting list with the ones `step` places after it: every pair in
    # a short list, and only near neighbours in a long one (its forms are in order, so the
    # many variants of one widespread sentence still chain together, at linear cost).
    for step in range(1, exhaustive):
        same = group[step:] == group[:-step]
        if step > gap:
            same &= small[step:]
        if not same.any():
            break
        a, b = owner[:-step][same], owner[step:][same]
        codes.append(np.minimum(a, b) * n + np.maximum(a, b))
    if not codes:
        return np.empty((0, 2), np.int64), np.empty(0, np.int64)
    pair_codes, shared = np.unique(np.concatenate(codes), return_counts=True)
    chosen = shared >= min_shared
    pair_codes, shared = pair_codes[chosen], shared[chosen]
    return np.stack([pair_codes // n, pair_codes % n], axis=1), shared


def similarity(a: str, b: str) -> float:
    """Indel similarity of two forms, 0..1."""
    return Indel.normalized_similarity(a, b)


def similar_pairs(forms: list[str], threshold: float, **candidates) -> list[tuple[int, int, float]]:
    """(i, j, similarity) of the pairs of forms at least `threshold` alike, i < j."""
    pairs, _ = candidate_pairs(forms, **candidates)
    if len(pairs) == 0:
        return []
    scores = cpdist([forms[i] for i in pairs[:, 0]], [forms[j] for j in pairs[:, 1]],
                    scorer=Indel.normalized_similarity, score_cutoff=threshold, dtype=np.float32,
                    workers=-1)
    chosen = scores >= threshold
    return list(zip(pairs[chosen, 0].tolist(), pairs[chosen, 1].tolist(), scores[chosen].astype(float).tolist()))
