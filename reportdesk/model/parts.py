"""The parts of a report (成效, 问题, 计划 ...): their names, and which the matrix shows."""
from __future__ import annotations

PARTS = ("overview", "achievements", "highlights", "problems", "plans")
# part -> its one name: the window, the outlines, the export dialog and the compilations'
# headings all read it here, so a clerk never meets one part under two names
PART_TABLE = {
    "overview": "基本情况",
    "achievements": "工作成效",
    "highlights": "特色亮点",
    "problems": "存在问题",
    "plans": "工作计划",
}

def part_name(part: str) -> str:
    """The part's name (工作计划), wherever it is shown or printed."""
    return PART_TABLE[part]

MATRIX_PARTS = ("achievements", "problems", "plans")  # highlights count as achievements

def matrix_part(part: str | None) -> str | None:
    """The matrix's part for a section's part (highlights count as achievements; the
    overview and sections outside any part have none)."""
    if part == "highlights":
        return "achievements"
    return part if part in MATRIX_PARTS else None

