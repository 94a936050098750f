import sys
from pathlib import Path

import pytest

from reportdesk.model import Document, Paragraph, ParsedFile
from reportdesk.structure import build_reports

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "structure"))


def parsed(name: str, *lines: str) -> ParsedFile:
    """A ParsedFile from literal lines, as if read from a file called `name`."""
    document = Document(name, tuple(Paragraph(t) for t in lines), "UTF-8")
    return ParsedFile(name, "UTF-8", None, build_reports(document))


@pytest.fixture
def make_file():
    return parsed
