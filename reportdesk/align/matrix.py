"""The coverage matrix: for each part, reports × topics, with the sections in each cell."""
from __future__ import annotations

from collections import defaultdict

from reportdesk.model import Cell, SectionRef, TopicAssignment


def coverage_cells(refs: list[SectionRef], assignments: list[TopicAssignment]) -> tuple[Cell, ...]:
    """Non-empty cells, ordered by report, part and topic of first appearance."""
    grouped: dict[tuple[str, str, str], list[SectionRef]] = defaultdict(list)
    for ref, assignment in zip(refs, assignments):
        grouped[(ref.report_id, ref.part, assignment.topic)].append(ref)
    return tuple(Cell(report_id, part, topic, tuple(r.key for r in members),
                      sum(r.section.chars for r in members))
                 for (report_id, part, topic), members in grouped.items())
