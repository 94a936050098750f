"""Alignment: topics for every passage of a set of reports, counterparts, coverage matrix."""
from __future__ import annotations

from dataclasses import replace

from reportdesk.align.clusters import cluster_topics
from reportdesk.align.matrix import coverage_cells, section_topics
from reportdesk.align.passage_topics import MIN_PRIOR, report_passages, section_passages
from reportdesk.align.apply_pins import apply_moves, edited_topics
from reportdesk.align.sets import Group, report_groups
from reportdesk.align.taxonomy import Taxonomy, TaxonomyError, bundled_taxonomies, load_taxonomy, taxonomy_for
from reportdesk.align.units import named_refs, report_refs, section_refs
from reportdesk.align.words import matcher_for
from reportdesk.model import Alignment, ParsedFile, Passage, Pins, TopicAssignment, TopicList

__all__ = ["align_files", "repin", "Pins", "Taxonomy", "TaxonomyError", "load_taxonomy", "bundled_taxonomies",
           "taxonomy_for"]


def align_files(files: list[ParsedFile], taxonomy: Taxonomy | None = None,
                pins: Pins | None = None) -> Alignment:
    """Align every report of the parsed files. Without a given list each report gets the
    list that fits it (`align.sets`); with one, every report gets that list."""
    pins = pins or Pins()
    reports = [r for r in report_refs(files, pins) if r.id not in pins.excluded]
    refs = [s for r in reports for s in section_refs(r)]
    if taxonomy is not None:
        groups = [Group(taxonomy, reports, refs)] if reports else []
    else:
        groups = report_groups(reports, refs, bundled_taxonomies())
    passages: list[Passage] = []
    computed: list[TopicAssignment] = []
    lists = []
    named = {}
    for group in groups:
        found, topics, listed = _group_passages(group)
        named.update(_named(group))
        passages += found
        computed += topics
        lists.append(TopicList(group.taxonomy.id if group.taxonomy else "clusters",
                               group.taxonomy.name if group.taxonomy else "自动聚类（无适用主题表）",
                               listed, tuple(r.id for r in group.reports), group.taxonomy is not None))
    order = {r.id: k for k, r in enumerate(reports)}  # passages in the reports' order, whatever their list
    ranked = sorted(range(len(passages)), key=lambda k: (order[passages[k].report_id], k))
    passages, computed = [passages[k] for k in ranked], [computed[k] for k in ranked]
    refs = [replace(r, named=named.get(r.key, ())) for r in refs]
    main = groups[0] if groups else None
    choice = main.choice if main is not None else None
    listed = tuple(t for topic_list in lists for t in topic_list.topics)
    alignment = Alignment(
        taxonomy_id=lists[0].id if lists else "clusters",
        taxonomy_name=lists[0].name if lists else "",
        topics=listed,
        listed_topics=listed,
        reports=tuple(reports),
        sections=tuple(refs),
        assignments=(),
        cells=(),
        computed=tuple(section_topics(refs, passages, computed)),
        taxonomy_scores=choice.scores if choice else (),
        taxonomy_margin=choice.margin if choice else 0.0,
        taxonomy_misfits=tuple(r.id for g in groups[1:] for r in g.reports),
        passages=tuple(passages),
        computed_passages=tuple(computed),
        lists=tuple(lists),
    )
    return repin(alignment, pins)


def _group_passages(group: Group):
    """The passages of a group's reports, their topics (named as the alignment names them)
    and the group's topic list."""
    if group.taxonomy is None:
        taxonomy, clustered = cluster_topics(group.refs)
        passages, topics = section_passages(group.reports, group.refs, clustered)
    else:
        taxonomy, passages, topics = group.taxonomy, [], []
        for ref in group.reports:
            found, assigned = report_passages(ref, taxonomy)
            passages += found
            topics += assigned
    if group.prefix:
        def named(topic: str) -> str:
            return group.prefix + topic
        topics = [replace(a, topic=named(a.topic), secondary=tuple(map(named, a.secondary)),
                          passing=tuple(map(named, a.passing))) for a in topics]
    listed = tuple((group.prefix + t.id, t.name) for t in taxonomy.topics)
    return passages, topics, listed


def _named(group: Group) -> dict[str, tuple[tuple[str, float], ...]]:
    """Per section of the group: the topics its heading names, as shares of the heading's
    evidence (nothing for a similarity group: its topics have no words)."""
    if group.taxonomy is None:
        return {}
    scorer, ids = matcher_for(group.taxonomy), group.taxonomy.ids
    out = {}
    for ref in group.refs:
        scores = scorer.scores(ref.section.title)
        total = float(scores.sum())
        if total > 0:
            out[ref.key] = tuple((group.prefix + ids[k], float(scores[k]) / max(total, MIN_PRIOR))
                                 for k in scores.nonzero()[0])
    return out


def repin(alignment: Alignment, pins: Pins) -> Alignment:
    """The same alignment with another set of the user's corrections (moves, names,
    regions, the topic list's edits): instant, nothing recomputed."""
    topics = edited_topics(alignment.listed_topics or alignment.topics, pins)
    passages = list(alignment.passages)
    moved = apply_moves(list(alignment.computed_passages), pins, {t for t, _ in topics}, passages)
    cells, mentions = coverage_cells(passages, moved)
    sections = list(alignment.sections)
    moved_sections = {k for k, t in pins.moves if t in dict(topics)}
    unchanged = not moved_sections and all(m is c for m, c in zip(moved, alignment.computed_passages))
    lists = tuple(replace(t, topics=tuple(x for x in topics if _owner(x[0], alignment.lists) is t))
                  for t in alignment.lists)
    return replace(alignment, topics=topics, reports=tuple(named_refs(list(alignment.reports), pins)),
                   passage_topics=tuple(moved), cells=cells, mentions=mentions, lists=lists,
                   assignments=alignment.computed if unchanged else
                   tuple(section_topics(sections, passages, moved, moved_sections)))


def _owner(topic: str, lists) -> object:
    """The list a topic belongs to: the one whose prefix it has ("government:economy"), else
    the main list (its own topics and those the user added)."""
    return next((t for t in lists[1:] if topic.startswith(t.id + ":")), lists[0] if lists else None)
