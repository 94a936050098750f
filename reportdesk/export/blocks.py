"""What an export contains, before it becomes Word: a flat list of plain blocks.

Keeping the content apart from the docx writer lets tests check that no text is lost
or doubled without opening Word files, lets the page model (layout.py) count lines,
and lets the writer concentrate on format.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Cover:
    """The unnumbered first page of a compilation (汇编): title, compiling unit, date."""

    title: str
    unit: str = ""
    date: str = ""


@dataclass(frozen=True)
class Notice:
    """A page of the front matter with a centred title and plain paragraphs (汇编说明)."""

    title: str
    lines: tuple[str, ...] = ()


@dataclass(frozen=True)
class TocEntry:
    level: int  # 1, 2, 3
    text: str
    page: int | None = None  # the body page it starts on (numbered from 1), when known


@dataclass(frozen=True)
class Toc:
    """目录: the entries are stored as the field's result, so it reads right before any refresh."""

    entries: tuple[TocEntry, ...] = ()
    levels: int = 2  # outline levels listed (1 to 3)
    report_titles: bool = False  # list the report titles (reports mode) instead of outline levels


@dataclass(frozen=True)
class BodyStart:
    """End of the front matter: the body starts on a right-hand page numbered 1."""

    landscape: bool = False


@dataclass(frozen=True)
class Heading:
    level: int  # 1 黑体, 2 楷体, 3 仿宋 bold, 4 仿宋; outline levels 1-4
    text: str
    new_page: bool = False


@dataclass(frozen=True)
class ReportTitle:
    """A report's own title (2号 小标宋, centred, on a new page) and its issuer/date line."""

    text: str
    meta: str = ""
    byline: bool = False  # the meta line names the report (its title does not): listed in the 目录 too


@dataclass(frozen=True)
class Para:
    text: str
    kind: str = "body"  # "body"; "subhead" (a source heading on its own line); "note"; "pointer"


@dataclass(frozen=True)
class RunIn:
    """A heading that runs on into its body, printed as one paragraph as in the source."""

    heading: str
    separator: str
    text: str
    level: int = 3  # whose font the heading run takes, as Heading.level


@dataclass(frozen=True)
class Attachment:
    """附件: a label and a 小标宋 title opening the (landscape) table part."""

    title: str
    label: str = "附件"


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


Block = Cover | Notice | Toc | BodyStart | Heading | ReportTitle | Para | RunIn | Attachment | Table
