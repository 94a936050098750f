"""Which topic list each report of a set gets.

A set may mix kinds of report (a folder of county education summaries and provincial
government reports): each report votes for the list whose words fit it best
(`choose.best_fits`), if the words such reports are written in (the list's signature) are
clearly commoner in it than another list's; the reports of each vote are then checked as a
set of their own (`choose.choose_taxonomy`): the list must clearly explain them. Reports no
list explains form one more group whose topics are similarity groups (`clusters`). The group with the
most reports is the main one; the topics of the others are named "<list id>:<topic id>"
(see `model.TopicList`).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from reportdesk.align.choose import CLEAR, Choice, best_fits, choose_taxonomy, signature_share
from reportdesk.align.taxonomy import Taxonomy
from reportdesk.model import ReportRef, SectionRef


@dataclass
class Group:
    taxonomy: Taxonomy | None  # None: no list explains these reports
    reports: list[ReportRef]
    refs: list[SectionRef]
    choice: Choice | None = None
    prefix: str = ""  # "" for the main group, else "<list id>:"
    topic_ids: dict = field(default_factory=dict)  # the list's topic id -> the id the alignment uses


def report_groups(reports: list[ReportRef], refs: list[SectionRef], candidates: list[Taxonomy]) -> list[Group]:
    """The reports grouped by the list they get, the main group first."""
    if not reports:
        return []
    by_report = {r.id: [] for r in reports}
    for ref in refs:
        by_report[ref.report_id].append(ref)
    voted = _best_lists(refs, candidates, [r.id for r in reports])
    groups: list[Group] = []
    unexplained: list[ReportRef] = [r for r in reports if voted[r.id] is None]
    kinds = {v for v in voted.values() if v is not None}
    for k in sorted(kinds, key=lambda k: -sum(1 for v in voted.values() if v == k)):
        members = [r for r in reports if voted[r.id] == k]
        member_refs = [s for r in members for s in by_report[r.id]]
        choice = choose_taxonomy(member_refs, candidates)
        if choice.taxonomy is None:
            unexplained += members
        else:
            same = next((g for g in groups if g.taxonomy.id == choice.taxonomy.id), None)
            if same is not None:  # the check settled on a list another vote has already
                same.reports += members
                same.refs += member_refs
            else:
                groups.append(Group(choice.taxonomy, members, member_refs, choice))
    if unexplained:
        order = {r.id: k for k, r in enumerate(reports)}
        unexplained.sort(key=lambda r: order[r.id])
        groups.append(Group(None, unexplained, [s for r in unexplained for s in by_report[r.id]],
                            choose_taxonomy([s for r in unexplained for s in by_report[r.id]], candidates)))
    groups.sort(key=lambda g: (g.taxonomy is None, -len(g.reports)))
    for k, group in enumerate(groups):
        if k:
            group.prefix = f"{group.taxonomy.id if group.taxonomy else 'clusters'}:"
    return groups


def _best_lists(refs: list[SectionRef], candidates: list[Taxonomy], report_ids: list[str]) -> dict[str, int | None]:
    """Each report's best-fitting list (an index into `candidates`), or None when the words
    that reports of that kind are written in (its signature) are not clearly commoner in it
    than another list's: a hospital's summary fits neither education nor government. A
    report without any section to judge goes with the list most reports chose."""
    by_report: dict[str, list[SectionRef]] = {}
    for ref in refs:
        by_report.setdefault(ref.report_id, []).append(ref)
    best = {}
    for report_id, (k, _) in best_fits(refs, candidates).items():
        kinds = [signature_share(by_report[report_id], t) for t in candidates]
        others = max((v for j, v in enumerate(kinds) if j != k), default=0.0)
        best[report_id] = k if kinds[k] > CLEAR * others else None
    counted = [v for v in best.values() if v is not None]
    fallback = max(range(len(candidates)), key=lambda k: (counted.count(k), -k))
    return {r: best.get(r, fallback) for r in report_ids}
