"""Reader for Word .docx files: paragraphs and table cells in reading order.

Read straight from the zip with the standard library: we need style chains, outline
levels and numbering, which python-docx does not resolve, and we must be able to
refuse a zip bomb before anything is unpacked.
"""
from __future__ import annotations

from xml.etree.ElementTree import Element

from reportdesk.ingest.docx_numbering import W, Numbering, val
from reportdesk.ingest.paragraphs import TOC_STYLE, outline_of_name
from reportdesk.ingest.ziparchive import parse_xml, read_parts
from reportdesk.model import Paragraph

_RUN_CONTAINERS = {W + "hyperlink", W + "ins", W + "smartTag", W + "fldSimple", W + "customXml",
                   W + "sdt", W + "sdtContent", W + "moveTo"}


def read_docx(path: str, data: bytes) -> tuple[list[Paragraph], str, tuple[str, ...]]:
    parts = read_parts(path, data, "word/document.xml", ("word/styles.xml", "word/numbering.xml"))
    document = parse_xml(path, parts["word/document.xml"])
    styles = _Styles(parse_xml(path, parts.get("word/styles.xml")))
    numbering = Numbering.from_xml(parse_xml(path, parts.get("word/numbering.xml")))
    body = document.find(W + "body")
    paragraphs: list[Paragraph] = []
    if body is not None:
        _read_block(body, styles, numbering, paragraphs, in_table=False)
    return paragraphs, "DOCX", ()


class _Styles:
    """Paragraph styles: names, outline levels and numbering, resolved through basedOn."""

    def __init__(self, root: Element | None):
        self._styles: dict[str, Element] = {}
        self.default_id: str | None = None
        if root is None:
            return
        for style in root.iter(W + "style"):
            if style.get(W + "type") not in (None, "paragraph"):
                continue
            style_id = style.get(W + "styleId", "")
            self._styles[style_id] = style
            if style.get(W + "default") in ("1", "true"):
                self.default_id = style_id

    def _chain(self, style_id: str | None):
        seen = set()
        while style_id and style_id in self._styles and style_id not in seen:
            seen.add(style_id)
            style = self._styles[style_id]
            yield style_id, style
            style_id = val(style.find(W + "basedOn"))

    def name(self, style_id: str | None) -> str | None:
        style = self._styles.get(style_id or "")
        return val(style.find(W + "name")) if style is not None else style_id

    def outline_level(self, style_id: str | None) -> int | None:
        for _, style in self._chain(style_id):
            level = style.find(f"{W}pPr/{W}outlineLvl")
            if level is not None:
                return _int_or_none(val(level))
            level = outline_of_name(val(style.find(W + "name")))
            if level is not None:
                return level
        return None

    def numbering(self, style_id: str | None) -> tuple[str, str | None, str] | None:
        """(numId, ilvl or None, the style that carries it) from the style chain."""
        for sid, style in self._chain(style_id):
            num_pr = style.find(f"{W}pPr/{W}numPr")
            if num_pr is not None:
                num_id = val(num_pr.find(W + "numId"))
                if num_id is not None:
                    return num_id, val(num_pr.find(W + "ilvl")), sid
        return None


def _read_block(container: Element, styles: _Styles, numbering: Numbering,
                out: list[Paragraph], in_table: bool) -> None:
    for child in container:
        if child.tag == W + "p":
            paragraph = _read_paragraph(child, styles, numbering, in_table)
            if paragraph is not None:
                out.append(paragraph)
        elif child.tag == W + "tbl":
            for row in child.iter(W + "tr"):
                for cell in row.findall(W + "tc"):
                    _read_block(cell, styles, numbering, out, in_table=True)
        elif child.tag in (W + "sdt", W + "sdtContent", W + "customXml", W + "ins"):
            _read_block(child, styles, numbering, out, in_table)


def _read_paragraph(p: Element, styles: _Styles, numbering: Numbering,
                    in_table: bool) -> Paragraph | None:
    ppr = p.find(W + "pPr")
    style_id = val(ppr.find(W + "pStyle")) if ppr is not None else None
    style_id = style_id or styles.default_id
    texts: list[str] = []
    bold_runs = plain_runs = 0
    for run in _runs(p):
        run_text = _run_text(run)
        if not run_text.strip():
            texts.append(run_text)
            continue
        texts.append(run_text)
        if _is_bold(run):
            bold_runs += 1
        else:
            plain_runs += 1
    text = "".join(texts)
    name = styles.name(style_id)
    if name and TOC_STYLE.match(name):
        return None  # a table of contents repeats the headings with page numbers
    marker = _numbering_marker(ppr, style_id, styles, numbering)
    if not text.strip() and not marker:
        return None
    level = None
    if ppr is not None and ppr.find(W + "outlineLvl") is not None:
        level = _int_or_none(val(ppr.find(W + "outlineLvl")))
    else:
        level = styles.outline_level(style_id)
    hint = level + 1 if level is not None and 0 <= level < 9 else None
    return Paragraph(marker + text, style=name, level=hint,
                     bold=bold_runs > 0 and plain_runs == 0, in_table=in_table)


def _numbering_marker(ppr: Element | None, style_id: str | None, styles: _Styles,
                      numbering: Numbering) -> str:
    num_id = ilvl = None
    num_pr = ppr.find(W + "numPr") if ppr is not None else None
    if num_pr is not None:
        num_id = val(num_pr.find(W + "numId"))
        ilvl = val(num_pr.find(W + "ilvl"))
    if num_id is None:
        inherited = styles.numbering(style_id)
        if inherited is None:
            return ""
        num_id, style_ilvl, owner = inherited
        ilvl = ilvl if ilvl is not None else style_ilvl
        if ilvl is None:
            found = numbering.level_for_style(num_id, owner)
            ilvl = str(found) if found is not None else None
    if num_id in (None, "0"):
        return ""
    return numbering.next_marker(num_id, _int_or_none(ilvl) or 0)


def _runs(p: Element):
    """The runs of a paragraph in order, looking inside hyperlinks, insertions and fields."""
    for child in p:
        if child.tag == W + "r":
            yield child
        elif child.tag in _RUN_CONTAINERS:
            yield from _runs(child)


def _run_text(run: Element) -> str:
    out = []
    for child in run:
        tag = child.tag
        if tag == W + "t":
            out.append(child.text or "")
        elif tag in (W + "tab", W + "ptab"):
            out.append("\t")
        elif tag in (W + "br", W + "cr"):
            out.append("\n")
        elif tag == W + "noBreakHyphen":
            out.append("-")
    return "".join(out)


def _is_bold(run: Element) -> bool:
    bold = run.find(f"{W}rPr/{W}b")
    return bold is not None and val(bold, "1") not in ("0", "false")


def _int_or_none(text: str | None) -> int | None:
    try:
        return int(text) if text is not None else None
    except ValueError:
        return None
