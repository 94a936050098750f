"""Write export blocks into a Word document built on the reference (or the user's) template.

The template gives the styles; this module only chooses them, adds fields and page
breaks, and turns to landscape pages for wide tables. The file is written to a
temporary file beside the target and renamed into place, so a target open in Word or
WPS is left intact and the user is told why.
"""
from __future__ import annotations

import io
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from reportdesk import resources
from reportdesk.export import gbt
from reportdesk.export.blocks import Block, Heading, PageBreak, Para, Table, Title, Toc
from reportdesk.export.fields import begin_field, end_field
from reportdesk.export.template import NOTE_STYLE, page_setup
from reportdesk.files import write_atomically

TOC_INSTRUCTION = 'TOC \\o "1-3" \\h \\z \\u'
TABLE_FONT_SIZE = Pt(12)  # 小四: a table of several regions side by side needs a smaller size


class TemplateError(ValueError):
    """A template that cannot be used; the message says why."""


def open_template(template: str | Path | None):
    path = Path(template) if template else resources.path("templates/official.docx")
    try:
        document = Document(str(path))
    except Exception as exc:  # python-docx raises several kinds for a bad file
        raise TemplateError(f"无法使用模板“{path.name}”：不是有效的 Word 文档（.docx）") from exc
    body = document.element.body
    for child in list(body):  # keep the template's styles, page setup, headers and footers
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    return document


def render(blocks: list[Block], template: str | Path | None = None):
    """A python-docx Document holding the blocks; landscape throughout when it holds wide tables."""
    document = open_template(template)
    styles = {s.name for s in document.styles}
    writer = _Writer(document, styles)
    if any(isinstance(b, Table) and b.landscape for b in blocks):
        page_setup(document.sections[0], landscape=True)
        writer.landscape = True
    for block in blocks:
        writer.add(block)
    return document


def write_docx(blocks: list[Block], target: str | Path, template: str | Path | None = None) -> None:
    document = render(blocks, template)
    data = io.BytesIO()
    document.save(data)
    write_atomically(target, data.getvalue())


class _Writer:
    def __init__(self, document, styles: set[str]):
        self.document = document
        self.styles = styles
        # python-docx looks a style up by name with a scan of every style, for every
        # paragraph; with thousands of paragraphs that is most of the time, so ids are cached
        self.style_ids = {s.name: s.style_id for s in document.styles}
        self.landscape = False
        self.pending_break = False

    def style(self, name: str, fallback: str = "Normal") -> str:
        return name if name in self.styles else fallback

    def paragraph(self, text: str, style: str):
        paragraph = self.document.add_paragraph(text)
        style_id = self.style_ids.get(style)
        if style_id and style != "Normal":
            gbt.put(paragraph._p.get_or_add_pPr(), "pStyle", gbt.PPR_ORDER, val=style_id)
        if self.pending_break:
            gbt.put(paragraph._p.get_or_add_pPr(), "pageBreakBefore", gbt.PPR_ORDER)
            self.pending_break = False
        return paragraph

    def add(self, block: Block) -> None:
        if isinstance(block, Title):
            self.paragraph(block.text, self.style("Title"))
            if block.subtitle:
                self.paragraph(block.subtitle, self.style("Subtitle"))
        elif isinstance(block, Toc):
            self._toc(block)
        elif isinstance(block, PageBreak):
            self.pending_break = True
        elif isinstance(block, Heading):
            self.paragraph(block.text, self.style(f"Heading {min(max(block.level, 1), 3)}"))
        elif isinstance(block, Para):
            self._para(block)
        elif isinstance(block, Table):
            self._table(block)

    def _toc(self, block: Toc) -> None:
        """The TOC field; its stored result lists the headings (Word adds page numbers when it
        updates the field on opening)."""
        self.paragraph("目　录", self.style("TOC Heading"))
        entries = list(block.entries) or [(1, "（打开文件时将自动生成目录）")]
        first = self.paragraph("", self.style("TOC 1", "Normal"))
        begin_field(first, TOC_INSTRUCTION)
        paragraphs = [first] + [self.paragraph("", self.style(f"TOC {min(level, 3)}", "Normal"))
                                for level, _ in entries[1:]]
        for paragraph, (level, text) in zip(paragraphs, entries):
            ppr = paragraph._p.get_or_add_pPr()
            gbt.put(ppr, "ind", gbt.PPR_ORDER, left=int((level - 1) * gbt.SIZE_SAN.pt * 20 * 2), firstLine=0)
            paragraph.add_run(text)
        end_field(paragraphs[-1])

    def _para(self, block: Para) -> None:
        if block.kind == "note":
            self.paragraph(block.text, self.style(NOTE_STYLE))
        elif block.kind == "meta":
            self.paragraph(block.text, self.style("Subtitle"))
        elif block.kind == "subhead":
            paragraph = self.paragraph("", self.style("Normal"))
            paragraph.add_run(block.text).bold = True
        else:
            self.paragraph(block.text, self.style("Normal"))

    def _table(self, block: Table) -> None:
        if self.pending_break:
            self.document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            self.pending_break = False
        table = self.document.add_table(rows=1, cols=len(block.header))
        if "Table Grid" in self.styles:
            table.style = "Table Grid"
        table.autofit = False
        section = self.document.sections[-1]
        text_width = section.page_width - section.left_margin - section.right_margin
        first = min(int(text_width * 0.14), Mm(34))
        other = int((text_width - first) / max(1, len(block.header) - 1))
        widths = [first] + [other] * (len(block.header) - 1)
        rows = [block.header, *block.rows]
        for k, row in enumerate(rows):
            cells = table.rows[0].cells if k == 0 else table.add_row().cells
            for cell, text, width in zip(cells, row, widths):
                cell.width = width
                self._cell(cell, text, header=k == 0)
        self.document.add_paragraph()  # Word needs a paragraph between consecutive tables

    def _cell(self, cell, text: str, header: bool) -> None:
        paragraph = cell.paragraphs[0]  # Normal, the default
        ppr = paragraph._p.get_or_add_pPr()
        gbt.no_indent(ppr)
        gbt.put(ppr, "spacing", gbt.PPR_ORDER, before=0, after=0, line=int(TABLE_FONT_SIZE.pt * 20 * 1.3),
                lineRule="exact")
        if header:
            gbt.justify(ppr, "center")
        run = paragraph.add_run(text)
        rpr = run._r.get_or_add_rPr()
        gbt.fonts(rpr, gbt.HEI if header else gbt.BODY_FONT)
        gbt.size(rpr, TABLE_FONT_SIZE)
