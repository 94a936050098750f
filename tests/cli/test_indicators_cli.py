"""`reportdesk indicators`: the long CSV's documented columns, and the wide XLSX."""
import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_outline_cli import run  # noqa: E402


def test_long_csv_columns_and_values(tmp_path):
    target = tmp_path / "指标.csv"
    result = run("indicators", "seeds", "--csv", str(target))
    assert result.returncode == 0, result.stderr
    with open(target, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0])[:13] == ["name", "file", "report", "region", "topic", "subject", "indicator", "value", "unit",
                                 "approx", "change", "masked", "sentence"]
    investment = next(r for r in rows if r["region"] == "溆浦县" and r["indicator"] == "教育投入" and r["unit"] == "亿元")
    assert (investment["file"], investment["report"], investment["value"]) == ("004_61d6fe56185b419c.txt", "1", "3.7344")
    masked = [r for r in rows if r["masked"] == "True"]
    assert masked and all(r["value"] == "" for r in masked)


def test_wide_xlsx(tmp_path):
    import openpyxl

    target = tmp_path / "宽表.xlsx"
    assert run("indicators", "seeds", "--wide", "--xlsx", str(target)).returncode == 0
    sheet = openpyxl.load_workbook(target)["指标"]
    regions = [row[0].value for row in sheet.iter_rows(min_row=2)]
    assert "溆浦县教育局 2021" in regions and "长葛市教体局 2021" in regions
