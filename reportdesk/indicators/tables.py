"""Facts as pandas tables: long (one row per fact) and wide (reports × canonical indicators),
and their CSV (UTF-8 with BOM, for Excel) and XLSX files."""
from __future__ import annotations

import io
from pathlib import Path

from reportdesk.indicators.facts import Fact
from reportdesk.files import write_atomically

LONG_COLUMNS = ["name", "file", "report", "region", "topic", "subject", "indicator", "value", "unit", "approx", "change",
                "masked", "sentence", "share", "breakdown", "section", "part", "start", "end"]
HEADERS_ZH = {"name": "报告", "file": "文件", "report": "报告序号", "region": "地区", "topic": "主题", "subject": "主语",
              "indicator": "指标", "value": "数值", "unit": "单位", "approx": "约数", "change": "变化量",
              "masked": "已隐去", "sentence": "原句", "share": "比例", "breakdown": "其中项", "section": "所在章节", "part": "部分",
              "start": "起", "end": "止"}


def long_table(facts: list[Fact], topic_names: dict[str, str] | None = None):
    import pandas as pd

    rows = [{"name": f.name, "file": Path(f.path).name, "report": f.report, "region": f.region or "", "topic": f.topic or "",
             "subject": f.subject, "indicator": f.indicator_name, "value": f.value, "unit": f.unit,
             "approx": f.approx, "change": f.change, "masked": f.masked, "sentence": f.sentence,
             "share": f.share, "breakdown": f.breakdown, "section": f.section, "part": f.part or "", "start": f.start, "end": f.end}
            for f in facts]
    frame = pd.DataFrame(rows, columns=LONG_COLUMNS)
    if topic_names:
        frame["topic"] = frame["topic"].map(lambda t: topic_names.get(t, t))
    return frame


def wide_table(facts: list[Fact]):
    """Reports (by display name) × canonical indicators: the level reported. Changes and parts of
    totals (其中…) are left out; where a report gives a level twice, the larger (the headline
    figure) counts."""
    import pandas as pd

    rows = [{"name": f.name, "indicator": f"{f.indicator_name}（{f.unit}）",
             "value": f.value} for f in facts
            if f.indicator and not f.masked and not f.change and not f.breakdown and f.value is not None]
    if not rows:
        return pd.DataFrame()
    frame = pd.DataFrame(rows)
    return frame.pivot_table(index="name", columns="indicator", values="value", aggfunc="max", sort=False)


def write_csv(frame, target: str | Path, chinese_headers: bool = False) -> None:
    data = (frame.rename(columns=HEADERS_ZH) if chinese_headers else frame).to_csv(index=frame.index.name is not None)
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
            longest = max([_width(str(column))] + [_width(str(v)) for v in list(values)[:500]])
            letter = sheet.cell(row=1, column=k).column_letter
            sheet.column_dimensions[letter].width = min(60, max(6, longest + 2))
        sheet.freeze_panes = "B2" if wide else "A2"
    write_atomically(target, buffer.getvalue())


def _width(text: str) -> int:
    return sum(2 if ord(c) > 0x2E80 else 1 for c in text)
