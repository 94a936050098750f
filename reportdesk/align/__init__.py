"""Alignment: topics for every section of a set of reports, counterparts, coverage matrix."""
from __future__ import annotations

from dataclasses import replace

from reportdesk.align.choose import choose_taxonomy
from reportdesk.align.clusters import cluster_topics
from reportdesk.align.matrix import coverage_cells
from reportdesk.align.pins import apply_moves, edited_topics
from reportdesk.align.taxonomy import Taxonomy, TaxonomyError, bundled_taxonomies, load_taxonomy, taxonomy_for
from reportdesk.align.topics import assign_topics
from reportdesk.align.units import named_refs, report_refs, section_refs
from reportdesk.model import Alignment, ParsedFile, Pins

__all__ = ["align_files", "repin", "Pins", "Taxonomy", "TaxonomyError", "load_taxonomy", "bundled_taxonomies",
           "taxonomy_for"]


def align_files(files: list[ParsedFile], taxonomy: Taxonomy | None = None,
                pins: Pins | None = None) -> Alignment:
    """Align every report of the parsed files; the topic list is chosen when not given."""
    pins = pins or Pins()
    reports = [r for r in report_refs(files, pins) if r.id not in pins.excluded]
    refs = [s for r in reports for s in section_refs(r)]
    scores, margin, misfits = (), 0.0, ()
    if taxonomy is None:
        choice = choose_taxonomy(refs, bundled_taxonomies())
        scores, margin, misfits = choice.scores, choice.margin, choice.misfits
        if choice.taxonomy is None:  # no list explains these reports: group by similarity
            taxonomy, assignments = cluster_topics(refs)
        else:
            taxonomy = choice.taxonomy
            assignments = assign_topics(refs, taxonomy)
    else:
        assignments = assign_topics(refs, taxonomy)
    computed = tuple(assignments)
    listed = tuple((t.id, t.name) for t in taxonomy.topics)
    topics = edited_topics(listed, pins)
    assignments = apply_moves(assignments, pins, {t for t, _ in topics})
    return Alignment(
        taxonomy_id=taxonomy.id,
        taxonomy_name=taxonomy.name,
        topics=topics,
        listed_topics=listed,
        reports=tuple(reports),
        sections=tuple(refs),
        assignments=tuple(assignments),
        cells=coverage_cells(refs, assignments),
        computed=computed,
        taxonomy_scores=scores,
        taxonomy_margin=margin,
        taxonomy_misfits=misfits,
    )


def repin(alignment: Alignment, pins: Pins) -> Alignment:
    """The same alignment with another set of the user's corrections (moves, names,
    regions): instant, nothing recomputed."""
    topics = edited_topics(alignment.listed_topics or alignment.topics, pins)
    assignments = apply_moves(list(alignment.computed), pins, {t for t, _ in topics})
    return replace(alignment, topics=topics, reports=tuple(named_refs(list(alignment.reports), pins)),
                   assignments=tuple(assignments),
                   cells=coverage_cells(list(alignment.sections), assignments))
