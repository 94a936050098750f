"""House rules that keep the core usable without Qt, and the README honest."""
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def core_modules() -> list[str]:
    """Every module of the package outside reportdesk/gui, by dotted name."""
    names = []
    for path in sorted((ROOT / "reportdesk").rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        if "gui" in parts or parts[-1] == "__main__":
            continue
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def test_every_core_module_imports_and_works_without_loading_qt():
    modules = core_modules()
    assert {"reportdesk.model", "reportdesk.files", "reportdesk.diagnostics.bench", "reportdesk.text.quantities"} <= set(modules)
    code = (f"import importlib, sys\nfor name in {modules!r}: importlib.import_module(name)\n"
            "from reportdesk.jobs import parse_files\nfrom reportdesk.align import align_files\n"
            "align_files(parse_files(['seeds']))\n"
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_layer_contracts_hold():
    """import-linter: stages read downward only, and only reportdesk.gui imports Qt (pyproject.toml)."""
    result = subprocess.run([sys.executable, "-c", "from importlinter.cli import lint_imports_command; "
                             "lint_imports_command()"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 kept, 0 broken" in result.stdout


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


def test_only_the_session_starts_jobs_and_emits_its_signals():
    """Panels, dialogs and the window send commands to the session; they never start a job on
    its runner or speak in its name (the desk decides what runs and what is said)."""
    session = ROOT / "reportdesk" / "gui" / "session.py"
    signals = set(re.findall(r"^\s+(sig_\w+) = Signal", session.read_text(encoding="utf-8"), re.M))
    offenders = []
    for path in (ROOT / "reportdesk" / "gui").rglob("*.py"):
        if path == session:
            continue
        text = path.read_text(encoding="utf-8")
        if re.search(r"session\.runner\.start\(", text):
            offenders.append(f"{path.name}: runner.start")
        offenders += [f"{path.name}: {s}.emit" for s in signals if re.search(rf"session\.{s}\.emit\(", text)]
    assert signals and offenders == []
    assert len(session.read_text(encoding="utf-8").splitlines()) <= 180


def test_no_two_modules_import_each_other_even_inside_functions():
    """Circles of imports, counted over every import statement (a lazy import inside a
    function only hides a circle, it does not break it)."""
    import ast

    package = ROOT / "reportdesk"

    def name(path: Path) -> str:
        parts = path.relative_to(ROOT).with_suffix("").parts
        return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)

    modules = {name(p): p for p in package.rglob("*.py")}
    graph = {}
    for module, path in modules.items():
        found = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and (node.module or "").startswith("reportdesk"):
                found |= {f"{node.module}.{a.name}" if f"{node.module}.{a.name}" in modules else node.module
                          for a in node.names}
            elif isinstance(node, ast.Import):
                found |= {a.name for a in node.names if a.name.startswith("reportdesk")}
        graph[module] = {m for m in found if m in modules and m != module}

    def reaches(start: str, goal: str) -> bool:
        seen, todo = set(), [start]
        while todo:
            here = todo.pop()
            if here == goal:
                return True
            if here not in seen:
                seen.add(here)
                todo.extend(graph[here])
        return False

    circles = sorted({tuple(sorted((a, b))) for a in graph for b in graph[a] if reaches(b, a)})
    assert circles == []
