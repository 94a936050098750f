"""Compare parsed reports with a hand-written expected outline (tests/data/*.outline).

The outline format: '@file NAME', '@report KEY | title | region or - | period', then one
line per heading 'DEPTH TEXT {part} [topic]'. Headings are matched in order by their
normalised title (marker, width and spacing ignored); a match needs 0.8 similarity.
"""
from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

_LINE = re.compile(r"^(\d+)\s+(.*?)\s*(?:\{(\w+)\})?\s*(?:\[(\w+)\])?\s*$")
_MARKER = re.compile(r"^(?:[一二三四五六七八九十]+[、.．是]|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、]|[①-⑳])")


@dataclass
class GoldReport:
    key: str
    region: str | None
    period: str
    headings: list[tuple[int, str, str | None]] = field(default_factory=list)  # depth, title, part
    topics: list[str | None] = field(default_factory=list)


def read_gold(path: Path) -> dict[str, list[GoldReport]]:
    files: dict[str, list[GoldReport]] = {}
    name = None
    part: tuple[int, str] | None = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@file "):
            name = line.split(None, 1)[1]
            files[name] = []
        elif line.startswith("@report "):
            key, _title, region, period = [x.strip() for x in line[8:].split("|")]
            files[name].append(GoldReport(key, None if region == "-" else region, period))
            part = None
        else:
            depth, text, own_part, topic = _LINE.match(line).groups()
            depth = int(depth)
            if own_part:
                part = (depth, own_part)
            elif part and depth <= part[0]:
                part = None
            files[name][-1].headings.append((depth, text, own_part or (part[1] if part else None)))
            files[name][-1].topics.append(topic)
    return files


def norm(title: str) -> str:
    text = unicodedata.normalize("NFKC", title)
    text = _MARKER.sub("", text.strip())
    return re.sub(r"\s+", "", text).strip("。.;；:：,，")


def match(gold: list[str], found: list[str]) -> list[tuple[int, int]]:
    """Longest order-preserving matching of similar titles."""
    sims = [[difflib.SequenceMatcher(None, norm(g), norm(f)).ratio() for f in found] for g in gold]
    n, m = len(gold), len(found)
    best = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            best[i][j] = max(best[i + 1][j], best[i][j + 1],
                             best[i + 1][j + 1] + 1 if sims[i][j] >= 0.8 else 0)
    pairs, i, j = [], 0, 0
    while i < n and j < m:
        if sims[i][j] >= 0.8 and best[i][j] == best[i + 1][j + 1] + 1:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif best[i + 1][j] >= best[i][j + 1]:
            i += 1
        else:
            j += 1
    return pairs


@dataclass
class Score:
    gold: int = 0
    found: int = 0
    matched: int = 0
    depth_ok: int = 0
    part_ok: int = 0
    part_n: int = 0
    topic_ok: int = 0
    topic_n: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def f1(self) -> float:
        p = self.matched / self.found if self.found else 0
        r = self.matched / self.gold if self.gold else 0
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def depth(self) -> float:
        return self.depth_ok / self.matched if self.matched else 0.0

    @property
    def topic(self) -> float:
        return self.topic_ok / self.topic_n if self.topic_n else 1.0

    @property
    def part(self) -> float:
        return self.part_ok / self.part_n if self.part_n else 1.0


def score_report(score: Score, gold: GoldReport, report, topics: dict | None = None) -> None:
    """Add one report's comparison; `topics` maps id(section) to its topic, if aligned."""
    sections = list(report.walk()) if report is not None else []
    gold_titles = [t for _, t, _ in gold.headings]
    pairs = match(gold_titles, [s.heading for s in sections])
    score.gold += len(gold_titles)
    score.found += len(sections)
    score.matched += len(pairs)
    gold_rank = _ranks([d for d, _, _ in gold.headings])
    found_rank = _ranks([s.depth for s in sections])
    for i, j in pairs:
        score.depth_ok += gold_rank[i] == found_rank[j]
        if gold.headings[i][2]:
            score.part_n += 1
            score.part_ok += sections[j].part == gold.headings[i][2]
        if gold.topics[i] and topics is not None:
            score.topic_n += 1
            score.topic_ok += topics.get(id(sections[j])) == gold.topics[i]
    hit = {i for i, _ in pairs}
    score.misses += [f"{gold.key}: {t}" for k, t in enumerate(gold_titles) if k not in hit]


def _ranks(depths: list[int]) -> list[int]:
    used = sorted(set(depths))
    return [used.index(d) for d in depths]
