"""Reader for Word .docx files: paragraphs and table cells in reading order.

Read straight from the zip with lxml: we need style chains, outline levels and numbering,
which python-docx does not resolve, and we must be able to refuse a zip bomb before
anything is unpacked and to recover what a damaged file still holds.

Reading order: body paragraphs and table cells as they come (a table inside a cell once,
where it stands), content controls and tracked insertions opened, deletions left out. A
paragraph's footnotes and endnotes follow it as paragraphs "注：…", so that a heading keeps
its own words; its text boxes follow next (the mc:Choice of an mc:AlternateContent only,
never its Fallback copy). Headers and footers are not read: they repeat on every page.
Walks use explicit stacks, so nesting depth costs no Python recursion.
"""
from __future__ import annotations

from lxml.etree import _Element as Element

from reportdesk.ingest.docx_numbering import W, Numbering, val
from reportdesk.ingest.errors import ReadError, notice
from reportdesk.ingest.paragraphs import TOC_STYLE, outline_of_name
from reportdesk.ingest.xmlparts import parse_xml
from reportdesk.ingest.ziparchive import read_parts
from reportdesk.model import Paragraph

MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
MAX_BOX_DEPTH = 4  # a text box in a text box in a text box…: deeper ones are not read
_OPTIONAL = ("word/styles.xml", "word/numbering.xml", "word/footnotes.xml", "word/endnotes.xml")
_BLOCK_CONTAINERS = {W + "tbl", W + "tr", W + "tc", W + "sdt", W + "sdtContent", W + "customXml", W + "ins",
                     W + "moveTo"}
_RUN_CONTAINERS = {W + "hyperlink", W + "ins", W + "smartTag", W + "fldSimple", W + "customXml",
                   W + "sdt", W + "sdtContent", W + "moveTo", W + "dir", W + "bdo"}
_DRAWINGS = {W + "drawing", W + "pict", W + "object", MC + "AlternateContent"}
_NOTE_REFERENCES = {W + "footnoteReference": "footnotes", W + "endnoteReference": "endnotes"}


def read_docx(path: str, data: bytes) -> tuple[list[Paragraph], str, tuple[str, ...]]:
    parts, damaged = read_parts(path, data, "word/document.xml", _OPTIONAL)
    document, broken = parse_xml(path, parts["word/document.xml"])
    damaged = damaged or broken
    roots = {}
    for name in _OPTIONAL:
        roots[name], broken = parse_xml(path, parts.get(name), required=False)
        damaged = damaged or broken
    reader = _Reader(_Styles(roots["word/styles.xml"]), Numbering.from_xml(roots["word/numbering.xml"]),
                     {"footnotes": _notes(roots["word/footnotes.xml"]), "endnotes": _notes(roots["word/endnotes.xml"])})
    body = document.find(W + "body")
    if body is None and damaged:
        body = _salvage_body(path, parts["word/document.xml"])
    if body is not None:
        reader.read(body, in_table=False, depth=0)
    if damaged and not reader.out:
        raise ReadError(path, "bad_xml")
    return reader.out, "DOCX", (notice("recovered"),) if damaged else ()


# The namespaces Word declares on its root element, for a body whose root start tag is damaged.
_ROOT = ("<w:document " + " ".join(f'xmlns:{prefix}="{uri}"' for prefix, uri in {
    "w": W[1:-1], "mc": MC[1:-1],
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "pic": "http://schemas.openxmlformats.org/drawingml/2006/picture",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "wpg": "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup",
    "wp14": "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing",
    "w14": "http://schemas.microsoft.com/office/word/2010/wordml",
    "w15": "http://schemas.microsoft.com/office/word/2012/wordml",
    "v": "urn:schemas-microsoft-com:vml", "o": "urn:schemas-microsoft-com:office:office",
    "w10": "urn:schemas-microsoft-com:office:word",
    "m": "http://schemas.openxmlformats.org/officeDocument/2006/math"}.items()) + ">").encode()


def _salvage_body(path: str, xml: bytes):
    """The body of a document.xml whose root start tag (a long list of namespaces) is damaged,
    parsed again under a root of our own."""
    start = xml.find(b"<w:body")
    if start < 0:
        return None
    root, _ = parse_xml(path, _ROOT + xml[start:], required=False)
    return root.find(W + "body") if root is not None else None


class _Styles:
    """Paragraph styles: names, outline levels and numbering, resolved through basedOn."""

    def __init__(self, root):
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


class _Reader:
    """Paragraphs of a body, a table cell or a text box, collected in reading order."""

    def __init__(self, styles: _Styles, numbering: Numbering, notes: dict[str, dict[str, str]]):
        self.styles, self.numbering, self.notes = styles, numbering, notes
        self.out: list[Paragraph] = []

    def read(self, container, in_table: bool, depth: int) -> None:
        for p, cell in _paragraph_elements(container, in_table):
            paragraph, notes, boxes = _read_paragraph(p, self.styles, self.numbering, cell)
            if paragraph is not None:
                self.out.append(paragraph)
            for kind, note_id in notes:
                text = self.notes[kind].get(note_id, "")
                if text.strip():
                    self.out.append(Paragraph("注：" + text.strip(), in_table=cell))
            if depth < MAX_BOX_DEPTH:
                for box in boxes:
                    self.read(box, cell, depth + 1)


