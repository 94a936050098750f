"""Frozen value types shared by every stage.

Readers produce `Paragraph`s; the structure stage turns them into `Report`s made of
`Section` trees; a whole file becomes a `ParsedFile`. Nothing here knows about Qt,
python-docx or the file system beyond plain paths as strings.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Iterator

PARTS = ("overview", "achievements", "highlights", "problems", "plans")
# part -> (its name in the window and in outlines, its heading in a compiled document)
PART_TABLE = {
    "overview": ("基本情况", "基本情况"),
    "achievements": ("工作成效", "工作成效"),
    "highlights": ("特色亮点", "特色亮点"),
    "problems": ("存在问题", "存在问题"),
    "plans": ("工作计划", "下步打算"),
}


def part_name(part: str) -> str:
    """The part's name as the window and the outlines show it (工作计划)."""
    return PART_TABLE[part][0]


def part_heading(part: str) -> str:
    """The part's heading in a compiled document (下步打算)."""
    return PART_TABLE[part][1]


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of a source file, in reading order, with the hints its format gave."""

    text: str
    style: str | None = None  # style name (Word) or None
    level: int | None = None  # heading level hint: Markdown '#' count, Word outline level + 1
    bold: bool = False  # every run of the paragraph is bold (Word)
    in_table: bool = False


@dataclass(frozen=True)
class Document:
    """What a reader found in a file: paragraphs and the encoding or format used."""

    path: str
    paragraphs: tuple[Paragraph, ...]
    encoding: str  # "UTF-8", "GBK", "UTF-16LE", "DOCX", ...
    # what the user should know about a file that loaded anyway, in plain sentences:
    # "3 个字符无法识别，已用 � 代替", "文件已损坏，已尽量恢复"
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Section:
    """A heading and the text that belongs to it, with its sub-sections."""

    marker: str  # the visible marker as printed, e.g. "一、", "（一）", "1." or "" if unnumbered
    kind: str  # marker kind, see structure.markers
    title: str  # heading text without the marker
    body: str  # the section's own text (not its sub-sections'), paragraphs joined by "\n"
    depth: int  # 1 = top level inside the report
    part: str | None = None  # one of PARTS, inherited from the part heading above
    children: tuple["Section", ...] = ()
    is_part: bool = False  # the heading announces a part (二、存在问题) rather than a subject
    # None: the heading stood on its own line. Otherwise it ran on into its body in the same
    # paragraph ("一是党建品牌更加响亮。抓住…") and this is what stood between them ("。", "：",
    # "" when nothing did), so an export can print it as the source did.
    run_in: str | None = None

    @property
    def heading(self) -> str:
        return self.marker + self.title

    @cached_property
    def chars(self) -> int:
        """Length of the section's own body in characters, white space not counted."""
        return len("".join(self.body.split()))

    def walk(self):
        """This section and all below it, depth first, in reading order."""
        yield self
        for child in self.children:
            yield from child.walk()

    def full_text(self, heading: bool = False) -> str:
        """The body and everything below it, sub-headings included (a parent speaks for its
        children); with `heading`, the section's own heading first."""
        parts = [self.body]
        for child in self.children:
            parts.append(child.heading)
            parts.append(child.full_text())
        text = "\n".join(p for p in parts if p)
        if heading:
            return self.heading + ("\n" + text if text else "")
        return text


def keyed_sections(report_id: str, sections: tuple[Section, ...]) -> Iterator[tuple[str, Section]]:
    """Every section below `sections` with its stable key, depth first in reading order.

    The key is "<report id>/<position path>", e.g. "a.txt#1/2.3" for the third child of
    the second top-level section: the one scheme every stage and the window use."""
    def visit(section: Section, path: str):
        yield f"{report_id}/{path}", section
        for k, child in enumerate(section.children, 1):
            yield from visit(child, f"{path}.{k}")

    for k, section in enumerate(sections, 1):
        yield from visit(section, str(k))


def report_of_key(key: str) -> str:
    """The report id a section key belongs to."""
    return key.rsplit("/", 1)[0]


def parent_of_key(key: str) -> str | None:
    """The key of the enclosing section, or None for a top-level section."""
    report_id, path = key.rsplit("/", 1)
    return f"{report_id}/{path.rsplit('.', 1)[0]}" if "." in path else None


@dataclass(frozen=True)
class Report:
    """One report: its metadata and its section tree."""

    title: str
    region: str | None = None
    year: int | None = None
    period: str | None = None  # 全年 / 上半年 / 下半年
    issuer: str | None = None
    date: str | None = None
    preamble: str = ""  # text before the first heading
    sections: tuple[Section, ...] = ()
    piece: str = ""  # its place in a collection of reports in one file: 篇一, 篇2
    name: str = ""  # the name it is shown by (structure.names), e.g. 长葛市教体局 2021

    def walk(self):
        """Every section of the report, depth first, in reading order."""
        for section in self.sections:
            yield from section.walk()


@dataclass(frozen=True)
class ParsedFile:
    """The outcome of reading one file: its reports, or an error a user can read."""

    path: str
    encoding: str | None = None
    error: str | None = None
    reports: tuple[Report, ...] = field(default_factory=tuple)
    warnings: tuple[str, ...] = ()  # Document.warnings: shown on the file's row


