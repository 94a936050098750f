"""The topic list as the user edited it in the window (renamed, merged, added, deleted topics),
written out as a new list file that can be edited further and used again."""
from __future__ import annotations

import json

from reportdesk.align.taxonomy import STRONG_WEIGHT, Taxonomy, TaxonomyError, bundled_taxonomies, taxonomy_for
from reportdesk.model import Alignment, Pins


def _source(alignment: Alignment, choice: str) -> Taxonomy | None:
    """The list the alignment started from (None for similarity groups, which have no words)."""
    try:
        chosen = taxonomy_for(choice)
    except TaxonomyError:
        chosen = None
    if chosen is not None:
        return chosen
    return next((t for t in bundled_taxonomies() if t.id == alignment.taxonomy_id), None)


def _string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a TOML basic string


def _array(words) -> str:
    return "[" + ", ".join(_string(w) for w in sorted(words)) + "]"


def edited_taxonomy_toml(alignment: Alignment, choice: str, pins: Pins) -> str:
    """A TOML topic list: the alignment's topics as edited, each with the evidence words of the
    topics that went into it."""
    source = _source(alignment, choice)
    words = {t.id: dict(t.weights) for t in source.topics} if source else {}
    for topic, into in pins.topics_merged:  # a merged topic's words now speak for its target
        words.setdefault(into, {}).update(words.get(topic, {}))
    lines = [f"# 由 ReportDesk 根据“{alignment.taxonomy_name}”修改后保存。可以编辑：每个主题有 id、名称和证据词，",
             "# strong 中的词最能说明主题，words 中的词是一般证据。", "",
             f"id = {_string(alignment.taxonomy_id + '-edited')}",
             f"name = {_string(alignment.taxonomy_name + '（修改）')}"]
    if source and source.signature:
        lines.append(f"signature = {_array(source.signature)}")
    for topic, name in alignment.topics:
        weights = words.get(topic, {})
        lines += ["", "[[topics]]", f"id = {_string(topic)}", f"name = {_string(name)}",
                  f"strong = {_array(w for w, v in weights.items() if v >= STRONG_WEIGHT)}",
                  f"words = {_array(w for w, v in weights.items() if v < STRONG_WEIGHT)}"]
    return "\n".join(lines) + "\n"
