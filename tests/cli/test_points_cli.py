"""`reportdesk points`: the 要点汇总表 of the seeds as .xlsx and .docx, and on the console."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_outline_cli import run  # noqa: E402


def test_xlsx_and_docx_of_the_seeds(tmp_path):
    import docx
    import openpyxl
    from docx.enum.section import WD_ORIENT

    xlsx, word = tmp_path / "要点.xlsx", tmp_path / "要点.docx"
    result = run("points", "seeds", "--xlsx", str(xlsx), "--docx", str(word))
    assert result.returncode == 0, result.stderr
    book = openpyxl.load_workbook(xlsx)
    grid = book["要点汇总"]
    header = [c.value for c in grid[2]]
    assert header[0] == "主题" and "溆浦县教育局 2021" in header and "长葛市教体局 2021" in header
    teachers = next(row for row in grid.iter_rows(min_row=3, values_only=True) if row[0] == "教师队伍")
    xupu = teachers[header.index("溆浦县教育局 2021")]
    assert "特岗招聘142人" in xupu and xupu.startswith("①") and "关键数字：" in xupu
    details = list(book["要点明细"].iter_rows(min_row=2, values_only=True))
    assert any(r[0] == "教师队伍" and r[1] == "溆浦县教育局 2021" for r in details)
    document = docx.Document(str(word))
    assert document.sections[0].orientation == WD_ORIENT.LANDSCAPE
    assert document.paragraphs[0].text == "工作成效要点汇总表"
    (table,) = document.tables
    assert [c.text for c in table.rows[0].cells] == ["主题", "地区", "要点", "关键数字"]  # 12 reports: one row each
    assert any("特岗招聘142人" in c.text for row in table.rows for c in row.cells)


def test_console_output_names_topics_and_regions():
    result = run("points", "tests/data/gov")
    assert result.returncode == 0, result.stderr
    assert "【经济运行与扩大内需】" in result.stdout and "平安区 2023：①" in result.stdout and "关键数字：" in result.stdout
