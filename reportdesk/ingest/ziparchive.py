"""Zip containers (.docx, .odt): read named parts under one budget, refusing zip bombs."""
from __future__ import annotations

import io
import zipfile
import zlib
from xml.etree import ElementTree
from xml.etree.ElementTree import Element

from reportdesk.ingest.errors import ReadError

MAX_UNPACKED_MB = 200


def open_zip(path: str, data: bytes) -> zipfile.ZipFile:
    """The archive, or the ReadError of a file that is not a zip at all."""
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as exc:
        raise ReadError(path, "not_zip") from exc


def read_parts(path: str, data: bytes, required: str, optional: tuple[str, ...] = ()) -> dict[str, bytes]:
    """The named parts (the required one must exist), refusing archives that unpack to too much."""
    with open_zip(path, data) as archive:
        infos = archive.infolist()
        limit = MAX_UNPACKED_MB * 1024 * 1024
        if sum(info.file_size for info in infos) > limit:
            raise ReadError(path, "zip_bomb", limit=MAX_UNPACKED_MB)
        names = {info.filename for info in infos}
        if required not in names:
            raise ReadError(path, "no_document")
        parts: dict[str, bytes] = {}
        budget = limit
        for name in (required, *optional):
            if name not in names:
                continue
            try:
                with archive.open(name) as stream:
                    # The sizes in the directory can lie: never read past the budget.
                    content = stream.read(budget + 1)
            except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError,
                    RuntimeError, ValueError) as exc:
                raise ReadError(path, "not_zip", str(exc)) from exc
            if len(content) > budget:
                raise ReadError(path, "zip_bomb", limit=MAX_UNPACKED_MB)
            budget -= len(content)
            parts[name] = content
        return parts


def zip_names(data: bytes) -> list[str]:
    """The member names of a zip, or [] when the directory cannot be read."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return archive.namelist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        return []


def parse_xml(path: str, xml: bytes | None) -> Element | None:
    """An XML part as an element tree (the standard parser expands no external entities)."""
    if xml is None:
        return None
    try:
        return ElementTree.fromstring(xml)
    except ElementTree.ParseError as exc:
        raise ReadError(path, "bad_xml") from exc
