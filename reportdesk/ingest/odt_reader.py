"""Reader for OpenDocument text (.odt): content.xml paragraphs, headings, lists and tables.

text:h carries its outline level, which becomes the level hint as a Word outline level
does; bold comes from the text style of a span or of its paragraph (automatic styles in
content.xml, named ones in styles.xml, through their parents). Notes, annotations,
tracked deletions, frames and the table of contents are not body text.
"""
from __future__ import annotations

from lxml.etree import _Element as Element

from reportdesk.ingest.errors import ReadError, notice
from reportdesk.ingest.paragraphs import ParagraphBuilder
from reportdesk.ingest.xmlparts import parse_xml
from reportdesk.ingest.ziparchive import read_parts
from reportdesk.model import Paragraph

TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing"
FO = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}"
_NOT_BODY = {TEXT + "note", TEXT + "tracked-changes", OFFICE + "annotation", TEXT + "table-of-content",
             TEXT + "sequence-decls", TEXT + "variable-decls", TEXT + "user-field-decls",
             OFFICE + "forms", TEXT + "bookmark-ref", TEXT + "alphabetical-index",
             TEXT + "illustration-index", TEXT + "soft-page-break"}
_PARAGRAPHS = {TEXT + "p", TEXT + "h"}


def read_odt(path: str, data: bytes) -> tuple[list[Paragraph], str, tuple[str, ...]]:
    parts, damaged = read_parts(path, data, "content.xml", ("styles.xml", "META-INF/manifest.xml"))
    if b"encryption-data" in parts.get("META-INF/manifest.xml", b""):
        raise ReadError(path, "encrypted")
    content, broken = parse_xml(path, parts["content.xml"], kind="ODT ")
    style_root, broken_styles = parse_xml(path, parts.get("styles.xml"), kind="ODT ", required=False)
    damaged = damaged or broken or broken_styles
    styles = _Styles([content, style_root])
    body = content.find(f"{OFFICE}body/{OFFICE}text")
    builder = ParagraphBuilder()
    if body is not None:
        _block(body, styles, builder, in_table=False)  # recursive: parse_xml caps the depth at 256
    if damaged and not builder.paragraphs:
        raise ReadError(path, "bad_xml")
    return builder.paragraphs, "ODT", (notice("recovered"),) if damaged else ()


class _Styles:
    """Paragraph and text styles by name: parent, bold, display name."""

    def __init__(self, roots: list[Element | None]):
        self._styles: dict[str, Element] = {}
        self._automatic: set[str] = set()
        for root in roots:
            if root is None:
                continue
            for automatic in root.iter(OFFICE + "automatic-styles"):
                self._automatic.update(s.get(STYLE + "name", "") for s in automatic)
            for style in root.iter(STYLE + "style"):
                self._styles.setdefault(style.get(STYLE + "name", ""), style)

    def _chain(self, name: str | None):
        seen = set()
        while name and name in self._styles and name not in seen:
            seen.add(name)
            yield self._styles[name]
            name = self._styles[name].get(STYLE + "parent-style-name")

    def bold(self, name: str | None) -> bool | None:
        for style in self._chain(name):
            props = style.find(STYLE + "text-properties")
            weight = props.get(FO + "font-weight") if props is not None else None
            if weight:
                return weight == "bold" or weight.isdigit() and int(weight) >= 600
        return None

    def display_name(self, name: str | None) -> str | None:
        """The named style a paragraph uses (automatic styles only modify one)."""
        for style in self._chain(name):
            style_name = style.get(STYLE + "name", "")
            if style_name not in self._automatic:
                return style.get(STYLE + "display-name") or style_name
        return None

    def outline(self, name: str | None) -> int | None:
        for style in self._chain(name):
            level = style.get(STYLE + "default-outline-level")
            if level and level.isdigit():
                return int(level)
        return None


def _block(container: Element, styles: _Styles, builder: ParagraphBuilder, in_table: bool) -> None:
    for child in container:
        if child.tag in _PARAGRAPHS:
            _paragraph(child, styles, builder, in_table)
        elif child.tag == TABLE + "table-cell":
            _block(child, styles, builder, in_table=True)
        elif isinstance(child.tag, str) and child.tag not in _NOT_BODY and not child.tag.startswith(DRAW):
            _block(child, styles, builder, in_table)  # lists, sections, table rows, change marks


def _paragraph(p: Element, styles: _Styles, builder: ParagraphBuilder, in_table: bool) -> None:
    style = p.get(TEXT + "style-name")
    _inline(p, styles, builder, bool(styles.bold(style)))
    level = p.get(TEXT + "outline-level") if p.tag == TEXT + "h" else None
    outline = int(level) if level and level.isdigit() else styles.outline(style)
    builder.end(style=styles.display_name(style), level=outline if outline and outline < 10 else None,
                in_table=in_table)


def _inline(element: Element, styles: _Styles, builder: ParagraphBuilder, bold: bool) -> None:
    builder.add(element.text or "", bold)
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""  # an unresolved entity has no tag
        if tag == TEXT + "s":
            count = child.get(TEXT + "c", "1")
            builder.add(" " * (min(int(count), 1000) if count.isdecimal() else 1), bold)
        elif tag == TEXT + "tab":
            builder.add("\t", bold)
        elif tag == TEXT + "line-break":
            builder.add("\n", bold)
        elif tag in _PARAGRAPHS:  # only damage puts one here (an end tag lost): read it after this one
            builder.end()
            _paragraph(child, styles, builder, in_table=False)
        elif not tag or tag in _NOT_BODY or tag.startswith(DRAW):
            pass  # notes, frames and text boxes are not running text
        else:
            span_bold = styles.bold(child.get(TEXT + "style-name"))
            _inline(child, styles, builder, bold if span_bold is None else span_bold)
        builder.add(child.tail or "", bold)
