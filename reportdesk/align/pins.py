"""Applying the user's corrections (`model.Pins`) to a computed alignment: the topic list as
the user edited it (topics added, renamed, merged, deleted), then sections moved by hand."""
from __future__ import annotations

from reportdesk.model import Pins, TopicAssignment

OTHER = "other"


def edited_topics(topics: tuple[tuple[str, str], ...], pins: Pins) -> tuple[tuple[str, str], ...]:
    """The topic list after the user's edits: merged and deleted topics gone, new topics
    before 其他, names replaced."""
    gone = {t for t, _ in pins.topics_merged} | set(pins.topics_deleted)
    names = dict(pins.topic_names)
    kept = [(t, n) for t, n in topics if t not in gone]
    position = next((k for k, (t, _) in enumerate(kept) if t == OTHER), len(kept))
    kept[position:position] = [(t, n) for t, n in pins.topics_added if t not in gone]
    return tuple((t, names.get(t, n)) for t, n in kept)


def _destination(topic: str, pins: Pins, topic_ids: set[str]) -> str:
    """Where a topic's sections go after merges (followed through chains) and deletions."""
    merged = dict(pins.topics_merged)
    seen = set()
    while topic in merged and topic not in seen:
        seen.add(topic)
        topic = merged[topic]
    if topic in topic_ids:
        return topic
    return OTHER if OTHER in topic_ids else topic


def apply_moves(assignments: list[TopicAssignment], pins: Pins, topic_ids) -> list[TopicAssignment]:
    """Assignments with the user's topic edits and moves applied; moves to topics that no
    longer exist are ignored."""
    topic_ids = set(topic_ids)
    moves = {key: topic for key, topic in pins.moves if topic in topic_ids}
    out = []
    for a in assignments:
        topic = moves.get(a.key)
        if topic is not None:
            out.append(TopicAssignment(a.key, topic, 1.0, (), a.evidence, pinned=True))
            continue
        destination = _destination(a.topic, pins, topic_ids)
        out.append(a if destination == a.topic else TopicAssignment(a.key, destination, a.score, (), a.evidence,
                                                                   pinned=True))
    return out
