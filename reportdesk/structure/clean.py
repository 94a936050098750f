"""Cleaning: web-page debris out, white space and brackets folded, broken lines re-joined.

Body text is otherwise kept exactly as written.
"""
from __future__ import annotations

import re
from dataclasses import replace

from reportdesk.model import Paragraph
from reportdesk.structure.markers import match_marker
from reportdesk.text.sentences import ENDS, STOPS

# Lines that are never part of a report: download-site furniture and page furniture.
_DEBRIS_LINE = re.compile(
    r"^(?:"
    r"申明敬告.*|免责声明.*|.*本站不保证.*|.*本站不予受理.*|.*版权归.*所有.*|.*侵权.*删除.*"
    r"|文档介绍|文档简介|查看更多.*|展开全文.*|阅读全文.*|点击.{0,8}(?:下载|查看|阅读).*"
    r"|相关文章.*|相关推荐.*|相关文档.*|热门文章.*|推荐阅读.*|猜你喜欢.*"
    r"|您可能关注的文档.*|你可能感兴趣的.*|上一篇.*|下一篇.*|返回顶部|分享到.*|收藏本文.*"
    r"|第?\s*\d+\s*页\s*[,，/／]?\s*共\s*\d+\s*页|共\s*\d+\s*页|第|第\s*\d+\s*页"
    r"|[-—–－]+\s*\d+\s*[-—–－]+|\d+\s*/\s*\d+"
    r")$"
)
_INLINE_DEBRIS = re.compile(r"\[bookmark:[^\]]*\]|\[(?:image|图片)[^\]]*\]|<!--.*?-->")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+")
_CJK = r"\u3400-\u9fff\uf900-\ufaff"
_LINE_MARKER = re.compile(r"\([一二三四五六七八九十\d]{1,3}[)）]")
_HALF_OPEN = re.compile(rf"\((?=[{_CJK}\d\s\u3000]*[{_CJK}])")
_SENTENCE_END = tuple(STOPS + "…”」』）)】")
# A line shorter than this, without a sentence end, is a title or heading, never a fragment.
_MIN_FRAGMENT = 40


def clean_paragraphs(paragraphs: list[Paragraph] | tuple[Paragraph, ...]) -> list[Paragraph]:
    """Split soft line breaks, fold white space, drop debris, re-join broken lines."""
    lines: list[Paragraph] = []
    for paragraph in paragraphs:
        for k, piece in enumerate(paragraph.text.split("\n")):
            text = fold_spaces(_INLINE_DEBRIS.sub("", piece))
            if not text or _DEBRIS_LINE.match(text):
                continue
            lines.append(replace(paragraph, text=text) if k == 0 else
                         Paragraph(text, in_table=paragraph.in_table))
    return rejoin_broken_lines(lines)


def fold_spaces(text: str) -> str:
    """Ideographic, em and no-break spaces and tabs become one plain space; ends trimmed."""
    text = _SPACES.sub(" ", text).strip()
    return fold_brackets(text)


def fold_brackets(text: str) -> str:
    """Half-width round brackets around Chinese text become full-width, as printed; except a
    heading marker opening the line ("(三)安全"), which the format check must see as it was
    typed (the heading's marker is shown full-width all the same: structure.markers.canonical)."""
    if "(" not in text:
        return text
    out = []
    depth = 0
    for i, char in enumerate(text):
        if char == "(" and _HALF_OPEN.match(text, i) and not (i == 0 and _LINE_MARKER.match(text)):
            out.append("（")
            depth += 1
        elif char == ")" and depth:
            out.append("）")
            depth -= 1
        else:
            out.append(char)
    return "".join(out)


def rejoin_broken_lines(lines: list[Paragraph]) -> list[Paragraph]:
    """Join a line cut mid-sentence (no sentence end, body-length) to the line after it."""
    out: list[Paragraph] = []
    for line in lines:
        if out and _continues(out[-1], line):
            out[-1] = replace(out[-1], text=out[-1].text + line.text)
        else:
            out.append(line)
    return out


def _continues(previous: Paragraph, line: Paragraph) -> bool:
    if previous.in_table or line.in_table or line.level or previous.level:
        return False
    prev = previous.text
    if prev.endswith(_SENTENCE_END):
        return False
    if len(prev) < _MIN_FRAGMENT and not any(c in prev for c in ENDS):
        return False
    if match_marker(line.text) is not None:
        return False
    return True
