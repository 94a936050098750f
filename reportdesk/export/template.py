"""The reference template: python-docx's default document restyled to GB/T 9704-2012.

`python -m reportdesk.export.template` rebuilds resources/templates/official.docx; the
exporter reads the styles from that file or from the user's own unit template. A unit
template that lacks a style the export needs (one made in WPS often defines only
Normal) gets it with the official definition, and the caller is told which (so headings
are never printed as body text).
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from reportdesk.export import official_format
from reportdesk.export.fields import add_field


@dataclass(frozen=True)
class StyleDef:
    font: str
    size: Pt = official_format.SIZE_SAN
    bold: bool = False
    align: str | None = "both"
    outline: int | None = None  # 0-8; 9 = body text, stated where a base style has a level
    indent: int = 2  # first-line indent in characters
    left: int = 0  # left indent in characters (目录 levels)
    line: Pt = official_format.LINE_EXACT
    after: int = 0  # twips
    grid: bool = True  # snap to the 28-character grid (off for 2号 titles and tables)
    keep_next: bool = False
    tab: bool = False  # a right tab with dot leader at the text's right edge (目录)


REPORT_TITLE = "报告标题"  # a report's own title in reports mode and the attachment's title
BYLINE = "报告署名"  # the line under a report's title naming it, when its title does not
NOTE_STYLE = "汇编说明"  # notes: who wrote nothing on a topic, pointers to other topics; 楷体
LINE_TWIPS = int(round(official_format.LINE_EXACT.pt * 20))
# name -> definition; the built-in names are Word's own (toc 1 is what Word's 目录 uses)
STYLES = {
    "Normal": StyleDef(official_format.BODY_FONT),
    "Title": StyleDef(official_format.TITLE_FONT, official_format.SIZE_ER, align="center", indent=0, line=Pt(36), grid=False),
    "Subtitle": StyleDef(official_format.KAI, align="center", indent=0),
    "Heading 1": StyleDef(official_format.HEI, align="left", outline=0, keep_next=True),
    "Heading 2": StyleDef(official_format.KAI, align="left", outline=1, keep_next=True),
    "Heading 3": StyleDef(official_format.BODY_FONT, bold=True, align="left", outline=2, keep_next=True),
    "Heading 4": StyleDef(official_format.BODY_FONT, align="left", outline=3, keep_next=True),
    REPORT_TITLE: StyleDef(official_format.TITLE_FONT, official_format.SIZE_ER, align="center", indent=0, grid=False, keep_next=True),
    BYLINE: StyleDef(official_format.KAI, align="center", indent=0, keep_next=True),
    "TOC Heading": StyleDef(official_format.TITLE_FONT, official_format.SIZE_ER, align="center", outline=9, indent=0,
                            after=LINE_TWIPS, grid=False),
    "toc 1": StyleDef(official_format.HEI, align="left", indent=0, tab=True),
    "toc 2": StyleDef(official_format.BODY_FONT, align="left", indent=0, left=2, tab=True),
    "toc 3": StyleDef(official_format.BODY_FONT, align="left", indent=0, left=4, tab=True),
    NOTE_STYLE: StyleDef(official_format.KAI),
    "Footer": StyleDef(official_format.SONG, official_format.SIZE_SI, align=None, indent=0, line=Pt(18)),
}
STYLE_IDS = {"toc 1": "TOC1", "toc 2": "TOC2", "toc 3": "TOC3"}
# how Word and WPS call them in a Chinese interface, for messages
UI_NAMES = {"Normal": "正文", "Title": "标题", "Subtitle": "副标题", "TOC Heading": "TOC 标题",
            "Footer": "页脚", **{f"Heading {n}": f"标题 {n}" for n in range(1, 5)},
            **{f"toc {n}": f"目录 {n}" for n in range(1, 4)}}


def _style_run(rpr, east_asian: str, size, is_bold: bool) -> None:
    official_format.fonts(rpr, east_asian)
    official_format.language(rpr)
    official_format.bold(rpr, is_bold)
    official_format.color(rpr)
    official_format.size(rpr, size)
    for tag in ("i", "iCs", "caps", "u", "kern"):
        for old in rpr.findall(qn(f"w:{tag}")):
            rpr.remove(old)
    official_format.character_spacing(rpr)  # 28 characters a line (see official_format.doc_grid)


def detheme(styles_element) -> None:
    """No style may point at the theme's fonts or colours (its East Asian font is Japanese)."""
    for rfonts in styles_element.iter(qn("w:rFonts")):
        for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
            rfonts.attrib.pop(qn(f"w:{attr}"), None)
        if rfonts.get(qn("w:eastAsia")) is None:
            rfonts.set(qn("w:eastAsia"), official_format.BODY_FONT)
        for attr in ("ascii", "hAnsi", "cs"):
            if rfonts.get(qn(f"w:{attr}")) is None:
                rfonts.set(qn(f"w:{attr}"), official_format.LATIN_FONT)
    for colour in styles_element.iter(qn("w:color")):
        for attr in ("themeColor", "themeShade", "themeTint"):
            colour.attrib.pop(qn(f"w:{attr}"), None)
        colour.set(qn("w:val"), "000000")
    for lang in styles_element.iter(qn("w:lang")):
        lang.set(qn("w:eastAsia"), "zh-CN")


