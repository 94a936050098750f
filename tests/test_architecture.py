"""House rules that keep the core usable without Qt, and the README honest."""
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_core_does_not_load_qt():
    code = ("import sys, reportdesk.cli, reportdesk.jobs, reportdesk.outline;"
            "from reportdesk.jobs import parse_files; parse_files(['seeds']);"
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_only_gui_imports_pyside():
    offenders = [str(p.relative_to(ROOT)) for p in (ROOT / "reportdesk").rglob("*.py")
                 if "gui" not in p.relative_to(ROOT / "reportdesk").parts
                 and re.search(r"^\s*(from|import)\s+PySide6", p.read_text(encoding="utf-8"), re.M)]
    assert offenders == []


def test_readme_has_two_commands_and_ci_runs_the_test_one():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    setup = readme.split("## Set up and run", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"```\n(.+?)\n```", setup, re.S)
    assert len(commands) == 2
    assert "reportdesk" in commands[0] and "seeds" in commands[0]
    assert "pytest" in commands[1]
    assert commands[1] in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_every_package_is_listed_for_the_wheel():
    import tomllib

    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "reportdesk").rglob("__init__.py")}
    assert found <= listed, f"add to pyproject.toml [tool.setuptools] packages: {sorted(found - listed)}"


def test_resources_fail_loudly_on_unknown_names():
    import pytest

    from reportdesk import resources

    assert resources.path("taxonomy/education.toml").is_file()
    with pytest.raises(FileNotFoundError) as info:
        resources.path("taxonomy/nope.toml")
    assert "nope.toml" in str(info.value)
