"""GB/T 9704-2012 (党政机关公文格式) in WordprocessingML terms, and the XML helpers it needs.

python-docx's `font.name` fills only the Latin font slots; Chinese text uses the East
Asian slot (w:eastAsia in w:rFonts), which its default template points at a theme font
whose language is Japanese, so Chinese would fall back to ＭＳ 明朝. Every run style here
names its East Asian font explicitly, theme font attributes are removed, and the
East Asian language is zh-CN.
"""
from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

PAGE_WIDTH, PAGE_HEIGHT = Mm(210), Mm(297)
MARGINS = {"top": Mm(37), "bottom": Mm(35), "left": Mm(28), "right": Mm(26)}

SIZE_ER = Pt(22)  # 二号
SIZE_SAN = Pt(16)  # 三号
SIZE_SI = Pt(14)  # 四号
LINE_EXACT = Pt(28.95)  # 22 lines a page with the margins above
CHAR_SPACING = -5  # twips (-0.25 pt) after each character: 28 三号 characters fill 441 of 442 pt
TEXT_WIDTH_TWIPS = int(round((PAGE_WIDTH - MARGINS["left"] - MARGINS["right"]) / 635))  # EMU -> twips

TITLE_FONT = "方正小标宋简体"
BODY_FONT = "仿宋_GB2312"
HEI = "黑体"
KAI = "楷体_GB2312"
SONG = "宋体"
LATIN_FONT = "Times New Roman"

# Paragraph properties must appear in this order (ECMA-376 CT_PPrBase), or Word refuses the file.
PPR_ORDER = ("pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
             "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
             "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
             "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
             "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr",
             "sectPr", "pPrChange")
SECT_ORDER = ("headerReference", "footerReference", "footnotePr", "endnotePr", "type", "pgSz", "pgMar", "paperSrc",
              "pgBorders", "lnNumType", "pgNumType", "cols", "formProt", "vAlign", "noEndnote", "titlePg",
              "textDirection", "bidi", "rtlGutter", "docGrid", "printerSettings", "sectPrChange")
RPR_ORDER = ("rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline",
             "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing",
             "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText",
             "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath")


def put(parent, tag: str, order: tuple[str, ...], **attrs):
    """Set child w:<tag> of parent (replacing one already there) in schema order."""
    for old in parent.findall(qn(f"w:{tag}")):
        parent.remove(old)
    element = OxmlElement(f"w:{tag}")
    for name, value in attrs.items():
        element.set(qn(f"w:{name}"), str(value))
    rank = order.index(tag)
    for k, child in enumerate(parent):
        local = child.tag.split("}")[-1]
        if local in order and order.index(local) > rank:
            parent.insert(k, element)
            return element
    parent.append(element)
    return element


def fonts(rpr, east_asian: str, latin: str = LATIN_FONT) -> None:
    """Name the fonts of every script slot and drop theme-font indirections."""
    put(rpr, "rFonts", RPR_ORDER, ascii=latin, hAnsi=latin, eastAsia=east_asian, cs=latin)


def character_spacing(rpr, twips: int = CHAR_SPACING) -> None:
    put(rpr, "spacing", RPR_ORDER, val=twips)


def language(rpr) -> None:
    put(rpr, "lang", RPR_ORDER, val="en-US", eastAsia="zh-CN", bidi="ar-SA")


def size(rpr, points) -> None:
    half = int(round(points.pt * 2))
    put(rpr, "sz", RPR_ORDER, val=half)
    put(rpr, "szCs", RPR_ORDER, val=half)


def bold(rpr, on: bool) -> None:
    put(rpr, "b", RPR_ORDER, val="1" if on else "0")
    put(rpr, "bCs", RPR_ORDER, val="1" if on else "0")


def color(rpr, value: str = "000000") -> None:
    put(rpr, "color", RPR_ORDER, val=value)


def outline_level(ppr, level: int | None) -> None:
    """Outline level 0-8 (what the navigation pane and the TOC use); None for body text."""
    if level is None:
        for old in ppr.findall(qn("w:outlineLvl")):
            ppr.remove(old)
    else:
        put(ppr, "outlineLvl", PPR_ORDER, val=level)


def spacing_exact(ppr, line=LINE_EXACT, before: int = 0, after: int = 0) -> None:
    put(ppr, "spacing", PPR_ORDER, before=before, after=after, line=int(round(line.pt * 20)), lineRule="exact")


def first_line_indent_chars(ppr, chars: int = 2, char_size=SIZE_SAN) -> None:
    """Indent the first line by whole characters (Word and WPS both honour firstLineChars)."""
    put(ppr, "ind", PPR_ORDER, firstLineChars=chars * 100, firstLine=int(round(chars * char_size.pt * 20)))


def no_indent(ppr) -> None:
    put(ppr, "ind", PPR_ORDER, firstLine=0, firstLineChars=0)


def justify(ppr, value: str) -> None:
    put(ppr, "jc", PPR_ORDER, val=value)


def doc_grid(sect_pr) -> None:
    """The line grid: 22 lines a page (the lines are exact, so nothing shifts them off it).

    Twenty-eight characters a line come from the styles' character spacing (CHAR_SPACING),
    not from a character grid: 28 三号 characters (16 pt) need 448 pt but the type area is
    442 pt wide, and LibreOffice puts each character into two cells of a grid narrower
    than the font (one character a line with Word's usual charSpace of about -849), while
    a 0.25 pt tighter spacing gives 28 in Word, WPS and LibreOffice alike."""
    for old in sect_pr.findall(qn("w:docGrid")):
        sect_pr.remove(old)
    grid = OxmlElement("w:docGrid")
    grid.set(qn("w:type"), "lines")
    grid.set(qn("w:linePitch"), str(int(round(LINE_EXACT.pt * 20))))
    later = [sect_pr.find(qn(f"w:{tag}")) for tag in ("printerSettings", "sectPrChange")]
    later = [e for e in later if e is not None]
    if later:
        later[0].addprevious(grid)
    else:
        sect_pr.append(grid)
