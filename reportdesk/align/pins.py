"""Applying the user's corrections (`model.Pins`) to computed topic assignments."""
from __future__ import annotations

from reportdesk.model import Pins, TopicAssignment


def apply_moves(assignments: list[TopicAssignment], pins: Pins, topic_ids) -> list[TopicAssignment]:
    """Assignments with the user's moves applied; moves to unknown topics are ignored."""
    moves = {key: topic for key, topic in pins.moves if topic in topic_ids}
    out = []
    for a in assignments:
        topic = moves.get(a.key)
        if topic is None:
            out.append(a)
        else:
            out.append(TopicAssignment(a.key, topic, 1.0, (), a.evidence, pinned=True))
    return out
