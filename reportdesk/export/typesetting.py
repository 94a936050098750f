"""The page model: on which body page each 目录 entry starts, without a word processor.

The official format makes pagination a matter of counting. Every line is exact (22 a
page), widow control is off, 28 三号 characters fill a line, headings keep with the next
paragraph, chapters and report titles start a page. What is left is how many lines a
paragraph takes, which depends on how Word and LibreOffice break Chinese lines:

* Chinese characters are a full em (less the 0.25 pt spacing of the styles); Latin letters
  and digits have Times New Roman's widths and a word or number is never split; where
  Chinese and Latin meet a small gap is added (not next to punctuation).
* A comma or stop may hang in the margin at the end of a full line (not after a number);
  a closing quote or bracket may not open a line and takes the character before it down;
  an opening one may not end a line. LibreOffice lets nothing hang in table cells.
* Punctuation takes the script, so the font and width, of the text before it; at the
  start of a paragraph LibreOffice sets it in the Latin font.

These rules were measured on LibreOffice's layout of the seeds and 25 provincial
reports, where every 目录 entry of the three modes lands on the page computed here
(tests/export/test_pdf.py). The numbers are stored as the 目录 field's result: WPS and
LibreOffice show them as stored, and Word refreshes the field on opening anyway.
"""
from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from dataclasses import replace

from reportdesk.export.blocks import (Attachment, Block, BodyStart, Heading, Para, ReportTitle, RunIn, Table, Toc,
                                      TocEntry)

LINES = 22
LINE = 28.95  # pt, exact
TEXT_WIDTH = 442.2  # pt: the 156 mm type area
SPACING = -0.25  # pt after every character (official_format.CHAR_SPACING)
BODY_SIZE = 16.0  # 三号
TITLE_SIZE = 22.0  # 二号
INDENT = 32.0  # pt: two characters of first-line indent
SCRIPT_GAP = 3.3  # pt between Chinese and Latin letters or digits
# ems: commas and stops as LibreOffice sets them in Chinese text (4.3 pt at 三号 with the spacing)
NARROW_PUNCTUATION = {",": 0.284, ".": 0.284, ";": 0.284, ":": 0.284}
HANGING = set("，。、；：！？,.;:")
NO_LINE_START = set("’”）》」』】〕〉〗〞!)]}") | HANGING
NO_LINE_END = set("‘“（《「『【〔〈〖〝([{")
# Times New Roman advance widths (1/1000 em) of printable ASCII, space to tilde (LibreOffice's
# Liberation Serif has the same metrics)
_LATIN_WIDTHS = (250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278,
                 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444,
                 921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722,
                 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500,
                 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500,
                 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541)
# quotes, dashes and ellipses in the Latin font (Times New Roman): — and … are a full em
_NARROW_FORMS = {"—": 1.0, "…": 1.0, "“": 0.444, "”": 0.444, "‘": 0.333, "’": 0.333, "·": 0.25}
# the comparison table, on turned pages
LANDSCAPE_WIDTH = 637.8  # pt: the 225 mm type area of a turned page
LANDSCAPE_HEIGHT = 442.2
TABLE_SIZE = 10.5  # 五号
TABLE_LINE = 15.0  # pt, exact
FIRST_COLUMN = 85.0  # pt (30 mm): the topic names
CELL_MARGINS = {"top": 1.0, "bottom": 1.0, "left": 4.0, "right": 4.0}  # pt
# pt: LibreOffice starts every turned page this much lower (measured: 22 one-line rows fit below a
# two-line header on a page, 23 do not; a row broken across pages keeps 26 lines there, not 27)
PAGE_TOP = 9.4

# What a line is never broken inside (a Latin word or number, …… or ——) or one other
# character; runs of full-width characters are matched whole to be handled a run at a time.
_RUNS = re.compile(r"([\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff5e]+)|[A-Za-z0-9][A-Za-z0-9.%]*|…+|—+|.", re.S)
_LATIN, _HAN = 1, 2
_FACTS: dict[str, tuple[int, str | None, float, float, int]] = {}


def _facts(token: str) -> tuple[int, str | None, float, float, int]:
    """(kind, own script, width in ems set as Chinese, and as Latin text, characters).

    Kind is _LATIN for words and numbers and _HAN for Chinese characters: the space Word
    and LibreOffice put between Chinese and Latin text goes only where these two meet
    (not next to punctuation). Punctuation has no script of its own: it takes the text's
    before it, which decides its font and so its width."""
    found = _FACTS.get(token)
    if found is None:
        first = token[0]
        if first.isascii():
            kind, script = (_LATIN, "latin") if first.isalnum() else (0, None)
        elif unicodedata.east_asian_width(first) in ("W", "F"):
            kind, script = (0 if unicodedata.category(first)[0] in "PSZ" else _HAN), "asian"
        else:
            kind, script = 0, None
        found = (kind, script, sum(_em(c, "asian") for c in token), sum(_em(c, "latin") for c in token),
                 len(token))
        if len(_FACTS) > 200_000:  # numbers are many; keep the cache bounded
            _FACTS.clear()
        _FACTS[token] = found
    return found


