"""Facts as pandas tables: long (one row per fact) and wide (reports × canonical indicators),
and their CSV (UTF-8 with BOM, for Excel) and XLSX files."""
from __future__ import annotations

import io
from pathlib import Path

from reportdesk.files import write_atomically
from reportdesk.figures.facts import Fact
from reportdesk.members import file_label
from reportdesk.sheets import as_text, csv_text
from reportdesk.text.width import display_width

LONG_COLUMNS = ["name", "file", "report", "region", "topic", "subject", "indicator", "value", "unit", "approx", "change",
                "masked", "sentence", "share", "breakdown", "section", "part", "start", "end"]
HEADERS_ZH = {"name": "报告", "file": "文件", "report": "报告序号", "region": "地区", "topic": "主题", "subject": "主语",
              "indicator": "指标", "value": "数值", "unit": "单位", "approx": "约数", "change": "变化量",
              "masked": "已隐去", "sentence": "原句", "share": "比例", "breakdown": "其中项", "section": "所在章节", "part": "部分",
              "start": "起", "end": "止"}


def long_table(facts: list[Fact], topic_names: dict[str, str] | None = None):
    import pandas as pd

    rows = [{"name": f.name, "file": file_label(f.path), "report": f.report, "region": f.region or "", "topic": f.topic or "",
             "subject": f.subject, "indicator": f.indicator_name, "value": f.value, "unit": f.unit,
             "approx": f.approx, "change": f.change, "masked": f.masked, "sentence": f.sentence,
             "share": f.share, "breakdown": f.breakdown, "section": f.section, "part": f.part or "", "start": f.start, "end": f.end}
            for f in facts]
    frame = pd.DataFrame(rows, columns=LONG_COLUMNS)
    if topic_names:
        frame["topic"] = frame["topic"].map(lambda t: topic_names.get(t, t))
    return frame


WIDE_PARTS = {"achievements": ("achievements", "highlights", "overview", None), "problems": ("problems",),
              "plans": ("plans",)}


def pivot_cells(facts: list[Fact], part: str | None = "achievements") -> dict[tuple[str, str], Fact]:
    """(report name, "indicator（unit）") -> the fact that gives it, for one part (what was
    achieved, or the targets of the plans; None: every part): the level reported, or the
    rate of change for an indicator that is one (增长 %). Other changes and parts of totals
    (其中…) are left out. Where a report gives a figure twice, the first counts: reports
    state the headline figure before the details (城市、行业的数字)."""
    parts = WIDE_PARTS.get(part) if part else None
    cells: dict[tuple[str, str], Fact] = {}
    for f in facts:
        if (f.indicator and not f.masked and (f.growth or not f.change) and not f.breakdown and f.value is not None
                and (parts is None or f.part in parts)):
            cells.setdefault((f.name, f"{f.indicator_name}（{f.unit}）"), f)
    return cells


def wide_table(facts: list[Fact], part: str | None = "achievements"):
    """Reports (by display name) × canonical indicators: the values of `pivot_cells`."""
    import pandas as pd

    cells = pivot_cells(facts, part)
    if not cells:
        return pd.DataFrame()
    rows = [{"name": name, "indicator": indicator, "value": f.value} for (name, indicator), f in cells.items()]
    return pd.DataFrame(rows).pivot_table(index="name", columns="indicator", values="value", aggfunc="first",
                                          sort=False)


def write_csv(frame, target: str | Path, chinese_headers: bool = False) -> None:
    shown = (frame.rename(columns=HEADERS_ZH) if chinese_headers else frame).map(csv_text)
    shown.index = shown.index.map(csv_text)
    data = shown.to_csv(index=frame.index.name is not None)
    write_atomically(target, ("\ufeff" + data).encode("utf-8"))  # the BOM makes Excel read UTF-8


def write_xlsx(frame, target: str | Path) -> None:
    """Chinese headers, sensible column widths, numbers stored as numbers."""
    import pandas as pd

    buffer = io.BytesIO()
    wide = frame.index.name is not None
    shown = frame.rename(columns=HEADERS_ZH)
    if wide:
        shown.index.name = HEADERS_ZH.get(frame.index.name, frame.index.name)
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        shown.to_excel(writer, index=wide, sheet_name="指标")
        sheet = writer.sheets["指标"]
        for k, column in enumerate(([shown.index.name or ""] if wide else []) + list(shown.columns), 1):
            values = shown.index if (wide and k == 1) else shown[column]
            longest = max([display_width(str(column))] + [display_width(str(v)) for v in list(values)[:500]])
            letter = sheet.cell(row=1, column=k).column_letter
            sheet.column_dimensions[letter].width = min(60, max(6, longest + 2))
        sheet.freeze_panes = "B2" if wide else "A2"
        as_text(writer.book)  # before the writer saves: a figure's sentence is never a formula
    write_atomically(target, buffer.getvalue())

