"""Topic assignment: which subject each section is on, from its words and its neighbours.

Scoring, for each section and topic:
1. Evidence: the topic list's words found among the section's words. A word in the
   title counts TITLE_WEIGHT times; body words count by frequency, sublinearly (a word
   said six times is not six pieces of evidence), and by place: official writing puts
   the main matter first, so each sentence weighs 1/sqrt(1 + its position). The body's
   evidence is damped by its length so that a long body does not drown its title. A
   section that has sub-sections is read together with them. Little evidence is little
   certainty (MIN_EVIDENCE).
2. Neighbours: the most similar sections of *other* reports (TF-IDF cosine) vote with
   their own evidence, weighted by similarity. Reports word the same subject
   differently, but their bodies share vocabulary beyond the topic list.
3. Parent: a sub-section leans towards its parent's topic.
Neighbours and parent speak in proportion to the section's doubt (1 minus the lead of
its best topic over the next in its own evidence): they settle what its words leave
open and never outvote words that are clear.
The primary topic has the largest combined score; its share of the total is the score.
Everything is computed in a fixed order, so the same files give the same result.
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass

import numpy as np

from reportdesk.align.taxonomy import Taxonomy
from reportdesk.model import SectionRef, TopicAssignment
from reportdesk.text.sentences import sentences
from reportdesk.text.similarity import cosine_matrix, tfidf_matrix
from reportdesk.text.tokenize import add_words, tokens

TITLE_WEIGHT = 4.0
BODY_SCALE = 40.0  # body evidence is divided by (1 + body words / BODY_SCALE) ** 0.5
NEIGHBOURS = 5
NEIGHBOUR_MIN_SIMILARITY = 0.12
NEIGHBOUR_WEIGHT = 0.6
PARENT_WEIGHT = 0.35
SECONDARY_SHARE = 0.5
MIN_EVIDENCE = 3.0  # evidence below this total counts as uncertain (one strong title word is 12)


@dataclass(frozen=True)
class Evidence:
    """What a topic list's words say about one text: per-topic scores and the words behind them."""

    title_words: tuple[str, ...]
    body_words: tuple[str, ...]
    scores: np.ndarray  # per topic (read-only)
    words: tuple[dict, ...]  # per topic: evidence word -> contribution
    fit_hits: float  # weighted evidence and signature words, for choosing a list
    n_words: int


class EvidenceScorer:
    """Scores texts against one topic list; results are cached by text."""

    def __init__(self, taxonomy: Taxonomy):
        self.n_topics = len(taxonomy.topics)
        self.index: dict[str, list[tuple[int, float]]] = defaultdict(list)
        self.fit_weights: dict[str, float] = {w: 1.0 for w in taxonomy.signature}
        for k, topic in enumerate(taxonomy.topics):
            for word, weight in topic.weights:
                self.index[word].append((k, weight))
                self.fit_weights[word] = max(self.fit_weights.get(word, 0.0), weight)
        self._cache: dict[tuple[str, str], Evidence] = {}

    def evidence(self, title: str, text: str) -> Evidence:
        key = (title, text)
        found = self._cache.get(key)
        if found is None:
            if len(self._cache) > 200_000:
                self._cache.clear()
            found = self._cache[key] = self._score(title, text)
        return found

    def _score(self, title: str, text: str) -> Evidence:
        title_words, body_words = tokens(title), tokens(text)
        scores = np.zeros(self.n_topics)
        words = [dict() for _ in range(self.n_topics)]
        damping = 1.0 / math.sqrt(1.0 + len(body_words) / BODY_SCALE)
        title_counts, body_counts = Counter(title_words), _counts_by_position(text)
        for counts, factor in ((title_counts, TITLE_WEIGHT), (body_counts, damping)):
            for word, count in counts.items():
                for topic, weight in self.index.get(word, ()):
                    value = factor * weight * math.log1p(count) / math.log(2)
                    scores[topic] += value
                    words[topic][word] = words[topic].get(word, 0.0) + value
        fit_hits = sum(c * self.fit_weights.get(w, 0.0) for w, c in (title_counts + Counter(body_words)).items())
        scores.setflags(write=False)
        return Evidence(title_words, body_words, scores, tuple(words), fit_hits,
                        len(title_words) + len(body_words))


def _counts_by_position(text: str) -> Counter:
    """Word counts of a body, each sentence weighted by its place: official writing puts
    the main matter first (一是… before 二是…), so a mixed section leans to its first points."""
    counts: Counter = Counter()
    for k, sentence in enumerate(sentences(text)):
        weight = 1.0 / math.sqrt(1.0 + k)
        for word in tokens(sentence):
            counts[word] += weight
    return counts


_scorers: dict[Taxonomy, EvidenceScorer] = {}


