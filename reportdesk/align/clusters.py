"""Without a fitting topic list: group sections by similarity and name the groups as people would.

* Units of work (top-level aligned sections) are grouped by spherical k-means over their
  TF-IDF vectors into about sqrt(units) groups, at most MAX_GROUPS, from a seeded
  k-means++ start, so the same files give the same groups.
* A group is for comparing reports: one whose sections all come from a single report
  (when there are several), or too small to compare much, is dissolved into the groups
  nearest to its sections.
* No group may hold most of the text: while one holds more than MAX_SHARE of it, the
  unit that loses least by moving goes to its next nearest group (general wording
  gathers in one group otherwise).
* A sub-section joins the group nearest to its own text, and its parent's group only
  when no group is near (JOIN_SIMILARITY).
* A group is named by two words that many of its sections share and that are used
  mostly in it (the F-measure of the two), title words first ("护理·质量"); its
  description is its most central section's title.
"""
from __future__ import annotations

import math
from collections import Counter

import numpy as np

from reportdesk.align.taxonomy import Taxonomy, Topic
from reportdesk.model import OTHER, SectionRef, TopicAssignment
from reportdesk.text.similarity import spread, tfidf_matrix
from reportdesk.text.tokenize import tokens

JOIN_SIMILARITY = 0.18
MAX_UNITS = 3000  # sections grouped (or judged for a list's grouping) at most; see spread()
MAX_GROUPS = 20
MAX_SHARE = 1 / 2  # "no group holding most of the text"
_ITERATIONS = 30


def section_documents(refs: list[SectionRef]) -> list[tuple[str, ...]]:
    """Each section's words for similarity: its title twice, then its text."""
    return [tokens(r.section.title) * 2 + tokens(r.section.full_text()) for r in refs]


def section_vectors(refs: list[SectionRef]) -> np.ndarray:
    """TF-IDF rows of the sections, in order."""
    return tfidf_matrix(section_documents(refs))


def unit_groups(units: list[SectionRef], vectors: np.ndarray) -> list[int]:
    """A group number per unit of work (rows of `vectors`), as described above."""
    sizes = np.array([len(r.section.full_text()) + 1.0 for r in units])
    return _balanced_groups(vectors, sizes, [r.report_id for r in units])


def cluster_topics(refs: list[SectionRef]) -> tuple[Taxonomy, list[TopicAssignment]]:
    """A generated topic list (one topic per group) and the assignments to it, for at most
    MAX_UNITS sections spread over the set (the others, in a set no real reports make, get
    the topic of the nearest section grouped above them, else 其他)."""
    refs = spread(refs, MAX_UNITS)
    docs = section_documents(refs)
    vectors = tfidf_matrix(docs)
    units = [k for k, r in enumerate(refs) if r.parent_key is None] or list(range(len(refs)))
    labels = unit_groups([refs[k] for k in units], vectors[units])
    groups = sorted(set(labels), key=lambda g: labels.index(g))  # in order of first appearance
    members = [[units[i] for i, g in enumerate(labels) if g == group] for group in groups]
    centroids = [_centroid(vectors[m]) for m in members]
    group_of: dict[int, int] = {}
    similarity_of: dict[int, float] = {}
    for g, m in enumerate(members):
        for k in m:
            group_of[k], similarity_of[k] = g, float(vectors[k] @ centroids[g])
    position = {r.key: k for k, r in enumerate(refs)}
    for k, ref in enumerate(refs):
        if k in group_of:
            continue
        scores = [float(vectors[k] @ c) for c in centroids]
        best = int(np.argmax(scores)) if scores else 0
        parent = group_of.get(position.get(ref.parent_key or "", -1))
        if scores and scores[best] < JOIN_SIMILARITY and parent is not None:
            best = parent
        group_of[k], similarity_of[k] = best, scores[best] if scores else 0.0
        members[best].append(k)
    titles = [tokens(r.section.title) for r in refs]
    names = _names(docs, titles, members)
    topics = tuple(Topic(f"c{g + 1}", names[g], _central_title(refs, vectors, m, centroids[g]), ())
                   for g, m in enumerate(members)) + (Topic(OTHER, "其他", "不在以上任何一组（如部分的引言）", ()),)
    taxonomy = Taxonomy(id="clusters", name="自动聚类（无适用主题表）", topics=topics)
    assignments = [TopicAssignment(r.key, f"c{group_of[k] + 1}", round(max(0.0, similarity_of[k]), 3))
                   for k, r in enumerate(refs)]
    return taxonomy, assignments


def _balanced_groups(vectors: np.ndarray, sizes: np.ndarray, reports: list[str]) -> list[int]:
    """Group labels per unit: k-means into about sqrt(n) groups; groups too small to
    compare anything (under half an average group, or one report's only) dissolved into
    the nearest; then, while a group holds more than MAX_SHARE of the text, the unit that
    loses least by it moves to its next nearest group."""
    n = len(vectors)
    if n == 0:
        return []
    k = max(1, min(MAX_GROUPS, round(math.sqrt(n)), n))
    labels = list(_kmeans(vectors, k))
    several = len(set(reports)) > 1
    counts = Counter(labels)
    owners: dict[int, set[str]] = {}
    for g, report in zip(labels, reports):
        owners.setdefault(g, set()).add(report)
    keep = [g for g in counts if counts[g] * 2 * k >= n and (len(owners[g]) > 1 or not several)]
    if keep and len(keep) < len(counts):
        labels = _nearest_of(vectors, labels, keep)
    return _capped(vectors, labels, sizes)


