"""A topic list's evidence words found in text, as written: the longest word at each place.

Passages are scored on short pieces of text (a sentence, a clause), where a word that the
segmenter happened to glue to its neighbour (田径运动会 → 田径运动 / 会) would be lost, so the
list's words are looked for in the characters themselves: at each place the longest listed
word that starts there, left to right, without overlaps (教育信息化 is one word, not 教育 and
信息化). A word counts its weight (STRONG_WEIGHT for `strong` words, 1 for `words`), and a
word said again counts less and less (log2(1 + n)). A listed word found across the middle of
two words of the text (育人 in 教育人才) is not there: a match must start or end where one of
the segmenter's words does.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache

import numpy as np

from reportdesk.align.taxonomy import Taxonomy
from reportdesk.text.tokenize import boundaries


class WordMatcher:
    """Finds one topic list's evidence words in text."""

    def __init__(self, taxonomy: Taxonomy):
        self.n_topics = len(taxonomy.topics)
        self.index: dict[str, list[tuple[int, float]]] = {}
        for k, topic in enumerate(taxonomy.topics):
            listed = dict(topic.weights)
            for word, weight in topic.weights:
                # a longer word weighs at least as much as a word of the same topic inside it
                # (基本公共服务 as much as 公共服务)
                inner = max((w for part, w in listed.items() if part != word and part in word), default=0.0)
                self.index.setdefault(word, []).append((k, max(weight, inner)))
        for word in taxonomy.neutral:
            self.index.setdefault(word, [])
        words = sorted(self.index, key=lambda w: (-len(w), w))
        self._pattern = re.compile("|".join(re.escape(w) for w in words)) if words else None
        self._cache: dict[str, tuple[np.ndarray, Counter]] = {}

    def found(self, text: str) -> Counter:
        """How often each listed word occurs in the text (longest match at each place)."""
        if self._pattern is None:
            return Counter()
        found = Counter()
        edges = None
        for m in self._pattern.finditer(text):
            if edges is None:
                edges = boundaries(text)
            if m.start() in edges or m.end() in edges:
                found[m.group()] += 1
        return found

    def scores(self, text: str) -> np.ndarray:
        """Evidence per topic (read-only), cached by text."""
        cached = self._cache.get(text)
        if cached is None:
            if len(self._cache) > 200_000:
                self._cache.clear()
            counts = self.found(text)
            scores = np.zeros(self.n_topics)
            for word, count in counts.items():
                for topic, weight in self.index[word]:
                    scores[topic] += weight * math.log2(1 + count)
            scores.setflags(write=False)
            cached = self._cache[text] = (scores, counts)
        return cached[0]

    def words(self, text: str, topic: int) -> dict[str, float]:
        """The words of the text that speak for one topic, with their contributions."""
        self.scores(text)
        counts = self._cache[text][1]
        return {word: weight * math.log2(1 + counts[word]) for word in counts
                for t, weight in self.index[word] if t == topic}


@lru_cache(maxsize=8)
def matcher_for(taxonomy: Taxonomy) -> WordMatcher:
    return WordMatcher(taxonomy)
