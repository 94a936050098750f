"""`reportdesk roster` and `reportdesk check`, and the compilation's 汇编说明 with a list."""
import sys
from pathlib import Path

import docx
from openpyxl import load_workbook

sys.path.insert(0, str(Path(__file__).resolve().parent))

from test_outline_cli import run

UNITS = "溆浦县教育局\n长葛市\n芙蓉区\n长沙县\n"  # the examples' regions, and two that did not report


def test_roster_names_who_has_not_reported_on_screen_and_in_the_workbook(tmp_path):
    (tmp_path / "名单.txt").write_text(UNITS, encoding="utf-8")
    result = run("roster", str(tmp_path / "名单.txt"), "seeds", "--xlsx", str(tmp_path / "报送情况.xlsx"))
    assert result.returncode == 1, result.stderr  # someone is missing
    assert "应报送 4 个单位，已报送 2 个，未报送 2 个" in result.stdout and "未报送：芙蓉区、长沙县。" in result.stdout
    assert "1 溆浦县教育局  [已报送]  溆浦县教育局 2021" in result.stdout
    rows = list(load_workbook(tmp_path / "报送情况.xlsx").active.iter_rows(values_only=True))
    assert rows[1] == ("序号", "单位", "状态", "报告", "文件", "说明")
    assert [(r[1], r[2]) for r in rows[2:6]] == [("溆浦县教育局", "已报送"), ("长葛市", "已报送"), ("芙蓉区", "未报送"),
                                                 ("长沙县", "未报送")]


def test_a_list_that_cannot_be_read_stops_with_a_reason(tmp_path):
    result = run("roster", str(tmp_path / "没有.txt"), "seeds")
    assert result.returncode == 2 and "无法读取名单“没有.txt”" in result.stderr


def test_check_lists_each_report_and_what_is_wrong(tmp_path):
    (tmp_path / "溆浦县.txt").write_text("2021年溆浦县教育工作总结\n一、主要工作\n正文。\n三、存在问题\n正文。\n", encoding="utf-8")
    result = run("check", str(tmp_path), "--xlsx", str(tmp_path / "校对.xlsx"))
    assert result.returncode == 1, result.stderr
    assert "“三、存在问题”的编号跳过了“二、”（前一个是“一、”）。" in result.stdout
    rows = list(load_workbook(tmp_path / "校对.xlsx").active.iter_rows(values_only=True))
    assert rows[2][2:4] == ("三、存在问题", "编号")


def test_the_compilation_names_who_did_not_report(tmp_path):
    (tmp_path / "名单.txt").write_text(UNITS, encoding="utf-8")
    result = run("export", "seeds", "-o", str(tmp_path / "汇编.docx"), "--roster", str(tmp_path / "名单.txt"))
    assert result.returncode == 0, result.stderr
    notes = [p.text for p in docx.Document(str(tmp_path / "汇编.docx")).paragraphs]
    assert "报送名单所列4个单位中，2个未报送：芙蓉区、长沙县。" in notes
