"""The coverage matrix as plain data (for --json) and as text tables a person can read."""
from __future__ import annotations

import unicodedata

from reportdesk.model import MATRIX_PARTS, Alignment, part_name


def alignment_data(alignment: Alignment) -> dict:
    """The JSON document of `reportdesk align --json`."""
    sections = {s.key: s for s in alignment.sections}
    return {
        "taxonomy": alignment.taxonomy_id,
        "taxonomy_scores": [{"id": i, "name": n, "score": s} for i, n, s in alignment.taxonomy_scores],
        "taxonomy_margin": alignment.taxonomy_margin,
        "misfits": list(alignment.taxonomy_misfits),
        "reports": [{"id": r.id, "path": r.path, "name": r.label, "title": r.report.title, "region": r.report.region,
                     "period": r.report.period} for r in alignment.reports],
        "topics": [{"id": topic_id, "name": name} for topic_id, name in alignment.topics],
        "cells": [{"report": c.report_id, "part": c.part, "topic": c.topic,
                   "sections": [{"title": sections[k].section.heading, "chars": sections[k].section.chars,
                                 "score": alignment.assignment(k).score} for k in c.keys]}
                  for c in alignment.cells],
    }


def alignment_text(alignment: Alignment) -> str:
    """One table per part: topics as rows, reports as columns, characters written per cell."""
    lines = [f"主题表：{alignment.taxonomy_name}" + _choice_note(alignment), ""]
    labels = [r.label for r in alignment.reports]
    lines.append("报告：")
    for k, ref in enumerate(alignment.reports, 1):
        lines.append(f"  [{k}] {labels[k - 1]}  {ref.report.title}  （{ref.path}）")
    topic_width = max(_width(name) for _, name in alignment.topics) + 2
    for part in MATRIX_PARTS:
        cells = {(c.report_id, c.topic): c for c in alignment.cells if c.part == part}
        if not cells:
            continue
        lines += ["", f"【{part_name(part)}】（每格为该报告在此主题下的字数，— 表示未写）"]
        header = _pad("主题", topic_width) + "".join(_pad(f"[{k}]", 8) for k in range(1, len(labels) + 1))
        lines.append(header)
        for topic_id, name in alignment.topics:
            row = [cells.get((r.id, topic_id)) for r in alignment.reports]
            if not any(row):
                continue
            lines.append(_pad(name, topic_width) + "".join(_pad(str(c.chars) if c else "—", 8) for c in row))
    return "\n".join(lines)


def _choice_note(alignment: Alignment) -> str:
    """（得分 政府工作报告 0.31，教育工作总结 0.12；领先 2.6 倍） and the reports that fit another list."""
    if not alignment.taxonomy_scores:
        return ""
    scores = "，".join(f"{name} {score:.2f}" for _, name, score in alignment.taxonomy_scores)
    note = f"（得分 {scores}；领先 {alignment.taxonomy_margin:.1f} 倍）"
    if alignment.taxonomy_misfits:
        labels = {r.id: r.label for r in alignment.reports}
        note += "\n  更适合其他主题表的报告：" + "、".join(labels.get(i, i) for i in alignment.taxonomy_misfits)
    return note


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(1, width - _width(text))
