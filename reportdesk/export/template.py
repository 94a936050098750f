"""The reference template: python-docx's default document restyled to GB/T 9704-2012.

`python -m reportdesk.export.template` rebuilds resources/templates/official.docx; the
exporter reads the styles from that file (or from the user's own unit template).
"""
from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from reportdesk.export import gbt
from reportdesk.export.fields import add_field

# style name -> (East Asian font, size, bold, alignment, outline level, first-line indent)
STYLES = {
    "Normal": (gbt.BODY_FONT, gbt.SIZE_SAN, False, "both", None, True),
    "Title": (gbt.TITLE_FONT, gbt.SIZE_ER, False, "center", None, False),
    "Subtitle": (gbt.KAI, gbt.SIZE_SAN, False, "center", None, False),
    "Heading 1": (gbt.HEI, gbt.SIZE_SAN, False, "left", 0, True),
    "Heading 2": (gbt.KAI, gbt.SIZE_SAN, False, "left", 1, True),
    "Heading 3": (gbt.BODY_FONT, gbt.SIZE_SAN, True, "left", 2, True),
    "TOC Heading": (gbt.HEI, gbt.SIZE_SAN, False, "center", None, False),
    "Footer": (gbt.SONG, gbt.SIZE_SI, False, None, None, False),
}
NOTE_STYLE = "汇编说明"  # the closing line naming who wrote nothing; 楷体


def _style_run(rpr, east_asian: str, size, is_bold: bool) -> None:
    gbt.fonts(rpr, east_asian)
    gbt.language(rpr)
    gbt.bold(rpr, is_bold)
    gbt.color(rpr)
    gbt.size(rpr, size)
    for tag in ("i", "iCs", "caps", "u"):
        for old in rpr.findall(qn(f"w:{tag}")):
            rpr.remove(old)


def detheme(styles_element) -> None:
    """No style may point at the theme's fonts or colours (its East Asian font is Japanese)."""
    for rfonts in styles_element.iter(qn("w:rFonts")):
        for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
            rfonts.attrib.pop(qn(f"w:{attr}"), None)
        if rfonts.get(qn("w:eastAsia")) is None:
            rfonts.set(qn("w:eastAsia"), gbt.BODY_FONT)
        for attr in ("ascii", "hAnsi", "cs"):
            if rfonts.get(qn(f"w:{attr}")) is None:
                rfonts.set(qn(f"w:{attr}"), gbt.LATIN_FONT)
    for colour in styles_element.iter(qn("w:color")):
        for attr in ("themeColor", "themeShade", "themeTint"):
            colour.attrib.pop(qn(f"w:{attr}"), None)
        colour.set(qn("w:val"), "000000")
    for lang in styles_element.iter(qn("w:lang")):
        lang.set(qn("w:eastAsia"), "zh-CN")


def restyle(document) -> None:
    """Apply the GB/T 9704 fonts, sizes, spacing and outline levels to the named styles."""
    defaults = document.styles.element.find(qn("w:docDefaults"))
    rpr_default = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
    _style_run(rpr_default, gbt.BODY_FONT, gbt.SIZE_SAN, False)
    ppr_default = defaults.find(f"{qn('w:pPrDefault')}/{qn('w:pPr')}")
    gbt.spacing_exact(ppr_default)
    styles = {s.name: s for s in document.styles}
    if NOTE_STYLE not in styles:
        note = document.styles.add_style(NOTE_STYLE, 1)
        note.base_style = styles["Normal"]
        styles[NOTE_STYLE] = note
    for name, (font, size, is_bold, align, level, indent) in {**STYLES,
                                                             NOTE_STYLE: (gbt.KAI, gbt.SIZE_SAN, False, "both",
                                                                          None, True)}.items():
        style = styles[name]
        element = style.element
        rpr = element.get_or_add_rPr()
        _style_run(rpr, font, size, is_bold)
        ppr = element.get_or_add_pPr()
        for child in list(ppr):  # theme-based borders, numbering and spacing of the default template
            if child.tag.split("}")[-1] in ("pBdr", "numPr", "spacing", "ind", "jc", "outlineLvl", "keepNext",
                                            "keepLines", "contextualSpacing"):
                ppr.remove(child)
        if name == "Title":
            gbt.spacing_exact(ppr, line=Pt(36), before=0, after=int(Pt(14).pt * 20))
        elif name != "Footer":
            gbt.spacing_exact(ppr)
        if level is not None:
            gbt.put(ppr, "keepNext", gbt.PPR_ORDER)
        (gbt.first_line_indent_chars if indent else gbt.no_indent)(ppr)
        if align:
            gbt.justify(ppr, align)
        gbt.outline_level(ppr, level)
        linked = styles.get(f"{name} Char")  # the character twin Word keeps in step
        if linked is not None:
            _style_run(linked.element.get_or_add_rPr(), font, size, is_bold)
    detheme(document.styles.element)


