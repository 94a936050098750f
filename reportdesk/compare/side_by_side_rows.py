"""The rows of a two-report comparison, before anything is compared: what stands beside what.

Every word of both reports is in some row, so that nothing is lost from view:

* the opening and the overview (基本情况), then each part (成效, 问题, 计划), then whatever
  belongs to no part (a closing paragraph), each under its title;
* in a part, first what no unit of work holds: the part's own heading and introduction
  (a government report's 2025 targets sit there), then the units of work, paired by the
  alignment (`align.counterparts.pair_sections`: topic and words).

Row order is the first report's reading order; the second report's units stand beside
their counterparts, and one without a counterpart comes right after the row of the unit
that precedes it in its own report.
"""
from __future__ import annotations

from dataclasses import dataclass

from reportdesk.align.counterparts import pair_sections, units_of
from reportdesk.model import MATRIX_PARTS, Alignment, Pins, Section, keyed_sections, matrix_part

GROUPS = ("overview", *MATRIX_PARTS, "other")  # in reading order; "other": in no part


@dataclass(frozen=True)
class Text:
    """A row's text on one side, and where its headings (lines to set in bold) start in it."""

    text: str = ""
    heads: tuple[int, ...] = ()


@dataclass(frozen=True)
class Planned:
    kind: str  # "part" (a group's title), "pair", "only_a", "only_b"
    group: str  # one of GROUPS
    a: Text
    b: Text
    a_key: str | None = None  # the units of work (None for a group's title or its loose text)
    b_key: str | None = None


def row_order(a_keys: list[str], b_keys: list[str], pairs: dict[str, str]) -> list[tuple[str | None, str | None]]:
    """Rows (a key, b key) in a's reading order; b's sections beside their counterparts
    (`pairs`: b key -> a key), the others after the row of their predecessor in b."""
    partner = {a: b for b, a in pairs.items()}
    rows: list[tuple[str | None, str | None]] = [(a, partner.get(a)) for a in a_keys]
    row_of = {b: k for k, (_, b) in enumerate(rows) if b is not None}
    previous = None
    for b in b_keys:
        if b not in row_of:
            at = row_of[previous] + 1 if previous is not None else 0
            while at < len(rows) and rows[at][1] is None:  # what only a has comes first, as in a diff
                at += 1
            rows.insert(at, (None, b))
            row_of = {key: k for k, (_, key) in enumerate(rows) if key is not None}
        previous = b
    return rows


def section_text(section: Section) -> Text:
    """A section's heading, text and sub-sections, with where each heading starts."""
    lines, heads, position = [], [], 0
    for depth, part in _walk(section):
        if part:
            if depth:
                heads.append(position)
            lines.append(part)
            position += len(part) + 1
    return Text("\n".join(lines), tuple(heads))


def _walk(section: Section):
    """(1, heading) and (0, body) of a section and every section below it, in order."""
    yield 1, section.heading
    yield 0, section.body
    for child in section.children:
        yield from _walk(child)


def loose_texts(alignment: Alignment, report_id: str) -> dict[str, Text]:
    """What no unit of work holds, by group: the opening, part headings and introductions,
    the overview, sections in no part."""
    ref = alignment.report(report_id)
    found: dict[str, list[Text]] = {}
    if ref.report.preamble.strip():
        found["overview"] = [Text(ref.report.preamble.strip())]
    skip = ""
    for key, section in keyed_sections(report_id, ref.report.sections):
        if skip and key.startswith(skip):
            continue  # inside a unit of work: its row shows it
        if alignment.section(key) is not None:
            skip = key + "."
            continue
        group = "overview" if section.part == "overview" else matrix_part(section.part) or "other"
        own = Section(section.marker, section.kind, section.title, section.body, section.depth)
        found.setdefault(group, []).append(section_text(own))
    return {group: _join(texts) for group, texts in found.items()}


def _join(texts: list[Text]) -> Text:
    heads, position = [], 0
    for t in texts:
        heads.extend(position + h for h in t.heads)
        position += len(t.text) + 1
    return Text("\n".join(t.text for t in texts), tuple(heads))


def plan_rows(alignment: Alignment, a_id: str, b_id: str, part: str | None = None,
              pins: Pins | None = None) -> list[Planned]:
    """Every row of the comparison of two reports, in one part or (None) in all of them."""
    loose_a, loose_b = loose_texts(alignment, a_id), loose_texts(alignment, b_id)
    out: list[Planned] = []
    for group in (GROUPS if part is None else (part,)):
        rows = []
        a, b = loose_a.get(group, Text()), loose_b.get(group, Text())
        if a.text or b.text:
            rows.append(Planned("pair" if a.text and b.text else "only_a" if a.text else "only_b", group, a, b))
        if group in MATRIX_PARTS:
            a_units, b_units = units_of(alignment, a_id, group), units_of(alignment, b_id, group)
            pairs = {x.b: x.a for x in pair_sections(alignment, a_units, b_units, pins, pair_lone=True)}
            units = {u.key: section_text(u.section) for u in a_units + b_units}
            for a_key, b_key in row_order([u.key for u in a_units], [u.key for u in b_units], pairs):
                kind = "pair" if a_key and b_key else "only_a" if a_key else "only_b"
                rows.append(Planned(kind, group, units.get(a_key, Text()), units.get(b_key, Text()), a_key, b_key))
        if rows and part is None:
            out.append(Planned("part", group, Text(), Text()))
        out.extend(rows)
    return out
