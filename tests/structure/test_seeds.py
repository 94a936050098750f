"""The seed reports against their hand-written expected outlines, and the same report in
every format a bureau might send it in."""
import sys
import zipfile
from pathlib import Path

import pytest

from gold import Score, read_gold, score_report
from reportdesk.jobs import parse_file, parse_files

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from docx_builder import DocxSpec, Level, Para, Style, write_docx  # noqa: E402
from sample_outline import SAMPLE_HEADINGS, headings_of  # noqa: E402

HERE = Path(__file__).resolve().parent
GOLD = read_gold(HERE.parent / "data" / "seeds.outline")


@pytest.fixture(scope="module")
def parsed(seeds_dir_module):
    return {Path(f.path).name: f for f in parse_files([seeds_dir_module])}


@pytest.fixture(scope="module")
def seeds_dir_module():
    return HERE.parent.parent / "seeds"


def test_every_seed_file_has_the_right_number_of_reports(parsed):
    assert {name: len(f.reports) for name, f in parsed.items()} == {
        name: len(reports) for name, reports in GOLD.items()}


def test_seed_headings_depths_and_parts(parsed):
    score = Score()
    for name, gold_reports in GOLD.items():
        reports = parsed[name].reports
        for k, gold in enumerate(gold_reports):
            score_report(score, gold, reports[k] if k < len(reports) else None)
    assert score.f1 >= 0.95, score.misses
    assert score.depth >= 0.95
    assert score.part >= 0.90


def test_seed_regions_and_periods(parsed):
    for name, gold_reports in GOLD.items():
        for gold, report in zip(gold_reports, parsed[name].reports):
            assert report.period == gold.period, gold.key
            if gold.region:
                assert report.region == gold.region, gold.key
            else:
                assert report.region is None, gold.key


# -- the same report as GBK, UTF-16 and Word files -------------------------------------

SAMPLE = HERE.parent / "data" / "sample_report.txt"


def sample_lines():
    return SAMPLE.read_text(encoding="utf-8").splitlines()


def check_sample(path):
    parsed = parse_file(str(path))
    assert parsed.error is None
    (report,) = parsed.reports
    assert headings_of(report) == SAMPLE_HEADINGS
    assert (report.region, report.year, report.period) == ("清河县", 2023, "全年")
    return parsed


@pytest.mark.parametrize("codec, name", [("utf-8", "UTF-8"), ("gbk", "GBK"), ("utf-16", "UTF-16LE"),
                                         ("utf-8-sig", "UTF-8 (BOM)")])
def test_sample_report_in_every_text_encoding(tmp_path, codec, name):
    path = tmp_path / "清河县 总结.txt"  # Chinese and a space in the name
    path.write_bytes("\r\n".join(sample_lines()).encode(codec))
    assert check_sample(path).encoding == name


def test_sample_report_as_word_with_heading_styles(tmp_path):
    styles = [Style("Title", "Title"), Style("Heading1", "heading 1", outline=0),
              Style("Heading2", "heading 2", outline=1), Style("Heading3", "heading 3", outline=2)]
    body = []
    for line in sample_lines():
        style = None
        if line.startswith(("一、", "二、", "三、")):
            style = "Heading1"
        elif line.startswith("（") and len(line) < 30:
            style = "Heading2"
        elif line[:2] in ("1.", "2."):
            style = None  # marker in a body paragraph, as clerks type it
        body.append(Para(line, style=style))
    check_sample(write_docx(tmp_path / "styled.docx", DocxSpec(body=body, styles=styles)))


def test_sample_report_as_word_with_automatic_numbering_and_no_markers(tmp_path):
    levels = [Level("chineseCounting", "%1、"), Level("chineseCounting", "（%2）"), Level("decimal", "%3.")]
    body = []
    for line in sample_lines():
        for prefix, level in (("一、", 0), ("二、", 0), ("三、", 0), ("（一）", 1), ("（二）", 1), ("（三）", 1),
                              ("1.", 2), ("2.", 2)):
            if line.startswith(prefix):
                body.append(Para(line[len(prefix):], num=(7, level)))
                break
        else:
            body.append(Para(line))
    path = write_docx(tmp_path / "numbered.docx", DocxSpec(body=body, abstracts={1: levels}, nums={7: 1}))
    with zipfile.ZipFile(path) as archive:  # the markers are really not in the text
        xml = archive.read("word/document.xml").decode("utf-8")
    assert "一、" not in xml and "（一）" not in xml and "主要工作及成效" in xml
    check_sample(path)
