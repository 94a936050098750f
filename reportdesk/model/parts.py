"""The parts of a report (成效, 问题, 计划 ...): their names, and which the matrix shows."""
from __future__ import annotations

PARTS = ("overview", "achievements", "highlights", "problems", "plans")
# part -> (its name in the window and in outlines, its heading in a compiled document)
PART_TABLE = {
    "overview": ("基本情况", "基本情况"),
    "achievements": ("工作成效", "工作成效"),
    "highlights": ("特色亮点", "特色亮点"),
    "problems": ("存在问题", "存在问题"),
    "plans": ("工作计划", "下步打算"),
}

def part_name(part: str) -> str:
    """The part's name as the window and the outlines show it (工作计划)."""
    return PART_TABLE[part][0]

def part_heading(part: str) -> str:
    """The part's heading in a compiled document (下步打算)."""
    return PART_TABLE[part][1]

MATRIX_PARTS = ("achievements", "problems", "plans")  # highlights count as achievements

def matrix_part(part: str | None) -> str | None:
    """The matrix's part for a section's part (highlights count as achievements; the
    overview and sections outside any part have none)."""
    if part == "highlights":
        return "achievements"
    return part if part in MATRIX_PARTS else None

