"""Precision and recall of the figures (指标) against lists read by hand (a developer command, not CI).

    python tests/tools/score_figures.py            # every list in tests/data/figures
    python tests/tools/score_figures.py -v LIST... # and each miss and each false figure

A list (tests/data/figures/*.tsv) names its report on a first line
`#! source=<path> report=<n>` (a path from the project's root, or an absolute one: the
provincial reports are read from /work/shared, which tests may not read), then one line per
figure that the report really states: value (or `masked`), unit, subject, as written.

A figure of the program is right when a line of the list has
- the same value (or both are masked) and the same unit, and
- a subject the program's subject holds: the listed subject is one or more words (space
  between them; `a|b` for either of two), every one of them inside the program's subject, and
- the program's subject is whole words of the figure's sentence: it is made of pieces of the
  sentence that begin and end where the program's words (jieba's dictionary, `text.tokenize.boundaries`)
  of that sentence begin and end (新建5G基站
  is, 新建G基站 and 境电商公共服务平台 are not).
Each line of the list is matched to at most one figure (in reading order). Precision is the
share of the program's figures that are right; recall the share of the list's lines found.
"""
from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LISTS = ROOT / "tests" / "data" / "figures"


@dataclass(frozen=True)
class Expected:
    value: float | None  # None: masked
    unit: str
    subjects: tuple[tuple[str, ...], ...]  # either of these, each a set of words
    written: str


@dataclass(frozen=True)
class HandList:
    name: str
    source: Path
    report: int
    rows: tuple[Expected, ...]


@dataclass
class Score:
    name: str
    found: int  # figures of the program
    expected: int  # lines of the list
    right: int
    misses: list
    false: list

    @property
    def precision(self) -> float:
        return self.right / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.right / self.expected if self.expected else 1.0


def read_list(path: Path) -> HandList:
    source, report, rows = None, 1, []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#!"):
            fields = dict(f.split("=", 1) for f in line[2:].split())
            source, report = fields["source"], int(fields.get("report", 1))
        elif line.strip() and not line.startswith("#"):
            value, unit, subject, written = line.split("\t")
            subjects = tuple(tuple(alt.split()) for alt in subject.split("|"))
            rows.append(Expected(None if value == "masked" else float(value), unit, subjects, written))
    if source is None:
        raise ValueError(f"{path.name}: no '#! source=' line")
    source_path = Path(source) if Path(source).is_absolute() else ROOT / source
    return HandList(path.stem, source_path, report, tuple(rows))


def whole_words(subject: str, sentence: str) -> bool:
    """The subject is made of pieces of the sentence, each beginning and ending at a word boundary."""
    if not subject:
        return True
    from reportdesk.text.tokenize import boundaries

    cuts = boundaries(sentence)
    reach = [False] * (len(subject) + 1)
    reach[0] = True
    for i in range(len(subject)):
        if not reach[i]:
            continue
        for j in range(i + 1, len(subject) + 1):
            piece = subject[i:j]
            if any(m.start() in cuts and m.start() + len(piece) in cuts
                   for m in re.finditer(re.escape(piece), sentence)):
                reach[j] = True
    return reach[-1]


def subject_right(expected: Expected, subject: str, sentence: str) -> bool:
    return (any(all(word in subject for word in alternative) for alternative in expected.subjects)
            and whole_words(subject, sentence))


def _same(expected: Expected, fact) -> bool:
    if expected.unit != fact.unit:
        return False
    if expected.value is None:
        return fact.masked
    return not fact.masked and fact.value is not None and abs(fact.value - expected.value) < 1e-9


def score(hand: HandList, facts: list) -> Score:
    """Match the list's lines to the facts of its report (facts of that report only, in reading order)."""
    taken: set[int] = set()
    misses = []
    for row in hand.rows:
        k = next((k for k, f in enumerate(facts) if k not in taken and _same(row, f)
                  and subject_right(row, f.subject, f.sentence)), None)
        if k is None:
            misses.append(row)
        else:
            taken.add(k)
    false = [f for k, f in enumerate(facts) if k not in taken]
    return Score(hand.name, len(facts), len(hand.rows), len(taken), misses, false)


def facts_of(hands: list[HandList]) -> dict[str, list]:
    """Each list's facts: the sources read and aligned together as the window would."""
    from reportdesk.align import align_files
    from reportdesk.figures.facts import collect_facts
    from reportdesk.jobs import parse_files

    out = {}
    by_folder: dict[bool, list[HandList]] = {}
    for hand in hands:
        by_folder.setdefault(hand.source.parent == ROOT / "seeds", []).append(hand)
    for seeds, group in by_folder.items():
        sources = [ROOT / "seeds"] if seeds else sorted({h.source for h in group})
        facts = collect_facts(align_files(parse_files(sources, isolate=False, cache=False)))
        for hand in group:
            out[hand.name] = [f for f in facts if Path(f.path).resolve() == hand.source.resolve()
                              and f.report == hand.report]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("lists", nargs="*", help="names of lists (default: all)")
    parser.add_argument("-v", "--verbose", action="store_true", help="print misses and false figures")
    args = parser.parse_args(argv)
    paths = sorted(LISTS.glob("*.tsv"))
    if args.lists:
        paths = [p for p in paths if p.stem in args.lists]
    hands = [read_list(p) for p in paths]
    missing = [h for h in hands if not h.source.exists()]
    for hand in missing:
        print(f"{hand.name}: {hand.source} is not here, skipped")
    hands = [h for h in hands if h.source.exists()]
    facts = facts_of(hands)
    print(f"{'list':<22}{'found':>7}{'listed':>8}{'right':>7}{'precision':>11}{'recall':>8}")
    for hand in hands:
        s = score(hand, facts[hand.name])
        print(f"{s.name:<22}{s.found:>7}{s.expected:>8}{s.right:>7}{s.precision:>11.3f}{s.recall:>8.3f}")
        if args.verbose:
            for row in s.misses:
                print(f"   miss  {row.written}\t{'|'.join(' '.join(a) for a in row.subjects)}")
            for f in s.false:
                value = "X" if f.masked else f"{f.value:g}"
                ok = "" if whole_words(f.subject, f.sentence) else "  [not whole words]"
                print(f"   false {value}{f.unit}\t{f.subject}{ok}\t| {f.sentence[:70]}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