def _em(char: str, script: str) -> float:
    code = ord(char)
    if 32 <= code < 127:
        if char in NARROW_PUNCTUATION and script == "asian":
            return NARROW_PUNCTUATION[char]
        return _LATIN_WIDTHS[code - 32] / 1000
    kind = unicodedata.east_asian_width(char)
    if kind in ("W", "F") or kind == "A" and script == "asian" and code >= 0x2000:
        return 1.0
    return _NARROW_FORMS.get(char, 0.5)


def line_count(text: str, size: float = BODY_SIZE, indent: float = INDENT, width: float = TEXT_WIDTH,
               hanging: bool = True) -> int:
    """Lines a paragraph takes."""
    return len(break_lines(text, size, indent, width, hanging))


def break_lines(text: str, size: float = BODY_SIZE, indent: float = INDENT, width: float = TEXT_WIDTH,
                hanging: bool = True) -> list[str]:
    """A paragraph's lines, by the rules in the module docstring."""
    if not text:
        return [""]
    tokens: list[str] = []
    kinds: list[int] = []
    gaps: list[float] = []  # the gap before a token, dropped when it opens a line
    steps: list[float] = []  # each token's width with the gap before it
    gap = SCRIPT_GAP * size / BODY_SIZE
    han = size + SPACING
    script, previous = "latin", 0  # a paragraph opens in the Latin font (module docstring)
    known, both = _FACTS, _LATIN | _HAN
    for match in _RUNS.finditer(text):
        run = match.group(1)
        if run:  # full-width characters, most of the text: a run at a time, each one em
            count = len(run)
            first, last = known.get(run[0]) or _facts(run[0]), known.get(run[-1]) or _facts(run[-1])
            tokens += run
            kinds += [_HAN] * count  # inside a run only whether a neighbour is Latin matters
            kinds[-count], kinds[-1] = first[0], last[0]
            before = gap if first[0] | previous == both else 0.0
            gaps += [before] + [0.0] * (count - 1)
            steps += [han + before] + [han] * (count - 1)
            script, previous = "asian", last[0]
            continue
        token = match.group(0)
        kind, own, asian, latin, chars = known.get(token) or _facts(token)
        script = own or script
        before = gap if kind | previous == both else 0.0
        tokens.append(token)
        kinds.append(kind)
        gaps.append(before)
        steps.append((asian if script == "asian" else latin) * size + chars * SPACING + before)
        previous = kind
    n = len(tokens)
    cumulative = list(itertools.accumulate(steps, initial=0.0))  # width of tokens[:k], gaps included
    limit = width + 0.01
    lines: list[str] = []
    start, used = 0, indent
    while True:
        # the first token that does not fit on the line opened by tokens[start]
        k = bisect.bisect_right(cumulative, limit - used + cumulative[start] + gaps[start]) - 1
        k = max(k, start + 1)
        if k >= n:
            lines.append("".join(tokens[start:]))
            return lines
        if hanging and tokens[k] in HANGING and kinds[k - 1] != _LATIN:
            k += 1  # a comma or stop hangs in the margin (not after a number: 5.5%。 moves down whole)
            if k >= n:
                lines.append("".join(tokens[start:]))
                return lines
        # move the break back while it would leave a forbidden end or start
        while k > start + 1 and (tokens[k][0] in NO_LINE_START or tokens[k - 1][-1] in NO_LINE_END):
            k -= 1
        lines.append("".join(tokens[start:k]))
        start, used = k, 0.0


def block_lines(block: Block) -> int:
    """Lines a body block takes on a portrait page."""
    if isinstance(block, Heading) or isinstance(block, Para):
        return line_count(block.text)
    if isinstance(block, RunIn):
        return line_count(block.heading + block.separator + block.text)
    if isinstance(block, ReportTitle):
        lines = line_count(block.text, TITLE_SIZE, 0)
        return lines + (line_count(block.meta, indent=0) if block.meta else 0) + 1
    return 1


def _keeps_with_next(block: Block) -> bool:
    return isinstance(block, (Heading, ReportTitle)) or (isinstance(block, Para) and block.kind == "subhead")


def _starts_page(block: Block) -> bool:
    return isinstance(block, ReportTitle) or (isinstance(block, Heading) and block.new_page)


