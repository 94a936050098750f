"""Without a fitting topic list: group sections by similarity and name groups by their words.

Units of work are clustered in reading order (each joins the most similar existing
group if close enough, else starts a new one), which is deterministic; sub-sections
then join the group nearest to them, or their parent's. A group is named by its two
most characteristic words.
"""
from __future__ import annotations

import math
from collections import Counter

import numpy as np

from reportdesk.align.taxonomy import Taxonomy, Topic
from reportdesk.model import SectionRef, TopicAssignment
from reportdesk.text.similarity import tfidf_matrix
from reportdesk.text.tokenize import tokens

JOIN_SIMILARITY = 0.18


def cluster_topics(refs: list[SectionRef]) -> tuple[Taxonomy, list[TopicAssignment]]:
    """A generated topic list (one topic per group) and the assignments to it."""
    docs = [tokens(r.section.title) * 2 + tokens(r.section.full_text()) for r in refs]
    vectors = tfidf_matrix(docs)
    centroids: list[np.ndarray] = []
    members: list[list[int]] = []
    group_of: dict[int, int] = {}
    similarity_of: dict[int, float] = {}
    for k, ref in enumerate(refs):
        if ref.parent_key is not None:
            continue
        best, score = _nearest(vectors[k], centroids)
        if best is None or score < JOIN_SIMILARITY:
            centroids.append(vectors[k].copy())
            members.append([k])
            best, score = len(members) - 1, 1.0
        else:
            members[best].append(k)
            centroids[best] = _normalised(centroids[best] * (len(members[best]) - 1) + vectors[k])
        group_of[k], similarity_of[k] = best, score
    position = {r.key: k for k, r in enumerate(refs)}
    for k, ref in enumerate(refs):
        if ref.parent_key is None:
            continue
        best, score = _nearest(vectors[k], centroids)
        parent = group_of.get(position.get(ref.parent_key, -1))
        if (best is None or score < JOIN_SIMILARITY) and parent is not None:
            best, score = parent, score if best == parent else 0.0
        if best is None:  # no unit anywhere: every sub-section starts its own group
            centroids.append(vectors[k].copy())
            members.append([])
            best, score = len(members) - 1, 1.0
        members[best].append(k)
        group_of[k], similarity_of[k] = best, score
    names = _names(docs, [tokens(r.section.title) for r in refs], members)
    topics = tuple(Topic(f"c{g + 1}", names[g], "自动聚类", ()) for g in range(len(members)))
    taxonomy = Taxonomy(id="clusters", name="自动聚类（无适用主题表）", topics=topics)
    assignments = [TopicAssignment(r.key, f"c{group_of[k] + 1}", round(max(0.0, similarity_of[k]), 3))
                   for k, r in enumerate(refs)]
    return taxonomy, assignments


def _nearest(vector: np.ndarray, centroids: list[np.ndarray]) -> tuple[int | None, float]:
    if not centroids:
        return None, 0.0
    scores = np.array([float(vector @ c) for c in centroids])
    best = int(np.argmax(scores))
    return best, float(scores[best])


def _normalised(vector: np.ndarray) -> np.ndarray:
    norm = float(np.linalg.norm(vector))
    return vector / norm if norm else vector


def _names(docs: list[tuple[str, ...]], titles: list[tuple[str, ...]], members: list[list[int]]) -> list[str]:
    """Each group's two words most frequent in it (headings count most) and rare elsewhere."""
    df: Counter[str] = Counter()
    for doc in docs:
        df.update(set(doc))
    n = len(docs)
    names = []
    for group in members:
        counts: Counter[str] = Counter()
        for k in group:
            counts.update(set(docs[k]))
            counts.update({w: 3 for w in set(titles[k])})
        ranked = sorted(counts, key=lambda w: (-counts[w] * math.log((1 + n) / (1 + df[w]) + 1), w))
        names.append("·".join(ranked[:2]) or "未归类")
    return names