def scorer_for(taxonomy: Taxonomy) -> EvidenceScorer:
    """The (cached) scorer of a topic list.

    Tokens must not depend on which lists happen to be loaded, or the same files could
    give different results: the bundled lists' words are always in the dictionary (see
    text.tokenize), and a list that brings new words drops every cached result.
    """
    scorer = _scorers.get(taxonomy)
    if scorer is None:
        if add_words(taxonomy.words()):
            _scorers.clear()
        scorer = _scorers[taxonomy] = EvidenceScorer(taxonomy)
    return scorer


@dataclass
class _Scored:
    ref: SectionRef
    evidence: Evidence


def assign_topics(refs: list[SectionRef], taxonomy: Taxonomy) -> list[TopicAssignment]:
    """One assignment per section, in the order given."""
    scorer = scorer_for(taxonomy)
    topic_ids = [t.id for t in taxonomy.topics]
    scored = [_Scored(ref, scorer.evidence(ref.section.title, ref.section.full_text())) for ref in refs]
    direct = (np.array([_share(s.evidence.scores) for s in scored]) if scored
              else np.zeros((0, len(topic_ids))))
    doubt = _doubt(direct)[:, None]
    combined = direct + NEIGHBOUR_WEIGHT * doubt * _neighbour_votes(scored, direct)
    position = {s.ref.key: k for k, s in enumerate(scored)}
    for k, s in enumerate(scored):  # parents come before their children
        parent = position.get(s.ref.parent_key or "")
        if parent is not None:
            combined[k] += PARENT_WEIGHT * doubt[k] * _normalise(combined[parent])
    other = topic_ids.index("other") if "other" in topic_ids else None
    return [_assignment(s, combined[k], topic_ids, other) for k, s in enumerate(scored)]


def _doubt(direct: np.ndarray) -> np.ndarray:
    """Per section, how much its own words leave open (1 = nothing said, 0 = one topic
    only): neighbours and parent speak in proportion to it, so that they settle what the
    section's words leave open and do not outvote a section whose words are clear."""
    if not len(direct):
        return np.zeros(0)
    ordered = -np.sort(-direct, axis=1)
    top = ordered[:, 0]
    second = ordered[:, 1] if direct.shape[1] > 1 else np.zeros(len(direct))
    return 1.0 - (top - second)


def _share(scores: np.ndarray) -> np.ndarray:
    """Evidence as shares of the total, shrunk when there is little of it: one stray word
    in a long body must not look as certain as a heading that names the subject."""
    return scores / max(float(scores.sum()), MIN_EVIDENCE)


def _normalise(vector: np.ndarray) -> np.ndarray:
    total = float(vector.sum())
    return vector / total if total > 0 else vector * 0.0


def _neighbour_votes(scored: list[_Scored], direct: np.ndarray) -> np.ndarray:
    """Similarity-weighted evidence of each section's nearest sections in other reports."""
    votes = np.zeros_like(direct)
    if len(scored) < 2:
        return votes
    # Identical texts (the same report loaded twice) are one point, so copies do not vote.
    unique: dict[tuple, int] = {}
    members: list[list[int]] = []
    for k, s in enumerate(scored):
        text_key = (s.evidence.title_words, s.evidence.body_words)
        if text_key not in unique:
            unique[text_key] = len(members)
            members.append([])
        members[unique[text_key]].append(k)
    documents = [scored[m[0]].evidence.title_words * 2 + scored[m[0]].evidence.body_words for m in members]
    reports = [frozenset(scored[k].ref.report_id for k in m) for m in members]
    unique_direct = np.array([direct[m[0]] for m in members])
    similarity = cosine_matrix(tfidf_matrix(documents))
    np.fill_diagonal(similarity, 0.0)
    for i, m in enumerate(members):
        row = similarity[i].copy()
        for j in range(len(members)):
            if reports[j] & reports[i]:
                row[j] = 0.0  # the same report: not a neighbour
        top = np.argsort(-row, kind="stable")[:NEIGHBOURS]
        top = [j for j in top if row[j] >= NEIGHBOUR_MIN_SIMILARITY]
        if not top:
            continue
        weights = row[top]
        vote = (weights[:, None] * unique_direct[top]).sum(axis=0) / weights.sum()
        for k in m:
            votes[k] = vote
    return votes


def _assignment(s: _Scored, combined: np.ndarray, topic_ids: list[str], other: int | None) -> TopicAssignment:
    total = float(combined.sum())
    if total <= 0:
        return TopicAssignment(s.ref.key, "other" if other is not None else topic_ids[-1], 0.0)
    order = sorted(range(len(topic_ids)), key=lambda t: (-combined[t], t))
    best = order[0]
    secondary = tuple(topic_ids[t] for t in order[1:3] if combined[t] >= SECONDARY_SHARE * combined[best]
                      and combined[t] > 0)
    evidence = tuple(w for w, _ in sorted(s.evidence.words[best].items(), key=lambda x: (-x[1], x[0]))[:5])
    return TopicAssignment(s.ref.key, topic_ids[best], round(float(combined[best]) / total, 3),
                           secondary, evidence)
