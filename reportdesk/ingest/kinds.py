"""Which files are reports by their names: the suffixes offered to the readers, the
archives looked into, and the kinds people send along with reports (refused with what
they are). Read by the package and by the archive reader alike."""
from __future__ import annotations

from reportdesk.ingest.sniff import OTHER_KINDS

ARCHIVE_SUFFIXES = (".zip", ".7z", ".rar")
# Every suffix a folder scan offers to the readers, in the order the open dialog lists them.
SUPPORTED_SUFFIXES = (".docx", ".doc", ".wps", ".pdf", ".rtf", ".odt", ".html", ".htm", ".mht",
                      ".mhtml", ".txt", ".md", ".docm", ".dotx", ".dotm", ".dot", ".wpt", ".ott",
                      ".xhtml", ".text", ".markdown")

# Files of other kinds that people drop in with reports: refused with what they are.
_REFUSED_SUFFIXES = {".xls": OTHER_KINDS["excel"], ".xlsx": OTHER_KINDS["excel"], ".et": "电子表格", ".csv": "表格",
                     ".ppt": "演示文稿", ".pptx": "演示文稿", ".dps": "演示文稿",
                     ".png": "图片", ".jpg": "图片", ".jpeg": "图片", ".gif": "图片", ".bmp": "图片",
                     ".tif": "图片", ".tiff": "图片", ".zip": "压缩包", ".rar": "压缩包", ".7z": "压缩包"}


def refused_kind(suffix: str) -> str | None:
    """What a file of this suffix is, when it is a kind people send along with reports."""
    return _REFUSED_SUFFIXES.get(suffix.lower())
