"""Copy detection as plain data (`reportdesk copies --json`) and as text a person can read.

The JSON document::

    {"options": {"min_chars": 12, "threshold": 0.8},
     "reports": [{"name": "溆浦县",            # display name (ReportRef.label)
                  "id": "a.txt#1", "path": "…/a.txt", "title": "…", "region": "溆浦县" | null,
                  "year": 2021 | null, "period": "全年" | null,
                  "chars": 4616,                # characters, white space not counted
                  "own": 0.97, "boilerplate": 0.03, "copied": 0.0, "reused": 0.0,
                                                # shares of chars, 0..1, adding up to 1
                  "copied_from": [{"name", "id", "chars", "share"}]}],
                                                # whom its copied sentences are shared with
     "pairs": [{"a": "溆浦县", "b": "泸溪县",  # display names; a comes first in the input
                "a_id", "b_id",
                "kind": "copied" | "reused",    # reused: the same region, a later period
                "earlier": "溆浦县" | null,     # the one the dates say came first
                "copied_chars": 4594,           # characters of a's text in the passages
                "a_share": 0.99, "b_share": 0.99,  # those passages' share of each report
                "passages": [{"a_text", "b_text", "similarity",  # 0..1, Indel on the forms
                              "a_key", "b_key"}]}]}             # section keys, null: preamble

Pairs come most copied first; boilerplate (standard formulas, sentences a third of the
regions share) is never in a pair.
"""
from __future__ import annotations

from reportdesk.compare.copies import CopyReport
from reportdesk.text.width import pad


def copies_data(copies: CopyReport) -> dict:
    """The JSON document of `reportdesk copies --json`."""
    refs = {r.id: r for r in copies.reports}
    shares = {s.report_id: s for s in copies.shares}

    def share(part: int, whole: int) -> float:
        return round(part / whole, 4) if whole else 0.0

    reports = []
    for ref in copies.reports:
        s = shares[ref.id]
        reports.append({
            "name": ref.label, "id": ref.id, "path": ref.path, "title": ref.report.title,
            "region": ref.report.region, "year": ref.report.year, "period": ref.report.period,
            "chars": s.chars, "own": round(s.share("own"), 4), "boilerplate": round(s.share("boilerplate"), 4),
            "copied": round(s.share("copied"), 4), "reused": round(s.share("reused"), 4),
            "copied_from": [{"name": refs[other].label, "id": other, "chars": chars, "share": share(chars, s.chars)}
                            for other, chars in s.sources],
        })
    pairs = [{
        "a": refs[p.a].label, "b": refs[p.b].label, "a_id": p.a, "b_id": p.b, "kind": p.kind,
        "earlier": refs[p.earlier].label if p.earlier else None, "copied_chars": p.a_chars,
        "a_share": share(p.a_chars, shares[p.a].chars), "b_share": share(p.b_chars, shares[p.b].chars),
        "passages": [{"a_text": x.a.text, "b_text": x.b.text, "similarity": x.similarity,
                      "a_key": x.a.key, "b_key": x.b.key} for x in p.passages],
    } for p in copies.pairs]
    return {"options": {"min_chars": copies.options.min_chars, "threshold": copies.options.threshold},
            "reports": reports, "pairs": pairs}


def copies_text(copies: CopyReport, passages: int = 3) -> str:
    """A table of shares per report, then the pairs with their first passages."""
    data = copies_data(copies)
    lines = ["各报告文字构成（占字数比例）：", "",
             pad("报告", 18) + pad("字数", 8) + pad("自有", 8) + pad("套话", 8) + pad("雷同", 8)
             + pad("沿用往年", 10) + "雷同来源"]
    for r in data["reports"]:
        sources = "、".join(f"{s['name']} {_share(s['share'])}" for s in r["copied_from"][:3])
        lines.append(pad(r["name"], 18) + pad(str(r["chars"]), 8) + pad(f"{r['own']:.0%}", 8)
                     + pad(f"{r['boilerplate']:.0%}", 8) + pad(f"{r['copied']:.0%}", 8)
                     + pad(f"{r['reused']:.0%}", 10) + sources)
    if not data["pairs"]:
        lines += ["", "未发现雷同段落（套话除外）。"]
    for p in data["pairs"]:
        kind = "沿用往年" if p["kind"] == "reused" else "雷同"
        order = f"，{p['earlier']}在先" if p["earlier"] else ""
        lines += ["", f"【{p['a']} ↔ {p['b']}】{kind} {len(p['passages'])} 句，"
                      f"占前者 {p['a_share']:.0%}、后者 {p['b_share']:.0%}{order}"]
        for x in p["passages"][:passages]:
            lines.append(f"  {x['similarity']:.0%}  {p['a']}：{x['a_text'].strip()}")
            lines.append(f"        {p['b']}：{x['b_text'].strip()}")
        if len(p["passages"]) > passages:
            lines.append(f"  …… 另有 {len(p['passages']) - passages} 句")
    return "\n".join(lines)


def _share(share: float) -> str:
    """A share as a reader takes it: under one per cent it still says something was shared."""
    return f"{share:.0%}" if share >= 0.005 or share == 0 else "不到1%"
