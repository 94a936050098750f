"""The list of who must report (报送名单): the units, read from what a clerk has at hand.

A clerk types or pastes the units (one a line, or 溆浦县、长葛市、… as the notice listed them),
or gives the .txt or .xlsx the notice came with. The list is kept with the project and can
be saved as a .txt for the next batch. The user's corrections of which report belongs to
which unit are kept with it.
"""
from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path

from reportdesk.files import long_path, write_atomically
from reportdesk.model.errors import UserError

MAX_LIST_BYTES = 5 * 1024 * 1024  # a list of units, not a report: a bigger file is the wrong one
MAX_UNITS = 2000
_NUMBERING = re.compile(r"^\s*(?:[（(]?\d{1,3}[)）.、．:：]?|[一二三四五六七八九十]{1,3}[、.．]|[①-⑳])\s*")
_SEPARATORS = re.compile(r"[、，,；;\t|/]+")
_HEADER = re.compile(r"^(?:序号|单位|单位名称|地区|报送单位|名称|县市区|市州|区县)$")
_COLUMN = re.compile(r"单位|地区|名称|县|市|区")


class RosterError(UserError, ValueError):
    """A list that cannot be read; the message says why."""


@dataclass(frozen=True)
class Roster:
    """The units expected to report, in the order the list gives them, and the user's
    corrections: (report id, unit), the unit "" meaning that the report is no unit's."""

    units: tuple[str, ...]
    matches: tuple[tuple[str, str], ...] = ()

    def correct(self, report_id: str, unit: str | None) -> "Roster":
        """The report matched to `unit` ("" none, None: as matched automatically)."""
        kept = tuple((r, u) for r, u in self.matches if r != report_id)
        return Roster(self.units, kept if unit is None else kept + ((report_id, unit),))

    def to_dict(self) -> dict:
        return {"units": list(self.units), "matches": [list(m) for m in self.matches]}

    @staticmethod
    def from_dict(data: dict) -> "Roster":
        units = tuple(str(u) for u in data.get("units") or [] if str(u).strip())
        matches = tuple((str(r), str(u)) for r, u in data.get("matches") or [])
        return Roster(units, matches)


def parse_units(text: str) -> tuple[str, ...]:
    """The units in a pasted or typed text: one a line or separated by 、，; numbering, a
    header (单位名称) and repeats left out."""
    units: list[str] = []
    for line in text.splitlines():
        for piece in _SEPARATORS.split(line):
            name = _NUMBERING.sub("", piece).strip(" 　\"'“”：:。.")
            if name and not _HEADER.match(name) and not name.isdigit() and name not in units:
                units.append(name)
    return tuple(units[:MAX_UNITS])


def read_units(path: str | Path) -> tuple[str, ...]:
    """The units in a .txt (one a line) or in the column of an .xlsx that names them."""
    path = Path(path)
    try:
        data = Path(long_path(path)).read_bytes()[:MAX_LIST_BYTES + 1]
    except OSError as exc:
        raise RosterError(f"无法读取名单“{path.name}”：{exc.strerror or exc}") from exc
    if len(data) > MAX_LIST_BYTES:
        raise RosterError(f"“{path.name}”超过 5 MB，不像是单位名单，请检查是否选错了文件")
    if data.startswith(b"PK"):
        units = _xlsx_units(path, data)
    else:
        from reportdesk.ingest.encoding import UndecodableError, decode_text

        try:
            units = parse_units(decode_text(data).text)
        except UndecodableError as exc:
            raise RosterError(f"无法识别名单“{path.name}”的文字编码，请另存为 UTF-8 或 GBK 的 .txt") from exc
    if not units:
        raise RosterError(f"名单“{path.name}”中没有找到单位名称（.txt 每行一个；.xlsx 放在一列中）")
    return units


def save_units(path: str | Path, units: tuple[str, ...]) -> None:
    """The list as a .txt, one unit a line (UTF-8 with BOM, so that Notepad opens it right)."""
    write_atomically(path, ("\ufeff" + "\r\n".join(units) + "\r\n").encode("utf-8"))


def _xlsx_units(path: Path, data: bytes) -> tuple[str, ...]:
    """The column whose header names units (单位, 地区, 县市区…), else the first column with text."""
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        rows = [[("" if v is None else str(v).strip()) for v in row]
                for row in book.worksheets[0].iter_rows(max_row=MAX_UNITS + 1, max_col=30, values_only=True)]
        book.close()
    except Exception as exc:  # openpyxl raises many kinds for a file that is not a workbook
        raise RosterError(f"无法读取名单“{path.name}”：不是有效的 Excel 表格（.xlsx）") from exc
    rows = [row for row in rows if any(row)]
    if not rows:
        return ()
    header = rows[0]
    column = next((k for k, v in enumerate(header) if _COLUMN.search(v) and not v.isdigit() and len(v) <= 8), None)
    if column is None:
        column = next((k for k in range(len(header)) if any(_text(r, k) for r in rows)), 0)
        body = rows
    else:
        body = rows[1:]
    return parse_units("\n".join(_text(row, column) for row in body))


def _text(row: list[str], column: int) -> str:
    value = row[column] if column < len(row) else ""
    return value if re.search(r"[\u4e00-\u9fffA-Za-z]", value) else ""
