"""Each idea is written once: a second definition of one of these fails here.

The check reads every module's string constants (ast), so that a copy pasted under another
name is found as well as one that imports the wrong thing."""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "reportdesk"


def constants() -> list[tuple[str, str]]:
    """(module path, string constant) of every str constant in the package."""
    found = []
    for path in ROOT.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.append((path.relative_to(ROOT).as_posix(), node.value))
    return found


def holders(test) -> set[str]:
    return {module for module, value in constants() if test(value)}


def sources(needle: str) -> set[str]:
    return {p.relative_to(ROOT).as_posix() for p in ROOT.rglob("*.py") if needle in p.read_text(encoding="utf-8")}


def test_one_set_of_sentence_ends():
    """The characters a sentence ends at are written only in text/sentences.py (a set of
    punctuation, not a message that happens to hold some). export/typesetting.py lists the marks a
    line may not start with, for breaking lines on the page: typesetting, not sentences."""
    def sentence_ends(value: str) -> bool:
        return ("。" in value and ("！" in value or "？" in value) and len(value) < 40
                and not any("\u4e00" <= c <= "\u9fff" for c in value))
    assert holders(sentence_ends) == {"text/sentences.py", "export/typesetting.py"}


def test_one_display_width():
    """Columns on a screen or in a sheet are counted by text/width.py only. export/typesetting.py
    measures glyphs in points for breaking lines on the page (Latin by its font's metrics)."""
    assert sources("east_asian_width(") | sources("0x2E80") | sources("sum(2 if") == {"text/width.py", "export/typesetting.py"}


def test_one_part_rule():
    """Highlights count as achievements: said only by model/parts.py."""
    assert sources('== "highlights"') | sources('"highlights": "achievements"') == {"model/parts.py"}


def test_one_other_topic():
    """The topic id of what fits no topic is model.OTHER; "other" elsewhere is not a topic id:
    compare/side_by_side_rows.py names the rows in no part so."""
    assert holders(lambda s: s == "other") == {"model/alignment.py", "compare/side_by_side_rows.py"}


def test_one_reading_of_report_ids():
    assert sources('rsplit("#"') == {"model/document.py"}


def test_one_list_of_region_suffixes_and_markers():
    assert holders(lambda s: "自治州" in s and "县" in s) == {"structure/places.py"}
    assert holders(lambda s: "一二三四五六七八九十]+是" in s) == set()  # 一是 is read by structure.markers.match_marker
