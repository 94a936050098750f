"""How wide a text is on a fixed-pitch screen or in a spreadsheet column: CJK counts two."""
from __future__ import annotations

WIDE_FROM = 0x2E80  # CJK radicals onwards (ideographs, kana, fullwidth forms) are double width


def display_width(text: str) -> int:
    return sum(2 if ord(c) > WIDE_FROM else 1 for c in text)


def pad(text: str, width: int) -> str:
    """The text and spaces to fill `width` columns (at least one space: columns never touch)."""
    return text + " " * max(1, width - display_width(text))
