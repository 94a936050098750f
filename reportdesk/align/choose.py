"""Pick the topic list that fits a set of reports."""
from __future__ import annotations

from reportdesk.align.taxonomy import Taxonomy
from reportdesk.model import SectionRef
from reportdesk.align.topics import scorer_for

# Measured: the education list fits education reports at about 0.5 and government reports
# at about 0.2; the government list fits government reports at about 0.8; the best list
# for hospital reports reaches about 0.2.
FIT_MIN = 0.3


def fit(refs: list[SectionRef], taxonomy: Taxonomy) -> float:
    """Evidence words and signature words of the list per word of text: how well it fits."""
    scorer = scorer_for(taxonomy)
    hits = total = 0.0
    for ref in refs:
        evidence = scorer.evidence(ref.section.title, ref.section.full_text())
        hits += evidence.fit_hits
        total += evidence.n_words
    return hits / total if total else 0.0


def choose_taxonomy(refs: list[SectionRef], candidates: list[Taxonomy]) -> tuple[Taxonomy, float]:
    """The candidate that fits best, and how well (see `fit`; below FIT_MIN nothing fits)."""
    scores = [fit(refs, t) for t in candidates]
    best = max(range(len(candidates)), key=lambda k: (scores[k], -k))
    return candidates[best], scores[best]
