"""The wheel carries everything the app needs: the code, resources/ and the example reports
(so that `reportdesk examples`, `--selftest` and the 打开示例报告 button work after
`pip install reportdesk`), and setuptools builds it without a warning. Installed into a fresh
virtual environment, its self-test passes from outside the checkout."""
import os
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from fnmatch import fnmatch
from pathlib import Path

import pytest

from tests.machine import NO_CJK_FONT, cjk_font_installed, step_lines

ROOT = Path(__file__).resolve().parent.parent
DATA = {"resources": "reportdesk._data.resources", "seeds": "reportdesk._data.seeds"}


def setuptools_config() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def data_files() -> list[Path]:
    return [p for top in DATA for p in sorted((ROOT / top).rglob("*")) if p.is_file()]


def test_every_data_folder_is_a_listed_package_and_every_file_matches_its_patterns():
    config = setuptools_config()
    listed, patterns = set(config["packages"]), config["package-data"]["*"]
    for path in data_files():
        top, *folders = path.parent.relative_to(ROOT).parts
        package = ".".join([DATA[top], *folders])
        assert package in listed, f"add {package!r} to [tool.setuptools] packages in pyproject.toml"
        assert any(fnmatch(path.name, p) for p in patterns), f"{path.name}: add its pattern to package-data"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> tuple[Path, str]:
    """Built from a copy of the sources (building writes build/ and *.egg-info beside them)."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source)
    for name in ("reportdesk", *DATA):
        shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}  # else setuptools warns of it
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-v",
                            "-w", str(work / "dist"), str(source)], capture_output=True, text=True, env=env,
                           timeout=300)
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    return next((work / "dist").glob("reportdesk-*.whl")), build.stdout + build.stderr


def test_the_wheel_holds_the_resources_and_the_examples_and_builds_without_warnings(wheel):
    path, log = wheel
    import reportdesk

    assert path.name == f"reportdesk-{reportdesk.__version__}-py3-none-any.whl"
    names = set(zipfile.ZipFile(path).namelist())
    expected = {f"reportdesk/_data/{p.relative_to(ROOT).as_posix()}" for p in data_files()}
    assert expected <= names, sorted(expected - names)
    assert len([n for n in names if n.startswith("reportdesk/_data/seeds/")]) >= 5
    # setuptools' own warnings ("Package would be ignored", deprecations); pip's "WARNING:" lines
    # are about this machine's index configuration
    warnings = [line for line in log.splitlines() if re.search(r"warning|would be ignored", line, re.I)
                and not line.lstrip().startswith("WARNING:")]
    assert not warnings, "\n".join(warnings[:20])


def test_examples_names_the_folder_of_the_example_reports():
    result = subprocess.run([sys.executable, "-m", "reportdesk", "examples"], capture_output=True, text=True,
                            encoding="utf-8", timeout=120)
    folder = Path(result.stdout.strip())
    assert result.returncode == 0 and len(list(folder.glob("*.txt"))) >= 5


@pytest.mark.network
@pytest.mark.skipif(not cjk_font_installed(), reason=NO_CJK_FONT)
def test_the_installed_wheel_passes_its_selftest_outside_the_checkout(wheel, tmp_path):
    """A fresh venv (not --system-site-packages), the pinned dependencies from the package index
    or pip's cache, and the self-test run from a temporary folder."""
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=300)
    scripts = venv / ("Scripts" if sys.platform == "win32" else "bin")
    # this pip installs into the new venv (quicker than bootstrapping one there), without compiling
    # .pyc files, and with the user's own pip cache and settings (the tests' home is a private one)
    real_home = os.environ.get("REPORTDESK_TESTS_REAL_HOME") or os.environ["HOME"]
    install = subprocess.run([sys.executable, "-m", "pip", "--python", str(scripts / "python"), "install", "--quiet",
                              "--no-compile", "-c", str(ROOT / "build_spec" / "constraints.txt"), str(wheel[0])],
                             capture_output=True, text=True, timeout=900, env=dict(os.environ, HOME=real_home))
    assert install.returncode == 0, install.stderr[-3000:]
    env = dict(os.environ, REPORTDESK_CONFIG=str(tmp_path / "config"), REPORTDESK_CACHE=str(tmp_path / "cache"))
    env.pop("PYTHONPATH", None)
    examples = subprocess.run([str(scripts / "reportdesk"), "examples"], cwd=tmp_path, env=env, capture_output=True,
                              text=True, encoding="utf-8", timeout=120)
    assert Path(examples.stdout.strip()).is_relative_to(venv), examples.stdout + examples.stderr
    run = subprocess.run([str(scripts / "reportdesk"), "--selftest", "--offscreen"], cwd=tmp_path, env=env,
                         capture_output=True, text=True, encoding="utf-8", timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    assert set(step_lines(run.stdout).values()) == {"OK"} and run.stdout.strip().endswith("自检通过")
