"""Write export blocks into a Word document built on the reference (or the user's) template.

The template gives the styles; this module chooses them and lays out the sections: the
front matter (cover, 汇编说明, 目录) in an unnumbered section, the body in a section that
starts on a right-hand page numbered 1, turned to landscape for the comparison table.
Paragraphs are built as elements and appended in order (wordml.py), so the time grows
linearly with the text. The file is written to a temporary file beside the target and
renamed into place, so a target open in Word or WPS is left intact and the user is told why.
"""
from __future__ import annotations

import copy
import io
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn
from docx.section import Section
from docx.shared import Pt

from reportdesk import resources
from reportdesk.export import official_format, typesetting
from reportdesk.export.blocks import (Attachment, Block, BodyStart, Cover, Heading, Notice, Para, ReportTitle,
                                      RunIn, Table, Toc)
from reportdesk.export.fields import field_end, field_start
from reportdesk.export.package import set_properties, tidy_package
from reportdesk.export.template import (BYLINE, LINE_TWIPS, NOTE_STYLE, REPORT_TITLE, complete_styles, has_page_numbers,
                                        page_numbers, page_setup, update_fields_on_open)
from reportdesk.export.wordml import child, element, paragraph, ppr_of, run
from reportdesk.files import long_path, write_atomically
from reportdesk.model.errors import UserError

TOC_INSTRUCTION = 'TOC \\o "1-{levels}" \\h \\z \\u'
TOC_TITLES_INSTRUCTION = f'TOC \\h \\z \\t "{REPORT_TITLE},1,{BYLINE},2"'
TABLE_FONT_SIZE = Pt(typesetting.TABLE_SIZE)  # 五号: five reports side by side on a landscape page
TABLE_LINE = int(typesetting.TABLE_LINE * 20)  # twips
RUN_IN_FONTS = {1: (official_format.HEI, False), 2: (official_format.KAI, False), 3: (official_format.BODY_FONT, True), 4: (official_format.BODY_FONT, False)}
_NO_INDENT = {"firstLine": 0, "firstLineChars": 0}


class TemplateError(UserError, ValueError):
    """A template that cannot be used; the message says why."""


def open_template(template: str | Path | None):
    """The template's document emptied of text, and what had to be added to it (messages)."""
    path = Path(template) if template else resources.path("templates/official.docx")
    try:
        document = Document(long_path(path))
    except Exception as exc:  # python-docx raises several kinds for a bad file
        raise TemplateError(f"无法使用模板“{path.name}”：不是有效的 Word 文档（.docx）") from exc
    body = document.element.body
    for part in list(body):  # keep the template's styles, page setup, headers and footers
        if part.tag != qn("w:sectPr"):
            body.remove(part)
    messages = []
    if body.sectPr is None:  # a template with no page setup at all (some converters write none)
        body.get_or_add_sectPr()
        page_setup(document.sections[0])
        messages.append("单位模板没有页面设置；已按公文格式设置页面。")
    if template:
        messages += complete_styles(document)
        if not has_page_numbers(document):
            page_numbers(document)
            messages.append("单位模板没有页码；已按公文格式加上页码。")
    update_fields_on_open(document)
    tidy_package(document)
    return document, messages


def check_template(template: str | Path) -> list[str]:
    """What an export with this unit template would add to it (nothing: an empty list), for the
    dialog to show when the template is chosen; raises TemplateError when it cannot be used."""
    return open_template(template)[1]


def render(blocks: list[Block], template: str | Path | None = None, title: str = "", author: str = ""):
    """(python-docx Document holding the blocks, messages about the template)."""
    document, messages = open_template(template)
    writer = _Writer(document)
    for block in blocks:
        writer.add(block)
    writer.finish()
    cover = next((b for b in blocks if isinstance(b, Cover)), None)
    set_properties(document, title or (cover.title if cover else ""), author or (cover.unit if cover else ""))
    return document, messages


def write_docx(blocks: list[Block], target: str | Path, template: str | Path | None = None,
               title: str = "", author: str = "") -> list[str]:
    """Write the blocks to `target`; returns messages about the template (empty when none)."""
    document, messages = render(blocks, template, title, author)
    data = io.BytesIO()
    document.save(data)
    write_atomically(target, data.getvalue())
    return messages


