"""Readers: one per format, each turning a file into paragraphs with style hints.

`read_document(path)` is the entry point; it checks what can go wrong with any file
(missing, unreadable, empty, too large), sniffs what the bytes really are, and hands
them to the reader for that kind, whatever the file's name says. Every failure is a
`ReadError` naming the file and the reason.
"""
from __future__ import annotations

import os
from pathlib import Path

from reportdesk.files import long_path
from reportdesk.ingest.errors import ReadError, open_input
from reportdesk.ingest.kinds import ARCHIVE_SUFFIXES, SUPPORTED_SUFFIXES, refused_kind
from reportdesk.ingest.paragraphs import clean_paragraphs
from reportdesk.ingest.plaintext import read_md, read_txt
from reportdesk.ingest.sniff import EXPECTED, LABELS, OTHER_KINDS, is_html_document, sniff
from reportdesk.members import is_member
from reportdesk.model import Document

MAX_FILE_MB = 50
TEXT_READERS = {".txt": read_txt, ".text": read_txt, ".md": read_md, ".markdown": read_md}
# The open dialog's filter (the GUI translates the label): "报告文件 (*.docx *.doc …)".
DIALOG_PATTERNS = " ".join("*" + s for s in SUPPORTED_SUFFIXES + ARCHIVE_SUFFIXES)

__all__ = ["DIALOG_PATTERNS", "MAX_FILE_MB", "SUPPORTED_SUFFIXES", "ReadError",
           "read_document", "is_report_file", "refused_kind"]


def is_report_file(path: Path) -> bool:
    """Whether a file found in a folder should be offered to the readers (archives too: they
    are looked into like folders, or said to need unpacking)."""
    name = path.name
    if name.startswith(("~$", ".")):  # Word's lock files and hidden files
        return False
    return path.suffix.lower() in SUPPORTED_SUFFIXES + ARCHIVE_SUFFIXES


def read_document(path: str | os.PathLike) -> Document:
    """Read one file into paragraphs; raise ReadError with a reason a user understands.

    Every reader returns (paragraphs, label, warnings); control characters are removed here,
    whatever the format, so that none reaches a writer.
    """
    path = str(path)
    suffix = Path(path).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES and refused_kind(suffix) is None:
        if not is_member(path) and not os.path.lexists(long_path(path)):  # a path typed wrong: say so, not its suffix
            raise ReadError(path, "not_found")
        raise ReadError(path, "unsupported", suffix=suffix or "（无扩展名）")
    if is_member(path):
        from reportdesk.ingest.archives import read_member

        data = read_member(path)  # into memory: nothing is extracted to disk
        if not data:
            raise ReadError(path, "empty")
    else:
        data = _read_bytes(path)
    kind = sniff(data)
    if kind == "html" and suffix in TEXT_READERS and not is_html_document(data):
        kind = "text"  # a Markdown or text file that opens with a tag or two is still text
    if kind in OTHER_KINDS:
        raise ReadError(path, "other_kind", kind=OTHER_KINDS[kind])
    if kind == "text":
        if EXPECTED.get(suffix) in ("docx", "odt"):
            raise ReadError(path, "not_zip")
        if suffix in EXPECTED:  # a Word, PDF or web file whose bytes are none of those
            raise ReadError(path, "damaged", kind=_KIND_NAMES[EXPECTED[suffix]])
        if refused_kind(suffix) is not None:
            raise ReadError(path, "other_kind", kind=refused_kind(suffix))
        paragraphs, label, warnings = TEXT_READERS[suffix](path, data)
    else:
        paragraphs, label, warnings = _reader(kind)(path, data)
        expected = EXPECTED.get(suffix)
        if expected and expected != kind and not (kind == "ole" and expected == "doc"):
            label = f"{LABELS.get(kind, label)}（扩展名为 {suffix}）"
    paragraphs = clean_paragraphs(paragraphs)
    if not paragraphs:
        raise ReadError(path, "no_text")
    return Document(path=path, paragraphs=tuple(paragraphs), encoding=label, warnings=tuple(warnings))




_KIND_NAMES = {"docx": "Word ", "doc": "Word ", "pdf": "PDF ", "rtf": "RTF ", "odt": "ODT ",
               "html": "网页", "mht": "网页"}


def _reader(kind: str):
    """The reader of a kind, imported on first use so that reading .txt files stays light.

    Plain import statements (not importlib with a computed name) so that PyInstaller
    finds every reader when it freezes the app.
    """
    if kind == "docx":
        from reportdesk.ingest.docx_reader import read_docx as reader
    elif kind == "ole":
        from reportdesk.ingest.doc_reader import read_ole as reader
    elif kind == "pdf":
        from reportdesk.ingest.pdf_reader import read_pdf as reader
    elif kind == "rtf":
        from reportdesk.ingest.rtf_reader import read_rtf as reader
    elif kind == "odt":
        from reportdesk.ingest.odt_reader import read_odt as reader
    elif kind == "mht":
        from reportdesk.ingest.html_reader import read_mht as reader
    else:
        from reportdesk.ingest.html_reader import read_html as reader
    return reader


def _read_bytes(path: str) -> bytes:
    with open_input(path, MAX_FILE_MB) as handle:
        try:
            return handle.read(MAX_FILE_MB * 1024 * 1024 + 1)
        except OSError as exc:
            raise ReadError(path, "os_error", exc.strerror or str(exc)) from exc
