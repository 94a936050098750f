"""格式校对: each rule on a tiny literal report, and no finding on the headings of the examples."""
from pathlib import Path

import pytest

from reportdesk.jobs import parse_files
from reportdesk.model import Document, Paragraph
from reportdesk.structure import build_reports
from reportdesk.structure.checks import check_report

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
CLEAN = ("2021年长沙县教育工作总结", "2021年，我局坚持立德树人。", "一、主要工作", "（一）党建引领", "全年开展学习30次。",
         "（二）队伍建设", "补充教师120人。", "1.招聘", "公开招聘80人。", "2.培训", "培训教师2000人次。",
         "二、存在问题", "学位仍然紧张。", "三、下一步打算", "新建学校2所。")


def findings(*lines):
    (report,) = build_reports(Document("r.txt", tuple(Paragraph(t) for t in lines), "UTF-8"))
    return [(f.rule, f.place, f.message) for f in check_report(report)]


def only(*lines):
    (finding,) = findings(*lines)
    return finding


def test_a_clean_report_has_no_finding():
    assert findings(*CLEAN) == []


def test_a_skipped_number_names_the_missing_marker():
    rule, place, message = only("一、主要工作", "正文。", "二、亮点", "正文。", "四、存在问题", "正文。")
    assert rule == "numbering" and place == "四、存在问题"
    assert message == "“四、存在问题”的编号跳过了“三、”（前一个是“二、”）。"


def test_a_repeated_number_is_named():
    rule, place, message = only("一、主要工作", "（一）党建", "正文。", "（一）队伍", "正文。", "（二）安全", "正文。")
    assert rule == "numbering" and place == "（一）队伍" and "编号重复" in message


def test_numbers_out_of_order_are_named():
    skipped, disorder = findings("一、主要工作", "（一）党建", "正文。", "（三）队伍", "正文。", "（二）安全", "正文。")
    assert skipped[0] == disorder[0] == "numbering" and "跳过了“（二）”" in skipped[2]
    assert disorder[2] == "“（二）安全”排在“（三）”之后，编号顺序颠倒。"


def test_a_list_that_starts_past_one_is_named():
    rule, place, message = only("一、主要工作", "正文。", "（二）党建", "正文。", "（三）队伍", "正文。")
    assert rule == "numbering" and "缺少“（一）”" in message


def test_a_number_the_scanner_could_not_take_for_a_heading_is_no_gap():
    # "3．10种" reads as the decimal 3.10: the heading is there, so nothing was skipped
    assert findings("一、名词解释", "1.两重", "重大战略。", "2.两新", "设备更新。", "3．10种有色金属：铜、铅。",
                    "4.三个一律", "一律建立。") == []


def test_a_restart_under_an_unnumbered_heading_is_no_disorder():
    assert findings("一、工作安排", "（一）扩大内需", "正文。", "（二）科技创新", "正文。", "加强政府自身建设",
                    "（一）树牢正确政绩观", "正文。", "（二）攻坚克难抓落实", "正文。") == []


def test_a_marker_style_changed_midway_names_what_it_should_be():
    rule, place, message = only("一、主要工作", "（一）党建", "正文。", "（二）队伍", "正文。", "3.安全", "正文。")
    assert rule == "style" and place == "3.安全"
    assert "应为“（三）”" in message


def test_a_level_marked_differently_under_another_parent_is_named():
    lines = ["一、主要工作", "（一）党建", "正文。", "（二）队伍", "正文。", "二、主要亮点", "（一）课改", "正文。", "（二）集团化",
             "正文。", "三、存在问题", "1.学位紧张", "正文。", "2.师资不足", "正文。"]
    rule, place, message = only(*lines)
    assert rule == "style" and place == "1.学位紧张" and "编号样式应一致" in message


def test_brackets_half_width_in_one_marker_are_named():
    rule, place, message = only("一、主要工作", "（一）党建", "正文。", "（二)队伍", "正文。")
    assert rule == "width" and "一半全角一半半角" in message and "（二）" in message


