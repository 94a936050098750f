"""The workspace without Qt: a whole session driven through `Desk` and the plain host."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from reportdesk.desk import Desk, History, Immediate
from reportdesk.desk.history import Step
from reportdesk.files import WriteError
from reportdesk.model import Pins

ROOT = Path(__file__).resolve().parents[2]

SESSION = r"""
import json, sys
from reportdesk.desk import Desk, Immediate
from reportdesk.export.compile import ExportOptions

host = Immediate()
desk = Desk(host)
desk.add_paths([sys.argv[1]])
alignment = desk.alignment
first = alignment.sections[0]
key = first.key
before = alignment.assignment(key).topic
target = next(t for t, _ in alignment.topics if t != before)
desk.move_sections([key], target)
moved = desk.alignment.assignment(key).topic
label = desk.history.undo_label()
desk.undo()
undone = desk.alignment.assignment(key).topic
desk.set_part("plans")
desk.export_docx(sys.argv[2], ExportOptions())
print(json.dumps({
    "qt": sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6"))),
    "reports": len(alignment.reports), "before": before, "target": target, "moved": moved,
    "undone": undone, "label": label, "redo": desk.history.redo_label(), "part": desk.part,
    "messages": [args[0] for name, args in host.events if name == "message"],
    "failed": [args for name, args in host.events if name == "failed"],
}, ensure_ascii=False))
"""


def test_a_whole_session_runs_without_qt(tmp_path):
    """Load the examples, move a section, undo, change part, export: PySide6 never loads."""
    target = tmp_path / "汇编.docx"
    run = subprocess.run([sys.executable, "-c", SESSION, str(ROOT / "seeds"), str(target)], cwd=ROOT,
                         capture_output=True, text=True, encoding="utf-8", timeout=600)
    assert run.returncode == 0, run.stderr
    seen = json.loads(run.stdout.strip().splitlines()[-1])
    assert seen["qt"] == []
    assert seen["reports"] >= 12
    assert seen["moved"] == seen["target"] != seen["before"]
    assert seen["undone"] == seen["before"]
    assert seen["label"].startswith("移动“") and seen["redo"] == seen["label"]
    assert seen["part"] == "plans"
    assert seen["failed"] == []
    assert any(m.startswith("已加载 ") for m in seen["messages"])
    assert seen["messages"][-1] == f"已导出：{target}"
    assert target.stat().st_size > 10_000


def test_history_undoes_and_redoes_in_order():
    history, a, b, c = History(), Pins(), Pins().exclude("x#1"), Pins().exclude("y#1")
    assert history.undo() is None and history.undo_label() == ""
    history.push(Step("第一步", a, b))
    history.push(Step("第二步", b, c))
    assert history.undo_label() == "第二步"
    assert history.undo() == b and history.redo_label() == "第二步"
    history.push(Step("另一步", b, a))  # a new step drops the one undone
    assert history.redo_label() == "" and history.undo_label() == "另一步"
    assert history.undo() == b and history.undo() == a and history.undo() is None


def test_a_users_error_is_said_as_it_is_and_ours_in_general(tmp_path):
    host = Immediate()
    desk = Desk(host)
    desk.fail(WriteError("无法写入“汇编.docx”：文件正在被 Word 打开。"), "导出失败")
    assert host.last("failed") == ("导出失败", "无法写入“汇编.docx”：文件正在被 Word 打开。")
    desk.fail(KeyError("x"))
    title, reason = host.last("failed")
    assert title == "出现意外错误" and "程序内部出错（KeyError）" in reason and "没有被修改" in reason


def test_a_folder_with_no_report_leaves_the_desk_empty_and_says_so(tmp_path):
    host = Immediate()
    desk = Desk(host)
    desk.add_paths([str(tmp_path)])
    assert desk.alignment is None and desk.files == []
    assert host.last("message") == ("没有找到可读取的报告文件",)
    assert host.last("loading") == (False,)


@pytest.mark.parametrize("part", ["problems", "nonsense"])
def test_the_part_shown_is_one_the_matrix_has(part):
    host = Immediate()
    desk = Desk(host)
    desk.set_part(part)
    assert desk.part == ("problems" if part == "problems" else "achievements")


def test_the_reports_chosen_are_what_every_analysis_and_the_export_see(tmp_path):
    from reportdesk.export.options import ExportOptions, chosen_reports

    host = Immediate()
    desk = Desk(host)
    desk.add_paths([str(ROOT / "seeds" / name) for name in ("000_a91621add47653ec.txt", "002_3275dbe3018fe5f1.txt",
                                                             "003_9405718a0f48f656.txt")])
    first, second, third, *rest = (r.id for r in desk.alignment.reports)
    total = 3 + len(rest)
    desk.set_shown([third, first])
    assert [r.id for r in desk.alignment.reports] == [third, first]
    assert host.last("message") == (f"显示 2 篇报告（共 {total} 篇）",)
    assert desk.alignment.report(second) is not None  # still loaded: named, in the tree
    assert {c.report_id for c in desk.alignment.cells} == {third, first}
    desk.columns_shown()
    assert {f.report_id for f in desk.facts} == {third, first}
    assert [r.id for r in desk.copies.reports] == [third, first]
    assert [r.id for r in chosen_reports(desk.alignment, ExportOptions())] == [third, first]
    assert desk.work().shown == [third, first]
    desk.add_paths([str(ROOT / "seeds" / "004_61d6fe56185b419c.txt")])  # a report added is shown too
    assert len(desk.alignment.reports) == 3 and desk.alignment.reports[:2] == tuple(
        desk.alignment.report(r) for r in (third, first))
    desk.set_shown(None)
    assert len(desk.alignment.reports) == total + 1 and host.last("message") == (f"显示全部 {total + 1} 篇报告",)
    assert desk.work().shown is None


def test_a_project_reopened_shows_the_reports_it_was_saved_with(tmp_path):
    from reportdesk.workspace.project import load_project, save_project

    desk = Desk(Immediate())
    desk.add_paths([str(ROOT / "seeds")])
    ids = [r.id for r in desk.alignment.reports]
    desk.set_shown([ids[4], ids[1]])
    save_project(desk.work(), tmp_path / "选两篇.rdproj")
    again = Desk(Immediate())
    again.load_work(load_project(tmp_path / "选两篇.rdproj"))
    assert [r.id for r in again.alignment.reports] == [ids[4], ids[1]]
    assert len(again.alignment.loaded()) == len(ids)
