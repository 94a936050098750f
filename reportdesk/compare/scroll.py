"""Synchronised scrolling between columns whose texts are made of corresponding segments.

Each column shows the sections one report wrote on a topic, one after another. A
position in one column maps to the same relative position inside the corresponding
segment of another (the k-th section to the k-th, the last one where a column has
fewer), so that reading down one report keeps the others at the matching place.
"""
from __future__ import annotations

from bisect import bisect_right


def map_position(position: float, source: list[tuple[float, float]], target: list[tuple[float, float]]) -> float:
    """Map a position through segment boundaries [(start, end), ...] of source to target."""
    if not source or not target:
        return 0.0
    starts = [s for s, _ in source]
    k = max(0, bisect_right(starts, position) - 1)
    start, end = source[k]
    fraction = 0.0 if end <= start else min(1.0, max(0.0, (position - start) / (end - start)))
    t_start, t_end = target[min(k, len(target) - 1)]
    if k >= len(target):  # the target has no such segment: stay at the end of its last one
        return t_end
    return t_start + fraction * (t_end - t_start)
