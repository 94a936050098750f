"""Alignment: topics for every section of a set of reports, counterparts, coverage matrix."""
from __future__ import annotations

from reportdesk.align.choose import FIT_MIN, choose_taxonomy
from reportdesk.align.clusters import cluster_topics
from reportdesk.align.matrix import coverage_cells
from reportdesk.align.pins import Pins, apply_moves
from reportdesk.align.taxonomy import Taxonomy, TaxonomyError, bundled_taxonomies, load_taxonomy
from reportdesk.align.topics import assign_topics
from reportdesk.align.units import report_refs, section_refs
from reportdesk.model import Alignment, ParsedFile

__all__ = ["align_files", "Pins", "Taxonomy", "TaxonomyError", "load_taxonomy", "bundled_taxonomies"]


def align_files(files: list[ParsedFile], taxonomy: Taxonomy | None = None,
                pins: Pins | None = None) -> Alignment:
    """Align every report of the parsed files; the topic list is chosen when not given."""
    reports = report_refs(files)
    refs = [s for r in reports for s in section_refs(r)]
    if taxonomy is None:
        taxonomy, fit = choose_taxonomy(refs, bundled_taxonomies())
        if fit < FIT_MIN and refs:  # an unknown kind of report: group by similarity instead
            taxonomy, assignments = cluster_topics(refs)
        else:
            assignments = assign_topics(refs, taxonomy)
    else:
        assignments = assign_topics(refs, taxonomy)
    assignments = apply_moves(assignments, pins or Pins(), set(taxonomy.ids))
    return Alignment(
        taxonomy_id=taxonomy.id,
        taxonomy_name=taxonomy.name,
        topics=tuple((t.id, t.name) for t in taxonomy.topics),
        reports=tuple(reports),
        sections=tuple(refs),
        assignments=tuple(assignments),
        cells=coverage_cells(refs, assignments),
    )
