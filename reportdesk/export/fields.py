"""Word fields (PAGE, TOC) as complex fields: begin, instruction, separate, result, end."""
from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from reportdesk.export import official_format
from reportdesk.export.wordml import child, element


def _run(paragraph, font: str | None, size):
    run = paragraph.add_run()
    if font:
        rpr = run._r.get_or_add_rPr()
        official_format.fonts(rpr, font)
        if size is not None:
            official_format.size(rpr, size)
    return run


def _char(run, kind: str, dirty: bool = False) -> None:
    element = OxmlElement("w:fldChar")
    element.set(qn("w:fldCharType"), kind)
    if dirty:
        element.set(qn("w:dirty"), "true")
    run._r.append(element)


def add_field(paragraph, instruction: str, result: str = "", font: str | None = None, size=None,
              dirty: bool = False) -> None:
    """A field in a paragraph; `result` is what shows until Word updates it."""
    _char(_run(paragraph, font, size), "begin", dirty)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    _run(paragraph, font, size)._r.append(instr)
    _char(_run(paragraph, font, size), "separate")
    if result:
        _run(paragraph, font, size).text = result
    _char(_run(paragraph, font, size), "end")


def field_start(instruction: str, dirty: bool = False) -> list:
    """The runs that open a field whose stored result follows (and may span paragraphs)."""
    begin = element("r")
    char = child(begin, "fldChar", fldCharType="begin")
    if dirty:
        char.set(qn("w:dirty"), "true")
    instr_run = element("r")
    instr = child(instr_run, "instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    separate = element("r")
    child(separate, "fldChar", fldCharType="separate")
    return [begin, instr_run, separate]


def field_end():
    end = element("r")
    child(end, "fldChar", fldCharType="end")
    return end
