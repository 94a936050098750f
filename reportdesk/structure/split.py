"""Several reports in one file: 【篇一】…, '## 篇2：', 范文三, or a report title repeated.

The file's own title and whatever debris precedes the first report belong to none
of the reports.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from reportdesk.model import Paragraph
from reportdesk.structure.markers import match_marker
from reportdesk.structure.part_rules import is_appendix_line

_NUM = r"[一二三四五六七八九十\d]{1,3}"
# 【篇一】 or [范文2] anywhere in a line: collections pasted into one run-on line.
_INLINE_SPLIT = re.compile(rf"[【\[]\s*(?:篇|范文|第)\s*{_NUM}\s*篇?\s*[】\]]")
# 篇2：title / 范文三 / 第一篇 at the start of a line.
_LINE_SPLIT = re.compile(rf"^(?:(?:篇|范文)\s*{_NUM}|第{_NUM}篇)\s*(?:[：:.．、]\s*|$)")
_REPORT_WORDS = re.compile(r"总结|报告|汇报|述职")
_COUNT_SUFFIX = re.compile(rf"[（(]?\s*(?:合集)?\s*{_NUM}\s*篇\s*[)）]?$|(?:范文|精选|大全|合集)+$")


@dataclass
class Chunk:
    """The paragraphs of one report, with the heading its collection gave it."""

    label: str = ""  # 【篇一】 / 篇2
    label_title: str = ""  # text after the label on the same line
    paragraphs: list[Paragraph] = field(default_factory=list)


@dataclass
class Split:
    file_title: str
    chunks: list[Chunk]


def split_reports(paragraphs: list[Paragraph]) -> Split:
    """Cut a file's paragraphs into reports."""
    pieces = list(_explode_inline(paragraphs))
    if any(label is not None for label, _ in pieces):
        return _split_on_labels(pieces)
    return _split_on_titles(paragraphs)


def _explode_inline(paragraphs: list[Paragraph]):
    """(label or None, paragraph) pairs, cutting run-on lines at 【篇N】 labels."""
    for paragraph in paragraphs:
        text = paragraph.text
        line = _LINE_SPLIT.match(text)
        if line:
            label = line.group(0).rstrip("：:.．、 ")
            rest = text[line.end():].strip()
            yield label, replace(paragraph, text=rest)
            continue
        start = 0
        for match in _INLINE_SPLIT.finditer(text):
            before = text[start:match.start()].strip()
            if before:
                yield None, replace(paragraph, text=before)
            yield match.group(0), None
            start = match.end()
        rest = text[start:].strip()
        if rest:
            yield None, (replace(paragraph, text=rest) if start else paragraph)


def _split_on_labels(pieces) -> Split:
    preamble: list[Paragraph] = []
    chunks: list[Chunk] = []
    for label, paragraph in pieces:
        if label is not None:
            chunks.append(Chunk(label=label))
            if paragraph is not None and paragraph.text:
                chunks[-1].label_title = paragraph.text
            continue
        (chunks[-1].paragraphs if chunks else preamble).append(paragraph)
    return Split(file_title=_file_title(preamble), chunks=chunks)


def _file_title(preamble: list[Paragraph]) -> str:
    for paragraph in preamble:
        text = paragraph.text.strip()
        if is_title_line(text):
            return strip_count(text)
    return ""


def strip_count(title: str) -> str:
    """教育局2021年工作总结5篇 → 教育局2021年工作总结; …（合集4篇） → …"""
    return _COUNT_SUFFIX.sub("", title).strip() or title


def is_title_line(text: str) -> bool:
    """A short line naming a report: no sentence end, no heading marker, a report word."""
    return (4 <= len(text) <= 60 and not text.endswith(("。", "；", "，"))
            and "。" not in text and match_marker(text) is None
            and _REPORT_WORDS.search(text) is not None)


def _split_on_titles(paragraphs: list[Paragraph]) -> Split:
    """No labels: a report title line that follows body text starts a new report."""
    chunks = [Chunk()]
    has_body = False
    previous_title = None
    for paragraph in paragraphs:
        text = paragraph.text.strip()
        # 《政府工作报告》有关内容名词注释 names the report it belongs to: an appendix, not a report
        title_like = is_title_line(text) and not paragraph.in_table and not is_appendix_line(text)
        if title_like and has_body and text != previous_title:
            chunks.append(Chunk())
            has_body = False
        chunks[-1].paragraphs.append(paragraph)
        if title_like:
            previous_title = text
        elif len(text) >= 40 or match_marker(text) is not None:
            has_body = True
    return Split(file_title="", chunks=chunks)