def _paragraph_elements(container, in_table: bool):
    """(w:p, in a table cell) in reading order, through tables, content controls and insertions."""
    stack = [(iter(container), in_table)]
    while stack:
        children, cell = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
        elif child.tag == W + "p":
            yield child, cell
            stack.append((iter(_swallowed(child)), cell))
        elif child.tag in _BLOCK_CONTAINERS:
            stack.append((iter(child), cell or child.tag == W + "tc"))
        elif child.tag == MC + "AlternateContent":
            stack.append((iter(_chosen(child)), cell))


def _swallowed(p) -> list:
    """Paragraphs and tables that a damaged file left inside this paragraph (an end tag lost, the
    parser's recovery nests what follows), in order; not those of its text boxes. Sound files
    have none, and the search stops at the first element."""
    if next(p.iterdescendants(W + "p", W + "tbl"), None) is None:
        return []
    found = []
    for element in p.iterdescendants(W + "p", W + "tbl"):
        ancestor = element.getparent()
        while ancestor is not p and ancestor.tag not in (W + "p", W + "tbl", W + "txbxContent"):
            ancestor = ancestor.getparent()
        if ancestor is p:
            found.append(element)
    return found


def _chosen(alternate):
    """The content of an mc:AlternateContent Word shows: its first Choice, else its Fallback."""
    for tag in (MC + "Choice", MC + "Fallback"):
        found = alternate.find(tag)
        if found is not None:
            return found
    return ()


def _notes(root) -> dict[str, str]:
    """Footnote or endnote texts by id (the separators Word keeps among them are skipped)."""
    notes: dict[str, str] = {}
    if root is None:
        return notes
    for note in root:
        if note.get(W + "type") not in (None, "normal"):
            continue
        paragraphs = ("".join(_run_text(run) for run in _runs(p)) for p in note.iter(W + "p"))
        notes[note.get(W + "id", "")] = " ".join(text.strip() for text in paragraphs if text.strip())
    return notes


def _read_paragraph(p, styles: _Styles, numbering: Numbering, in_table: bool):
    """(the Paragraph or None, its note references, its text boxes)."""
    ppr = p.find(W + "pPr")
    style_id = val(ppr.find(W + "pStyle")) if ppr is not None else None
    style_id = style_id or styles.default_id
    texts: list[str] = []
    notes: list[tuple[str, str]] = []
    boxes: list = []
    bold_runs = plain_runs = 0
    for run in _runs(p):
        run_text = _run_text(run, notes, boxes)
        texts.append(run_text)
        if not run_text.strip():
            continue
        if _is_bold(run):
            bold_runs += 1
        else:
            plain_runs += 1
    text = "".join(texts)
    name = styles.name(style_id)
    if name and TOC_STYLE.match(name):
        return None, notes, boxes  # a table of contents repeats the headings with page numbers
    marker = _numbering_marker(ppr, style_id, styles, numbering)
    if not text.strip() and not marker:
        return None, notes, boxes
    level = None
    if ppr is not None and ppr.find(W + "outlineLvl") is not None:
        level = _int_or_none(val(ppr.find(W + "outlineLvl")))
    else:
        level = styles.outline_level(style_id)
    hint = level + 1 if level is not None and 0 <= level < 9 else None
    return (Paragraph(marker + text, style=name, level=hint, bold=bold_runs > 0 and plain_runs == 0,
                      in_table=in_table), notes, boxes)


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


def _runs(p):
    """The runs of a paragraph in order, looking inside hyperlinks, insertions and fields."""
    return _find(p, W + "r", lambda child: child.tag in _RUN_CONTAINERS)


def _find(start, wanted: str, enter):
    """Elements tagged `wanted` among the children of `start` and, where enter(child) holds,
    their descendants, in document order (an explicit stack: no recursion, whatever the depth).
    An mc:AlternateContent is entered through the content Word shows."""
    stack = [iter(start)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
        elif child.tag == wanted:
            yield child
        elif child.tag == MC + "AlternateContent":
            stack.append(iter(_chosen(child)))
        elif enter(child):
            stack.append(iter(child))


def _run_text(run, notes: list | None = None, boxes: list | None = None) -> str:
    """The text of a run; its note references and text boxes are added to the lists given."""
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
        elif tag in _NOTE_REFERENCES and notes is not None:
            notes.append((_NOTE_REFERENCES[tag], child.get(W + "id", "")))
        elif tag in _DRAWINGS and boxes is not None:
            boxes.extend(_text_boxes(child))
    return "".join(out)


def _text_boxes(drawing):
    """The w:txbxContent elements of a drawing, once: an mc:AlternateContent shows its Choice,
    and its Fallback (the same box as VML) is skipped."""
    return _find((drawing,), W + "txbxContent", lambda child: isinstance(child.tag, str))


def _is_bold(run) -> bool:
    bold = run.find(f"{W}rPr/{W}b")
    return bold is not None and val(bold, "1") not in ("0", "false")


def _int_or_none(text: str | None) -> int | None:
    try:
        return int(text) if text is not None else None
    except ValueError:
        return None
