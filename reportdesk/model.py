"""Frozen value types shared by every stage.

Readers produce `Paragraph`s; the structure stage turns them into `Report`s made of
`Section` trees; a whole file becomes a `ParsedFile`. Nothing here knows about Qt,
python-docx or the file system beyond plain paths as strings.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

PARTS = ("overview", "achievements", "highlights", "problems", "plans")


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


# -- alignment ---------------------------------------------------------------------------

MATRIX_PARTS = ("achievements", "problems", "plans")  # highlights count as achievements


@dataclass(frozen=True)
class ReportRef:
    """A report's identity in a set: unique id, its file and its position there (from 1)."""

    id: str
    path: str
    index: int
    report: Report

    @property
    def label(self) -> str:
        """A short name for a column or a row: the region, else the file name and position."""
        if self.report.region:
            return self.report.region
        stem = self.path.replace("\\", "/").rsplit("/", 1)[-1].rsplit(".", 1)[0]
        stem = stem if len(stem) <= 14 else stem[:13] + "…"
        return f"{stem}#{self.index}"


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

    def assignment(self, key: str) -> TopicAssignment | None:
        return self._by_key().get(key)

    def _by_key(self) -> dict[str, TopicAssignment]:
        cache = self.__dict__.get("_index")
        if cache is None:
            cache = {a.key: a for a in self.assignments}
            object.__setattr__(self, "_index", cache)
        return cache

    def cell(self, report_id: str, part: str, topic: str) -> Cell | None:
        index = self.__dict__.get("_cells")
        if index is None:
            index = {(c.report_id, c.part, c.topic): c for c in self.cells}
            object.__setattr__(self, "_cells", index)
        return index.get((report_id, part, topic))