def define_style(document, name: str, spec: StyleDef) -> None:
    """Give the named paragraph style (made when missing) its official definition."""
    styles = {s.name: s for s in document.styles}
    style = styles.get(name)
    if style is None:
        style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        if name in STYLE_IDS:
            style.style_id = STYLE_IDS[name]
        if name != "Normal" and "Normal" in styles:
            style.base_style = styles["Normal"]
        style.quick_style = True
    element = style.element
    _style_run(element.get_or_add_rPr(), spec.font, spec.size, spec.bold)
    ppr = element.get_or_add_pPr()
    for child in list(ppr):  # theme-based borders, numbering and spacing of the default template
        if child.tag.split("}")[-1] in ("pBdr", "numPr", "spacing", "ind", "jc", "outlineLvl", "keepNext",
                                        "keepLines", "contextualSpacing", "tabs", "snapToGrid", "widowControl"):
            ppr.remove(child)
    official_format.put(ppr, "widowControl", official_format.PPR_ORDER, val="0")  # full pages: the page model relies on it
    if spec.keep_next:
        official_format.put(ppr, "keepNext", official_format.PPR_ORDER)
    if spec.tab:
        tabs = official_format.put(ppr, "tabs", official_format.PPR_ORDER)
        tab = OxmlElement("w:tab")
        for attr, value in (("val", "right"), ("leader", "middleDot"), ("pos", official_format.TEXT_WIDTH_TWIPS)):
            tab.set(qn(f"w:{attr}"), str(value))
        tabs.append(tab)
    if not spec.grid:
        official_format.put(ppr, "snapToGrid", official_format.PPR_ORDER, val="0")
    if spec.line is not None:
        official_format.spacing_exact(ppr, line=spec.line, after=spec.after)
    if spec.left:
        chars = spec.left * 100
        official_format.put(ppr, "ind", official_format.PPR_ORDER, leftChars=chars, left=int(spec.left * official_format.SIZE_SAN.pt * 20),
                firstLineChars=0, firstLine=0)
    else:
        (official_format.first_line_indent_chars if spec.indent else official_format.no_indent)(ppr)
    if spec.align:
        official_format.justify(ppr, spec.align)
    official_format.outline_level(ppr, spec.outline)
    linked = styles.get(f"{name} Char")  # the character twin Word keeps in step
    if linked is not None:
        _style_run(linked.element.get_or_add_rPr(), spec.font, spec.size, spec.bold)


def restyle(document) -> None:
    """Apply the GB/T 9704 fonts, sizes, spacing and outline levels to every style the export uses."""
    defaults = document.styles.element.find(qn("w:docDefaults"))
    rpr_default = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
    _style_run(rpr_default, official_format.BODY_FONT, official_format.SIZE_SAN, False)
    ppr_default = defaults.find(f"{qn('w:pPrDefault')}/{qn('w:pPr')}")
    official_format.spacing_exact(ppr_default)
    for name, spec in STYLES.items():
        define_style(document, name, spec)
    detheme(document.styles.element)


