"""The receiving desk's state, without Qt: the list of who must report (kept with the project),
what it says of the loaded reports, and the format check of each report.

The window's session holds one `ReceivingDesk`; the command line uses the same functions.
Everything here is derived from the alignment's reports, so it is worked out again (cheaply)
whenever they change, and never goes stale.
"""
from __future__ import annotations

from dataclasses import replace

from reportdesk.members import file_label
from reportdesk.model import Alignment, ReportRef
from reportdesk.roster import Roster, RosterStatus, roster_status
from reportdesk.roster.render import missing_note
from reportdesk.structure.checks import RULES, Finding, check_report


class ReceivingDesk:
    def __init__(self, roster: Roster | None = None):
        self.roster = roster
        self._status: tuple[object, object, RosterStatus | None] = (None, None, None)
        self._checked: dict[str, tuple[object, tuple[Finding, ...]]] = {}  # report id -> (Report, findings)

    def status(self, alignment: Alignment | None) -> RosterStatus | None:
        """Who has reported, or None without a list (or reports)."""
        if self.roster is None or alignment is None:
            return None
        key, roster, status = self._status
        if key is not alignment.reports or roster is not self.roster:
            status = roster_status(self.roster.units, list(alignment.reports), self.roster.matches)
            self._status = (alignment.reports, self.roster, status)
        return status

    def arrange(self, alignment: Alignment | None) -> Alignment | None:
        """The alignment with its reports in the list's order (the matrix's columns, the
        comparison and the compilation follow it); as it is without a list."""
        status = self.status(alignment)
        if status is None:
            return alignment
        rank = {report: k for k, report in enumerate(status.order())}
        reports = tuple(sorted(alignment.reports, key=lambda r: rank.get(r.id, len(rank))))
        lists = tuple(replace(t, reports=tuple(sorted(t.reports, key=lambda r: rank.get(r, len(rank)))))
                      for t in alignment.lists)
        arranged = replace(alignment, reports=reports, lists=lists)
        self._status = (arranged.reports, self.roster, status)
        return arranged

    def correct(self, report_id: str, unit: str | None) -> None:
        """The user's word on which unit a report belongs to ("" none, None automatic)."""
        if self.roster is not None:
            self.roster = self.roster.correct(report_id, unit)

    def note(self, alignment: Alignment | None) -> str:
        """The 汇编说明's sentence on who did not report ("" without a list)."""
        status = self.status(alignment)
        return missing_note(status) if status is not None else ""

    def findings(self, alignment: Alignment | None) -> list[tuple[ReportRef, Finding]]:
        """The format check of every report, in the order the reports are shown."""
        if alignment is None:
            return []
        out, checked = [], {}
        for ref in alignment.reports:
            report = ref.as_read or ref.report
            seen, found = self._checked.get(ref.id, (None, ()))
            checked[ref.id] = (report, found if seen is report else check_report(report))
            out.extend((ref, finding) for finding in checked[ref.id][1])
        self._checked = checked  # the same reports next time cost nothing; closed ones are dropped
        return out


FINDINGS_HEADER = ("报告", "文件", "位置", "类别", "问题")


def finding_rows(pairs: list[tuple[ReportRef, Finding]]) -> list[tuple[str, ...]]:
    """A row per finding, as the window lists them and the workbook keeps them."""
    return [(ref.label, file_label(ref.path), finding.place, RULES[finding.rule], finding.message)
            for ref, finding in pairs]


def findings_text(refs: list[ReportRef], pairs: list[tuple[ReportRef, Finding]]) -> str:
    """The command line's 格式校对: each report with its findings, or 未发现问题."""
    lines = []
    for ref in refs:
        own = [finding for r, finding in pairs if r.id == ref.id]
        lines.append(f"■ {ref.label}（{'发现 %d 处问题' % len(own) if own else '未发现问题'}）")
        lines += [f"    {finding.message}" for finding in own]
    reports = len({r.id for r, _ in pairs})
    lines.append(f"共 {len(refs)} 篇报告，{reports} 篇有格式问题，合计 {len(pairs)} 处。")
    return "\n".join(lines)
