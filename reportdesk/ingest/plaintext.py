"""Readers for .txt and .md files: decoded lines become paragraphs."""
from __future__ import annotations

import re

from reportdesk.ingest.encoding import Decoded, UndecodableError, decode_text, looks_binary
from reportdesk.ingest.errors import ReadError, notice
from reportdesk.model import Paragraph

_LINE_END = re.compile(r"\r\n|[\r\n\x0b\x0c]")  # form feeds (page breaks) end lines too
_MD_HEADING = re.compile(r"^(#{1,6})\s*(.*?)\s*#*\s*$")
_MD_RULE = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$")
_MD_BULLET = re.compile(r"^\s*[-*+]\s+")
_MD_QUOTE = re.compile(r"^\s*(>\s*)+")
_MD_EMPHASIS = re.compile(r"(?<!\\)(\*\*|__)(?=\S)(.+?)(?<=\S)(?<!\\)\1")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|~>])")
_MD_TABLE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def decode(path: str, data: bytes) -> tuple[str, str, tuple[str, ...]]:
    """Text, encoding name and warnings of a text file's bytes, or a ReadError."""
    try:
        decoded = decode_text(data)
    except UndecodableError as exc:
        code = "binary" if str(exc) == "binary" else "decode"
        raise ReadError(path, code) from exc
    if looks_binary(decoded.text):
        raise ReadError(path, "binary")
    return decoded.text, decoded.encoding, decoding_warnings(decoded)


def decoding_warnings(decoded: Decoded) -> tuple[str, ...]:
    """What the file's row says about bytes that could not be decoded."""
    return (((notice("replaced", count=decoded.replaced),) if decoded.replaced else ())
            + ((notice("removed", count=decoded.removed),) if decoded.removed else ()))


def read_txt(path: str, data: bytes) -> tuple[list[Paragraph], str, tuple[str, ...]]:
    text, encoding, warnings = decode(path, data)
    lines = _lines(text)
    if looks_like_markdown(lines):  # pages saved from the web often are, whatever the name
        return markdown_paragraphs(lines), encoding, warnings
    return [Paragraph(line) for line in lines if line.strip()], encoding, warnings


def read_md(path: str, data: bytes) -> tuple[list[Paragraph], str, tuple[str, ...]]:
    text, encoding, warnings = decode(path, data)
    return markdown_paragraphs(_lines(text)), encoding, warnings


def looks_like_markdown(lines: list[str]) -> bool:
    """Several '#' heading lines, or backslash escapes such as \\*\\*, mark a Markdown text."""
    headings = sum(1 for line in lines if _MD_HEADING.match(line) and line.lstrip("#")[:1] == " ")
    escapes = sum(1 for line in lines if _MD_ESCAPE.search(line))
    return headings >= 2 or escapes >= 2


def markdown_paragraphs(lines: list[str]) -> list[Paragraph]:
    """Paragraphs of Markdown lines: headings become level hints, markup is removed."""
    paragraphs: list[Paragraph] = []
    for line in lines:
        if not line.strip() or _MD_RULE.match(line) or _MD_TABLE_SEPARATOR.match(line):
            continue
        level = None
        heading = _MD_HEADING.match(line)
        if heading:
            level, line = len(heading.group(1)), heading.group(2)
        else:
            line = _MD_QUOTE.sub("", line)
            line = _MD_BULLET.sub("", line)
        if line.strip().startswith("|") and line.strip().endswith("|"):
            cells = [c for c in (cell.strip() for cell in line.strip().strip("|").split("|")) if c]
            paragraphs.extend(Paragraph(_md_inline(c), in_table=True) for c in cells)
            continue
        line = _md_inline(line)
        if line.strip():
            paragraphs.append(Paragraph(line, level=level))
    return paragraphs


def _md_inline(text: str) -> str:
    """Drop emphasis markers, then undo backslash escapes such as \\*\\* for a masked name."""
    text = _MD_EMPHASIS.sub(r"\2", text)
    return _MD_ESCAPE.sub(r"\1", text)


def _lines(text: str) -> list[str]:
    return _LINE_END.split(text)
