"""The parts of an exported .docx around its text: font table, properties, stale leftovers.

* The GB fonts are listed in the font table with the name Windows installs them under
  (altName) and the GB2312 character set, so Word and WPS substitute 仿宋 for a missing
  仿宋_GB2312 instead of a Latin font.
* stylesWithEffects (a Word 2010 copy of styles.xml that no longer matches it) and the
  template's thumbnail go.
* The properties name the compilation and the compiling unit, not python-docx, and a
  keyword marks the file as ReportDesk's own, so loading a folder can skip it
  (`is_reportdesk_export` reads only docProps/core.xml from the zip).
"""
from __future__ import annotations

import datetime
import re
import zipfile
from pathlib import Path

from docx.opc.constants import CONTENT_TYPE as CT, RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from lxml import etree

from reportdesk.export import official_format

EXPORT_KEYWORD = "reportdesk-export"
STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
# name: (altName, panose1, family, pitch)
GB_FONTS = {
    official_format.BODY_FONT: ("仿宋", "02010609030101010101", "modern", "fixed"),
    official_format.KAI: ("楷体", "02010609030101010101", "modern", "fixed"),
    official_format.HEI: ("SimHei", "02010609060101010101", "modern", "fixed"),
    official_format.SONG: ("SimSun", "02010600030101010101", "auto", "variable"),
    official_format.TITLE_FONT: ("宋体", "02000000000000000000", "auto", "variable"),
}
_EMPTY_FONT_TABLE = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                     b'<w:fonts xmlns:w="' + _W.encode() + b'"/>')


def font_table_xml(blob: bytes) -> bytes:
    """The font table with every GB font of the official format listed (others kept as they are)."""
    root = etree.fromstring(blob, etree.XMLParser(resolve_entities=False, no_network=True))
    have = {f.get(f"{{{_W}}}name") for f in root.findall(f"{{{_W}}}font")}
    for name, (alt, panose, family, pitch) in GB_FONTS.items():
        if name in have:
            continue
        font = etree.SubElement(root, f"{{{_W}}}font")
        font.set(f"{{{_W}}}name", name)
        for tag, value in (("altName", alt), ("panose1", panose), ("charset", "86"), ("family", family),
                           ("pitch", pitch)):
            etree.SubElement(font, f"{{{_W}}}{tag}").set(f"{{{_W}}}val", value)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def tidy_package(document) -> None:
    """Font table with the GB fonts; no stylesWithEffects, no thumbnail."""
    part = document.part
    for rId, rel in list(part.rels.items()):
        if rel.reltype == STYLES_WITH_EFFECTS:
            part.drop_rel(rId)
    package_rels = part.package.rels
    for rId, rel in list(package_rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            package_rels.pop(rId)
    fonts = next((rel.target_part for rel in part.rels.values() if rel.reltype == RT.FONT_TABLE), None)
    if fonts is None:
        fonts = Part(PackURI("/word/fontTable.xml"), CT.WML_FONT_TABLE, _EMPTY_FONT_TABLE, part.package)
        part.relate_to(fonts, RT.FONT_TABLE)
    fonts._blob = font_table_xml(fonts.blob)


def set_properties(document, title: str, author: str) -> None:
    """Title, author (the compiling unit), the ReportDesk keyword, and today's dates."""
    props = document.core_properties
    now = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0, tzinfo=None)
    props.title = title
    props.author = author or "ReportDesk"
    props.last_modified_by = author or "ReportDesk"
    props.keywords = EXPORT_KEYWORD
    props.comments = "由 ReportDesk 汇编生成"
    props.subject = ""
    props.created = now
    props.modified = now
    props.revision = 1
    app = next((rel.target_part for rel in document.part.package.rels.values()
                if rel.reltype == RT.EXTENDED_PROPERTIES), None)
    if app is not None and hasattr(app, "_blob"):
        app._blob = re.sub(rb"<Application>[^<]*</Application>", b"<Application>ReportDesk</Application>",
                           app.blob)


def is_reportdesk_export(path: str | Path) -> bool:
    """Whether a .docx was written by ReportDesk's export (read from its properties alone)."""
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo("docProps/core.xml")
            if info.file_size > 1_000_000:
                return False
            text = archive.read(info).decode("utf-8", "replace")
    except Exception:  # noqa: BLE001 - damaged properties (zlib.error, EOFError, ...) only mean "not ours"
        return False
    match = re.search(r"<(?:\w+:)?keywords>([^<]*)</(?:\w+:)?keywords>", text)
    return bool(match) and EXPORT_KEYWORD in match.group(1)
