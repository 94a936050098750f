"""Differences too small to list between two reports (比较两篇): folded, not dropped.

Two regions' reports that share a sentence seldom share it letter for letter: 美丽北京建设 and
美丽江苏建设, 今年 and 全年, a 的 more. One region's two periods move every year by one. Listed,
such edits bury the differences a clerk is looking for, so a paired sentence whose edit is
wording only is marked trivial and the list folds it under a count.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from reportdesk.compare.copies import same_region_earlier
from reportdesk.compare.diff import Piece
from reportdesk.compare.sentences import place_names
from reportdesk.model import ReportRef
from reportdesk.text.tokenize import tokens

TRIVIAL_CHARS = 4  # a changed run this short holding no content word is wording
SWAP_CHARS = 2  # between regions, one word this short swapped for another
_FIGURE_RE = re.compile(r"[0-9０-９零〇一二两三四五六七八九十百千万亿%％]")


@dataclass(frozen=True)
class Fold:
    """What makes an edit trivial between these two reports (`trivial_change`)."""

    names_a: frozenset[str] = frozenset()  # the reports' own place names (北京市, 北京)
    names_b: frozenset[str] = frozenset()
    year_gap: int = 0  # one region's two periods: how many years apart (2023年 → 2024年 is no change)
    edit: bool = False


def fold_of(a: ReportRef, b: ReportRef) -> Fold:
    """Two periods of one region are edits of one text; anything else is two texts."""
    edit = same_region_earlier(a, b) or same_region_earlier(b, a)
    ya, yb = a.report.year, b.report.year
    return Fold(_own_names(a.report.region), _own_names(b.report.region), (yb - ya) if edit and ya and yb else 0, edit)


def _own_names(region: str | None) -> frozenset[str]:
    return frozenset(n for n in place_names([region]) if region and n in region) if region else frozenset()


def trivial_change(pieces: list[Piece], fold: Fold = Fold()) -> bool:
    """Whether an edited sentence differs in wording only. Each changed run, without its
    punctuation and spaces, must be nothing; or no longer than TRIVIAL_CHARS on either side,
    with no figure and no content word (text.tokenize: stop words such as 今年, 进一步, particles);
    or the two reports' own names (美丽北京 → 美丽江苏); or, in one region's two periods, a
    year moved by the periods' distance (2023年 → 2024年). Between two regions a sentence
    both write with one short word swapped (建设 → 打造) is the same sentence too."""
    runs, old, new = [], "", ""
    for piece in [*pieces, Piece("equal", "")]:
        if piece.kind == "equal":
            if old or new:
                runs.append((_bare(old), _bare(new)))
            old = new = ""
        elif piece.kind == "delete":
            old += piece.text
        else:
            new += piece.text
    if not runs:
        return False
    if not fold.edit and len(runs) == 1 and all(0 < len(x) <= SWAP_CHARS and not _FIGURE_RE.search(x)
                                                for x in runs[0]):
        return True
    return all(_trivial_run(old, new, fold) for old, new in runs)


def _bare(text: str) -> str:
    return "".join(c for c in text if not c.isspace() and not unicodedata.category(c).startswith("P"))


def _trivial_run(old: str, new: str, fold: Fold) -> bool:
    if not old and not new:
        return True
    if (old or new) and (not old or old in fold.names_a) and (not new or new in fold.names_b):
        return True
    if fold.year_gap and old.isdigit() and new.isdigit() and int(new) - int(old) == fold.year_gap:
        return True
    return (len(old) <= TRIVIAL_CHARS and len(new) <= TRIVIAL_CHARS and not _FIGURE_RE.search(old + new)
            and not tokens(old) and not tokens(new))
