"""Applying the user's corrections (`model.Pins`) to a computed alignment: the topic list as
the user edited it (topics added, renamed, merged, deleted), then passages and sections moved
by hand; and the pins a new move makes."""
from __future__ import annotations

from dataclasses import replace

from reportdesk.model import OTHER, Alignment, Passage, Pins, TopicAssignment, is_passage_key, parent_of_key


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


def apply_moves(assignments: list[TopicAssignment], pins: Pins, topic_ids,
                passages: list[Passage] | None = None) -> list[TopicAssignment]:
    """Assignments with the user's topic edits and moves applied; moves to topics that no
    longer exist are ignored. With `passages` (same order as the assignments) a passage
    follows a move of its own, else the move of the nearest section it lies in (projects
    made before passages moved whole sections)."""
    topic_ids = set(topic_ids)
    moves = {key: topic for key, topic in pins.moves if topic in topic_ids}
    out = []
    for k, a in enumerate(assignments):
        topic = _moved_to(a.key, passages[k].section_key if passages else None, moves)
        if topic is not None:
            out.append(replace(a, topic=topic, score=1.0, secondary=(), pinned=True))
            continue
        destination = _destination(a.topic, pins, topic_ids)
        secondary = tuple(dict.fromkeys(d for d in (_destination(t, pins, topic_ids) for t in a.secondary)
                                        if d not in (destination, OTHER)))
        if destination == a.topic and secondary == a.secondary:
            out.append(a)
        else:
            out.append(replace(a, topic=destination, secondary=secondary, pinned=destination != a.topic or a.pinned))
    return out


def _moved_to(key: str, section_key: str | None, moves: dict[str, str]) -> str | None:
    """Where the user moved a passage or a section: its own move, else its sections' (innermost first)."""
    if key in moves:
        return moves[key]
    while section_key is not None and moves:
        if section_key in moves:
            return moves[section_key]
        section_key = parent_of_key(section_key)
    return None


def pins_moving(alignment: Alignment, pins: Pins, keys: list[str], topic: str) -> Pins:
    """The user's pins after moving passages or whole sections (keys of either) to a topic.

    A section moves with everything in it: earlier moves of its passages and sub-sections give
    way. A move that would leave everything where it already is is not kept, so the project
    holds only real corrections."""
    def now(passage: Passage) -> str:
        moved = _moved_to(passage.key, passage.section_key, dict(pins.moves))
        return moved if moved is not None else alignment.computed_passage_topic(passage.key).topic

    for key in keys:
        if is_passage_key(key):
            inside = [p for p in (alignment.passage(key),) if p is not None]
            gone = {key}
        else:
            inside = alignment.passages_under(key)
            gone = {key} | {p.key for p in inside} | {k for k, _ in pins.moves if k.startswith(key + ".")}
        pins = replace(pins, moves=tuple(m for m in pins.moves if m[0] not in gone))
        if inside and any(now(p) != topic for p in inside):
            pins = pins.move(key, topic)
    return pins
