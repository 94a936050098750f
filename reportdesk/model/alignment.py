"""The alignment of a set of reports: who they are, the passages and sections that take part,
their topics, and the coverage matrix those give."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace

from reportdesk.model.document import Report, Section, keyed_sections
from reportdesk.model.report_text import ReportText, report_text

OTHER = "other"  # the topic of what no listed topic fits (every topic list has it)


@dataclass(frozen=True)
class ReportRef:
    """A report's identity in a set: unique id, its file and its position there (from 1).

    `report` carries the user's corrections (name, region; see `Pins`); `as_read` is the
    report as the file gave it, kept so that corrections can be changed or undone."""

    id: str
    path: str
    index: int
    report: Report
    name: str = ""  # the report's name, made unique in the set
    as_read: Report | None = None

    @property
    def label(self) -> str:
        """The name a column, a row or a heading shows: unique in the set, never a file name
        with a hash (see structure.names)."""
        if self.name or self.report.name:
            return self.name or self.report.name
        return self.report.region or self.report.title or self.path.replace("\\", "/").rsplit("/", 1)[-1]


@dataclass(frozen=True, slots=True)
class SectionRef:
    """A section that takes part in alignment, with where it sits."""

    key: str  # "<report id>/<position path>", e.g. "a.txt#1/2.3"
    report_id: str
    section: Section
    part: str  # one of MATRIX_PARTS
    parent_key: str | None  # the enclosing section that is aligned too, if any
    named: tuple[tuple[str, float], ...] = ()  # the topics its heading names, with their shares


@dataclass(frozen=True, slots=True)
class TopicAssignment:
    """The topic a passage or a section is on, how sure we are, and the words that decided it."""

    key: str
    topic: str
    score: float  # share of the evidence for the primary topic, 0..1
    secondary: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()
    pinned: bool = False
    passing: tuple[str, ...] = ()  # topics it names only in passing (not what it is about)


@dataclass(frozen=True, slots=True)
class Passage:
    """A stretch of one report's text on one subject: a block (`model.Block`: a paragraph, a
    run-in item, a lead sentence with what it leads) or, where a block turns from one subject
    to another, each run of its sentences on one subject. The passages of a report cover its
    text (`model.text.report_text`) without gap or overlap; topics and parts belong to them."""

    key: str  # "<report id>@<block>.<k>": the k-th passage of the report's block (from 0 and 1)
    report_id: str
    section_key: str | None  # the section it is in; None for the title and the opening
    start: int  # offsets in the report's text
    end: int
    part: str | None  # one of MATRIX_PARTS, or None (the title, the opening, an appendix)
    headings: tuple[str, ...]  # the headings above it, outermost first
    kind: str  # "text", or "heading"/"title": context that is not writing on a subject
    chars: int  # characters as a reader counts them (white space not counted)

    @property
    def place(self) -> str:
        """Where it stands in its report, for a reader: the two innermost headings above it
        (二、主要成效 › （三）教师队伍), or （开头） before the first heading."""
        return " › ".join(self.headings[-2:]) if self.headings else "（开头）"

    @property
    def writes(self) -> bool:
        """It is writing that a matrix cell may hold (not a title or a heading that only
        introduces its sub-sections)."""
        return self.kind == "text" and self.part is not None and self.chars > 0


@dataclass(frozen=True, slots=True)
class Cell:
    """What one report wrote on one topic in one part: passage keys in reading order (or
    section keys, where passages are not used), and how many characters they hold."""

    report_id: str
    part: str
    topic: str
    keys: tuple[str, ...]
    chars: int


@dataclass(frozen=True)
class TopicList:
    """One topic list in use and the reports that use it. In a mixed set (education and
    government reports together) each report gets the list that fits it; the topics of every
    list but the main one are named "<list id>:<topic id>" so that ids never collide."""

    id: str
    name: str
    topics: tuple[tuple[str, str], ...]  # (id, name), as the alignment names them
    reports: tuple[str, ...]  # report ids
    fits: bool = True  # False: no list fits these reports; their topics are similarity groups


@dataclass(frozen=True)
class Alignment:
    """Topics of every passage of a set of reports, the coverage matrix they give, and the
    topics of sections derived from them (what most of a section's passages are about)."""

    taxonomy_id: str
    taxonomy_name: str
    topics: tuple[tuple[str, str], ...]  # (id, name) in display order
    reports: tuple[ReportRef, ...]
    sections: tuple[SectionRef, ...]
    assignments: tuple[TopicAssignment, ...]  # same order as sections (derived from passages)
    cells: tuple[Cell, ...]  # only non-empty cells: passage keys
    computed: tuple[TopicAssignment, ...] = ()  # the sections' assignments before the user's moves
    # How the list was chosen (align.choose): every bundled list's score, best first, as
    # (id, name, score); the best score over the next (chosen only when >= choose.CLEAR);
    # the reports another list fits better. Empty when the user gave the list.
    taxonomy_scores: tuple[tuple[str, str, float], ...] = ()
    taxonomy_margin: float = 0.0
    taxonomy_misfits: tuple[str, ...] = ()
    listed_topics: tuple[tuple[str, str], ...] = ()  # the list's own topics, before the user's edits
    passages: tuple[Passage, ...] = ()  # every passage of every report, in reading order
    passage_topics: tuple[TopicAssignment, ...] = ()  # same order as passages, the user's moves applied
    computed_passages: tuple[TopicAssignment, ...] = ()  # the same before the user's moves
    # Topics a report names only in passing in a part, where it has no cell: (report, part,
    # topic) with the passages that name them. Not written on, and not a gap either.
    mentions: tuple[Cell, ...] = ()
    lists: tuple[TopicList, ...] = ()  # the topic lists in use (one unless the set is mixed)
    # Reports loaded but not shown (the user chose which to show, see `showing`): found by id,
    # in the tree, never a column, a cell, a figure or a page of an export.
    others: tuple[ReportRef, ...] = ()

    # Lookups are indexed on first use; the value is frozen, so an index never goes stale.

    def _index(self, name: str, build):
        index = self.__dict__.get(name)
        if index is None:
            index = build()
            object.__setattr__(self, name, index)
        return index

    def assignment(self, key: str) -> TopicAssignment | None:
        """The topic of an aligned section (after the user's moves)."""
        return self._index("_assignments", lambda: {a.key: a for a in self.assignments}).get(key)

    def section(self, key: str) -> SectionRef | None:
        """An aligned section by its key."""
        return self._index("_sections", lambda: {s.key: s for s in self.sections}).get(key)

    def section_at(self, key: str) -> Section | None:
        """Any section of any report by its key, aligned or not (overviews, part headings)."""
        return self._index("_all_sections", lambda: {
            k: s for r in self.reports for k, s in keyed_sections(r.id, r.report.sections)}).get(key)

    def labels(self) -> dict[str, str]:
        """Each report's id and the name every view shows for it."""
        return {r.id: r.label for r in self.reports}

    def report(self, report_id: str) -> ReportRef | None:
        return self._index("_reports", lambda: {r.id: r for r in self.reports + self.others}).get(report_id)

    def loaded(self) -> tuple[ReportRef, ...]:
        """Every report loaded: those shown, in their order, then those not shown."""
        return self.reports + self.others

    def showing(self, ids: tuple[str, ...] | None) -> Alignment:
        """The alignment with only these reports shown, in this order (None: all, as they are).
        Topics stay as the whole set gave them; ids of reports no longer loaded are passed over."""
        if ids is None:
            return self
        every = self.loaded()
        by_id = {r.id: r for r in every}
        shown = tuple(by_id[r] for r in dict.fromkeys(ids) if r in by_id)
        keep = {r.id for r in shown}
        lists = tuple(replace(t, reports=tuple(r.id for r in shown if r.id in members))
                      for t, members in ((t, set(t.reports)) for t in self.lists))
        return replace(self, reports=shown, others=tuple(r for r in every if r.id not in keep),
                       cells=tuple(c for c in self.cells if c.report_id in keep),
                       mentions=tuple(c for c in self.mentions if c.report_id in keep),
                       lists=tuple(t for t in lists if t.reports) or lists[:1])

    def topic_name(self, topic: str) -> str:
        return self._index("_topic_names", lambda: dict(self.topics)).get(topic, topic)

    def cell(self, report_id: str, part: str, topic: str) -> Cell | None:
        """What one report wrote on one topic in one part, if anything."""
        cells = self._index("_cells", lambda: {(c.report_id, c.part, c.topic): c for c in self.cells})
        return cells.get((report_id, part, topic))

    def mention(self, report_id: str, part: str, topic: str) -> Cell | None:
        """The passages that name a topic only in passing, where the report has no cell."""
        mentions = self._index("_mentions", lambda: {(c.report_id, c.part, c.topic): c for c in self.mentions})
        return mentions.get((report_id, part, topic))

    def passage(self, key: str) -> Passage | None:
        return self._index("_passages", lambda: {p.key: p for p in self.passages}).get(key)

    def passage_topic(self, key: str) -> TopicAssignment | None:
        """A passage's topic (after the user's moves)."""
        return self._index("_passage_topics", lambda: {a.key: a for a in self.passage_topics}).get(key)

    def computed_passage_topic(self, key: str) -> TopicAssignment | None:
        """The topic the alignment itself gave a passage, before the user's moves."""
        return self._index("_computed_passages", lambda: {a.key: a for a in self.computed_passages}).get(key)

    def text_of(self, report_id: str) -> ReportText:
        """The report's text as one string with its pieces' offsets (model.text)."""
        texts = self._index("_texts", dict)
        found = texts.get(report_id)
        if found is None:
            found = texts[report_id] = report_text(self.report(report_id).report)
        return found

    def passage_text(self, passage: Passage | str) -> str:
        if isinstance(passage, str):
            passage = self.passage(passage)
        return self.text_of(passage.report_id).text[passage.start:passage.end]

    def report_passages(self, report_id: str) -> list[Passage]:
        """A report's passages in reading order."""
        def build():
            index: dict[str, list[Passage]] = {}
            for p in self.passages:
                index.setdefault(p.report_id, []).append(p)
            return index
        return self._index("_by_report", build).get(report_id, [])

    def passages_under(self, key: str) -> list[Passage]:
        """The passages of a section and of every section below it, in reading order."""
        prefix = key + "."
        return [p for p in self.report_passages(key.rsplit("/", 1)[0])
                if p.section_key is not None and (p.section_key == key or p.section_key.startswith(prefix))]

    def passage_at(self, report_id: str, offset: int) -> Passage | None:
        """The passage of a report that holds this offset of its text."""
        passages = self.report_passages(report_id)
        starts = self._index("_starts", dict)
        found = starts.get(report_id)
        if found is None:
            found = starts[report_id] = [p.start for p in passages]
        k = bisect_right(found, offset) - 1
        return passages[k] if k >= 0 and offset < passages[k].end else None

    def passage_parts(self, passage: Passage) -> tuple[str, str]:
        """(the heading line its text begins with, or ""; the rest of its text): a passage that
        opens a section carries the section's heading."""
        text = self.passage_text(passage)
        if passage.section_key is not None:
            path = passage.section_key.rsplit("/", 1)[1]
            heading = self.text_of(passage.report_id).headings.get(path)
            if heading is not None and heading[0] == passage.start:
                cut = heading[1] - heading[0]
                return text[:cut], text[cut:].lstrip("\n")
        return "", text

    def name_of(self, key: str) -> str:
        """What a section (its heading) or a passage (its opening words) is called in a sentence."""
        passage = self.passage(key)
        if passage is not None:
            words = "".join(self.passage_parts(passage)[1].split())
            return words[:12] + ("…" if len(words) > 12 else "")
        ref = self.section(key)
        return ref.section.heading if ref else key

    def cell_passages(self, report_id: str, part: str, topic: str) -> list[Passage]:
        """The passages of a cell in reading order (empty for a gap)."""
        cell = self.cell(report_id, part, topic)
        return [self.passage(k) for k in cell.keys] if cell is not None else []

    def list_of_report(self, report_id: str) -> TopicList | None:
        """The topic list a report is aligned with."""
        return self._index("_list_of_report", lambda: {r: t for t in self.lists for r in t.reports}).get(report_id)

    def list_of_topic(self, topic: str) -> TopicList | None:
        """The topic list a topic belongs to (topics the user added belong to the main list)."""
        found = self._index("_list_of_topic", lambda: {t: tl for tl in self.lists for t, _ in tl.topics}).get(topic)
        return found if found is not None or not self.lists else self.lists[0]

    def writers_of(self, topic: str) -> list[ReportRef]:
        """The reports that could write on a topic: those aligned with its list."""
        topic_list = self.list_of_topic(topic)
        if topic_list is None:
            return list(self.reports)
        members = set(topic_list.reports)
        return [r for r in self.reports if r.id in members]

    def topic_list(self, list_id: str) -> TopicList | None:
        """A topic list in use by its id; the main one for "" or an id not in use."""
        return next((t for t in self.lists if t.id == list_id), self.lists[0] if self.lists else None)

    def written_topics(self, part: str, list_id: str | None = None) -> list[str]:
        """Topics some report wrote on in this part, in the list's order (of one topic list
        in a mixed set, when `list_id` is given)."""
        used = {c.topic for c in self.cells if c.part == part}
        shown = self.topic_list(list_id) if list_id is not None else None
        return [t for t, _ in (shown.topics if shown is not None else self.topics) if t in used]
