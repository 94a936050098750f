"""`reportdesk copies`: the documented JSON, the readable table, errors and --min-chars."""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_outline_cli import run  # noqa: E402

SHARED = "创新推行“教联体”模式，由城区名校牵头组建六个教育联合体，带动薄弱学校共同提升。"


def write(folder: Path, name: str, region: str, own: str) -> None:
    text = (f"{region}教育局2023年工作总结\n一、主要成效\n（一）集团办学。{SHARED}{own}\n"
            f"二、存在问题\n坚持以习近平新时代中国特色社会主义思想为指导，仍需努力。\n")
    (folder / name).write_text(text, encoding="utf-8")


def test_json_has_the_documented_shape(tmp_path):
    write(tmp_path, "a.txt", "长葛市", "全年新建学校三所，新增学位一千二百个。")
    write(tmp_path, "b.txt", "溆浦县", "组织教师赴外省跟岗学习，覆盖骨干教师三百人。")
    (tmp_path / "坏.docx").write_bytes(b"not a zip")
    result = run("copies", str(tmp_path), "--json")
    assert result.returncode == 1 and "坏.docx" in result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"options", "reports", "pairs"}
    for report in data["reports"]:
        assert {"name", "path", "chars", "own", "boilerplate", "copied"} <= set(report)
        assert abs(report["own"] + report["boilerplate"] + report["copied"] + report["reused"] - 1) < 0.01
        assert report["boilerplate"] > 0  # the formula
    assert [r["name"] for r in data["reports"]] == ["长葛市教育局 2023", "溆浦县教育局 2023"]  # display names
    (pair,) = data["pairs"]
    assert (pair["a"], pair["b"], pair["kind"]) == ("长葛市教育局 2023", "溆浦县教育局 2023", "copied")
    assert pair["copied_chars"] == len(SHARED) and 0 < pair["a_share"] < 1
    (passage,) = pair["passages"]
    assert passage["a_text"] == passage["b_text"] == SHARED and passage["similarity"] == 1.0


def test_text_table_and_min_chars(tmp_path):
    write(tmp_path, "a.txt", "长葛市", "全年新建学校三所。")
    write(tmp_path, "b.txt", "溆浦县", "组织教师赴外省跟岗学习。")
    result = run("copies", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "长葛市教育局 2023 ↔ 溆浦县教育局 2023" in result.stdout and SHARED in result.stdout
    quiet = run("copies", str(tmp_path), "--json", "--min-chars", "60")
    assert json.loads(quiet.stdout)["pairs"] == []
