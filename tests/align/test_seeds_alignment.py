"""The seeds: topics against the hand-written outline, and a matrix a reviewer can use."""
import collections
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


def test_every_character_is_in_one_passage_and_every_passage_in_its_cells(aligned):
    _, alignment = aligned
    for ref in alignment.reports:  # the passages cover the report's text, in order, without overlap
        passages = alignment.report_passages(ref.id)
        text = alignment.text_of(ref.id).text
        assert passages[0].start == 0 and passages[-1].end == len(text)
        assert all(a.end == b.start for a, b in zip(passages, passages[1:]))
    in_cells = collections.Counter(k for cell in alignment.cells for k in cell.keys)
    for passage, assignment in zip(alignment.passages, alignment.passage_topics):
        topics = (assignment.topic,) + assignment.secondary
        if passage.writes:  # in the cell of its topic and of each further subject, once each
            assert in_cells[passage.key] == len(set(topics))
            assert all(passage.key in alignment.cell(passage.report_id, passage.part, t).keys for t in topics)
        else:  # the title, headings that only introduce sub-sections, the opening
            assert passage.key not in in_cells
    for cell in alignment.cells:
        passages = [alignment.passage(k) for k in cell.keys]
        assert cell.chars == sum(p.chars for p in passages)
        assert {p.part for p in passages} == {cell.part} and {p.report_id for p in passages} == {cell.report_id}


def test_gaps_show_as_missing_cells(aligned):
    _, alignment = aligned
    xupu = "004_61d6fe56185b419c.txt#1"  # 溆浦县 wrote no problems and no plans
    assert not [c for c in alignment.cells if c.report_id == xupu and c.part in ("problems", "plans")]
    assert alignment.cell(xupu, "achievements", "party") is not None