# -- alignment ---------------------------------------------------------------------------

MATRIX_PARTS = ("achievements", "problems", "plans")  # highlights count as achievements


def matrix_part(part: str | None) -> str | None:
    """The matrix's part for a section's part (highlights count as achievements; the
    overview and sections outside any part have none)."""
    if part == "highlights":
        return "achievements"
    return part if part in MATRIX_PARTS else None


@dataclass(frozen=True)
class ReportRef:
    """A report's identity in a set: unique id, its file and its position there (from 1).

    `report` carries the user's corrections (name, region; see `Pins`); `as_read` is the
    report as the file gave it, kept so that corrections can be changed or undone."""

    id: str
    path: str
    index: int
    report: Report
    name: str = ""  # the report's name, made unique in the set
    as_read: Report | None = None

    @property
    def label(self) -> str:
        """The name a column, a row or a heading shows: unique in the set, never a file name
        with a hash (see structure.names)."""
        if self.name or self.report.name:
            return self.name or self.report.name
        return self.report.region or self.report.title or self.path.replace("\\", "/").rsplit("/", 1)[-1]


@dataclass(frozen=True)
class SectionRef:
    """A section that takes part in alignment, with where it sits."""

    key: str  # "<report id>/<position path>", e.g. "a.txt#1/2.3"
    report_id: str
    section: Section
    part: str  # one of MATRIX_PARTS
    parent_key: str | None  # the enclosing section that is aligned too, if any


@dataclass(frozen=True)
class TopicAssignment:
    """The topic a section is on, how sure we are, and the words that decided it."""

    key: str
    topic: str
    score: float  # share of the evidence for the primary topic, 0..1
    secondary: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()
    pinned: bool = False


@dataclass(frozen=True)
class Cell:
    """What one report wrote on one topic in one part: the section keys, in reading order."""

    report_id: str
    part: str
    topic: str
    keys: tuple[str, ...]
    chars: int


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


@dataclass(frozen=True)
class Alignment:
    """Topics of every section of a set of reports, and the coverage matrix they give."""

    taxonomy_id: str
    taxonomy_name: str
    topics: tuple[tuple[str, str], ...]  # (id, name) in display order
    reports: tuple[ReportRef, ...]
    sections: tuple[SectionRef, ...]
    assignments: tuple[TopicAssignment, ...]  # same order as sections
    cells: tuple[Cell, ...]  # only non-empty cells
    computed: tuple[TopicAssignment, ...] = ()  # the assignments before the user's moves
    # How the list was chosen (align.choose): every bundled list's score, best first, as
    # (id, name, score); the best score over the next (chosen only when >= choose.CLEAR);
    # the reports another list fits better. Empty when the user gave the list.
    taxonomy_scores: tuple[tuple[str, str, float], ...] = ()
    taxonomy_margin: float = 0.0
    taxonomy_misfits: tuple[str, ...] = ()
    listed_topics: tuple[tuple[str, str], ...] = ()  # the list's own topics, before the user's edits

    # Lookups are indexed on first use; the value is frozen, so an index never goes stale.

    def _index(self, name: str, build):
        index = self.__dict__.get(name)
        if index is None:
            index = build()
            object.__setattr__(self, name, index)
        return index

    def assignment(self, key: str) -> TopicAssignment | None:
        """The topic of an aligned section (after the user's moves)."""
        return self._index("_assignments", lambda: {a.key: a for a in self.assignments}).get(key)

    def computed_assignment(self, key: str) -> TopicAssignment | None:
        """The topic the alignment itself gave a section, before the user's moves."""
        return self._index("_computed", lambda: {a.key: a for a in self.computed}).get(key)

    def section(self, key: str) -> SectionRef | None:
        """An aligned section by its key."""
        return self._index("_sections", lambda: {s.key: s for s in self.sections}).get(key)

    def section_at(self, key: str) -> Section | None:
        """Any section of any report by its key, aligned or not (overviews, part headings)."""
        return self._index("_all_sections", lambda: {
            k: s for r in self.reports for k, s in keyed_sections(r.id, r.report.sections)}).get(key)

    def report(self, report_id: str) -> ReportRef | None:
        return self._index("_reports", lambda: {r.id: r for r in self.reports}).get(report_id)

    def topic_name(self, topic: str) -> str:
        return self._index("_topic_names", lambda: dict(self.topics)).get(topic, topic)

    def cell(self, report_id: str, part: str, topic: str) -> Cell | None:
        """What one report wrote on one topic in one part, if anything."""
        cells = self._index("_cells", lambda: {(c.report_id, c.part, c.topic): c for c in self.cells})
        return cells.get((report_id, part, topic))

    def cell_sections(self, report_id: str, part: str, topic: str) -> list[SectionRef]:
        """The sections of a cell to show or print, in reading order: a sub-section whose
        parent is in the cell too is part of the parent's text already."""
        cell = self.cell(report_id, part, topic)
        if cell is None:
            return []
        keys = set(cell.keys)
        chosen = [self.section(k) for k in cell.keys]
        return [s for s in chosen if s.parent_key not in keys]

    def written_topics(self, part: str) -> list[str]:
        """Topics some report wrote on in this part, in the list's order."""
        used = {c.topic for c in self.cells if c.part == part}
        return [t for t, _ in self.topics if t in used]
