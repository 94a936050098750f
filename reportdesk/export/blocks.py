"""What an export contains, before it becomes Word: a flat list of plain blocks.

Keeping the content apart from the docx writer lets tests check that no text is lost
without opening Word files, and lets the writer concentrate on format.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Title:
    text: str
    subtitle: str = ""


@dataclass(frozen=True)
class Heading:
    level: int  # 1 黑体, 2 楷体, 3 仿宋 bold; deeper levels use 3
    text: str


@dataclass(frozen=True)
class Para:
    text: str
    kind: str = "body"  # "body", "source" (a region's sub-heading line), "note" (gaps), "meta"


@dataclass(frozen=True)
class Toc:
    entries: tuple[tuple[int, str], ...] = ()  # (level, heading): shown until Word updates the field


@dataclass(frozen=True)
class PageBreak:
    pass


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    landscape: bool = True


Block = Title | Heading | Para | Toc | PageBreak | Table
