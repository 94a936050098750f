"""The receiving desk without a window: the list kept with the project, the reports put in the
list's order, the format check of each report."""
from pathlib import Path

import pytest

from reportdesk.align import align_files
from reportdesk.jobs import parse_files
from reportdesk.roster import Roster
from reportdesk.workspace.project import Project, load_project, save_project
from reportdesk.workspace.receiving import ReceivingDesk

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="module")
def alignment():
    return align_files(parse_files([SEEDS], isolate=False, cache=False))


def test_the_list_and_its_corrections_are_kept_with_the_project(tmp_path):
    roster = Roster(("溆浦县", "长葛市", "芙蓉区")).correct("a.txt#1", "芙蓉区")
    save_project(Project(files=[str(SEEDS)], roster=roster), tmp_path / "p.rdproj")
    assert load_project(tmp_path / "p.rdproj").roster == roster
    save_project(Project(files=[str(SEEDS)]), tmp_path / "q.rdproj")
    assert load_project(tmp_path / "q.rdproj").roster is None


def test_reports_follow_the_lists_order_and_the_lists_own_too(alignment):
    desk = ReceivingDesk(Roster(("长葛市", "芙蓉区", "溆浦县")))
    arranged = desk.arrange(alignment)
    assert [r.label for r in arranged.reports][:2] == ["长葛市教体局 2021", "溆浦县教育局 2021"]
    assert arranged.lists[0].reports[:2] == tuple(r.id for r in arranged.reports[:2])
    assert desk.note(arranged) == "报送名单所列3个单位中，1个未报送：芙蓉区。"
    assert ReceivingDesk().arrange(alignment) is alignment  # no list: as loaded


def test_the_format_check_of_each_report_is_worked_out_once(alignment, monkeypatch):
    desk = ReceivingDesk()
    first = desk.findings(alignment)
    assert {ref.label for ref, _ in first} >= {"教育局2021年工作总结 篇四", "训练局2021年上半年工作总结 篇3"}
    from reportdesk.workspace import receiving

    monkeypatch.setattr(receiving, "check_report", lambda report: pytest.fail("checked again"))
    assert desk.findings(alignment) == first
