"""A section or a passage of a report as blocks: its heading as the source set it, then its text.

A heading that ran on into its body with punctuation between ("一是党建品牌更加响亮。抓住…")
stays one paragraph (RunIn); one that stood on its own line stays a heading line. Where
the source had no punctuation between them (a report pasted as one long line), the
heading is given its own line again, which is how the report was laid out before.
A passage is printed under the headings of its place that the region's block has not
printed yet (a part heading such as 二、主要成效 is the chapter's already).
"""
from __future__ import annotations

from typing import Callable

from reportdesk.export.blocks import Block, Heading, Para, RunIn
from reportdesk.model import Alignment, Passage, Section, parent_of_key


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


def passage_blocks(alignment: Alignment, run: list[Passage], shown: set[str]) -> list[Block]:
    """Passages that follow each other in one section, as written (paragraphs as in the
    source), after the headings of their place not in `shown` yet (which it then adds to),
    at level 3 like every source heading inside a region's block."""
    out: list[Block] = []
    passage = run[0]
    heading, text = alignment.passage_parts(passage)
    text += "".join(alignment.passage_text(p) for p in run[1:])
    key = passage.section_key
    chain = []
    while key is not None:
        chain.append(key)
        key = parent_of_key(key)
    for key in reversed(chain):
        section = alignment.section_at(key)
        if key in shown or section is None or section.is_part:
            continue
        shown.add(key)
        if key == passage.section_key and heading:
            lines = body_lines(text)
            if lines and section.run_in is not None and section.run_in.strip():
                out.append(RunIn(section.heading, section.run_in.strip(), lines[0], 3))
                text = "\n".join(lines[1:])
            else:
                out.append(subhead(section.heading))
            heading = ""
        else:
            out.append(subhead(section.heading))
    out.extend(Para(line) for line in body_lines(text))
    return out
