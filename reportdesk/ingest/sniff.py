"""What a file really is, judged by its first bytes rather than its name.

Offices rename freely: a ".doc" downloaded from a government site is often a saved web
page, an MHT archive or RTF, and a ".wps" is usually a Word 97 file. The kinds found
here choose the reader; the name only breaks ties between plain-text flavours.
"""
from __future__ import annotations

import re

from reportdesk.ingest.ziparchive import zip_names

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

# kind -> the name the file's row shows (Document.encoding)
LABELS = {"docx": "DOCX", "odt": "ODT", "doc": "DOC", "pdf": "PDF", "rtf": "RTF",
          "html": "网页", "mht": "网页 MHT"}
# what each suffix promises; a file whose content is another kind says so in its label
EXPECTED = {".docx": "docx", ".docm": "docx", ".dotx": "docx", ".dotm": "docx",
            ".doc": "doc", ".dot": "doc", ".wps": "doc", ".wpt": "doc",
            ".pdf": "pdf", ".rtf": "rtf", ".odt": "odt", ".ott": "odt",
            ".html": "html", ".htm": "html", ".xhtml": "html", ".mht": "mht", ".mhtml": "mht"}
# kinds refused with a sentence that says what the file is
OTHER_KINDS = {"excel": " Excel 表格", "presentation": "演示文稿", "image": "图片",
               "archive": "压缩包", "spreadsheet": "电子表格"}

_IMAGES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"II*\x00", b"MM\x00*")
_MIME_HEADER = re.compile(rb"^(?:mime-version|content-type|content-location|from|subject|date|"
                          rb"x-[\w-]+)\s*:", re.IGNORECASE | re.MULTILINE)
_HTML_START = re.compile(rb"<(?:!doctype\s+html|html|head|body|meta|title|p|div|table|h[1-6])[\s>/]",
                         re.IGNORECASE)


def sniff(data: bytes) -> str:
    """The kind of a file's content: docx, odt, doc, ole, pdf, rtf, mht, html, text or an OTHER_KINDS key."""
    head = data[:4096]
    if head.startswith(OLE_MAGIC):
        return "ole"  # Word, WPS, Excel, PowerPoint or an encrypted Office file: see ole_kind
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _zip_kind(data)
    if (b"PK\x03\x04" in head or b"PK\x05\x06" in data[-4096:]) and zip_names(data):
        return _zip_kind(data)  # a zip whose first bytes are damaged, or with bytes put in front
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(_IMAGES) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP"):
        return "image"
    if head.startswith((b"Rar!", b"7z\xbc\xaf", b"\x1f\x8b")):
        return "archive"
    text = _ascii_view(head)
    if text.startswith(b"{\\rtf"):
        return "rtf"
    if _is_mime(text):
        return "mht"
    if _HTML_START.search(text[:1024]) or re.search(rb"<html[\s>]", text, re.IGNORECASE):
        return "html"
    return "text"


def is_html_document(data: bytes) -> bool:
    """A whole page (<!DOCTYPE html> or <html>), not text that merely contains a tag."""
    return re.search(rb"<(?:!doctype\s+html|html)[\s>]", _ascii_view(data[:4096])[:1024], re.IGNORECASE) is not None


def _ascii_view(head: bytes) -> bytes:
    """The leading bytes without BOMs and white space, UTF-16 narrowed to its low bytes."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        body = head[2:]
        head = body[0::2] if head.startswith(b"\xff\xfe") else body[1::2]
    elif head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    return head.lstrip()


def _is_mime(text: bytes) -> bool:
    """MIME HTML (.mht): mail-style headers, then a multipart/related or text/html body."""
    header = text.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    if not _MIME_HEADER.match(header):
        return False
    return re.search(rb"multipart/related|text/html", header, re.IGNORECASE) is not None or (
        re.search(rb"mime-version", header, re.IGNORECASE) is not None
        and re.search(rb"multipart/", text, re.IGNORECASE) is not None)


def _zip_kind(data: bytes) -> str:
    names = zip_names(data)
    if not names:
        return "docx"  # a damaged zip: the docx reader says so
    name_set = set(names)
    if "word/document.xml" in name_set:
        return "docx"
    if "mimetype" in name_set or "content.xml" in name_set:
        mimetype = _odf_mimetype(data)
        if "spreadsheet" in mimetype:
            return "spreadsheet"
        if "presentation" in mimetype:
            return "presentation"
        return "odt"
    if any(n.startswith("xl/") for n in names):
        return "excel"
    if any(n.startswith("ppt/") for n in names):
        return "presentation"
    if "[Content_Types].xml" in name_set:
        return "docx"  # an Office file without its body: the docx reader says what is missing
    return "archive"


def _odf_mimetype(data: bytes) -> str:
    """The mimetype member of an OpenDocument file, stored uncompressed right after its header."""
    match = re.match(rb"PK\x03\x04.{26}mimetype(application/vnd\.oasis\.opendocument\.[\w.-]+)", data[:200],
                     re.DOTALL)
    return match.group(1).decode("ascii") if match else ""
