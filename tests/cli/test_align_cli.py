"""`reportdesk align`: the coverage matrix as JSON and as tables."""
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from test_outline_cli import run


def test_json_has_the_documented_shape():
    result = run("align", "seeds", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"taxonomy", "taxonomy_scores", "taxonomy_margin", "misfits", "reports", "topics", "lists",
                         "cells", "mentions"}
    assert data["taxonomy"] == "education"
    assert [s["id"] for s in data["taxonomy_scores"]] == ["education", "government"]
    assert data["taxonomy_margin"] >= 1.5 and data["misfits"] == []
    assert len(data["reports"]) == 12
    assert set(data["reports"][0]) == {"id", "path", "name", "title", "region", "period", "list"}
    assert [(t["id"], len(t["reports"]), t["fits"]) for t in data["lists"]] == [("education", 12, True)]
    assert [t["id"] for t in data["topics"]][:3] == ["party", "moral", "teachers"]
    ids = {r["id"] for r in data["reports"]}
    for cell in data["cells"] + data["mentions"]:
        assert set(cell) == {"report", "part", "topic", "list", "chars", "passages"}
        assert cell["report"] in ids and cell["part"] in ("achievements", "problems", "plans")
        assert cell["chars"] == sum(p["chars"] for p in cell["passages"])
        for passage in cell["passages"]:
            assert set(passage) == {"key", "section", "headings", "start", "end", "chars", "score"}
            assert passage["start"] < passage["end"] and 0 <= passage["score"] <= 1
    assert not {(c["report"], c["part"], c["topic"]) for c in data["mentions"]} & {
        (c["report"], c["part"], c["topic"]) for c in data["cells"]}  # named in passing only where not written on
    xupu_party = [c for c in data["cells"] if c["report"] == "004_61d6fe56185b419c.txt#1" and c["topic"] == "party"]
    first = xupu_party[0]["passages"][0]
    assert first["headings"][-1] == "1.强化党建引领，加强党对教育工作的全面领导"
    assert first["section"] == "004_61d6fe56185b419c.txt#1/1.1"


def test_text_tables_name_regions_and_mark_gaps():
    result = run("align", "tests/data/gov")
    assert result.returncode == 0
    assert "主题表：政府工作报告" in result.stdout and "[1] 平安区" in result.stdout
    plans = result.stdout.split("【工作计划】")[1]
    livelihood = next(line for line in plans.splitlines() if line.startswith("社会保障与民生事业"))
    assert "—" not in livelihood


def test_taxonomy_file_override_and_a_broken_one(tmp_path):
    mine = tmp_path / "mine.toml"
    mine.write_text('id = "mine"\nname = "我的主题表"\n[[topics]]\nid = "money"\nname = "资金"\nwords = ["资金", "投入"]\n',
                    encoding="utf-8")
    data = json.loads(run("align", "seeds/004_61d6fe56185b419c.txt", "--taxonomy", str(mine), "--json").stdout)
    assert data["taxonomy"] == "mine" and [t["id"] for t in data["topics"]] == ["money", "other"]
    broken = tmp_path / "broken.toml"
    broken.write_text("[[topics]\n", encoding="utf-8")
    result = run("align", "seeds", "--taxonomy", str(broken))
    assert result.returncode == 2 and "broken.toml" in result.stderr and "Traceback" not in result.stderr


def test_same_files_same_matrix_in_every_process():
    outputs = {run("align", "seeds", "--json", env=dict(os.environ, PYTHONHASHSEED=seed)).stdout
               for seed in ("1", "2")}
    assert len(outputs) == 1


def test_the_matrix_goes_to_a_workbook_with_the_region_names(tmp_path):
    import openpyxl

    target = tmp_path / "矩阵.xlsx"
    result = run("align", "tests/data/gov", "--xlsx", str(target))
    assert result.returncode == 0, result.stderr
    header = [c.value for c in openpyxl.load_workbook(target)["工作计划"][1]]
    assert "平安区" in " ".join(header[1:-1])


def test_a_mixed_folder_gives_each_report_the_list_that_fits_it():
    result = run("align", "seeds", "tests/data/gov", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    lists = {t["id"]: t for t in data["lists"]}
    assert set(lists) == {"education", "government"} and len(lists["government"]["reports"]) == 3
    of = {r["id"]: r["list"] for r in data["reports"]}
    for cell in data["cells"]:  # a cell's topic is one of its report's list
        assert cell["list"] == of[cell["report"]]
        assert any(t["id"] == cell["topic"] and t["list"] == cell["list"] for t in data["topics"])
    text = run("align", "seeds", "tests/data/gov").stdout
    assert "主题表：教育工作总结（12 篇）" in text and "主题表：政府工作报告（3 篇）" in text


def test_an_empty_folder_or_a_mistyped_path_is_said_plainly(tmp_path):
    import subprocess
    import sys

    empty = tmp_path / "空文件夹"
    empty.mkdir()
    for args in (["align", str(empty)], ["export", str(empty), "-o", str(tmp_path / "汇编.docx")]):
        run = subprocess.run([sys.executable, "-m", "reportdesk", *args], capture_output=True, text=True, encoding="utf-8")
        assert run.returncode == 2 and "没有找到可读取的报告文件" in run.stderr
    assert not (tmp_path / "汇编.docx").exists()
    run = subprocess.run([sys.executable, "-m", "reportdesk", "align", str(tmp_path / "没有这个文件")],
                         capture_output=True, text=True, encoding="utf-8")
    assert "文件不存在" in run.stderr and "扩展名" not in run.stderr
