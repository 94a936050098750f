"""Build small .docx files from scratch for tests: styles, outline levels, numbering.

Written as raw WordprocessingML so that a test controls exactly what Word or WPS
would have saved (style chains, w:numPr on styles, numbering.xml) without relying on
a template.
"""
from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
</Types>"""
RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""
DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
</Relationships>"""


@dataclass
class Para:
    text: str
    style: str | None = None  # styleId
    num: tuple[int, int] | None = None  # (numId, ilvl) on the paragraph itself
    outline: int | None = None  # w:outlineLvl on the paragraph (0-based)
    bold: bool = False


@dataclass
class Style:
    style_id: str
    name: str
    based_on: str | None = None
    outline: int | None = None
    num: tuple[int, int | None] | None = None  # (numId, ilvl or None)


@dataclass
class Level:
    fmt: str
    text: str
    start: int = 1
    style: str | None = None


@dataclass
class DocxSpec:
    body: list = field(default_factory=list)  # Para or list[list[list[Para]]] (a table)
    styles: list[Style] = field(default_factory=list)
    abstracts: dict[int, list[Level]] = field(default_factory=dict)
    nums: dict[int, int] = field(default_factory=dict)  # numId -> abstractNumId


def _p(para: Para) -> str:
    ppr = []
    if para.style:
        ppr.append(f'<w:pStyle w:val="{para.style}"/>')
    if para.num:
        ppr.append(f'<w:numPr><w:ilvl w:val="{para.num[1]}"/><w:numId w:val="{para.num[0]}"/></w:numPr>')
    if para.outline is not None:
        ppr.append(f'<w:outlineLvl w:val="{para.outline}"/>')
    rpr = "<w:rPr><w:b/></w:rPr>" if para.bold else ""
    ppr_xml = f"<w:pPr>{''.join(ppr)}</w:pPr>" if ppr else ""
    return f'<w:p>{ppr_xml}<w:r>{rpr}<w:t xml:space="preserve">{escape(para.text)}</w:t></w:r></w:p>'


def _body(items) -> str:
    out = []
    for item in items:
        if isinstance(item, Para):
            out.append(_p(item))
        else:  # a table: rows of cells of paragraphs
            rows = "".join("<w:tr>" + "".join("<w:tc>" + "".join(_p(p) for p in cell) + "</w:tc>"
                                             for cell in row) + "</w:tr>" for row in item)
            out.append(f"<w:tbl>{rows}</w:tbl>")
    return "".join(out)


def _styles(styles: list[Style]) -> str:
    out = ['<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>']
    for s in styles:
        ppr = []
        if s.num:
            ilvl = f'<w:ilvl w:val="{s.num[1]}"/>' if s.num[1] is not None else ""
            ppr.append(f'<w:numPr>{ilvl}<w:numId w:val="{s.num[0]}"/></w:numPr>')
        if s.outline is not None:
            ppr.append(f'<w:outlineLvl w:val="{s.outline}"/>')
        based = f'<w:basedOn w:val="{s.based_on}"/>' if s.based_on else ""
        ppr_xml = f"<w:pPr>{''.join(ppr)}</w:pPr>" if ppr else ""
        out.append(f'<w:style w:type="paragraph" w:styleId="{s.style_id}"><w:name w:val="{s.name}"/>'
                   f'{based}{ppr_xml}</w:style>')
    return f'<?xml version="1.0" encoding="UTF-8"?><w:styles {NS}>{"".join(out)}</w:styles>'


def _numbering(spec: DocxSpec) -> str:
    out = []
    for aid, levels in spec.abstracts.items():
        lv = []
        for ilvl, level in enumerate(levels):
            pstyle = f'<w:pStyle w:val="{level.style}"/>' if level.style else ""
            lv.append(f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{level.start}"/>'
                      f'<w:numFmt w:val="{level.fmt}"/>{pstyle}<w:lvlText w:val="{escape(level.text)}"/></w:lvl>')
        out.append(f'<w:abstractNum w:abstractNumId="{aid}">{"".join(lv)}</w:abstractNum>')
    for num_id, aid in spec.nums.items():
        out.append(f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{aid}"/></w:num>')
    return f'<?xml version="1.0" encoding="UTF-8"?><w:numbering {NS}>{"".join(out)}</w:numbering>'


def write_docx(path: Path, spec: DocxSpec) -> Path:
    document = (f'<?xml version="1.0" encoding="UTF-8"?><w:document {NS}><w:body>'
                f'{_body(spec.body)}</w:body></w:document>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/_rels/document.xml.rels", DOC_RELS)
        z.writestr("word/document.xml", document)
        z.writestr("word/styles.xml", _styles(spec.styles))
        z.writestr("word/numbering.xml", _numbering(spec))
    return path
