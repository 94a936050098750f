"""A report's text cut into blocks: the pieces a reader takes in one at a time.

Over the report's text (`model.report_text`), in reading order and without gap or overlap:

* the title lines, and the opening before the first heading, paragraph by paragraph;
* a heading with the first paragraph of its text, so that the words that name a subject
  travel with what is said about it; a heading with no text of its own is a block alone
  ("heading" when it only introduces its sub-sections: context, not writing);
* each paragraph, or each run-in item inside it: 一是…二是…, （一）…（二）…, 1.…2.…, ①…,
  第一，…, and items named by their subject ("生态安全屏障方面，…", "从需求看，…", "在教师招引
  上，…"); an item starts at a sentence opening, or after a colon, with the first marker of
  its kind or the next one after its sibling;
* a paragraph that is only a short lead sentence ("实施提振消费专项行动。") with the
  paragraphs it leads, up to the next such lead.

Each block knows the words at its start that name its subject (`lead`: the heading, the
item's first sentence, a short lead sentence) and its part: the section's part, unless a
sentence opened another (`parts.opening_part`: 同时，我们也清醒地看到… opens the problems,
下一步… the plans); such an opening at the start of a paragraph holds to the end of the
section, inside a paragraph to its end.
"""
from __future__ import annotations

import re

from reportdesk.model import Block, Report, report_text, section_paths
from reportdesk.structure.markers import match_marker
from reportdesk.structure.part_rules import opening_part
from reportdesk.text.sentences import ENDS, split_sentences

LEAD_MAX = 30  # a first sentence up to this long, with no figure in it, names what follows
_ITEM_KINDS = {"shi", "cn_paren", "num_paren", "num", "circled", "di", "cn"}
# an item named by what it is about: 生态安全屏障方面，… 从需求看，… 在教师招引上，…
_ASPECT = re.compile(r"[^，,。；：:]{2,12}方面[，,：:]|从[^，,。；：:]{1,12}(?:看|来看)[，,：:]|在[^，,。；：:]{2,10}上[，,：:]")
_FIGURE = re.compile(r"\d")
LONE_LEAD_MAX = 20  # a paragraph this short, with no comma inside, leads the paragraphs after it
_INNER_STOP = re.compile(rf"[，,、{ENDS}]")


def report_blocks(report: Report) -> tuple[Block, ...]:
    """The report's blocks (see the module docstring)."""
    layout = report_text(report)
    text = layout.text
    time = (report.reviewed, report.period)
    out: list[tuple[int, str, str | None, str, int]] = [(0, "", None, "title", 0)]  # start, path, part, kind, lead
    if report.preamble:
        for start, part, lead in _body_blocks(text, *layout.preamble, None if report.sections else "achievements",
                                              time):
            out.append((start, "", part, "text", lead))
    for path, section in section_paths(report.sections):
        h_start, h_end = layout.headings[path]
        body = _body_blocks(text, *layout.bodies[path], section.part, time)
        if body:  # the heading joins the first paragraph and is part of its lead
            first, part, lead = body[0]
            body[0] = (h_start, part, lead + first - h_start)
            out.extend((start, path, part, "text", lead) for start, part, lead in body)
        else:
            kind = "heading" if section.children or section.is_part else "text"
            out.append((h_start, path, section.part, kind, h_end - h_start))
    ends = [b[0] for b in out[1:]] + [len(text)]
    return tuple(Block(start, end, path, part, kind, lead)
                 for (start, path, part, kind, lead), end in zip(out, ends) if end > start)


def _body_blocks(text: str, start: int, end: int, part: str | None, time) -> list[tuple[int, str | None, int]]:
    """(start, part, lead) of each block of a section's own text or of the opening."""
    out = []
    section_part = part
    for group in _lead_groups(text, _paragraphs(text, start, end)):
        if len(group) > 1:  # a lone lead sentence and the paragraphs it leads
            pieces = [(group[0][0], group[-1][1], group[0][1] - group[0][0])]
        else:
            pieces = _items(text, *group[0])
        group_part = section_part
        for k, (p_start, p_end, lead) in enumerate(pieces):
            block_start, block_lead = p_start, lead
            for s_start, opened in _openings(text, p_start, p_end, time, group_part):
                if s_start > block_start:
                    out.append((block_start, group_part, block_lead))
                    block_start, block_lead = s_start, 0
                group_part = opened
                if s_start == group[0][0]:  # opened at the start of a paragraph: to the end of the section
                    section_part = opened
            out.append((block_start, group_part, block_lead))
    return out


def _paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line in text[start:end]."""
    out, position = [], start
    for line in text[start:end].split("\n"):
        if line.strip():
            out.append((position, position + len(line)))
        position += len(line) + 1
    return out


def _lead_of(sentence: str) -> bool:
    """A short first sentence with no figure in it: it names what follows."""
    return len(sentence.strip()) <= LEAD_MAX and not _FIGURE.search(sentence)


def _lead_groups(text: str, paragraphs: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Paragraphs, a paragraph that is only a lead (a short phrase without a comma: 扩大有效
    投资。) joined with the paragraphs it leads."""
    def lone_lead(span):
        piece = text[span[0]:span[1]].strip()
        return (len(piece) <= LONE_LEAD_MAX and piece[-1:] in "。：:" and not _INNER_STOP.search(piece[:-1])
                and not _FIGURE.search(piece))

    groups: list[list[tuple[int, int]]] = []
    leading = False
    for span in paragraphs:
        if lone_lead(span):
            groups.append([span])
            leading = True
        elif leading:
            groups[-1].append(span)
        else:
            groups.append([span])
    return groups


def _items(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """(start, end, lead) of each run-in item of one paragraph (the whole paragraph when it
    has none): an item opens at a sentence opening or after a colon, with a marker that starts
    a list (一是, （一）, 1.) or continues one, or with "…方面，"."""
    paragraph = text[start:end]
    spans = split_sentences(paragraph)
    openings = sorted({s for s, _ in spans} | {m.end() for m in re.finditer(r"[：:]", paragraph)} - {len(paragraph)})
    cuts, last = [0], {}
    for position in openings:
        marker = match_marker(paragraph, position)
        if marker is not None and marker.kind in _ITEM_KINDS:
            if not position:  # the paragraph itself opens with one: the list goes on from there
                last[marker.kind] = marker.ordinal
                continue
            if marker.ordinal in (1, last.get(marker.kind, 0) + 1):
                last[marker.kind] = marker.ordinal
                cuts.append(position)
                continue
        if position and _ASPECT.match(paragraph, position):
            cuts.append(position)
    cuts.append(len(paragraph))
    out = []
    for a, b in zip(cuts, cuts[1:]):
        first = next((paragraph[s:e] for s, e in spans if s >= a), "")
        lead = len(first) if first and _lead_of(first) and len(first) < b - a else 0
        aspect = _ASPECT.match(paragraph, a)
        if aspect and not lead:
            lead = aspect.end() - a
        out.append((start + a, start + b, lead))
    return out


def _openings(text: str, start: int, end: int, time, part: str | None) -> list[tuple[int, str]]:
    """(offset, part) of each sentence in text[start:end] that opens another part than the
    one in force (problems are not opened inside the plans)."""
    out = []
    if part is None:  # the opening and appendices stay outside the parts
        return out
    for s, e in split_sentences(text[start:end]):
        opened = opening_part(text[start + s:start + e], *time)
        if opened and opened != part and not (opened == "problems" and part == "plans"):
            out.append((start + s, opened))
            part = opened
    return out
