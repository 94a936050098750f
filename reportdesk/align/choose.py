"""Pick the topic list that fits a set of reports."""
from __future__ import annotations

from collections import Counter

from reportdesk.align.taxonomy import Taxonomy
from reportdesk.align.units import full_text
from reportdesk.model import SectionRef
from reportdesk.text.tokenize import add_words, tokens

# Measured: the education list fits education reports at about 0.5 and government reports
# at about 0.2; the government list fits government reports at about 0.8; the best list
# for hospital reports reaches about 0.2.
FIT_MIN = 0.3


def fit(refs: list[SectionRef], taxonomy: Taxonomy) -> float:
    """Evidence words and signature words of the list per word of text: how well it fits."""
    weights: dict[str, float] = {}
    for topic in taxonomy.topics:
        for word, weight in topic.weights:
            weights[word] = max(weights.get(word, 0.0), weight)
    for word in taxonomy.signature:
        weights[word] = max(weights.get(word, 0.0), 1.0)
    hits = total = 0.0
    for ref in refs:
        words = Counter(tokens(ref.section.title)) + Counter(tokens(full_text(ref.section)))
        total += sum(words.values())
        hits += sum(count * weights.get(word, 0.0) for word, count in words.items())
    return hits / total if total else 0.0


def choose_taxonomy(refs: list[SectionRef], candidates: list[Taxonomy]) -> tuple[Taxonomy, float]:
    """The candidate that fits best, and how well (see `fit`; below FIT_MIN nothing fits)."""
    for taxonomy in candidates:
        add_words(taxonomy.words())
    scores = [fit(refs, t) for t in candidates]
    best = max(range(len(candidates)), key=lambda k: (scores[k], -k))
    return candidates[best], scores[best]