def page_setup(section, landscape: bool = False) -> None:
    """A4 with the GB/T 9704 margins (the type area is 156 mm × 225 mm)."""
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    width, height = (gbt.PAGE_HEIGHT, gbt.PAGE_WIDTH) if landscape else (gbt.PAGE_WIDTH, gbt.PAGE_HEIGHT)
    section.page_width, section.page_height = width, height
    section.top_margin, section.bottom_margin = gbt.MARGINS["top"], gbt.MARGINS["bottom"]
    section.left_margin, section.right_margin = gbt.MARGINS["left"], gbt.MARGINS["right"]
    section.footer_distance = Mm(24)  # the page number 7 mm below the type area


def page_numbers(document) -> None:
    """"— 1 —" in 宋体 四号: odd pages on the right, even pages on the left, one character in."""
    document.settings.odd_and_even_pages_header_footer = True
    section = document.sections[0]
    for footer, align, side in ((section.footer, "right", "right"), (section.even_page_footer, "left", "left")):
        footer.is_linked_to_previous = False
        paragraph = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
        for run in list(paragraph.runs):
            run._r.getparent().remove(run._r)
        ppr = paragraph._p.get_or_add_pPr()
        gbt.justify(ppr, align)
        gbt.put(ppr, "ind", gbt.PPR_ORDER, **{side: int(gbt.SIZE_SI.pt * 20), f"{side}Chars": 100})
        for piece in ("— ", None, " —"):
            if piece is None:
                add_field(paragraph, "PAGE", "1", font=gbt.SONG, size=gbt.SIZE_SI)
            else:
                run = paragraph.add_run(piece)
                _style_run(run._r.get_or_add_rPr(), gbt.SONG, gbt.SIZE_SI, False)


def update_fields_on_open(document) -> None:
    """Ask Word to refresh fields (the table of contents) when the file is opened."""
    settings = document.settings.element
    for old in settings.findall(qn("w:updateFields")):
        settings.remove(old)
    element = OxmlElement("w:updateFields")
    element.set(qn("w:val"), "true")
    later = [settings.find(qn(f"w:{tag}")) for tag in ("hdrShapeDefaults", "footnotePr", "endnotePr", "compat",
                                                        "docVars", "rsids")]
    later = [e for e in later if e is not None]
    if later:
        later[0].addprevious(element)
    else:
        settings.append(element)
    theme_lang = settings.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:eastAsia"), "zh-CN")


def build_template():
    document = Document()
    restyle(document)
    page_setup(document.sections[0])
    page_numbers(document)
    update_fields_on_open(document)
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    return document


def main(argv: list[str] | None = None) -> int:
    target = Path(argv[0] if argv else Path(__file__).resolve().parents[2] / "resources" / "templates" /
                  "official.docx")
    target.parent.mkdir(parents=True, exist_ok=True)
    build_template().save(str(target))
    print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