def _nearest_of(vectors: np.ndarray, labels: list[int], keep: list[int]) -> list[int]:
    """Labels with every unit outside the kept groups moved to the nearest kept group."""
    centroids = {g: _centroid(vectors[[i for i, x in enumerate(labels) if x == g]]) for g in keep}
    return [g if g in centroids else max(keep, key=lambda h: (float(vectors[i] @ centroids[h]), -h))
            for i, g in enumerate(labels)]


def _capped(vectors: np.ndarray, labels: list[int], sizes: np.ndarray) -> list[int]:
    """Labels with no group above MAX_SHARE of the text, moving the fewest-losing units."""
    groups = sorted(set(labels))
    if len(groups) < 2:
        return labels
    labels = list(labels)
    total = float(sizes.sum())
    label_array = np.array(labels)
    similarity = {g: vectors @ _centroid(vectors[label_array == g]) for g in groups}
    share: Counter = Counter()
    for i, g in enumerate(labels):
        share[g] += sizes[i]
    while True:
        full = max(groups, key=lambda g: (share[g], -g))
        movable = [i for i, g in enumerate(labels) if g == full]
        room = MAX_SHARE * total
        moves = [(float(similarity[full][i] - similarity[g][i]), i, g) for i in movable for g in groups
                 if g != full and share[g] + sizes[i] <= room]
        if share[full] <= room or len(movable) < 2 or not moves:
            return labels  # (a move never overfills another group, so this ends)
        _, unit, target = min(moves)
        labels[unit] = target
        share[full] -= sizes[unit]
        share[target] += sizes[unit]


def _kmeans(vectors: np.ndarray, k: int) -> list[int]:
    """Spherical k-means from a seeded k-means++ start: labels per row, deterministic."""
    n = len(vectors)
    if k >= n:
        return list(range(n))
    rng = np.random.default_rng(0)
    chosen = [int(np.argmax(vectors @ _centroid(vectors)))]  # the most central first
    for _ in range(1, k):
        nearest = np.max(vectors @ vectors[chosen].T, axis=1)
        weights = np.clip(1.0 - nearest, 0.0, None) ** 2
        weights[chosen] = 0.0
        total = float(weights.sum())
        chosen.append(int(rng.choice(n, p=weights / total)) if total > 0 else
                      next(i for i in range(n) if i not in chosen))
    centroids = vectors[chosen].copy()
    labels = np.full(n, -1)
    for _ in range(_ITERATIONS):
        new = np.argmax(vectors @ centroids.T, axis=1)
        if np.array_equal(new, labels):
            break
        labels = new
        for g in range(k):
            rows = vectors[labels == g]
            if len(rows):
                centroids[g] = _centroid(rows)
    return [int(x) for x in labels]


def _centroid(rows: np.ndarray) -> np.ndarray:
    centre = rows.sum(axis=0)
    norm = float(np.linalg.norm(centre))
    return centre / norm if norm else centre


def _central_title(refs: list[SectionRef], vectors: np.ndarray, members: list[int], centroid) -> str:
    best = max(members, key=lambda k: (float(vectors[k] @ centroid), -k))
    return refs[best].section.title


def _names(docs: list[tuple[str, ...]], titles: list[tuple[str, ...]], members: list[list[int]]) -> list[str]:
    """Each group's two words shared by many of its sections and used by few others;
    a word in the sections' titles counts more (people name a subject as headings do)."""
    df: Counter[str] = Counter()
    for doc in docs:
        df.update(set(doc))
    names: list[str] = []
    for group in members:
        inside: Counter[str] = Counter()
        in_titles: Counter[str] = Counter()
        for k in group:
            inside.update(set(docs[k]))
            in_titles.update(set(titles[k]))
        size = len(group)

        def score(word: str) -> float:
            # how many of the group's sections use it, and how much of its use is in the
            # group: a word all groups use ("得到", "召开") names none of them
            shared = (inside[word] + 2 * in_titles[word]) / (3 * size)
            concentrated = inside[word] / df[word]
            return 2 * shared * concentrated / (shared + concentrated)

        # words of the sections' titles first: people name a subject as headings do
        shared_titles = [w for w in in_titles if len(w) >= 2 and (in_titles[w] >= 2 or size <= 2)]
        shared_words = [w for w in inside if len(w) >= 2 and (inside[w] >= 2 or size == 1)]
        ranked = sorted(shared_titles, key=lambda w: (-score(w), w))
        ranked += sorted((w for w in shared_words if w not in in_titles), key=lambda w: (-score(w), w))
        picked: list[str] = []
        for word in ranked:
            if not any(word in p or p in word for p in picked):
                picked.append(word)
            if len(picked) == 2:
                break
        name = "·".join(picked) or "未归类"
        while name in names:
            name += "＋"
        names.append(name)
    return names
