"""Stock phrases: what a third of the regions write, found in the set of reports itself.

Reports of one kind are written from the same sources: provinces quote the central economic
work conference (推动科技创新和产业创新融合发展, 提升消费能力、意愿和层级), every congress report
sets the same indicators (居民消费价格涨幅2%左右) and ends on the same words. The bundled list
of formulas (formulas.py) cannot hold them all, and a sentence built of them differs from
report to report, so no family of whole sentences reaches a third of the regions. A run of
`PHRASE` characters of a sentence's form that a third of the regions write is a stock
phrase; two sentences are copied only when what they share beyond their stock phrases is
still the same sentence.
"""
from __future__ import annotations

from typing import Iterable

PHRASE = 8  # characters of a form (no punctuation, numbers as #, places as @)


def _runs(form: str) -> Iterable[str]:
    return (form[i:i + PHRASE] for i in range(len(form) - PHRASE + 1))


def stock_phrases(candidates: Iterable[str], written: Iterable[tuple[str, str]], wide: int) -> frozenset[str]:
    """The runs of the candidates' forms that `wide` or more regions write somewhere.
    `written`: every sentence's whole form (formulas left in) with its region. Only the
    candidates' runs are counted, so the work is one pass over the forms."""
    wanted = {run for form in candidates for run in _runs(form)}
    if not wanted:
        return frozenset()
    reach: dict[str, set[str]] = {}
    done: set[tuple[str, str]] = set()  # a form repeated in one region counts once
    for form, region in written:
        if len(form) < PHRASE or (form, region) in done:
            continue
        done.add((form, region))
        for run in _runs(form):
            if run in wanted:
                reach.setdefault(run, set()).add(region)
    return frozenset(run for run, regions in reach.items() if len(regions) >= wide)


def beyond_stock(form: str, phrases: frozenset[str]) -> str:
    """The form without its stock phrases."""
    if not phrases:
        return form
    covered = bytearray(len(form))
    for i, run in enumerate(_runs(form)):
        if run in phrases:
            covered[i:i + PHRASE] = b"\1" * PHRASE
    return "".join(c for c, hidden in zip(form, covered) if not hidden)
