"""Facts: every figure of every aligned report, placed (file, report, section, offsets),
with its topic and, where the subject matches one, a canonical indicator."""
from __future__ import annotations

import sys
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reportdesk import resources
from reportdesk.align.taxonomy import BUNDLED, BUNDLED_PREFIX, taxonomy_for
from reportdesk.align.words import matcher_for
from reportdesk.figures.extract import figures, sentence_around
from reportdesk.model import Alignment, TopicAssignment, keyed_sections, matrix_part


@dataclass(frozen=True)
class Indicator:
    id: str
    name: str
    units: tuple[str, ...]
    words: tuple[str, ...]
    change: bool | None = None  # True: a rate of change (地区生产总值增长5%); False: a level; None: either
    exclude: tuple[str, ...] = ()  # a subject with one of these words is something else (能耗, 比重)


@dataclass(frozen=True, slots=True)
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
    growth: bool  # the indicator is a rate of change (增长 x%), so a change figure is its value
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
                           tuple(e.get("words", [])), e.get("change"), tuple(e.get("exclude", [])))
                 for e in data.get("indicators", []))


def indicators_for(alignment: Alignment) -> tuple[Indicator, ...]:
    """The indicator list that goes with the alignment's topic list (government reports have
    their own: GDP growth, fiscal revenue, investment, retail sales, jobs, grain…)."""
    name = "government" if alignment.taxonomy_id.startswith("government") else "education"
    return load_indicators(str(resources.path(f"indicators/{name}.toml")))


def match_indicator(subject: str, unit: str, indicators: tuple[Indicator, ...],
                    change: bool | None = None) -> Indicator | None:
    """The indicator whose longest word occurs in the subject, among those taking this unit
    (and, for a change or a level, those that count one)."""
    best, best_length = None, 0
    for indicator in indicators:
        if indicator.units and unit not in indicator.units:
            continue
        if None not in (indicator.change, change) and indicator.change != change:
            continue
        if any(word in subject for word in indicator.exclude):
            continue
        for word in indicator.words:
            if word in subject and len(word) > best_length:
                best, best_length = indicator, len(word)
    return best


@lru_cache(maxsize=4)
def _topic_words(list_id: str):
    """The evidence words of a bundled topic list, and its topics' places (None for a user's list)."""
    if list_id not in BUNDLED:
        return None
    taxonomy = taxonomy_for(BUNDLED_PREFIX + list_id)
    return matcher_for(taxonomy), {topic.id: k for k, topic in enumerate(taxonomy.topics)}


def figure_topic(assigned: TopicAssignment, sentence: str, words) -> str:
    """The topic of the passage a figure stands in; where the passage is also about other
    topics (a paragraph on industry that ends on farming), the one of them its own sentence
    speaks for more (开展盐碱地综合利用试点，建成高标准农田450万亩: 乡村振兴). A passage the
    user moved keeps the topic it was moved to."""
    if words is None or not assigned.secondary or assigned.pinned:
        return assigned.topic
    matcher, places = words
    scores = matcher.scores(sentence)

    def score(topic: str) -> float:
        k = places.get(topic.rsplit(":", 1)[-1])  # "<list>:<topic>" in a mixed set
        return float(scores[k]) if k is not None else 0.0

    best = max(assigned.secondary, key=score)
    return best if score(best) > score(assigned.topic) else assigned.topic


def collect_facts(alignment: Alignment, indicators: tuple[Indicator, ...] | None = None,
                  progress=None) -> list[Fact]:
    """Every figure in every report of the alignment, in reading order."""
    indicators = indicators if indicators is not None else indicators_for(alignment)
    out: list[Fact] = []

    def add(ref, text: str, key: str, heading: str, part: str | None, offset: int) -> None:
        """The figures of a section's own text, which starts at `offset` of the report's text;
        each takes its topic and part from the passage it stands in. The figures of one
        sentence share its text (a 2,000-file batch holds a quarter of a million figures)."""
        sentences: dict[tuple[int, int], str] = {}
        topic_list = alignment.list_of_report(ref.id)
        words = _topic_words(topic_list.id if topic_list is not None else alignment.taxonomy_id)
        for figure in figures(text):
            passage = alignment.passage_at(ref.id, offset + figure.start)
            assigned = alignment.passage_topic(passage.key) if passage is not None and passage.writes else None
            own_part = part
            if passage is not None and passage.part is not None and passage.part != matrix_part(part):
                own_part = passage.part  # problems or plans inside another part's section
            left, right = sentence_around(text, figure.start, figure.end)
            span = (left, right)
            sentence = sentences.get(span) or sentences.setdefault(span, text[left:right].strip())
            topic = figure_topic(assigned, sentence, words) if assigned is not None else None
            indicator = None if figure.masked else match_indicator(figure.subject, figure.unit, indicators,
                                                                   figure.change)
            out.append(Fact(ref.path, ref.index, ref.id, ref.report.region, ref.label, key, heading, topic, own_part,
                            sys.intern(figure.subject), indicator.id if indicator else "",
                            indicator.name if indicator else "", bool(indicator and indicator.change),
                            figure.value, sys.intern(figure.unit), figure.approx, figure.change, figure.share,
                            figure.masked, figure.breakdown, sentence, figure.start, figure.end))

    for k, ref in enumerate(alignment.reports):
        if progress is not None:
            if progress.cancelled:
                break
            progress.step(k, len(alignment.reports), ref.label)
        layout = alignment.text_of(ref.id)
        for key, section in keyed_sections(ref.id, ref.report.sections):
            start = layout.bodies[key.rsplit("/", 1)[1]][0]
            add(ref, section.body, key, section.heading, section.part, start)
        add(ref, ref.report.preamble, f"{ref.id}/0", "（导语）", None, layout.preamble[0])
    return out
