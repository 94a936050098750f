"""Building WordprocessingML paragraphs directly as lxml elements.

python-docx's `add_paragraph` finds the section properties by scanning the whole body
for every paragraph, so a compilation of 800 reports took minutes; here paragraphs are
made as elements and appended in order, which keeps the export linear in its length.
Every text goes through `xml_text`, the one place where characters XML cannot hold
(a Ctrl-Z left at the end of a GBK file, a BEL near a figure) are dropped.
"""
from __future__ import annotations

import re

from docx.oxml.ns import qn
from docx.oxml.parser import oxml_parser
from lxml import etree

from reportdesk.export import official_format

# XML 1.0 allows tab, newline and carriage return below 0x20; nothing else, no lone
# surrogates and not U+FFFE/U+FFFF.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SPACE = qn("xml:space")


def xml_text(text: str) -> str:
    """The text without the characters an XML file (and so Word or Excel) cannot store."""
    return _ILLEGAL.sub("", text)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def element(tag: str, **attrs) -> etree._Element:
    """<w:tag w:name="value" ...>; attribute names given without the w: prefix."""
    node = oxml_parser.makeelement(_W + tag)  # python-docx's classes, as if it had read them
    for name, value in attrs.items():
        node.set(_W + name, str(value))
    return node


def child(parent, tag: str, **attrs) -> etree._Element:
    node = element(tag, **attrs)
    parent.append(node)
    return node


def run(text: str, font: str | None = None, bold: bool | None = None, size=None) -> etree._Element:
    """A run of text with optional direct formatting (properties in schema order)."""
    r = element("r")
    if font or bold is not None or size is not None:
        rpr = child(r, "rPr")
        if font:
            child(rpr, "rFonts", ascii=official_format.LATIN_FONT, hAnsi=official_format.LATIN_FONT, eastAsia=font, cs=official_format.LATIN_FONT)
        if bold is not None:
            child(rpr, "b", val="1" if bold else "0")
            child(rpr, "bCs", val="1" if bold else "0")
        if size is not None:
            half = int(round(size.pt * 2))
            child(rpr, "sz", val=half)
            child(rpr, "szCs", val=half)
    t = child(r, "t")
    t.text = xml_text(text)
    if t.text != t.text.strip() or "  " in t.text:
        t.set(_SPACE, "preserve")
    return r


def paragraph(style_id: str | None = None, runs=(), *, keep_next: bool = False, page_break: bool = False,
              jc: str | None = None, ind: dict | None = None, spacing: dict | None = None,
              no_grid: bool = False) -> etree._Element:
    """<w:p> with a style and the few direct properties the export uses, in schema order."""
    p = element("p")
    props = [("pStyle", {"val": style_id} if style_id else None),
             ("keepNext", {} if keep_next else None),
             ("pageBreakBefore", {} if page_break else None),
             ("snapToGrid", {"val": "0"} if no_grid else None),
             ("spacing", spacing),
             ("ind", ind),
             ("jc", {"val": jc} if jc else None)]
    if any(attrs is not None for _, attrs in props):
        ppr = child(p, "pPr")
        for tag, attrs in props:
            if attrs is not None:
                child(ppr, tag, **attrs)
    for r in runs:
        p.append(r)
    return p


def ppr_of(p) -> etree._Element:
    """The paragraph's w:pPr, made when missing."""
    ppr = p.find(qn("w:pPr"))
    if ppr is None:
        ppr = element("pPr")
        p.insert(0, ppr)
    return ppr
