"""Chinese word segmentation with jieba, loaded once, with our domain dictionary.

`tokens(text)` gives the content words of a text (stop words, punctuation and numbers
removed), cached by text so that aligning the same reports again costs nothing.
jieba is imported on first use, not at start-up; its dictionary cache is written to
the user's cache folder, never beside the program.
"""
from __future__ import annotations

import logging
import re
import threading
from functools import lru_cache

from reportdesk import resources
from reportdesk.files import cache_dir

_lock = threading.Lock()
_tokenizer = None
_extra_words: set[str] = set()
_WORD = re.compile(r"[\u4e00-\u9fffA-Za-z]")


def _get_tokenizer():
    global _tokenizer
    with _lock:
        if _tokenizer is None:
            import jieba

            jieba.setLogLevel(logging.WARNING)
            tokenizer = jieba.Tokenizer()
            tokenizer.tmp_dir = str(cache_dir())
            tokenizer.initialize()
            tokenizer.load_userdict(str(resources.path("jieba/userdict.txt")))
            _extra_words.update(_bundled_topic_words())
            for word in sorted(_extra_words):
                tokenizer.add_word(word, freq=2000)
            _tokenizer = tokenizer
        return _tokenizer


def _bundled_topic_words() -> set[str]:
    """Evidence words of the bundled topic lists: always in the dictionary, so that tokens
    never depend on which list happens to be loaded."""
    import tomllib

    words: set[str] = set()
    for path in sorted(resources.path("taxonomy").glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        words.update(data.get("signature", []))
        for topic in data.get("topics", []):
            words.update(topic.get("strong", []))
            words.update(topic.get("words", []))
    return {w for w in words if len(w) > 1}


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    text = resources.path("jieba/stopwords.txt").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.split() if w.strip())


def add_words(words) -> bool:
    """Make sure these words (a topic list's evidence) come out as single tokens.

    Returns True when the dictionary changed (and cached tokens were dropped)."""
    _get_tokenizer()
    new = {w for w in words if len(w) > 1} - _extra_words
    if not new:
        return False
    _extra_words.update(new)
    if _tokenizer is not None:
        for word in sorted(new):
            _tokenizer.add_word(word, freq=2000)
    tokens.cache_clear()
    word_spans.cache_clear()
    boundaries.cache_clear()
    return True


def segment(text: str) -> list[str]:
    """Every word jieba finds, in order (no filtering): the bare cost the benchmark compares to."""
    return _get_tokenizer().lcut(text, HMM=False)


@lru_cache(maxsize=200_000)
def tokens(text: str) -> tuple[str, ...]:
    """Content words of a text, in order."""
    stops = stop_words()
    return tuple(w for w in segment(text) if len(w) > 1 and w not in stops and _WORD.search(w))


@lru_cache(maxsize=20_000)
def word_spans(text: str) -> tuple[tuple[str, int, int], ...]:
    """Content words with their character positions: (word, start, end)."""
    stops = stop_words()
    return tuple((w, start, end) for w, start, end in _get_tokenizer().tokenize(text, HMM=False)
                 if len(w) > 1 and w not in stops and _WORD.search(w))


@lru_cache(maxsize=200_000)
def boundaries(text: str) -> frozenset[int]:
    """The positions where jieba's words of the text start or end."""
    found = {0, len(text)}
    position = 0
    for word in segment(text):
        position += len(word)
        found.add(position)
    return frozenset(found)


def is_word(text: str) -> bool:
    """Whether the dictionary knows this as a word."""
    return bool(_get_tokenizer().FREQ.get(text))


def is_loaded() -> bool:
    """Whether jieba's dictionary is in memory already."""
    return _tokenizer is not None


def warm_up() -> None:
    """Load jieba's dictionary now (in the background, after the window is shown), so that
    the first alignment does not wait for it."""
    _get_tokenizer()
    stop_words()
    segment("教育")
