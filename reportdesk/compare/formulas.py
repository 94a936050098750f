"""Standard political formulas (套话) in a sentence: where they are, and the rest of it.

The list is a bundled, editable text file (resources/boilerplate/formulas.txt), one
formula a line. A formula is found in a sentence by its form (sentences.py), so that
punctuation, 的/了 and the congress number do not matter; its place in the sentence as
written is then found by a pattern that allows those between its characters.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from reportdesk import resources
from reportdesk.compare.sentences import NUMBER, PLACE, Normaliser
from reportdesk.text.sentences import STOPS

MIN_FORMULA = 4  # shorter lines would match inside ordinary words
_GAP = r"[\W_的了]*"
# Inside a formula written without a comma, none is allowed in the text either: 推进，中国式现代化
# is two clauses, not the formula 推进中国式现代化; 完整、准确、全面 still matches 完整准确全面.
_NARROW_GAP = r"(?:[的了]|[^\w，。；：！？,;:!?])*"
_CLAUSE = re.compile(rf"[，,{STOPS}]")
_CLOSING = "”’」』》）)\"'"
_NUMBER_PATTERN = r"(?:\d+(?:[.,]\d+)*|[零〇一二三四五六七八九十百千两]+|[xX×＊*]+)"


def read_formulas(path: str | Path | None = None) -> tuple[str, ...]:
    """The formulas of a list file (the bundled one by default): one a line, # comments."""
    source = Path(path) if path else resources.path("boilerplate/formulas.txt")
    lines = (line.split("#", 1)[0].strip() for line in source.read_text(encoding="utf-8").splitlines())
    return tuple(dict.fromkeys(line for line in lines if line))


@lru_cache(maxsize=1)
def bundled_formulas() -> tuple[str, ...]:
    return read_formulas()


class FormulaFinder:
    """Finds the formulas of a list in sentences, as forms and as written."""

    def __init__(self, formulas: tuple[str, ...], normaliser: Normaliser):
        self._clauses: set[str] = set()  # forms of formulas written with a comma in them
        forms = set()
        for formula in formulas:
            form = normaliser.form(formula)
            forms.add(form)
            if _CLAUSE.search(formula):
                self._clauses.add(form)
        forms = sorted((f for f in forms if len(f) >= MIN_FORMULA), key=lambda f: (-len(f), f))
        self._any = re.compile("|".join(re.escape(f) for f in forms)) if forms else None
        self._written: dict[str, re.Pattern] = {}

    def spans(self, text: str, form: str) -> list[tuple[int, int]]:
        """(start, end) in `text` of each formula it holds, in order, not overlapping."""
        if self._any is None:
            return []
        found = {m.group() for m in self._any.finditer(form)}
        if not found:
            return []
        spans: list[tuple[int, int]] = []
        for formula in sorted(found, key=lambda f: (-len(f), f)):
            for m in self._pattern(formula).finditer(text):
                end = m.end()
                while end < len(text) and text[end] in _CLOSING and text[m.start():end].count(text[end]) == 0:
                    end += 1  # the quote that closes one opened inside: 做到“两个维护”
                if not any(m.start() < e and s < end for s, e in spans):
                    spans.append((m.start(), end))
        return sorted(spans)

    def _pattern(self, formula: str) -> re.Pattern:
        pattern = self._written.get(formula)
        if pattern is None:
            pieces = [_NUMBER_PATTERN if c == NUMBER else r"\S{1,12}?" if c == PLACE else re.escape(c)
                      for c in formula]
            gap = _GAP if formula in self._clauses else _NARROW_GAP
            pattern = self._written[formula] = re.compile(gap.join(pieces), re.I)
        return pattern
