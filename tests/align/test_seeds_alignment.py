"""The seeds: topics against the hand-written outline, and a matrix a reviewer can use."""
from pathlib import Path

import pytest

from gold import Score, read_gold, score_report
from reportdesk.align import align_files
from reportdesk.jobs import parse_files

HERE = Path(__file__).resolve().parent
GOLD = read_gold(HERE.parent / "data" / "seeds.outline")


@pytest.fixture(scope="module")
def aligned():
    files = parse_files([HERE.parent.parent / "seeds"])
    return files, align_files(files)


def test_education_list_is_chosen_and_topics_match_the_gold(aligned):
    files, alignment = aligned
    assert alignment.taxonomy_id == "education"
    topics = {id(s.section): a.topic for s, a in zip(alignment.sections, alignment.assignments)}
    score = Score()
    by_name = {Path(f.path).name: f for f in files}
    for name, gold_reports in GOLD.items():
        for gold, report in zip(gold_reports, by_name[name].reports):
            score_report(score, gold, report, topics)
    assert score.topic_n == 175
    assert score.topic >= 0.85, score.topic
    assert score.part >= 0.95 and score.f1 >= 0.95


def test_every_aligned_section_is_in_exactly_one_cell(aligned):
    _, alignment = aligned
    keys = [k for cell in alignment.cells for k in cell.keys]
    assert sorted(keys) == sorted(s.key for s in alignment.sections)
    for cell in alignment.cells:
        sections = [s for s in alignment.sections if s.key in cell.keys]
        assert cell.chars == sum(s.section.chars for s in sections)
        assert {s.part for s in sections} == {cell.part} and {s.report_id for s in sections} == {cell.report_id}


def test_gaps_show_as_missing_cells(aligned):
    _, alignment = aligned
    xupu = "004_61d6fe56185b419c.txt#1"  # 溆浦县 wrote no problems and no plans
    assert not [c for c in alignment.cells if c.report_id == xupu and c.part in ("problems", "plans")]
    assert alignment.cell(xupu, "achievements", "party") is not None
