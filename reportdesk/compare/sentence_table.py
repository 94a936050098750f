"""Every sentence of a set of reports, where it is and its class, as columns of numbers.

A batch of 2,000 files holds half a million sentences; as two objects each (the sentence and
its finding) they took 170 MB of a window that must stay under 1 GB, as columns they take
about 20. The objects are made when a report's or a section's sentences are asked for (one
column of the comparison, one report of the reading view), from the reports' own text.
"""
from __future__ import annotations

from array import array
from dataclasses import dataclass

from reportdesk.compare.sentences import Sentence
from reportdesk.model import ReportRef, keyed_sections

KINDS = ("boilerplate", "reused", "copied", "own")
REASONS = ("", "formula", "widespread")


@dataclass(frozen=True, slots=True)
class Finding:
    """A sentence and its class; `others` are the reports it is shared with, as report ids."""

    sentence: Sentence
    kind: str  # one of KINDS
    reason: str = ""  # for boilerplate: "formula" or "widespread"
    others: tuple[str, ...] = ()
    chars: int = 0  # characters of the sentence in this class (formulas inside are boilerplate)


class SentenceTable:
    """Sentences in reading order, report after report: `add` them, then `classify` each."""

    def __init__(self, refs: tuple[ReportRef, ...]):
        self.refs = refs
        self.report = array("i")  # index into refs
        self.key = array("i")  # index into keys; -1: the report's preamble
        self.heading = bytearray()  # 1: the sentence is its section's heading
        self.start, self.end = array("i"), array("i")  # offsets in the heading, body or preamble
        self.chars = array("i")  # characters as a reader counts them
        self.formulas: dict[int, tuple[tuple[int, int], ...]] = {}  # standard formulas inside
        self.formula_chars: dict[int, int] = {}
        self.kind, self.reason = bytearray(), bytearray()  # indexes into KINDS and REASONS
        self.class_chars = array("i")  # characters in its class (formulas inside are boilerplate)
        self.others: dict[int, tuple[str, ...]] = {}
        self.keys: list[str] = []
        self._key_index: dict[str, int] = {}
        self._report_span: dict[str, tuple[int, int]] = {}
        self._key_span: dict[str, tuple[int, int]] = {}

    def __len__(self) -> int:
        return len(self.start)

    def add(self, report: int, key: str | None, heading: bool, start: int, end: int, chars: int,
            formulas: tuple[tuple[int, int], ...] = (), formula_chars: int = 0) -> None:
        k = len(self.start)
        if key is None:
            index = -1
        elif key in self._key_index:
            index = self._key_index[key]
        else:
            index = self._key_index[key] = len(self.keys)
            self.keys.append(key)
        self.report.append(report)
        self.key.append(index)
        self.heading.append(heading)
        self.start.append(start)
        self.end.append(end)
        self.chars.append(chars)
        if formulas:
            self.formulas[k], self.formula_chars[k] = formulas, formula_chars
        if key is not None:
            first, _ = self._key_span.get(key, (k, k))
            self._key_span[key] = (first, k + 1)
        report_id = self.refs[report].id
        first, _ = self._report_span.get(report_id, (k, k))
        self._report_span[report_id] = (first, k + 1)

    def classify(self, k: int, kind: str, reason: str, others: tuple[str, ...], chars: int) -> None:
        """Sentences are classified in order, once each."""
        assert len(self.kind) == k
        self.kind.append(KINDS.index(kind))
        self.reason.append(REASONS.index(reason))
        self.class_chars.append(chars)
        if others:
            self.others[k] = others

    def span_of(self, report_id: str) -> range:
        return range(*self._report_span.get(report_id, (0, 0)))

    def span_in(self, key: str) -> range:
        return range(*self._key_span.get(key, (0, 0)))

    def sentence(self, k: int) -> Sentence:
        return self.sentences(range(k, k + 1))[0]

    def sentences(self, span: range) -> list[Sentence]:
        """The sentences at these positions (all of one report), each with the text it stands in."""
        if not span:
            return []
        ref = self.refs[self.report[span.start]]
        sections = dict(keyed_sections(ref.id, ref.report.sections))
        out = []
        for k in span:
            key = self.keys[self.key[k]] if self.key[k] >= 0 else None
            if key is None:
                source = ref.report.preamble
            else:
                section = sections[key]
                source = section.heading if self.heading[k] else section.body
            out.append(Sentence(ref.id, key, bool(self.heading[k]), self.start[k], self.end[k], source,
                                self.formulas.get(k, ()), self.chars[k]))
        return out

    def findings(self, span: range) -> list[Finding]:
        return [Finding(s, KINDS[self.kind[k]], REASONS[self.reason[k]], self.others.get(k, ()),
                        self.class_chars[k]) for k, s in zip(span, self.sentences(span))]
