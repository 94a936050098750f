"""The coverage matrix from passages, and the topics of sections derived from them.

A passage is in the cell of its topic and of each secondary subject; a topic it names only
in passing is a mention, kept apart and only where the report has no cell for it. A
section is on the topic most of its text (its passages and those of its sub-sections) is
about; its secondary topics hold at least half as much.
"""
from __future__ import annotations

from collections import defaultdict

from reportdesk.model import OTHER, Cell, Passage, SectionRef, TopicAssignment, parent_of_key

SECTION_SECONDARY = 0.5
HEADING_VOTE = 1.0


def coverage_cells(passages: list[Passage], topics: list[TopicAssignment]) -> tuple[tuple[Cell, ...], tuple[Cell, ...]]:
    """(cells, mentions): non-empty cells in reading order of their first passage, then the
    topics named only in passing where a report has no cell."""
    cells: dict[tuple[str, str, str], list[Passage]] = defaultdict(list)
    named: dict[tuple[str, str, str], list[Passage]] = defaultdict(list)
    for passage, assignment in zip(passages, topics):
        if not passage.writes:
            continue
        for topic in (assignment.topic,) + assignment.secondary:
            cells[(passage.report_id, passage.part, topic)].append(passage)
        for topic in assignment.passing:
            named[(passage.report_id, passage.part, topic)].append(passage)
    return (tuple(_cell(key, members) for key, members in cells.items()),
            tuple(_cell(key, members) for key, members in named.items() if key not in cells and key[2] != OTHER))


def _cell(key: tuple[str, str, str], members: list[Passage]) -> Cell:
    report_id, part, topic = key
    return Cell(report_id, part, topic, tuple(p.key for p in members), sum(p.chars for p in members))


def section_topics(refs: list[SectionRef], passages: list[Passage], topics: list[TopicAssignment],
                   moved: set[str] = frozenset()) -> list[TopicAssignment]:
    """One assignment per section: what its heading names and what the passages in it and
    below it are about (the heading weighs as much as all its text, HEADING_VOTE); a section
    the user moved (`moved`) is what its passages were moved to, and pinned."""
    weights: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    words: dict[tuple[str, str], list[str]] = defaultdict(list)
    for passage, assignment in zip(passages, topics):
        key = passage.section_key
        size = max(1, passage.chars)
        while key is not None:  # the section and every section above it
            weights[key][assignment.topic] += size
            for topic in assignment.secondary:
                weights[key][topic] += size / 2
            words[(key, assignment.topic)].extend(assignment.evidence)
            key = parent_of_key(key)
    out = []
    for ref in refs:
        found, pinned = dict(weights.get(ref.key, {})), ref.key in moved
        total = sum(found.values())
        for topic, share in ref.named if not pinned else ():
            found[topic] = found.get(topic, 0.0) + HEADING_VOTE * total * share
        if not found or all(t == OTHER for t in found):
            out.append(TopicAssignment(ref.key, OTHER, 0.0, pinned=pinned))
            continue
        order = sorted(found, key=lambda t: (t == OTHER, -found[t], t))
        best = order[0]
        secondary = tuple(t for t in order[1:3] if t != OTHER and found[t] >= SECTION_SECONDARY * found[best])
        evidence = tuple(dict.fromkeys(words[(ref.key, best)]))[:5]
        out.append(TopicAssignment(ref.key, best, round(found[best] / sum(found.values()), 3), secondary,
                                   evidence, pinned=pinned))
    return out
