"""Who has reported: each report matched to a unit of the list by its region, and each unit's
state (已报送, 未报送, 重复报送, 期间不符).

A report names its place as its region (`Report.region`: 溆浦县, 宁夏回族自治区); the list names
units as the notice did (溆浦县教育局, 宁夏, 长葛). Both sides are brought to the place's full
name: the office after it dropped (教育局, 人民政府), a province's short form made full (宁夏 →
宁夏回族自治区). A place written without its suffix matches the same place with one (长葛 →
长葛市), but two different suffixes never match (长沙县 is not 长沙市). A report with no region
is matched by a unit named in its title or issuer. Where two units fit equally, the report
is left for the user to assign; the user's corrections always win.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from reportdesk.model import ReportRef
from reportdesk.structure.places import SUFFIXES, province_forms

STATES = {"reported": "已报送", "missing": "未报送", "twice": "重复报送", "other_period": "期间不符"}
_OFFICE = re.compile(r"(?:人民政府办公室|人民政府|政府办公室|政府|教育体育局|教育和体育局|教体局|教育局|教育委员会|教委|"
                     r"体育局|办公室|委员会|党委|[局委厅办院])$")


@dataclass(frozen=True)
class UnitState:
    """One unit of the list: its reports (ids, in loading order) and what that means."""

    unit: str
    reports: tuple[str, ...]
    state: str  # a STATES key
    note: str = ""  # what a clerk should know, in a sentence: who sent twice, which period


@dataclass(frozen=True)
class RosterStatus:
    units: tuple[UnitState, ...]  # in the list's order
    extra: tuple[str, ...]  # reports matched to no unit of the list (不在名单中)
    period: str  # the batch's period: what most reports review (2021年, 2021年上半年), "" unknown
    matched: tuple[tuple[str, str], ...] = ()  # (report id, unit) for every matched report

    def missing(self) -> list[str]:
        """The units that have not reported (未报送), in the list's order."""
        return [u.unit for u in self.units if u.state == "missing"]

    def order(self) -> list[str]:
        """Report ids in the list's order (a unit's reports together), then those of no unit."""
        return [r for u in self.units for r in u.reports] + list(self.extra)

    def unit_of(self, report_id: str) -> str:
        return dict(self.matched).get(report_id, "")


def roster_status(units: tuple[str, ...], refs: list[ReportRef], corrections=()) -> RosterStatus:
    """Match the reports to the units and say each unit's state."""
    fixed = dict(corrections)
    matched: dict[str, list[str]] = {unit: [] for unit in units}
    extra: list[str] = []
    for ref in refs:
        unit = fixed[ref.id] if ref.id in fixed else match_unit(units, ref)
        (matched[unit] if unit in matched else extra).append(ref.id)
    when = {ref.id: _period(ref) for ref in refs}
    counts = Counter(w for w in when.values() if w)
    period = counts.most_common(1)[0][0] if counts else ""
    labels = {ref.id: ref.label for ref in refs}
    states = tuple(_state(unit, matched[unit], when, period, labels) for unit in units)
    pairs = tuple((r, unit) for unit in units for r in matched[unit])
    return RosterStatus(states, tuple(extra), period, pairs)


def match_unit(units: tuple[str, ...], ref: ReportRef) -> str:
    """The unit a report belongs to, or "" when none fits or two fit equally."""
    report = ref.report
    scores = [(_score(unit, report.region, [report.issuer or "", report.title]), unit) for unit in units]
    best = max((s for s, _ in scores), default=0)
    winners = [unit for s, unit in scores if s == best]
    return winners[0] if best > 0 and len(winners) == 1 else ""


def place_key(name: str) -> str:
    """A unit's or a region's place, full (溆浦县教育局 → 溆浦县, 宁夏 → 宁夏回族自治区)."""
    name = re.sub(r"\s+", "", name or "")
    for _ in range(2):  # 宁夏回族自治区人民政府办公室: the office, then its government
        name = _OFFICE.sub("", name) if len(_OFFICE.sub("", name)) >= 2 else name
    return province_forms().get(name, name)


def _bare(place: str) -> str:
    """The place without its suffix (长葛市 → 长葛), when two characters or more remain."""
    for suffix in SUFFIXES:
        if place.endswith(suffix) and len(place) - len(suffix) >= 2:
            return place[:-len(suffix)]
    return place


def _score(unit: str, region: str | None, texts: list[str]) -> int:
    want = place_key(unit)
    if not want:
        return 0
    if region:
        have = place_key(region)
        if have == want:
            return 3
        if (want == _bare(have) and want != have) or (have == _bare(want) and have != want):
            return 2  # one side is written without its suffix
        return 0
    return 1 if any(want in text or (_bare(want) != want and _bare(want) in text) for text in texts if text) else 0


def _period(ref: ReportRef) -> str:
    report = ref.report
    if not report.year:
        return ""
    return f"{report.year}年" + (report.period if report.period in ("上半年", "下半年") else "")


def _state(unit: str, reports: list[str], when: dict[str, str], period: str, labels: dict[str, str]) -> UnitState:
    if not reports:
        return UnitState(unit, (), "missing", "")
    right = [r for r in reports if not period or when[r] in (period, "")]
    wrong = [r for r in reports if r not in right]
    ordered = tuple(right + wrong)
    if not right:
        periods = "、".join(dict.fromkeys(when[r] for r in wrong))
        return UnitState(unit, ordered, "other_period", f"报送的是{periods}的报告，本批为{period}")
    if len(right) > 1:
        return UnitState(unit, ordered, "twice", f"报送了{len(right)}份：" + "、".join(labels[r] for r in right))
    note = f"另有{len(wrong)}份不是{period}的报告" if wrong else ""
    return UnitState(unit, ordered, "reported", note)
