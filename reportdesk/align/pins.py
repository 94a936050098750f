"""The user's corrections: a section moved to another topic, two sections pinned together.

Pins are plain data (JSON-ready dicts) that a project file saves; alignment applies
them after every recomputation, so they are never lost.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from reportdesk.model import TopicAssignment


@dataclass(frozen=True)
class Pins:
    moves: tuple[tuple[str, str], ...] = ()  # (section key, topic id)
    pairs: tuple[tuple[str, str], ...] = ()  # (section key, section key), counterparts
    notes: dict = field(default_factory=dict, compare=False)

    def move(self, key: str, topic: str) -> "Pins":
        """A copy with `key` moved to `topic` (replacing an earlier move of it)."""
        moves = tuple(m for m in self.moves if m[0] != key) + ((key, topic),)
        return replace(self, moves=moves)

    def unmove(self, key: str) -> "Pins":
        return replace(self, moves=tuple(m for m in self.moves if m[0] != key))

    def pair(self, a: str, b: str) -> "Pins":
        """A copy with a and b pinned as counterparts (each in at most one pin)."""
        pairs = tuple(p for p in self.pairs if a not in p and b not in p) + ((a, b),)
        return replace(self, pairs=pairs)

    def unpair(self, a: str, b: str) -> "Pins":
        return replace(self, pairs=tuple(p for p in self.pairs if set(p) != {a, b}))

    def to_dict(self) -> dict:
        return {"moves": [list(m) for m in self.moves], "pairs": [list(p) for p in self.pairs]}

    @classmethod
    def from_dict(cls, data: dict | None) -> "Pins":
        data = data or {}
        return cls(moves=tuple((str(k), str(t)) for k, t in data.get("moves", [])),
                   pairs=tuple((str(a), str(b)) for a, b in data.get("pairs", [])))


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
