"""Heading markers: what opens a heading and what only looks like one."""
import pytest

from reportdesk.structure.markers import canonical, match_marker


@pytest.mark.parametrize("text, kind, ordinal, printed", [
    ("一、基本情况", "cn", 1, "一、"),
    ("十一、加强管理", "cn", 11, "十一、"),
    ("（三）队伍建设", "cn_paren", 3, "（三）"),
    ("(四) 着眼公平", "cn_paren", 4, "（四）"),
    ("2.推进项目", "num", 2, "2."),
    ("3、师资队伍", "num", 3, "3、"),
    ("（1）闲置校舍", "num_paren", 1, "（1）"),
    ("⑵控辍保学", "num_paren", 2, "⑵"),
    ("②加强管理", "circled", 2, "②"),
    ("一是压实责任", "shi", 1, "一是"),
    ("第二，加强管理", "di", 2, "第二，"),
    ("第一章 总则", "chapter", 1, "第一章"),
    ("三、一体化推进", "cn", 3, "三、"),
])
def test_markers(text, kind, ordinal, printed):
    marker = match_marker(text)
    assert (marker.kind, marker.ordinal, canonical(marker)) == (kind, ordinal, printed)


@pytest.mark.parametrize("text", [
    "一、二批次幼儿园",  # an enumeration of numerals
    "二、三中全会精神",
    "1.5万元",  # a decimal
    "2、3月份",
    "统一是前提",  # 一是 inside a word
    "第一种形态",
    "2021年工作",
    "12%的学校",
    "一实校城南校区",
])
def test_look_alikes_are_not_markers(text):
    assert match_marker(text) is None


def test_marker_inside_a_line_needs_its_position():
    text = "完成第一、二批次"
    assert match_marker(text, text.index("一")) is None
    assert match_marker("教育发展2.加强管理", 4).ordinal == 2
