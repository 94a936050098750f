"""`reportdesk outline`: the JSON contract, the readable tree, errors and exit status."""
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EDUCATION_TOPICS = {"party", "moral", "teachers", "facilities", "reform", "quality", "preschool", "equity",
                    "highvoc", "aid", "safety", "sports", "digital", "burden", "governance", "brand", "other"}


def run(*args, cwd=ROOT, env=None):
    return subprocess.run([sys.executable, "-m", "reportdesk", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


def test_json_has_exactly_the_documented_shape():
    result = run("outline", "seeds", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"files"}
    assert len(data["files"]) == 5
    for file in data["files"]:
        assert set(file) == {"path", "encoding", "error", "notes", "reports"}
        assert file["error"] is None and file["encoding"] == "UTF-8"
        for report in file["reports"]:
            assert {"title", "region", "year", "period", "issuer", "headings"} <= set(report)
            for heading in report["headings"]:
                assert set(heading) == {"depth", "marker", "title", "part", "topic", "chars"}
                assert heading["depth"] >= 1 and heading["chars"] >= 0
                assert heading["topic"] is None or heading["topic"] in EDUCATION_TOPICS
    xupu = next(f for f in data["files"] if f["path"].endswith("004_61d6fe56185b419c.txt"))["reports"][0]
    assert (xupu["region"], xupu["year"], xupu["period"]) == ("溆浦县", 2021, "全年")
    assert xupu["headings"][0]["topic"] is None  # a part heading has no topic
    assert xupu["headings"][1] == {"depth": 2, "marker": "1.", "title": "强化党建引领，加强党对教育工作的全面领导",
                                   "part": "achievements", "topic": "party", "chars": 387}


def test_a_bad_file_is_reported_and_the_others_still_parse(tmp_path):
    (tmp_path / "好.txt").write_text("2023年工作总结\n一、主要成效\n正文。\n二、存在问题\n正文。", encoding="utf-8")
    (tmp_path / "坏.docx").write_text("不是压缩包", encoding="utf-8")
    (tmp_path / "空.txt").write_bytes(b"")
    (tmp_path / "~$锁文件.docx").write_bytes(b"lock")  # Word's owner file: skipped, not an error
    (tmp_path / "图片.png").write_bytes(b"\x89PNG")  # not a report format: skipped in folders, with a note
    result = run("outline", str(tmp_path), str(tmp_path / "不存在.txt"), "--json")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    files = {Path(f["path"]).name: f for f in json.loads(result.stdout)["files"]}
    assert set(files) == {"好.txt", "坏.docx", "空.txt", "不存在.txt", "图片.png"}
    assert files["图片.png"]["notes"] == ["这是图片，不是报告文件，已跳过"] and files["图片.png"]["error"] is None
    assert [h["title"] for h in files["好.txt"]["reports"][0]["headings"]] == ["主要成效", "存在问题"]
    assert "坏.docx" in files["坏.docx"]["error"] and files["坏.docx"]["reports"] == []
    assert "空的" in files["空.txt"]["error"]
    assert "不存在" in files["不存在.txt"]["error"]


def test_readable_tree():
    result = run("outline", "seeds/004_61d6fe56185b419c.txt")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert "2021年教育工作总结" in lines[1]
    assert "地区：溆浦县" in lines[2] and "期间：全年" in lines[2]
    assert any(line.startswith("       1.强化党建引领") for line in lines)  # nested under 一、


def test_same_file_named_twice_is_parsed_once():
    result = run("outline", "seeds/002_3275dbe3018fe5f1.txt", "./seeds/002_3275dbe3018fe5f1.txt", "--json")
    assert len(json.loads(result.stdout)["files"]) == 1


def test_help_lists_the_commands():
    result = run("--help")
    assert result.returncode == 0
    assert all(word in result.stdout for word in ("outline", "align", "gui", "bench"))


def test_no_arguments_opens_the_window(monkeypatch):
    import reportdesk.gui.app
    from reportdesk.cli import main

    calls = []
    monkeypatch.setattr(reportdesk.gui.app, "run_gui", lambda *args: calls.append(args) or 0)
    assert main([]) == 0 and calls == [([], None, None, None, False, None, None)]


def test_version_works_with_an_unusable_settings_folder(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    env = dict(os.environ, REPORTDESK_CONFIG=str(blocker / "config"))
    result = run("--version", env=env)
    assert result.returncode == 0 and "reportdesk" in result.stdout and not result.stderr


def test_output_cut_short_by_head_ends_quietly():
    command = f'"{sys.executable}" -m reportdesk outline seeds | head -n 2'
    result = subprocess.run(command, shell=True, cwd=ROOT, capture_output=True, text=True, encoding="utf-8",
                            timeout=120)
    assert len(result.stdout.splitlines()) == 2 and "Error" not in result.stderr and "Traceback" not in result.stderr


def test_every_report_has_a_readable_name():
    data = json.loads(run("outline", "seeds", "--json", "--no-topics").stdout)
    names = [r["name"] for f in data["files"] for r in f["reports"]]
    assert len(set(names)) == len(names) == 12
    assert not any("#" in n or "a91621add" in n for n in names)
    assert "溆浦县教育局 2021" in names and "长葛市教体局 2021" in names and "教育局2021年工作总结 篇三" in names
