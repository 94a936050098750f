"""The roster's state as a clerk reads it: a summary, a row per unit, and the sentence the
compilation's 汇编说明 carries."""
from __future__ import annotations

from reportdesk.members import file_label
from reportdesk.model import ReportRef
from reportdesk.roster.match import STATES, RosterStatus

HEADER = ("序号", "单位", "状态", "报告", "文件", "说明")


def summary_lines(status: RosterStatus, refs: list[ReportRef]) -> list[str]:
    """应报送 N 个单位，已报送 X 个，未报送 Y 个; then who has not, who sent twice or another
    period, and the reports of no unit on the list."""
    labels = {ref.id: ref.label for ref in refs}
    count = {state: [u for u in status.units if u.state == state] for state in STATES}
    sent = len(status.units) - len(count["missing"])
    lines = [f"应报送 {len(status.units)} 个单位，已报送 {sent} 个，未报送 {len(count['missing'])} 个"
             + (f"（本批为{status.period}的报告）" if status.period else "") + "。"]
    if count["missing"]:
        lines.append("未报送：" + "、".join(u.unit for u in count["missing"]) + "。")
    if count["twice"]:
        lines.append("重复报送：" + "；".join(f"{u.unit}（{u.note}）" for u in count["twice"]) + "。")
    if count["other_period"]:
        lines.append("期间不符：" + "；".join(f"{u.unit}（{u.note}）" for u in count["other_period"]) + "。")
    if status.extra:
        lines.append("不在名单中的报告：" + "、".join(labels.get(r, r) for r in status.extra) + "。")
    return lines


def status_rows(status: RosterStatus, refs: list[ReportRef]) -> list[tuple[str, ...]]:
    """A row per unit (a unit with two reports has a row for each), then the reports of no unit."""
    by_id = {ref.id: ref for ref in refs}
    rows = []
    for k, unit in enumerate(status.units, 1):
        for n, report in enumerate(unit.reports or ("",)):
            ref = by_id.get(report)
            rows.append((str(k) if n == 0 else "", unit.unit if n == 0 else "", STATES[unit.state] if n == 0 else "",
                         ref.label if ref else "", file_label(ref.path) if ref else "", unit.note if n == 0 else ""))
    for report in status.extra:
        ref = by_id[report]
        rows.append(("", "", "不在名单中", ref.label, file_label(ref.path), "请核对：是否名单漏列，或报告未写明地区"))
    return rows


def status_text(status: RosterStatus, refs: list[ReportRef]) -> str:
    """The command line's table: the summary, then a line per unit."""
    lines = summary_lines(status, refs) + [""]
    for row in status_rows(status, refs):
        number, unit, state, label, path, note = row
        head = f"{number:>3} {unit}" if number else "    " + " " * len(unit)
        lines.append("  ".join(x for x in (head, f"[{state}]" if state else "", label,
                                             f"（{path}）" if path else "", note) if x).rstrip())
    return "\n".join(lines)


def missing_note(status: RosterStatus) -> str:
    """The 汇编说明's sentence on who did not report, or "" when everyone did."""
    missing = status.missing()
    if not missing:
        return f"报送名单所列{len(status.units)}个单位均已报送。"
    return f"报送名单所列{len(status.units)}个单位中，{len(missing)}个未报送：{'、'.join(missing)}。"
