"""`reportdesk bench`: --scale times export and figures at two sizes, with how they grow; --gui
measures the window loading in a fresh process: its stalls, its time and its peak memory."""
import re
from pathlib import Path

from reportdesk.diagnostics.bench import gui_stalls, scale_rows

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def test_scale_rows_time_two_sizes_and_say_how_the_time_grew():
    lines = []
    rows = scale_rows(SEEDS, (12, 36), repeat=1, out=lines.append)
    assert [rows[12]["reports"], rows[36]["reports"]] == [12, 36]  # whole copies of the 12 seed reports
    assert all(row["export"] > 0 and row["indicators"] > 0 for row in rows.values())
    assert "12-report time" in lines[0] and lines[1].lstrip().startswith("12 reports: export")
    assert "(1.0×)" in lines[1] and "36 reports" in lines[2]


def test_the_window_measurement_says_how_long_loading_took_and_the_peak_memory(tmp_path, monkeypatch):
    users_cache = tmp_path / "users-cache"
    monkeypatch.setenv("REPORTDESK_CACHE", str(users_cache))
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in sorted(p.name for p in SEEDS.iterdir())[:2]:
        (seeds / name).write_bytes((SEEDS / name).read_bytes())
    lines = []
    gui_stalls(seeds, 3, 1, out=lines.append)
    run = next(line for line in lines if "window loaded 3 files" in line)
    summary = next(line for line in lines if line.startswith("3 files, medians of 1"))
    megabytes = int(re.search(r"peak memory (\d+) MB", run).group(1))
    assert 60 < megabytes < 1000  # Qt and the window take tens of megabytes; three files add little
    assert re.search(r"loaded in \d+\.\d s", summary) and f"window peak memory {megabytes} MB" in summary
    assert not list(users_cache.rglob("*.pickle"))  # the copies it measured never enter the user's cache


def test_a_folder_with_an_unreadable_file_is_measured_without_it(tmp_path):
    """Real folders hold a damaged or password-protected file: the bench reads past it as the window does."""
    from reportdesk.diagnostics.bench import run_stages

    (tmp_path / "a.txt").write_bytes((SEEDS / sorted(p.name for p in SEEDS.iterdir())[0]).read_bytes())
    (tmp_path / "b.docx").write_bytes(b"PK\x03\x04 not really a Word file")
    times = run_stages(sorted(tmp_path.iterdir()))
    assert times["read"] >= 0 and times["align"] > 0


def test_a_step_started_from_a_big_process_reports_its_own_peak(tmp_path):
    """A process started (fork, then exec) from one holding a gigabyte says its own peak, not
    the parent's: ru_maxrss carries the parent's over on Linux, VmHWM does not."""
    import subprocess
    import sys

    import pytest

    if not Path("/proc/self/status").exists():
        pytest.skip("the /proc file system is Linux's")
    code = ("import sys; sys.path.insert(0, %r); from reportdesk.diagnostics import peak_memory; "
            "print(peak_memory())") % str(Path(__file__).resolve().parents[1])
    ballast = bytearray(600 * 2**20)  # the parent holds 600 MB when it starts the child
    ballast[::4096] = b"x" * len(ballast[::4096])
    child = int(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
    assert child < 300 * 2**20
    del ballast
