"""Reader for .rtf files: a small tokenizer that keeps paragraphs, cells, bold and styles.

striprtf decodes the text well (\\'xx bytes in the file's code page, \\u escapes) but
returns plain text only: bold runs, style names, outline levels and table cells, which
the other readers report, would be lost, so the few control words we need are read here.
Destinations that are not body text (font and colour tables, headers, footers, pictures,
field instructions, anything marked \\*) are skipped; the style sheet gives names and
outline levels. \\'xx bytes are decoded in the code page of the current font's charset.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, replace

from reportdesk.ingest.errors import ReadError, notice
from reportdesk.ingest.paragraphs import ParagraphBuilder, outline_of_name
from reportdesk.model import Paragraph

MAX_DEPTH = 2_000
_TOKEN = re.compile(rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z])|([{}])|"
                    rb"[\r\n]+|([^\\{}\r\n]+)")
_SKIP = {b"fonttbl", b"colortbl", b"info", b"header", b"headerl", b"headerr", b"headerf", b"footer",
         b"footerl", b"footerr", b"footerf", b"pict", b"object", b"fldinst", b"footnote", b"annotation",
         b"themedata", b"colorschememapping", b"latentstyles", b"datastore", b"xmlnstbl", b"listtable",
         b"listoverridetable", b"rsidtbl", b"generator", b"nonshppict", b"stylesheet", b"pgdsctbl",
         b"revtbl", b"filetbl", b"atnid", b"atnauthor", b"bkmkstart", b"bkmkend", b"txe", b"xe", b"tc"}
_CHARSETS = {0: "cp1252", 128: "cp932", 129: "cp949", 134: "gb18030", 136: "cp950", 161: "cp1253",
             162: "cp1254", 177: "cp1255", 178: "cp1256", 186: "cp1257", 204: "cp1251", 222: "cp874",
             238: "cp1250"}
_SYMBOLS = {b"line": "\n", b"tab": "\t", b"emdash": "—", b"endash": "–", b"lquote": "‘", b"rquote": "’",
            b"ldblquote": "“", b"rdblquote": "”", b"bullet": "•", b"emspace": "\u2003",
            b"enspace": "\u2002", b"qmspace": "\u2005"}
_ESCAPES = {b"\\": "\\", b"{": "{", b"}": "}", b"~": "\xa0", b"_": "-", b"-": ""}


@dataclass(frozen=True)
class _State:
    skip: bool = False
    bold: bool = False
    abold: bool = False  # \ab: bold of the associated (here: CJK) font, as LibreOffice and Word write it
    deleted: bool = False
    uc: int = 1  # characters that stand in for a \u character, skipped after it
    codepage: str = "cp1252"
    style: int = 0
    outline: int | None = None
    in_table: bool = False


def _unichr(arg: int) -> str:
    """The character of \\uN: negative N counts from 65536 (16-bit signed), as Word writes it; a value
    no character has is damage. Surrogate halves are joined into one character at ingest."""
    code = arg + 65536 if arg < 0 else arg
    return chr(code) if 0 <= code <= 0x10FFFF else "\ufffd"


def read_rtf(path: str, data: bytes) -> tuple[list[Paragraph], str, tuple[str, ...]]:
    reader = _Reader(data)
    try:
        paragraphs = reader.run()
    except _TooDeep as exc:
        raise ReadError(path, "too_deep", kind="RTF ", limit=MAX_DEPTH) from exc
    if reader.damaged and not paragraphs:
        raise ReadError(path, "damaged", kind="RTF ")
    warnings = ((notice("recovered"),) if reader.damaged else ()) + (
        (notice("codepage", page=reader.unknown_page),) if reader.unknown_page is not None else ())
    return paragraphs, "RTF", warnings


class _TooDeep(ValueError):
    pass


class _Reader:
    def __init__(self, data: bytes):
        self.data = data
        self.builder = ParagraphBuilder()
        self.hex = bytearray()
        self.default_cp = "cp1252"
        self.unknown_page: int | None = None  # an \ansicpg nothing can decode
        self.fonts: dict[int, str] = {}
        self.styles: dict[int, tuple[str, int | None]] = {}
        self.table: str | None = None  # "fonttbl" or "stylesheet" while one is being read
        self.entry: dict = {}
        self.skip_chars = 0
        self.damaged = False  # bytes that are no RTF were skipped, or the file ends inside a group

    def run(self) -> list[Paragraph]:
        state, stack, pos, data = _State(), [], 0, self.data
        while pos < len(data):
            m = _TOKEN.match(data, pos)
            if m is None:  # a lone backslash at the end, a control word too long: damage, skipped
                self.damaged = True
                pos += 1
                continue
            pos = m.end()
            word, arg, hexbyte, symbol, brace, text = m.groups()
            if hexbyte is not None:
                if not state.skip or self.table:
                    self._hex(int(hexbyte, 16), state)
                continue
            self._flush(state)
            if brace == b"{":
                stack.append(state)
                if len(stack) > MAX_DEPTH:
                    raise _TooDeep
            elif brace == b"}":
                if not stack:
                    break  # the document's closing brace; anything after it is not RTF
                if self.table and not stack[-1].skip and state.skip:
                    self.table = None  # left the font table or style sheet
                elif self.table and self.entry:
                    self._end_entry()
                state = stack.pop()
            elif word is not None:
                if word == b"bin":  # raw bytes follow: jump over them
                    pos += max(0, int(arg or 0))
                    continue
                state = self._word(word, None if arg is None else int(arg), state)
            elif symbol is not None:
                if symbol == b"*":
                    state = replace(state, skip=True)
                elif not state.skip and symbol in _ESCAPES:
                    self._text(_ESCAPES[symbol], state)
            elif text is not None:
                self._text(text.decode("latin-1"), state)
        self._flush(state)
        self.builder.end()
        self.damaged = self.damaged or len(stack) > 0  # cut off before its closing brace
        return self.builder.paragraphs

    def _word(self, word: bytes, arg: int | None, state: _State) -> _State:
        if word in _SKIP:
            if word in (b"fonttbl", b"stylesheet") and not state.skip:
                self.table, self.entry = word.decode(), {}
            return replace(state, skip=True)
        if self.table:
            return self._table_word(word, arg, state)
        if word == b"ansicpg" and arg:
            self.default_cp = f"cp{arg}" if arg != 936 else "gb18030"
            try:
                codecs.lookup(self.default_cp)
            except LookupError:  # a code page Python does not know (\ansicpg99999): most likely Chinese
                self.unknown_page, self.default_cp = arg, "gb18030"
            return replace(state, codepage=self.default_cp)
        if word == b"f" and arg is not None:
            return replace(state, codepage=self.fonts.get(arg, self.default_cp))
        if word == b"uc" and arg is not None:
            return replace(state, uc=max(0, arg))
        if word == b"u" and arg is not None:
            self._text(_unichr(arg), state)
            self.skip_chars = state.uc
            return state
        if word == b"b":
            return replace(state, bold=arg != 0)
        if word == b"ab":
            return replace(state, abold=arg != 0)
        if word == b"deleted":
            return replace(state, deleted=arg != 0)
        if word == b"plain":
            return replace(state, bold=False, abold=False, deleted=False)
        if word == b"pard":
            return replace(state, style=0, outline=None, in_table=False)
        if word == b"s" and arg is not None:
            return replace(state, style=arg)
        if word == b"outlinelevel" and arg is not None:
            return replace(state, outline=arg if 0 <= arg < 9 else None)
        if word == b"intbl":
            return replace(state, in_table=True)
        if state.skip:
            return state
        if word in (b"par", b"sect", b"page", b"cell", b"nestcell"):
            self._end_paragraph(state, in_table=word in (b"cell", b"nestcell") or state.in_table)
        elif word in _SYMBOLS:
            self._text(_SYMBOLS[word], state)
        return state

    def _table_word(self, word: bytes, arg: int | None, state: _State) -> _State:
        """Control words inside the font table or the style sheet."""
        if arg is not None and (word, self.table) in ((b"f", "fonttbl"), (b"s", "stylesheet")):
            self.entry["id"] = arg
            self.entry["kind"] = word
        elif word in (b"cs", b"ds", b"ts", b"tsrowd"):
            self.entry["kind"] = b"other"
        elif word == b"fcharset" and arg is not None:
            self.entry["charset"] = arg
        elif word == b"outlinelevel" and arg is not None:
            self.entry["outline"] = arg if 0 <= arg < 9 else None
        elif word == b"u" and arg is not None:
            self.entry["name"] = self.entry.get("name", "") + _unichr(arg)
            self.skip_chars = state.uc
        return state

    def _end_entry(self) -> None:
        entry, self.entry = self.entry, {}
        if self.table == "fonttbl" and entry.get("kind") == b"f":
            # a font that names no character set is in the document's code page (\ansicpg)
            self.fonts[entry["id"]] = _CHARSETS.get(entry.get("charset"), self.default_cp)
        elif self.table == "stylesheet" and entry.get("kind", b"s") == b"s":
            name = entry.get("name", "").split(";")[0].strip()
            outline = entry.get("outline")
            self.styles[entry.get("id", 0)] = (name, outline if outline is not None else outline_of_name(name))

    def _hex(self, byte: int, state: _State) -> None:
        if self.skip_chars:
            self.skip_chars -= 1
            return
        self.hex.append(byte)

    def _flush(self, state: _State) -> None:
        """Decode the \\'xx bytes collected so far (a GBK character is two of them)."""
        if self.hex:
            text = bytes(self.hex).decode(state.codepage, "replace")
            self.hex.clear()
            self._emit(text, state)

    def _text(self, text: str, state: _State) -> None:
        if self.skip_chars:
            dropped = min(self.skip_chars, len(text))
            self.skip_chars -= dropped
            text = text[dropped:]
        if self.table:
            self.entry["name"] = self.entry.get("name", "") + text
        elif text:
            self._emit(text, state)

    def _emit(self, text: str, state: _State) -> None:
        if self.table == "stylesheet":
            self.entry["name"] = self.entry.get("name", "") + text
        elif not state.skip and not state.deleted:
            self.builder.add(text, state.bold or state.abold)

    def _end_paragraph(self, state: _State, in_table: bool) -> None:
        name, outline = self.styles.get(state.style, (None, None))
        if state.outline is not None:
            outline = state.outline
        self.builder.end(style=name or None, level=outline + 1 if outline is not None else None,
                         in_table=in_table)
