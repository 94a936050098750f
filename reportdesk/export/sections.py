"""A section of a report as blocks: its heading as the source set it, then its own text.

A heading that ran on into its body with punctuation between ("一是党建品牌更加响亮。抓住…")
stays one paragraph (RunIn); one that stood on its own line stays a heading line. Where
the source had no punctuation between them (a report pasted as one long line), the
heading is given its own line again, which is how the report was laid out before.
"""
from __future__ import annotations

from typing import Callable

from reportdesk.export.blocks import Block, Heading, Para, RunIn
from reportdesk.model import Section


def body_lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


def own_blocks(section: Section, level: int, heading_line: Callable[[str], Block]) -> list[Block]:
    """The section's heading and its own body (not its sub-sections')."""
    lines = body_lines(section.body)
    separator = section.run_in
    if lines and separator is not None and separator.strip():
        out: list[Block] = [RunIn(section.heading, separator.strip(), lines[0], level)]
        lines = lines[1:]
    else:
        out = [heading_line(section.heading)]
    out.extend(Para(line) for line in lines)
    return out


def section_blocks(section: Section, level_of: Callable[[Section], int]) -> list[Block]:
    """A section and everything below it, each heading at the level `level_of` gives it."""
    level = level_of(section)
    out = own_blocks(section, level, lambda text: Heading(level, text))
    for child in section.children:
        out.extend(section_blocks(child, level_of))
    return out


def subhead(text: str) -> Block:
    """A source heading inside a region's block (bold 仿宋, kept with its text)."""
    return Para(text, "subhead")