def test_half_width_markers_among_full_width_ones_are_named_once_with_their_count():
    lines = ["一、主要工作", "（一）党建", "正文。", "（二）队伍", "正文。", "(三)安全", "正文。", "(四)后勤", "正文。",
             "（五）督导", "正文。", "（六）教研", "正文。"]
    rule, place, message = only(*lines)
    assert rule == "width" and place == "(三)安全" and "等2个标题" in message and "（一）" in message


def test_half_width_punctuation_in_a_heading_is_named():
    rule, place, message = only("一、坚持党的领导,党建质量不断提升", "正文。", "二、坚持立德树人", "正文。")
    assert rule == "width" and "半角标点“,”，应为全角“，”" in message


def test_a_level_whose_parent_level_is_missing_is_named():
    lines = ["一、主要工作", "（一）党建", "1.学习", "正文。", "2.督查", "正文。", "（二）队伍", "1.招聘", "正文。", "2.培训",
             "正文。", "二、主要亮点", "1.课改", "正文。", "2.集团化", "正文。"]
    found = [f for f in findings(*lines) if f[0] == "level"]
    assert len(found) == 1 and found[0][1] == "1.课改"
    assert "直接放在“二、主要亮点”下，缺少中间的“（一）”级标题" in found[0][2]


def test_the_title_year_against_the_year_the_text_reviews():
    rule, place, message = only("2021年溆浦县教育工作总结", "2022年，我局坚持立德树人。", "一、主要工作", "正文。",
                                "二、存在问题", "正文。")
    assert rule == "year" and place == "标题" and "标题写的是2021年" in message and "2022年的工作" in message
    # a government work report reviews the year before its own
    assert findings("2025年湖南省政府工作报告", "一、2024年工作回顾", "正文。", "二、2025年工作安排", "正文。") == []


def test_an_announced_part_with_nothing_under_it_is_named():
    rule, place, message = only("一、主要工作", "正文。", "二、存在问题", "三、下一步打算", "正文。")
    assert rule == "empty" and place == "二、存在问题" and "没有写存在的问题" in message


def test_one_line_items_of_a_list_are_not_empty_headings():
    assert findings("一、主要工作", "正文。", "二、存在问题", "1.学位紧张，大班额仍然存在；", "2.师资不足，结构不优。",
                    "三、下一步打算", "正文。") == []


def test_each_finding_names_its_heading_so_the_window_can_open_it():
    (report,) = build_reports(Document("r.txt", tuple(Paragraph(t) for t in ("一、主要工作", "正文。", "三、亮点", "正文。")),
                                       "UTF-8"))
    (finding,) = check_report(report)
    assert finding.section == "2" and report.sections[1].heading == "三、亮点"


@pytest.fixture(scope="module")
def seed_reports():
    return [(f.path, r) for f in parse_files([SEEDS], isolate=False, cache=False) for r in f.reports]


def test_the_examples_give_only_the_findings_a_reader_confirms(seed_reports):
    found = {(Path(path).name[:3], report.name, f.rule) for path, report in seed_reports for f in check_report(report)}
    # 001 is a web page's collection whose every comma is half-width (781 ",", no "，"), headings
    # included; its 篇四 marks the problems 1、2、3、 under 二、 where 一、 has (一)…(七).
    # 003 types its second-level markers both ways within each report: （一）（二）（三）(四)(五)(六).
    assert found == {("001", f"教育局2021年工作总结 篇{k}", "width") for k in "一二三四五"} | {
        ("001", "教育局2021年工作总结 篇四", "style"), ("003", "区教育局2021年上半年工作总结 篇1", "width"),
        ("003", "教育局2021年上半年工作总结 篇2", "width"), ("003", "训练局2021年上半年工作总结 篇3", "width")}
    assert all(not check_report(r) for path, r in seed_reports if Path(path).name[:3] not in ("001", "003"))