def paginate(body: list[Block]) -> list[int]:
    """The page (from 1) each body block starts on."""
    lines = [block_lines(b) for b in body]
    pages: list[int] = []
    page, line = 1, 0
    k = 0
    while k < len(body):
        end = k  # a run of keep-with-next blocks moves as one with the first line of what follows
        while end < len(body) - 1 and _keeps_with_next(body[end]) and not _starts_page(body[end + 1]):
            end += 1
        if _starts_page(body[k]) and line > 0:
            page, line = page + 1, 0
        needed = sum(lines[k:end]) + 1
        if end > k and line > 0 and line + needed > LINES:
            page, line = page + 1, 0
        for j in range(k, end + 1):
            pages.append(page)
            line += lines[j]
            page, line = page + line // LINES, line % LINES
        k = end + 1
    return pages


def with_page_numbers(blocks: list[Block]) -> list[Block]:
    """The blocks with the 目录 filled: entries for the listed headings and their pages."""
    toc_at = next((i for i, b in enumerate(blocks) if isinstance(b, Toc)), None)
    if toc_at is None:
        return blocks
    toc = blocks[toc_at]
    start = next((i + 1 for i, b in enumerate(blocks) if isinstance(b, BodyStart)), toc_at + 1)
    body = blocks[start:]
    pages = table_pages(body) if any(isinstance(b, Table) for b in body) else paginate(body)
    entries = []
    for block, page in zip(body, pages):
        if toc.report_titles and isinstance(block, ReportTitle):
            entries.append(TocEntry(1, block.text, page))
            if block.byline:
                entries.append(TocEntry(2, block.meta, page))
        elif not toc.report_titles and isinstance(block, Heading) and block.level <= toc.levels:
            entries.append(TocEntry(block.level, block.text, page))
    return blocks[:toc_at] + [replace(toc, entries=tuple(entries))] + blocks[toc_at + 1:]


def column_widths(columns: int) -> list[float]:
    """Column widths (pt) of a comparison table across the landscape type area."""
    n = max(1, columns - 1)
    return [FIRST_COLUMN] + [(LANDSCAPE_WIDTH - FIRST_COLUMN) / n] * n


def _row_lines(row: tuple[str, ...], widths: list[float]) -> int:
    """Lines of a table row: its tallest cell's."""
    # a point less than the cell holds: a line that would fill it to within a rounding error
    # is broken one character earlier
    inner = [w - CELL_MARGINS["left"] - CELL_MARGINS["right"] - 1.0 for w in widths]
    # LibreOffice lets no punctuation hang in a table cell
    return max(line_count(text, TABLE_SIZE, 0.0, w, hanging=False) for text, w in zip(row, inner))


ROW_EXTRA = CELL_MARGINS["top"] + CELL_MARGINS["bottom"] + 0.5  # pt: the cell margins and a rule


def row_height(row: tuple[str, ...], widths: list[float]) -> float:
    """Height of a table row: its lines, plus the cell margins and a rule."""
    return _row_lines(row, widths) * TABLE_LINE + ROW_EXTRA


def table_pages(body: list[Block]) -> list[int]:
    """Pages in the landscape table part: a row breaks across pages between two of its
    lines (every cell keeps as many lines as fit), the header row repeats on every page; a
    chapter starts a page, and the next group of reports of a chapter follows on the same
    page below a blank line (Word needs a paragraph between two tables)."""
    pages: list[int] = []
    page, used = 1, PAGE_TOP
    previous: Block | None = None
    room = LANDSCAPE_HEIGHT + 0.01
    for block in body:
        if isinstance(block, Heading) and block.new_page and used > PAGE_TOP:
            page, used = page + 1, PAGE_TOP
        if isinstance(block, Table):
            if isinstance(previous, Table):  # the blank line between two tables
                page, used = (page, used + LINE) if used + LINE <= room else (page + 1, PAGE_TOP + LINE)
            widths = column_widths(len(block.header))
            header = row_height(block.header, widths)
            if used + header + ROW_EXTRA + TABLE_LINE > room and used > PAGE_TOP + LINE:
                page, used = page + 1, PAGE_TOP  # not even a line of the first row fits below the header
            pages.append(page)
            used += header
            for row in block.rows:
                lines = _row_lines(row, widths)
                while used + lines * TABLE_LINE + ROW_EXTRA > room:
                    fit = int((room - used - ROW_EXTRA) // TABLE_LINE)
                    lines -= max(fit, 0)  # the lines that fit stay; the rest go below the header overleaf
                    page, used = page + 1, PAGE_TOP + header
                used += lines * TABLE_LINE + ROW_EXTRA
        else:
            pages.append(page)
            used += LINE * (3 if isinstance(block, Attachment) else 1)  # 附件, title and a blank line
        while used >= LANDSCAPE_HEIGHT:
            page, used = page + 1, PAGE_TOP + used - LANDSCAPE_HEIGHT
        previous = block
    return pages
