"""The PyInstaller spec builds a folder whose executable passes its self-test (Linux here;
the Windows runner does the same with the workflow in .github/workflows)."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(shutil.which("pyinstaller") is None, reason="PyInstaller is not installed")
def test_frozen_build_passes_its_selftest(tmp_path):
    dist, work = tmp_path / "dist", tmp_path / "work"
    # PyInstaller keeps its analysis cache in the real home: building with it takes seconds, not minutes
    build = subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--distpath", str(dist),
                            "--workpath", str(work), str(ROOT / "build_spec" / "reportdesk.spec")],
                           cwd=ROOT, capture_output=True, text=True, timeout=600,
                           env=dict(os.environ, HOME=os.environ["REPORTDESK_TESTS_REAL_HOME"] or os.environ["HOME"]))
    assert build.returncode == 0, build.stderr[-3000:]
    folder = dist / "reportdesk"
    size_mb = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 2**20
    assert size_mb < 250, f"{size_mb:.0f} MB"
    assert not list(folder.rglob("lac_small")) and not list(folder.rglob("*Qml*"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", REPORTDESK_CONFIG=str(tmp_path / "config"),
               REPORTDESK_CACHE=str(tmp_path / "cache"))
    run = subprocess.run([str(folder / "reportdesk"), "--selftest"], cwd=tmp_path, env=env, capture_output=True,
                         text=True, encoding="utf-8", timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.strip().endswith("自检通过")
    assert (tmp_path / "cache" / "jieba.cache").exists()  # jieba's cache in the user's cache folder
    assert not list(folder.rglob("jieba.cache"))
