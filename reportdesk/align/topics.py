"""How much a whole section's words speak for each topic of a list: what choosing a list
(`align.choose`) compares. Topics themselves belong to passages (`align.passages`).

A word in the title counts TITLE_WEIGHT times; body words count by frequency, sublinearly
(a word said six times is not six pieces of evidence). The body's evidence is damped by
its length so that a long body does not drown its title.
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass

import numpy as np

from reportdesk.align.taxonomy import Taxonomy
from reportdesk.text.tokenize import add_words, tokens

TITLE_WEIGHT = 4.0
BODY_SCALE = 40.0  # body evidence is divided by (1 + body words / BODY_SCALE) ** 0.5


@dataclass(frozen=True)
class Evidence:
    """What a topic list's words say about one text: per-topic scores and the words behind them."""

    title_words: tuple[str, ...]
    body_words: tuple[str, ...]
    scores: np.ndarray  # per topic (read-only)
    words: tuple[dict, ...]  # per topic: evidence word -> contribution
    fit_hits: float  # weighted evidence and signature words, for choosing a list
    n_words: int
    signature_hits: int = 0  # words of the list's signature


class EvidenceScorer:
    """Scores texts against one topic list; results are cached by text."""

    def __init__(self, taxonomy: Taxonomy):
        self.n_topics = len(taxonomy.topics)
        self.index: dict[str, list[tuple[int, float]]] = defaultdict(list)
        self.fit_weights: dict[str, float] = {w: 1.0 for w in taxonomy.signature}
        self.signature = frozenset(taxonomy.signature)
        for k, topic in enumerate(taxonomy.topics):
            for word, weight in topic.weights:
                self.index[word].append((k, weight))
                self.fit_weights[word] = max(self.fit_weights.get(word, 0.0), weight)
        self._cache: dict[tuple[str, str], Evidence] = {}
        self._sections: dict[int, tuple] = {}

    def section_evidence(self, section) -> Evidence:
        """A section's evidence (its title, and its text with its sub-sections'), remembered
        for the section object: choosing a list asks for it several times."""
        found = self._sections.get(id(section))
        if found is None or found[0] is not section:
            if len(self._sections) > 200_000:
                self._sections.clear()
            found = self._sections[id(section)] = (section, self.evidence(section.title, section.full_text()))
        return found[1]

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
        title_counts, body_counts = Counter(title_words), Counter(body_words)
        for counts, factor in ((title_counts, TITLE_WEIGHT), (body_counts, damping)):
            for word, count in counts.items():
                for topic, weight in self.index.get(word, ()):
                    value = factor * weight * math.log1p(count) / math.log(2)
                    scores[topic] += value
                    words[topic][word] = words[topic].get(word, 0.0) + value
        every = title_counts + body_counts
        fit_hits = sum(c * self.fit_weights.get(w, 0.0) for w, c in every.items())
        signature_hits = sum(c for w, c in every.items() if w in self.signature)
        scores.setflags(write=False)
        return Evidence(title_words, body_words, scores, tuple(words), fit_hits,
                        len(title_words) + len(body_words), signature_hits)


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
