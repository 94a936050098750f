"""The coverage matrix as plain data (for --json) and as text tables a person can read."""
from __future__ import annotations

from reportdesk.model import MATRIX_PARTS, Alignment, TopicList, part_name
from reportdesk.text.width import display_width, pad


def alignment_data(alignment: Alignment) -> dict:
    """The JSON document of `reportdesk align --json`: each cell lists its passages (the
    section they are in, offsets in the report's text as `model.report_text` lays it out,
    characters); topics a report names only in passing are listed apart (`mentions`). Topic
    ids are those of their list; `lists` says which list each report uses (a mixed set of
    education and government reports uses both)."""
    def passages(cell):
        return [{"key": p.key, "section": p.section_key, "headings": list(p.headings), "start": p.start,
                 "end": p.end, "chars": p.chars, "score": alignment.passage_topic(p.key).score}
                for p in (alignment.passage(k) for k in cell.keys)]

    def plain(topic: str) -> str:  # topic ids as their list names them ("government:economy" -> economy)
        owner = alignment.list_of_topic(topic)
        return topic[len(owner.id) + 1:] if owner is not None and topic.startswith(owner.id + ":") else topic

    def cells(found):
        return [{"report": c.report_id, "part": c.part, "topic": plain(c.topic),
                 "list": alignment.list_of_topic(c.topic).id, "chars": c.chars, "passages": passages(c)}
                for c in found]

    return {
        "taxonomy": alignment.taxonomy_id,
        "taxonomy_scores": [{"id": i, "name": n, "score": s} for i, n, s in alignment.taxonomy_scores],
        "taxonomy_margin": alignment.taxonomy_margin,
        "misfits": list(alignment.taxonomy_misfits),
        "reports": [{"id": r.id, "path": r.path, "name": r.label, "title": r.report.title, "region": r.report.region,
                     "period": r.report.period, "list": alignment.list_of_report(r.id).id} for r in alignment.reports],
        "topics": [{"id": plain(topic_id), "name": name, "list": alignment.list_of_topic(topic_id).id}
                   for topic_id, name in alignment.topics],
        "lists": [{"id": t.id, "name": t.name, "reports": list(t.reports), "fits": t.fits} for t in alignment.lists],
        "cells": cells(alignment.cells),
        "mentions": cells(alignment.mentions),
    }


def alignment_text(alignment: Alignment) -> str:
    """Per topic list in use, one table per part: topics as rows, the list's reports as
    columns, characters written per cell (提及: named only in passing; —: nothing)."""
    lines = []
    for k, topic_list in enumerate(alignment.lists):
        lines += _list_text(alignment, topic_list, _choice_note(alignment) if k == 0 else "")
    return "\n".join(lines)


def _list_text(alignment: Alignment, topic_list: TopicList, note: str) -> list[str]:
    count = f"（{len(topic_list.reports)} 篇）" if len(alignment.lists) > 1 else ""
    title = f"主题表：{topic_list.name}{count}" if topic_list.fits else f"以下报告没有适用的主题表，按内容相似度分组{count}"
    lines = [title + note, ""]
    reports = [alignment.report(r) for r in topic_list.reports]
    lines.append("报告：")
    for k, ref in enumerate(reports, 1):
        lines.append(f"  [{k}] {ref.label}  {ref.report.title}  （{ref.path}）")
    topic_width = max((display_width(name) for _, name in topic_list.topics), default=4) + 2
    for part in MATRIX_PARTS:
        cells = {(c.report_id, c.topic): c for c in alignment.cells if c.part == part}
        named = {(c.report_id, c.topic) for c in alignment.mentions if c.part == part}
        if not any((r.id, t) in cells for r in reports for t, _ in topic_list.topics):
            continue
        lines += ["", f"【{part_name(part)}】（每格为该报告在此主题下的字数，提及 表示只是顺带提到，— 表示未写）"]
        lines.append(pad("主题", topic_width) + "".join(pad(f"[{k}]", 8) for k in range(1, len(reports) + 1)))
        for topic_id, name in topic_list.topics:
            row = [cells.get((r.id, topic_id)) for r in reports]
            if not any(row):
                continue
            shown = [str(c.chars) if c else "提及" if (r.id, topic_id) in named else "—" for c, r in zip(row, reports)]
            lines.append(pad(name, topic_width) + "".join(pad(text, 8) for text in shown))
    return lines + [""]


def _choice_note(alignment: Alignment) -> str:
    """（得分 政府工作报告 0.31，教育工作总结 0.12；领先 2.6 倍） and the reports that fit another list."""
    if not alignment.taxonomy_scores:
        return ""
    scores = "，".join(f"{name} {score:.2f}" for _, name, score in alignment.taxonomy_scores)
    note = f"（得分 {scores}；领先 {alignment.taxonomy_margin:.1f} 倍）"
    if alignment.taxonomy_misfits:
        note += f"\n  另有 {len(alignment.taxonomy_misfits)} 篇报告不用此表，见后"
    return note
