"""XML parts of Word and OpenDocument files, parsed within bounds and repaired where broken.

lxml parses in recovering mode, as Word and LibreOffice repair a damaged document: a cut
tag or a stray byte costs the element it is in, not the whole file, and the part is
reported as damaged. Entities are never resolved (no external entities, no billion
laughs), nothing is fetched from the network, and libxml2's own limits stay on (huge_tree
off: text nodes under 10 MB, nesting under 256 levels). Past those, and past our caps on
size and element count, the file gets a clear ReadError rather than a worker that runs out
of memory. A part declared in GBK (some converters write that) is decoded here, the same
on every platform.
"""
from __future__ import annotations

import codecs
import re

from lxml import etree

from reportdesk.ingest.errors import ReadError
from reportdesk.ingest.ziparchive import MAX_PART_MB

MAX_ELEMENTS = 1_000_000  # a 500-page report has about 300,000
MAX_DEPTH = 256  # libxml2's limit without huge_tree; no real document nests past about 40
_DECLARATION = re.compile(rb"^\s*<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._:-]+)[\"'][^>]*\?>")
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_UNCLOSED = re.compile(rb"<[^<>]*(?=<)")  # a tag cut short: the next '<' comes before its '>'
_UTF16_STARTS = (b"\xff\xfe", b"\xfe\xff", b"<\x00", b"\x00<")
_GB_NAMES = {"gb2312", "gbk", "gb18030", "x-gbk", "cp936", "euc-cn", "gb_2312-80", "csgb2312"}


def parse_xml(path: str, xml: bytes | None, kind: str = "Word ", required: bool = True):
    """(root element or None, damaged) of an XML part; ReadError when it is past the caps, or
    when a required part yields nothing at all."""
    if xml is None:
        return None, False
    if len(xml) > MAX_PART_MB * 1024 * 1024:
        raise ReadError(path, "part_too_large", limit=MAX_PART_MB)
    if xml.count(b"<") > 2 * MAX_ELEMENTS:  # an element has one '<' or two: refused before parsing
        raise ReadError(path, "too_complex", kind=kind, limit=MAX_ELEMENTS)
    xml, recoded = _as_utf8(xml)
    if _CONTROL_BYTES.search(xml) and not xml.startswith(_UTF16_STARTS):
        # never valid in XML 1.0, and one inside a start tag costs the whole element: drop them
        xml, recoded = _CONTROL_BYTES.sub(b"", xml), True
    root, errors = _parse(xml)
    if any("depth" in e.message.lower() for e in errors):
        raise ReadError(path, "too_deep", kind=kind, limit=MAX_DEPTH)
    if errors:
        # libxml2 stops at some damage (a '<' inside an attribute, a tag cut short): drop the
        # fragments that never close and parse again, keeping whichever tree holds more
        repaired, _ = _parse(_UNCLOSED.sub(b"", xml))
        if repaired is not None and (root is None or _size(repaired) > _size(root)):
            root = repaired
    if root is None and required:
        raise ReadError(path, "bad_xml")
    if root is not None and _size(root) > MAX_ELEMENTS:
        raise ReadError(path, "too_complex", kind=kind, limit=MAX_ELEMENTS)
    return root, bool(errors) or recoded


def _parse(xml: bytes):
    """(root or None, the errors libxml2 recovered from)."""
    parser = etree.XMLParser(recover=True, resolve_entities=False, huge_tree=False, no_network=True,
                             load_dtd=False, remove_comments=True, remove_pis=True)
    try:
        root = etree.fromstring(xml, parser)
    except etree.XMLSyntaxError:  # nothing recoverable (an empty part)
        root = None
    return root, [e for e in parser.error_log if e.level >= etree.ErrorLevels.ERROR]


def _size(root) -> int:
    return sum(1 for _ in root.iter())


def _as_utf8(xml: bytes) -> tuple[bytes, bool]:
    """A part declared in a legacy encoding (GBK, …) as UTF-8, and whether bytes were undecodable."""
    match = _DECLARATION.match(xml[:300])
    if match is None:
        return xml, False
    name = match.group(1).decode("ascii").lower()
    if name.startswith("utf") or name in ("ascii", "us-ascii"):
        return xml, False
    try:
        codec = "gb18030" if name in _GB_NAMES else codecs.lookup(name).name
    except LookupError:
        return xml, False  # lxml says what it makes of it
    text = xml[match.end():].decode(codec, "replace")
    return text.encode("utf-8"), "\ufffd" in text

