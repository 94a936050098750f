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
from reportdesk.text.tokenize import boundaries, is_word


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
        self.memo: dict = {}  # what its users derive from a text's scores, kept with them

    def matches(self, text: str) -> list[tuple[int, str]]:
        """(position, word) of each listed word in the text, the longest at each place."""
        if self._pattern is None:
            return []
        out = []
        edges = None
        for m in self._pattern.finditer(text):
            start, end = m.start(), m.end()
            if _glued(text, start, end):  # only then is the segmenter asked where its words are
                if edges is None:
                    edges = boundaries(text)
                if start not in edges and end not in edges:
                    continue
            out.append((start, m.group()))
        return out

    def vector(self, counts: Counter) -> np.ndarray:
        """Evidence per topic of these word counts."""
        scores = np.zeros(self.n_topics)
        for word, count in counts.items():
            for topic, weight in self.index[word]:
                scores[topic] += weight * math.log2(1 + count)
        return scores

    def scores(self, text: str) -> np.ndarray:
        """Evidence per topic of a text (read-only), cached by text."""
        cached = self._cache.get(text)
        if cached is None:
            if len(self._cache) > 200_000:
                self._cache.clear()
            counts = Counter(word for _, word in self.matches(text))
            scores = self.vector(counts)
            scores.setflags(write=False)
            cached = self._cache[text] = (scores, counts)
        return cached[0]

    def words(self, counts: Counter, topic: int) -> dict[str, float]:
        """The words among these counts that speak for one topic, with their contributions."""
        return {word: weight * math.log2(1 + counts[word]) for word in counts
                for t, weight in self.index[word] if t == topic}


def _glued(text: str, start: int, end: int) -> bool:
    """Whether a match could be the middle of other words: a character on either side joins
    its edge character into a word of the dictionary (教|育人|才: 教育, 人才)."""
    return ((start > 0 and is_word(text[start - 1:start + 1])) and
            (end < len(text) and is_word(text[end - 1:end + 1])))


@lru_cache(maxsize=8)
def matcher_for(taxonomy: Taxonomy) -> WordMatcher:
    return WordMatcher(taxonomy)
