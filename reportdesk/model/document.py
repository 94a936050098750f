"""What readers and the structure stage make: paragraphs, documents, sections, reports."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Iterator

def count_chars(text: str) -> int:
    """Characters as a reader counts them (字数): white space not counted. Every count of a
    report's or a section's characters shown anywhere is made of this one."""
    return len("".join(text.split()))


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
    ordinal: int = 0  # the marker's number (三、 → 3), 0 for an unnumbered heading
    printed: str = ""  # the marker as printed where it differs from `marker`: "(一)", "（二)"

    @property
    def heading(self) -> str:
        return self.marker + self.title

    @cached_property
    def chars(self) -> int:
        """Length of the section's own body in characters, white space not counted."""
        return count_chars(self.body)

    @cached_property
    def total_chars(self) -> int:
        """Characters of its heading, its body and every section below it: what the tree
        shows as its 字数, and what copy detection divides into classes."""
        return count_chars(self.heading) + self.chars + sum(c.total_chars for c in self.children)

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


def section_paths(sections: tuple[Section, ...]) -> Iterator[tuple[str, Section]]:
    """Every section below `sections` with its position path ("2.3": the third child of the
    second top-level section), depth first in reading order."""
    def visit(section: Section, path: str):
        yield path, section
        for k, child in enumerate(section.children, 1):
            yield from visit(child, f"{path}.{k}")

    for k, section in enumerate(sections, 1):
        yield from visit(section, str(k))


def keyed_sections(report_id: str, sections: tuple[Section, ...]) -> Iterator[tuple[str, Section]]:
    """Every section below `sections` with its stable key, depth first in reading order.

    The key is "<report id>/<position path>", e.g. "a.txt#1/2.3" for the third child of
    the second top-level section: the one scheme every stage and the window use."""
    for path, section in section_paths(sections):
        yield f"{report_id}/{path}", section


def section_key(report_id: str, path: str) -> str | None:
    """The key of the section at a position path ("" is outside every section: None)."""
    return f"{report_id}/{path}" if path else None


_PASSAGE_KEY = re.compile(r"@\d+\.\d+$")


def is_passage_key(key: str) -> bool:
    """A passage's key ("a.txt#1@12.2"), not a section's ("a.txt#1/2.3")."""
    return _PASSAGE_KEY.search(key) is not None


def report_of_key(key: str) -> str:
    """The report id a section or passage key belongs to."""
    if is_passage_key(key):
        return key.rsplit("@", 1)[0]
    return key.rsplit("/", 1)[0]


def report_name(report_id: str) -> str:
    """The file or name part of a report id ("a.txt#2" -> "a.txt"), for a report no longer
    in the alignment (its label is gone with it)."""
    return report_id.rsplit("#", 1)[0]


def parent_of_key(key: str) -> str | None:
    """The key of the enclosing section, or None for a top-level section."""
    report_id, path = key.rsplit("/", 1)
    return f"{report_id}/{path.rsplit('.', 1)[0]}" if "." in path else None


@dataclass(frozen=True, slots=True)
class Block:
    """A stretch of a report's text that stands on its own: the title lines, a heading that
    only introduces its sub-sections, a paragraph, one run-in item of a paragraph (一是…,
    （二）…), or a lead sentence with the text it leads. Blocks cover the report's text
    (`model.text.report_text`) without gap or overlap, in reading order; the alignment cuts
    them further where the subject changes (`Passage`)."""

    start: int  # offsets in the report's text
    end: int
    section: str  # position path of the section it is in ("2.3"); "" before the first heading
    part: str | None  # the part it belongs to (PARTS), None for the title, the opening, appendices
    kind: str  # "title", "heading" (introduces sub-sections only), "text"
    lead: int = 0  # characters at its start that name its subject (its heading, a lead sentence)


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
    reviewed: int | None = None  # the year its achievements are about (a 2025 congress report: 2024)
    blocks: tuple[Block, ...] = ()  # its text cut into blocks (structure.passages)

    def walk(self):
        """Every section of the report, depth first, in reading order."""
        for section in self.sections:
            yield from section.walk()

    @property
    def chars(self) -> int:
        """The report's 字数: its opening (the text before the first heading), every heading
        and every body; the title lines above are not counted."""
        return count_chars(self.preamble) + sum(s.total_chars for s in self.sections)


@dataclass(frozen=True)
class ParsedFile:
    """The outcome of reading one file: its reports, or an error a user can read."""

    path: str
    encoding: str | None = None
    error: str | None = None
    reports: tuple[Report, ...] = field(default_factory=tuple)
    warnings: tuple[str, ...] = ()  # Document.warnings: shown on the file's row
    made_by_reportdesk: bool = False  # one of ReportDesk's own compilations (jobs.batch sets these aside)


