"""Find: the words a user typed, where they occur in a text, and how often each report has them."""
from __future__ import annotations

from reportdesk.model import Alignment, keyed_sections


def find_words(query: str) -> list[str]:
    """The words of a query: separated by spaces or commas (Chinese or Western)."""
    return [w for w in query.replace("，", " ").replace(",", " ").split() if w]


def find_spans(text: str, words: list[str]) -> list[tuple[int, int, str]]:
    """Every occurrence of the words in a text, as highlight ranges."""
    spans = []
    for word in words:
        start = text.find(word)
        while start >= 0:
            spans.append((start, start + len(word), "find"))
            start = text.find(word, start + len(word))
    return spans


def has_all_words(text: str, words: list[str]) -> bool:
    """Whether the text holds every word (and there is at least one)."""
    return bool(words) and all(w in text for w in words)


def hits_per_report(alignment: Alignment, words: list[str]) -> dict[str, int]:
    """How many sections of each report hold every word (what Find keeps in the tree)."""
    if not words:
        return {}
    counts = {}
    for ref in alignment.reports:
        counts[ref.id] = sum(1 for _, section in keyed_sections(ref.id, ref.report.sections)
                             if has_all_words(section.heading + "\n" + section.body, words))
    return counts
