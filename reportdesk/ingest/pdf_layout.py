"""From the text lines of PDF pages back to paragraphs (pure functions over `Line`s).

A PDF keeps lines, not paragraphs. Chinese reports are typeset with a first-line
indent of two characters and justified lines, so a paragraph starts where a line is
indented by about two characters, after a line that stops short of the right margin,
after a vertical gap larger than the line pitch, where the font size changes, and at a
heading marker (一、 （一） 第一章); lines are joined without a space, as CJK text is.
Page furniture, i.e. running headers and footers and page numbers ("— 3 —", "第3页",
"3/12") in the top or bottom band of pages, is removed first when it repeats.
"""
from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass

from reportdesk.model import Paragraph
from reportdesk.text.sentences import STOPS

_PAGE_NUMBER = re.compile(r"^[\s\-—–·•\[【（(]*(?:第\s*\d+\s*页(?:\s*[/，,]?\s*共\s*\d+\s*页)?|"
                          r"\d+\s*/\s*\d+|\d+|[ivxlcdm]+|page\s*\d+(?:\s*of\s*\d+)?)"
                          r"[\s\-—–·•\]】）)]*$", re.IGNORECASE)
_HEADING_START = re.compile(r"^[\s　]*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）]|"
                            r"第[一二三四五六七八九十]{1,3}(?:章|部分|篇|节)|\d{1,2}(?:[、．]|\.(?!\d))|[（(]\d{1,2}[)）])")
_FINAL = tuple(STOPS + "”’』」）)")  # how the last line of a paragraph ends
_PUNCTUATION = tuple("，、" + STOPS + "”’)）")
_UNBREAKABLE = re.compile(r"[0-9A-Za-z.%％‰+\-/]+(?:[、，,][0-9A-Za-z.%％‰+\-/]+)*[。，、；]?")
_BAND = 0.1  # the top and bottom tenth of a page hold its running header and footer


@dataclass(frozen=True)
class Line:
    """One line of text on a page, in PDF points (y grows upwards)."""

    text: str
    page: int
    x0: float
    x1: float
    bottom: float
    top: float
    size: float  # font size
    bold: bool = False  # the whole line, judged by its first and last characters
    starts_bold: bool = False
    page_height: float = 842.0


def paragraphs_from_lines(lines: list[Line]) -> list[Paragraph]:
    """Paragraphs of the body text of all pages' lines, in order."""
    body = remove_furniture(lines)
    if not body:
        return []
    size = statistics.median(line.size for line in body)
    left = _mode(round(line.x0) for line in body if line.size <= size * 1.1)
    widest = max(line.x1 for line in body)
    right = statistics.median([line.x1 for line in body
                               if line.size <= size * 1.1 and line.x1 > (left + widest) / 2] or [widest])
    pitch = _pitch(body)
    out: list[Paragraph] = []
    current: list[Line] = []
    for line in body:
        if current and _starts_paragraph(current[-1], line, left, right, pitch):
            out.append(_paragraph(current))
            current = []
        current.append(line)
    if current:
        out.append(_paragraph(current))
    return out


def remove_furniture(lines: list[Line]) -> list[Line]:
    """Lines without page numbers and the headers and footers that repeat across pages."""
    pages = {line.page for line in lines}
    in_band = [line for line in lines if _in_band(line)]
    repeats = Counter(key for key, _ in {(_furniture_key(line), line.page) for line in in_band})
    needed = max(2, int(0.4 * len(pages)))
    return [line for line in lines
            if not (_in_band(line) and (_PAGE_NUMBER.match(line.text)
                                        or repeats[_furniture_key(line)] >= needed))]


def _in_band(line: Line) -> bool:
    return line.bottom > line.page_height * (1 - _BAND) or line.top < line.page_height * _BAND


def _furniture_key(line: Line) -> tuple[str, bool]:
    """A header or footer with its page number made anonymous ("第3页" and "第4页" repeat), and its band."""
    return re.sub(r"\d+", "#", "".join(line.text.split())), line.top > line.page_height / 2


def _starts_paragraph(previous: Line, line: Line, left: float, right: float, pitch: float) -> bool:
    """Whether `line` opens a new paragraph after `previous`."""
    em = max(line.size, 1.0)
    ended = previous.text.endswith(_FINAL)
    if abs(line.size - previous.size) > 0.15 * max(line.size, previous.size):
        return True
    if line.x0 > left + 1.5 * em and (line.x0 > previous.x0 + 0.5 * em or not _centred(previous, left, right)):
        return True  # a first-line indent (after a body line, or after a one-line paragraph)
    if previous.x1 < right - 2 * em and (ended or not _pushed_down(line, right - previous.x1)):
        return True  # the previous line stopped short: it ended its paragraph
    if previous.bold and not line.starts_bold and not previous.text.endswith(_PUNCTUATION):
        return True  # a bold heading line, then plain text
    if _HEADING_START.match(line.text) and ended and line.starts_bold:
        # a bold heading that is not indented, after a finished sentence; a plain (1) after
        # 。 is more often an enumeration that happens to start a line
        return True
    return line.page == previous.page and previous.bottom - line.bottom > 1.6 * pitch


def _pushed_down(line: Line, gap: float) -> bool:
    """Whether the line's first unbreakable run (23.1％、62.5％) was too wide for the gap above."""
    token = _UNBREAKABLE.match(line.text)
    if token is None:
        return False
    width = sum(0.6 if ord(char) < 256 else 1.0 for char in token.group())
    return gap < (width + 1) * max(line.size, 1.0)


def _centred(line: Line, left: float, right: float) -> bool:
    return line.x0 > left + 3 * line.size and abs((line.x0 - left) - (right - line.x1)) < line.size


def _paragraph(lines: list[Line]) -> Paragraph:
    text = lines[0].text
    for line in lines[1:]:
        joiner = " " if text[-1:].isascii() and text[-1:].isalpha() and line.text[:1].isascii() \
            and line.text[:1].isalpha() else ""
        text += joiner + line.text
    return Paragraph(text, bold=all(line.bold for line in lines))


def _pitch(lines: list[Line]) -> float:
    """The usual distance between the baselines of two lines of one paragraph."""
    steps = [a.bottom - b.bottom for a, b in zip(lines, lines[1:])
             if a.page == b.page and 0 < a.bottom - b.bottom < 4 * max(a.size, 1.0)]
    return statistics.median(steps) if steps else 1.5 * statistics.median(line.size for line in lines)


def _mode(values) -> float:
    counts = Counter(values)
    return counts.most_common(1)[0][0] if counts else 0.0