class _Writer:
    def __init__(self, document):
        self.document = document
        self.sect_pr = document.element.body.get_or_add_sectPr()  # the last section: the body's
        self.ids = {s.name: s.style_id for s in document.styles}
        self.last_p = None

    def emit(self, node) -> None:
        self.sect_pr.addprevious(node)  # constant time, unlike a search for the sectPr
        if node.tag == qn("w:p"):
            self.last_p = node

    def p(self, style: str | None, text: str = "", **props):
        style_id = self.ids.get(style) if style and style != "Normal" else None
        node = paragraph(style_id, [run(text)] if text else [], **props)
        self.emit(node)
        return node

    def add(self, block: Block) -> None:
        if isinstance(block, Heading):
            self.p(f"Heading {min(max(block.level, 1), 4)}", block.text, page_break=block.new_page)
        elif isinstance(block, Para):
            self._para(block)
        elif isinstance(block, RunIn):
            font, bold = RUN_IN_FONTS.get(block.level, RUN_IN_FONTS[3])
            self.emit(paragraph(None, [run(block.heading + block.separator, font, bold), run(block.text)]))
        elif isinstance(block, ReportTitle):
            after = {"after": LINE_TWIPS}
            self.p(REPORT_TITLE, block.text, page_break=True, spacing=None if block.meta else after)
            if block.meta:
                self.p(BYLINE if block.byline else "Subtitle", block.meta, spacing=after)
        elif isinstance(block, Table):
            self._table(block)
        elif isinstance(block, Cover):
            self._cover(block)
        elif isinstance(block, Notice):
            self.p("TOC Heading", block.title, page_break=True)
            for line in block.lines:
                self.p("Normal", line)
        elif isinstance(block, Toc):
            self._toc(block)
        elif isinstance(block, BodyStart):
            self._body_section(block.landscape)
        elif isinstance(block, Attachment):
            self.emit(paragraph(None, [run(block.label, official_format.HEI)], ind=_NO_INDENT, jc="left"))
            self.p(REPORT_TITLE, block.title, spacing={"after": LINE_TWIPS})

    def finish(self) -> None:
        """A body may not be empty nor end with a table: a last paragraph, 1 pt high."""
        last = self.sect_pr.getprevious()
        if last is None or last.tag == qn("w:tbl") or last.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is not None:
            self.emit(paragraph(spacing={"before": 0, "after": 0, "line": 20, "lineRule": "exact"}))

    def _para(self, block: Para) -> None:
        if block.kind in ("note", "pointer"):
            self.p(NOTE_STYLE, block.text)
        elif block.kind == "subhead":  # a source heading on its own line: bold, kept with its text
            self.emit(paragraph(None, [run(block.text, bold=True)], keep_next=True))
        else:
            self.p("Normal", block.text)

    def _cover(self, block: Cover) -> None:
        self.p("Title", block.title, spacing={"before": 4 * LINE_TWIPS})
        lower = {"before": 9 * LINE_TWIPS}
        if block.unit:
            self.p("Subtitle", block.unit, spacing=lower)
            lower = None
        self.p("Subtitle", block.date, spacing=lower)

    def _toc(self, block: Toc) -> None:
        """目录 with the computed page numbers stored as the field's result; Word refreshes it
        when the file opens (updateFields), the others show it as stored."""
        self.p("TOC Heading", "目　录", page_break=True)
        instruction = TOC_TITLES_INSTRUCTION if block.report_titles else TOC_INSTRUCTION.format(levels=block.levels)
        entries = block.entries or ()
        opening = field_start(instruction)
        if not entries:
            self.emit(paragraph(self.ids.get("toc 1"), [*opening, run("（目录为空）"), field_end()]))
            return
        for k, entry in enumerate(entries):
            tab = element("r")
            child(tab, "tab")
            runs = [run(entry.text), tab, run(str(entry.page) if entry.page else "")]
            if k == 0:
                runs = opening + runs
            if k == len(entries) - 1:
                runs.append(field_end())
            self.emit(paragraph(self.ids.get(f"toc {min(entry.level, 3)}"), runs))

    def _body_section(self, landscape: bool) -> None:
        """Close the front matter (its own section, no page numbers) and number the body from 1."""
        if self.last_p is None:
            self.emit(paragraph())
        front = copy.deepcopy(self.sect_pr)
        for tag in ("headerReference", "footerReference", "type", "pgNumType", "titlePg"):
            for old in front.findall(qn(f"w:{tag}")):
                front.remove(old)
        ppr_of(self.last_p).append(front)
        official_format.put(self.sect_pr, "type", official_format.SECT_ORDER, val="oddPage")  # the body opens on a right-hand page
        official_format.put(self.sect_pr, "pgNumType", official_format.SECT_ORDER, start=1)
        if landscape:
            page_setup(Section(self.sect_pr, self.document.part), landscape=True)

    def _table(self, block: Table) -> None:
        if self.sect_pr.getprevious() is not None and self.sect_pr.getprevious().tag == qn("w:tbl"):
            # Word needs a paragraph between two tables: the next group of reports follows on
            # the same page below a blank line, so that no page is left half empty. (A blank
            # line after every table would spill onto a page of its own whenever a table ends
            # a page, leaving an empty page before the next chapter.)
            self.emit(paragraph())
        widths = [int(round(w * 20)) for w in typesetting.column_widths(len(block.header))]  # twips
        tbl = element("tbl")
        tbl_pr = child(tbl, "tblPr")
        child(tbl_pr, "tblW", w=sum(widths), type="dxa")
        child(tbl_pr, "jc", val="center")
        borders = child(tbl_pr, "tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            child(borders, side, val="single", sz=4, space=0, color="000000")
        child(tbl_pr, "tblLayout", type="fixed")
        margins = child(tbl_pr, "tblCellMar")
        for side in ("top", "left", "bottom", "right"):
            child(margins, side, w=int(typesetting.CELL_MARGINS[side] * 20), type="dxa")
        grid = child(tbl, "tblGrid")
        for w in widths:
            child(grid, "gridCol", w=w)
        for k, row in enumerate((block.header, *block.rows)):
            tr = child(tbl, "tr")
            tr_pr = child(tr, "trPr")
            if k == 0:  # a row of text may break across pages (a page holds what fits)
                child(tr_pr, "cantSplit")
                child(tr_pr, "tblHeader")  # repeated at the top of every page
            for text, w in zip(row, widths):
                tc = child(tr, "tc")
                tc_pr = child(tc, "tcPr")
                child(tc_pr, "tcW", w=w, type="dxa")
                child(tc_pr, "vAlign", val="center" if k == 0 else "top")
                font = official_format.HEI if k == 0 else official_format.BODY_FONT
                tc.append(paragraph(None, [run(text, font, size=TABLE_FONT_SIZE)], no_grid=True,
                                    spacing={"line": TABLE_LINE, "lineRule": "exact"}, ind=_NO_INDENT,
                                    jc="center" if k == 0 else "both"))
        self.emit(tbl)
