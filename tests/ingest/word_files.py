"""Word and ODT files written from raw XML, for the content, bounds and recovery tests."""
from __future__ import annotations

import zipfile
from pathlib import Path

from docx_builder import CONTENT_TYPES, DOC_RELS, NS, RELS

W_URI = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NAMESPACES = (f'xmlns:w="{W_URI}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
              'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
              'xmlns:v="urn:schemas-microsoft-com:vml" '
              'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
              'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"')


def p(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def document_xml(body: str, namespaces: str = NAMESPACES, declaration: str = "UTF-8") -> str:
    return (f'<?xml version="1.0" encoding="{declaration}" standalone="yes"?>'
            f"<w:document {namespaces}><w:body>{body}</w:body></w:document>")


def write_word(path: Path, body: str = "", parts: dict[str, str | bytes] | None = None,
               document: str | bytes | None = None) -> Path:
    """A .docx with this body (or this whole document.xml) and any other parts."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", RELS)
        archive.writestr("word/_rels/document.xml.rels", DOC_RELS)
        archive.writestr("word/document.xml", document if document is not None else document_xml(body))
        for name, content in (parts or {}).items():
            archive.writestr(name, content)
    return path


def notes_xml(kind: str, notes: dict[int, str]) -> str:
    """footnotes.xml or endnotes.xml (kind "footnote" or "endnote"), with Word's two separators."""
    separators = "".join(f'<w:{kind} w:type="{t}" w:id="{i}"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
                         for i, t in ((-1, "separator"), (0, "continuationSeparator")))
    body = "".join(f'<w:{kind} w:id="{i}"><w:p><w:r><w:{kind}Ref/></w:r><w:r><w:t xml:space="preserve"> {text}'
                   f"</w:t></w:r></w:p></w:{kind}>" for i, text in notes.items())
    return f'<?xml version="1.0" encoding="UTF-8"?><w:{kind}s {NS}>{separators}{body}</w:{kind}s>'


def write_odt(path: Path, text_xml: str) -> Path:
    """An .odt whose office:text holds this XML (text:p, text:span, …)."""
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:'
                         'xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">'
                         f"<office:body><office:text>{text_xml}</office:text></office:body></office:document-content>")
    return path
