"""`reportdesk --selftest` checks an installation without a screen and says so line by line."""
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_selftest_passes_and_prints_a_line_per_step(tmp_path):
    env = dict(os.environ, REPORTDESK_CONFIG=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-m", "reportdesk", "--selftest"], cwd=tmp_path, env=env,
                            capture_output=True, text=True, encoding="utf-8", timeout=180)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.strip().splitlines()
    assert [line[:4] for line in lines[:-1]] == ["OK  "] * 5 and lines[-1] == "自检通过"
    assert (tmp_path / "logs" / "reportdesk.log").exists()  # logs go to the settings folder, not stderr
