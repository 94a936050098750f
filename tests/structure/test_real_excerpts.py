"""Two trimmed real provincial reports (2025): identity and parts as a reader sees them.

福建: no part words in its headings; the plans are told by their text. 宁夏: the title
has the short name, the region is the full one."""
from pathlib import Path

from reportdesk.jobs import parse_files

DATA = Path(__file__).resolve().parents[1] / "data" / "gov2025"


def report(name):
    (parsed,) = parse_files([DATA / name])
    (found,) = parsed.reports
    return found


def test_fujian_plans_without_part_words():
    r = report("福建节选.txt")
    assert (r.title, r.region, r.name, r.date) == ("2025年福建省政府工作报告", "福建省", "福建省 2025", "2025年1月13日")
    assert [(s.marker, s.part) for s in r.sections] == [("一、", "achievements"), ("二、", "plans"), ("三、", "plans")]
    assert [c.marker for c in r.sections[0].children][:2] == ["（一）", "（二）"]  # 一年来的主要工作是： is text


def test_ningxia_full_region_from_the_short_name():
    r = report("宁夏节选.txt")
    assert (r.title, r.region, r.name) == ("2025年宁夏政府工作报告", "宁夏回族自治区", "宁夏回族自治区 2025")
    assert [(s.title, s.part) for s in r.sections] == [("2024年工作回顾", "achievements"), ("2025年目标任务", "plans")]
