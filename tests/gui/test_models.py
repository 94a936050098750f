"""The Qt models are thin adapters over the core; qtmodeltester checks they obey Qt's rules."""
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from reportdesk.align import align_files
from reportdesk.gui.models.coverage import CoverageModel
from reportdesk.gui.models.report_tree import KEY_ROLE, SECTION_MIME, ReportTreeModel
from reportdesk.jobs import parse_files

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="module")
def aligned():
    return align_files(parse_files([SEEDS]))


def test_report_tree_model(qtmodeltester, aligned):
    model = ReportTreeModel()
    model.set_reports(list(aligned.reports), aligned, {})
    qtmodeltester.check(model)
    assert model.rowCount() == 12
    xupu = model.index(11, 0)
    assert xupu.data() == "溆浦县教育局 2021 · 教育工作总结"  # the year once, the title in the tooltip
    assert xupu.data(Qt.ItemDataRole.ToolTipRole).startswith("标题：2021年教育工作总结\n")
    part = model.index(0, 0, xupu)
    unit = model.index(0, 0, part)
    assert unit.data() == "1.强化党建引领，加强党对教育工作的全面领导"
    # 字数 counts the heading too, as 查重 does (387 characters of text under it)
    assert model.index(0, 1, part).data() == "党的建设" and model.index(0, 2, part).data() == 387 + len(unit.data())
    mime = model.mimeData([unit])
    assert bytes(mime.data(SECTION_MIME)).decode() == unit.data(KEY_ROLE)


def test_a_section_is_found_by_its_key_before_its_report_was_ever_opened(qtmodeltester, aligned):
    model = ReportTreeModel()
    model.set_reports(list(aligned.reports), aligned, {})
    key = aligned.sections[-1].key  # deep in the last report; nothing has asked for its rows yet
    index = model.index_of_key(key)
    assert index.isValid() and index.data(KEY_ROLE) == key
    assert index.data() == aligned.section(key).section.heading
    first = model.index(0, 0)  # never opened: it says it has sections, and fetches them when asked
    assert model.hasChildren(first) and model.canFetchMore(first) and model.rowCount(first) == 0
    model.fetchMore(first)
    assert not model.canFetchMore(first) and model.rowCount(first) == len(aligned.reports[0].report.sections)
    qtmodeltester.check(model)


def test_coverage_model(qtmodeltester, aligned):
    model = CoverageModel()
    model.set_alignment(aligned, "plans")
    qtmodeltester.check(model)
    assert model.rowCount() == 17 and model.columnCount() == 12
    from PySide6.QtCore import Qt
    assert model.headerData(11, Qt.Orientation.Horizontal) == "溆浦县教育局 2021"
    assert model.headerData(0, Qt.Orientation.Vertical) == "党的建设"
    xupu_col = 11
    assert all(model.index(r, xupu_col).data() == "—" for r in range(17))  # 溆浦县 wrote no plans
    model.set_alignment(aligned, "achievements")
    party = model.row_of("party")
    xupu = model.report_at(xupu_col).id
    assert model.index(party, xupu_col).data() == str(aligned.cell(xupu, "achievements", "party").chars)
    # a topic named only in passing reads 提及, with where it was named; a gap reads —
    named = next(c for c in aligned.mentions if c.part == "achievements")
    column = next(k for k in range(12) if model.report_at(k).id == named.report_id)
    index = model.index(model.row_of(named.topic), column)
    assert index.data() == "提及" and aligned.passage(named.keys[0]).place in index.data(Qt.ItemDataRole.ToolTipRole)
    gap = next((r, k) for r in range(17) for k in range(12) if model.cell(r, k) is None and model.mention(r, k) is None)
    assert model.index(*gap).data() == "—"
