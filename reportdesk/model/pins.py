"""The user's corrections to an alignment, as plain data a project file keeps."""
from __future__ import annotations

from dataclasses import dataclass, field, replace

@dataclass(frozen=True)
class Pins:
    """The user's corrections: sections moved to another topic, sections pinned together,
    reports renamed or given their region.

    Plain data (JSON-ready dicts) that a project file saves; alignment applies them after
    every recomputation, so they are never lost."""

    moves: tuple[tuple[str, str], ...] = ()  # (section key, topic id)
    pairs: tuple[tuple[str, str], ...] = ()  # (section key, section key), counterparts
    notes: dict = field(default_factory=dict, compare=False)
    names: tuple[tuple[str, str], ...] = ()  # (report id, name the user gave it)
    regions: tuple[tuple[str, str], ...] = ()  # (report id, region the user set; "" for none)
    excluded: tuple[str, ...] = ()  # report ids taken out of the set
    # the topic list as the user edited it (align.pins applies these to any list)
    topics_added: tuple[tuple[str, str], ...] = ()  # (new topic id, name)
    topic_names: tuple[tuple[str, str], ...] = ()  # (topic id, new name)
    topics_merged: tuple[tuple[str, str], ...] = ()  # (topic id, the topic it was merged into)
    topics_deleted: tuple[str, ...] = ()  # its sections go to 其他

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

    def rename(self, report_id: str, name: str | None) -> "Pins":
        """A copy in which the report goes by `name` (None or blank: its own name again)."""
        names = tuple(n for n in self.names if n[0] != report_id)
        name = (name or "").strip()
        return replace(self, names=names + ((report_id, name),) if name else names)

    def set_region(self, report_id: str, region: str | None) -> "Pins":
        """A copy in which the report speaks for `region` ("" for none; None: as read)."""
        regions = tuple(r for r in self.regions if r[0] != report_id)
        return replace(self, regions=regions if region is None else regions + ((report_id, region.strip()),))

    def exclude(self, report_id: str, excluded: bool = True) -> "Pins":
        """A copy without the report in the set (or with it back)."""
        others = tuple(r for r in self.excluded if r != report_id)
        return replace(self, excluded=others + ((report_id,) if excluded else ()))

    def add_topic(self, name: str) -> tuple["Pins", str]:
        """A copy with a new, empty topic; and the new topic's id."""
        used = {t for t, _ in self.topics_added}
        topic_id = next(f"user{k}" for k in range(1, len(used) + 2) if f"user{k}" not in used)
        return replace(self, topics_added=self.topics_added + ((topic_id, name.strip()),)), topic_id

    def rename_topic(self, topic_id: str, name: str) -> "Pins":
        names = tuple(n for n in self.topic_names if n[0] != topic_id)
        return replace(self, topic_names=names + ((topic_id, name.strip()),))

    def merge_topic(self, topic_id: str, into: str) -> "Pins":
        """A copy in which `topic_id`'s sections belong to `into` and the topic is gone."""
        return replace(self, topics_merged=tuple(m for m in self.topics_merged if m[0] != topic_id)
                       + ((topic_id, into),))

    def delete_topic(self, topic_id: str) -> "Pins":
        return replace(self, topics_deleted=tuple(t for t in self.topics_deleted if t != topic_id) + (topic_id,))

    def name_of(self, report_id: str) -> str | None:
        return dict(self.names).get(report_id)

    def region_of(self, report_id: str) -> str | None:
        """The region the user set ("" for none), or None when the user set none."""
        return dict(self.regions).get(report_id)

    def to_dict(self) -> dict:
        data = {"moves": [list(m) for m in self.moves], "pairs": [list(p) for p in self.pairs]}
        for key in ("names", "regions", "excluded", "topics_added", "topic_names", "topics_merged", "topics_deleted"):
            value = getattr(self, key)
            if value:  # only when used, so that older versions read the same file
                data[key] = [list(v) if isinstance(v, tuple) else v for v in value]
        return data

    @classmethod
    def from_dict(cls, data: dict | None) -> "Pins":
        data = data or {}
        return cls(moves=tuple((str(k), str(t)) for k, t in data.get("moves", [])),
                   pairs=tuple((str(a), str(b)) for a, b in data.get("pairs", [])),
                   names=tuple((str(k), str(n)) for k, n in data.get("names", [])),
                   regions=tuple((str(k), str(r)) for k, r in data.get("regions", [])),
                   excluded=tuple(str(r) for r in data.get("excluded", [])),
                   topics_added=tuple((str(t), str(n)) for t, n in data.get("topics_added", [])),
                   topic_names=tuple((str(t), str(n)) for t, n in data.get("topic_names", [])),
                   topics_merged=tuple((str(t), str(i)) for t, i in data.get("topics_merged", [])),
                   topics_deleted=tuple(str(t) for t in data.get("topics_deleted", [])))


