"""Facts: every figure of every aligned report, placed (file, report, section, offsets),
with its topic and, where the subject matches one, a canonical indicator."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reportdesk import resources
from reportdesk.indicators.extract import figures, sentence_around
from reportdesk.model import Alignment, keyed_sections, parent_of_key


@dataclass(frozen=True)
class Indicator:
    id: str
    name: str
    units: tuple[str, ...]
    words: tuple[str, ...]


@dataclass(frozen=True)
class Fact:
    path: str
    report: int  # position of the report in its file, from 1
    report_id: str
    region: str | None
    name: str  # the report's display name (长葛市教体局 2021), as every view names it
    section_key: str
    section: str  # the heading of the section holding the figure
    topic: str | None
    part: str | None
    subject: str
    indicator: str  # canonical indicator id, or "" for a raw fact
    indicator_name: str
    value: float | None
    unit: str
    approx: bool
    change: bool
    share: bool
    masked: bool
    breakdown: bool  # a part of the figure before it (其中…)
    sentence: str
    start: int  # offsets of the figure in the section's body
    end: int


@lru_cache(maxsize=4)
def load_indicators(path: str | None = None) -> tuple[Indicator, ...]:
    source = Path(path) if path else resources.path("indicators/education.toml")
    data = tomllib.loads(source.read_text(encoding="utf-8"))
    return tuple(Indicator(str(e["id"]), str(e.get("name", e["id"])), tuple(e.get("units", [])),
                           tuple(e.get("words", []))) for e in data.get("indicators", []))


def match_indicator(subject: str, unit: str, indicators: tuple[Indicator, ...]) -> Indicator | None:
    """The indicator whose longest word occurs in the subject, among those taking this unit."""
    best, best_length = None, 0
    for indicator in indicators:
        if indicator.units and unit not in indicator.units:
            continue
        for word in indicator.words:
            if word in subject and len(word) > best_length:
                best, best_length = indicator, len(word)
    return best


def collect_facts(alignment: Alignment, indicators: tuple[Indicator, ...] | None = None,
                  progress=None) -> list[Fact]:
    """Every figure in every report of the alignment, in reading order."""
    indicators = indicators if indicators is not None else load_indicators()
    out: list[Fact] = []

    def add(ref, text: str, key: str, heading: str, topic: str | None, part: str | None) -> None:
        for figure in figures(text):
            left, right = sentence_around(text, figure.start, figure.end)
            indicator = None if figure.masked else match_indicator(figure.subject, figure.unit, indicators)
            out.append(Fact(ref.path, ref.index, ref.id, ref.report.region, ref.label, key, heading, topic, part,
                            figure.subject, indicator.id if indicator else "", indicator.name if indicator else "",
                            figure.value, figure.unit, figure.approx, figure.change, figure.share, figure.masked,
                            figure.breakdown, text[left:right].strip(), figure.start, figure.end))

    for k, ref in enumerate(alignment.reports):
        if progress is not None:
            if progress.cancelled:
                break
            progress.step(k, len(alignment.reports), ref.label)
        inherited: dict[str, str | None] = {}  # a section without a topic of its own has its parent's
        for key, section in keyed_sections(ref.id, ref.report.sections):
            assigned = alignment.assignment(key)
            topic = inherited[key] = assigned.topic if assigned else inherited.get(parent_of_key(key))
            add(ref, section.body, key, section.heading, topic, section.part)
        add(ref, ref.report.preamble, f"{ref.id}/0", "（导语）", None, None)
    return out