def _outline_of(style) -> int | None:
    """The outline level a style gives, following its base styles."""
    seen = 0
    while style is not None and seen < 20:
        ppr = style.element.pPr
        found = ppr.find(qn("w:outlineLvl")) if ppr is not None else None
        if found is not None:
            return int(found.get(qn("w:val")))
        style, seen = style.base_style, seen + 1
    return None


def complete_styles(document) -> list[str]:
    """Add what a unit template lacks for an official compilation; messages say what was added."""
    styles = {s.name: s for s in document.styles if s.type == WD_STYLE_TYPE.PARAGRAPH}
    missing = [name for name in STYLES if name not in styles]
    for name in missing:
        define_style(document, name, STYLES[name])
    fixed = []
    for name, spec in STYLES.items():
        if name in missing or spec.outline is None or spec.outline == 9:
            continue
        if _outline_of(styles[name]) != spec.outline:  # a heading that Word would treat as body text
            official_format.outline_level(styles[name].element.get_or_add_pPr(), spec.outline)
            fixed.append(name)
    messages = []
    if missing:
        names = "、".join(UI_NAMES.get(n, n) for n in missing)
        messages.append(f"单位模板缺少公文所需的样式：{names}；已按公文格式（GB/T 9704）补上。")
    if fixed:
        names = "、".join(UI_NAMES.get(n, n) for n in fixed)
        messages.append(f"单位模板的{names}没有大纲级别（目录和导航窗格会漏掉这些标题）；已补上。")
    return messages


def page_setup(section, landscape: bool = False) -> None:
    """A4 with the GB/T 9704 margins (type area 156 mm × 225 mm), and a landscape page turned
    with its type area, as a table page of an official document is."""
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    width, height = (official_format.PAGE_HEIGHT, official_format.PAGE_WIDTH) if landscape else (official_format.PAGE_WIDTH, official_format.PAGE_HEIGHT)
    section.page_width, section.page_height = width, height
    margins = official_format.MARGINS
    if landscape:
        section.top_margin, section.bottom_margin = margins["left"], margins["right"]
        section.left_margin, section.right_margin = margins["top"], margins["bottom"]
    else:
        section.top_margin, section.bottom_margin = margins["top"], margins["bottom"]
        section.left_margin, section.right_margin = margins["left"], margins["right"]
    # the page number 7 mm below the type area (its 18 pt line must stay inside the margin,
    # or LibreOffice shortens the page to make room)
    section.footer_distance = Mm(24) if not landscape else Mm(13)
    official_format.doc_grid(section._sectPr)


def page_numbers(document) -> None:
    """"— 1 —" in 宋体 四号: odd pages on the right, even pages on the left, one character in."""
    document.settings.odd_and_even_pages_header_footer = True
    section = document.sections[-1]
    for footer, align, side in ((section.footer, "right", "right"), (section.even_page_footer, "left", "left")):
        footer.is_linked_to_previous = False
        paragraph = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
        for run in list(paragraph.runs):
            run._r.getparent().remove(run._r)
        ppr = paragraph._p.get_or_add_pPr()
        official_format.justify(ppr, align)
        official_format.put(ppr, "ind", official_format.PPR_ORDER, **{side: int(official_format.SIZE_SI.pt * 20), f"{side}Chars": 100})
        for piece in ("— ", None, " —"):
            if piece is None:
                add_field(paragraph, "PAGE", "1", font=official_format.SONG, size=official_format.SIZE_SI)
            else:
                run = paragraph.add_run(piece)
                _style_run(run._r.get_or_add_rPr(), official_format.SONG, official_format.SIZE_SI, False)


def has_page_numbers(document) -> bool:
    """Whether the last section's footers hold a PAGE field."""
    section = document.sections[-1]
    if section._sectPr.find(qn("w:footerReference")) is None:
        return False
    return "PAGE" in "".join(section.footer._element.itertext())


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
    from reportdesk.export.package import tidy_package

    document = Document()
    restyle(document)
    page_setup(document.sections[0])
    page_numbers(document)
    update_fields_on_open(document)
    tidy_package(document)
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
