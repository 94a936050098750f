"""The seeds aligned once for the export tests, and display names as the window gives them."""
import re
from pathlib import Path

import pytest

from reportdesk.align import align_files
from reportdesk.jobs import parse_files
from reportdesk.model import ReportRef

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
FILE_NAME = re.compile(r"\d{3}_[0-9a-f]{6}|\.txt|\.docx|#\d")


@pytest.fixture(scope="session")
def seeds_alignment():
    return align_files(parse_files([SEEDS]))


def display_name(ref: ReportRef) -> str:
    """A name like the ones the window shows ("长葛市教体局 2021"), never the file's."""
    report = ref.report
    who = report.issuer or report.region or "某单位"
    if report.region and report.region not in who:
        who = report.region + who
    return f"{who}{ref.index}号 {report.year or ''}".strip()


@pytest.fixture
def display_names(monkeypatch):
    monkeypatch.setattr(ReportRef, "label", property(display_name))
