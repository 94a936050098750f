"""The PyInstaller folder as users get it, built once per test run from the pinned versions:
the windowed program and its console companion over one set of libraries; the companion
passes its self-test, and fails it, naming the piece, when the windowing plugin is deleted
or no Chinese font can be found. (The Windows workflow builds and self-tests the .exe itself.)"""
import importlib.util
import json
import os
import shutil
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from tests.machine import NO_CJK_FONT, cjk_font_installed, fonts_without_chinese, step_lines, xvfb_run

ROOT = Path(__file__).resolve().parent.parent
SUFFIX = ".exe" if sys.platform == "win32" else ""
EXE, CLI = f"reportdesk{SUFFIX}", f"reportdesk-cli{SUFFIX}"  # windowed; the console companion
CORE = ["读取示例报告", "比对主题", "提取数字指标", "导出 Word"]
WINDOW = ["打开窗口", "显示比对", "中文字体", "绘制中文"]
needs_pyinstaller = pytest.mark.skipif(importlib.util.find_spec("PyInstaller") is None,
                                       reason="PyInstaller is not installed")


def pinned() -> dict[str, str]:
    """{name: version} of build_spec/constraints.txt that apply on this system."""
    pins = {}
    for line in (ROOT / "build_spec" / "constraints.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            requirement = Requirement(line)
            if requirement.marker is None or requirement.marker.evaluate():
                pins[requirement.name] = str(requirement.specifier).removeprefix("==")
    return pins


def test_the_tests_and_the_bundle_run_on_the_pinned_versions():
    """What the suite passes on is what the Windows build ships (both install with the constraints)."""
    differ = []
    for name, version in pinned().items():
        try:
            installed = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue  # e.g. the build extra in a test-only environment
        if installed != version:
            differ.append(f"{name} {installed} (pinned {version})")
    assert not differ, ("install with: pip install -c build_spec/constraints.txt -e \".[test]\"; "
                        f"differ: {', '.join(differ)}")


@pytest.fixture(scope="session")
def bundle(tmp_path_factory) -> Path:
    dist = tmp_path_factory.mktemp("bundle")
    # PyInstaller's cache and work files stay in the checkout's build/ (ignored by git), never in
    # the user's home; a second run with unchanged sources skips most of the analysis
    cache = ROOT / "build" / "pyinstaller"
    build = subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--distpath", str(dist),
                            "--workpath", str(cache / "work"), str(ROOT / "build_spec" / "reportdesk.spec")],
                           cwd=ROOT, capture_output=True, text=True, timeout=900,
                           env=dict(os.environ, PYINSTALLER_CONFIG_DIR=str(cache / "config")))
    assert build.returncode == 0, build.stderr[-3000:]
    return dist / "reportdesk"


def selftest(folder: Path, tmp_path: Path, *args: str, env=(), wrapper=()) -> subprocess.CompletedProcess:
    environment = dict(os.environ, REPORTDESK_CONFIG=str(tmp_path / "config"),
                       REPORTDESK_CACHE=str(tmp_path / "cache"), **dict(env))
    environment = {name: value for name, value in environment.items() if value is not None}
    return subprocess.run([*wrapper, str(folder / CLI), "--selftest", *args], cwd=tmp_path, env=environment,
                          capture_output=True, text=True, encoding="utf-8", timeout=300)


def copy_of(bundle: Path, tmp_path: Path) -> Path:
    """A copy to break (hard links: instant, and the original stays whole)."""
    copy = tmp_path / "reportdesk"
    shutil.copytree(bundle, copy, symlinks=True, copy_function=os.link)
    return copy


@needs_pyinstaller
@pytest.mark.bundle
def test_the_bundle_passes_its_selftest(bundle, tmp_path):
    size_mb = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()) / 2**20
    assert size_mb < 270, f"{size_mb:.0f} MB"  # each program carries its own 11 MB of Python modules
    assert not list(bundle.rglob("lac_small")) and not list(bundle.rglob("*Qml*"))
    assert not [p for p in bundle.rglob("*") if p.suffix.lower() in (".ttf", ".otf", ".ttc")]  # fonts are the system's
    run = selftest(bundle, tmp_path, "--offscreen")
    steps = step_lines(run.stdout)
    if not cjk_font_installed():
        assert [s for s, status in steps.items() if status == "FAIL"] == ["中文字体", "绘制中文"], run.stdout
        pytest.skip(NO_CJK_FONT)
    assert run.returncode == 0, run.stdout + run.stderr
    assert steps == dict.fromkeys(CORE + WINDOW, "OK") and run.stdout.strip().endswith("自检通过")
    assert (tmp_path / "cache" / "jieba.cache").exists()  # jieba's cache in the user's cache folder
    assert not list(bundle.rglob("jieba.cache"))


@needs_pyinstaller
@pytest.mark.bundle
def test_both_programs_share_one_folder_and_the_companion_runs_the_command_line(bundle, tmp_path):
    """reportdesk (double-clicked) and reportdesk-cli over one _internal folder; the companion
    answers on the command line, and bench starts its steps through itself (a frozen program
    takes no `python -c`)."""
    assert (bundle / EXE).is_file() and (bundle / CLI).is_file()
    assert [p.name for p in bundle.iterdir() if p.is_dir()] == ["_internal"]
    env = dict(os.environ, REPORTDESK_CONFIG=str(tmp_path / "config"), REPORTDESK_CACHE=str(tmp_path / "cache"),
               QT_QPA_PLATFORM="offscreen")
    version = subprocess.run([str(bundle / EXE), "--version"], capture_output=True, text=True, env=env, timeout=60)
    assert version.returncode == 0 and version.stdout.startswith("reportdesk ")
    outline = subprocess.run([str(bundle / CLI), "outline", str(ROOT / "seeds"), "--json", "--no-topics"],
                             capture_output=True, env=env, timeout=120)
    assert outline.returncode == 0 and len(json.loads(outline.stdout.decode("utf-8"))["files"]) == 5
    bench = subprocess.run([str(bundle / CLI), "bench", "--reports", "2", "--repeat", "1", "--gui", "2"],
                           capture_output=True, text=True, encoding="utf-8", env=env, timeout=300)
    assert bench.returncode == 0, bench.stderr[-2000:]
    assert "cold" in bench.stdout and "longest stall" in bench.stdout


@needs_pyinstaller
@pytest.mark.bundle
@pytest.mark.skipif(not xvfb_run(), reason="no virtual screen (Debian/Ubuntu: apt-get install xvfb)")
@pytest.mark.skipif(not cjk_font_installed(), reason=NO_CJK_FONT)
def test_the_bundle_opens_a_real_window_on_a_virtual_screen(bundle, tmp_path):
    """The platform's own plugin (xcb here, windows on Windows), not offscreen."""
    run = selftest(bundle, tmp_path, wrapper=[xvfb_run(), "-a"], env={"QT_QPA_PLATFORM": None})
    if run.returncode and "is needed" in run.stdout:  # Qt names a system library missing at build time
        pytest.skip(next(line for line in run.stdout.splitlines() if "is needed" in line))
    assert run.returncode == 0, run.stdout + run.stderr
    assert "平台 xcb" in run.stdout and run.stdout.strip().endswith("自检通过")


@needs_pyinstaller
@pytest.mark.bundle
def test_without_its_platform_plugin_the_bundle_fails_its_selftest(bundle, tmp_path):
    broken = copy_of(bundle, tmp_path)
    plugins = [p for p in broken.rglob("platforms") if p.is_dir()]
    assert plugins, "no Qt platform plugins in the bundle"
    for folder in plugins:
        shutil.rmtree(folder)
    run = selftest(broken, tmp_path, "--offscreen")
    assert run.returncode == 1
    assert step_lines(run.stdout) == {**dict.fromkeys(CORE, "OK"), "打开窗口": "FAIL"}, run.stdout
    assert "找不到 Qt 的平台插件“offscreen”" in run.stdout and "重新解压" in run.stdout


@needs_pyinstaller
@pytest.mark.bundle
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="hides the fonts through fontconfig")
def test_without_chinese_fonts_the_bundle_fails_its_selftest(bundle, tmp_path):
    run = selftest(bundle, tmp_path, "--offscreen", env=fonts_without_chinese(tmp_path / "fc"))
    assert run.returncode == 1
    steps = step_lines(run.stdout)
    assert [steps[s] for s in CORE + WINDOW] == ["OK"] * 6 + ["FAIL"] * 2, run.stdout
    assert "系统缺少中文字体" in run.stdout


def test_a_pre_release_version_makes_a_valid_version_resource():
    """The spec's version resource from reportdesk.__version__, also for "0.2.0rc1"."""
    sys.path.insert(0, str(ROOT / "build_spec"))
    try:
        from winversion import version_numbers, version_resource
    finally:
        sys.path.remove(str(ROOT / "build_spec"))
    assert version_numbers("0.2.0rc1") == (0, 2, 0, 0) and version_numbers("1.4.2.7.dev3") == (1, 4, 2, 7)
    strings = []

    def stub(kind):
        def make(*args, **kwargs):
            if kind == "StringStruct":
                strings.append(args)
            return {"kind": kind, **kwargs}
        return make

    kinds = ["VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct", "VarFileInfo",
             "VarStruct"]
    info = eval(version_resource("0.2.0rc1"), {kind: stub(kind) for kind in kinds})  # as PyInstaller reads it
    assert info["kind"] == "VSVersionInfo" and info["ffi"]["filevers"] == info["ffi"]["prodvers"] == (0, 2, 0, 0)
    fields = dict(strings)
    assert fields["ProductVersion"] == fields["FileVersion"] == "0.2.0rc1"
    assert "报告比对" in fields["FileDescription"] and fields["CompanyName"]
    strings.clear()  # the console companion's own names
    eval(version_resource("0.2.0rc1", "reportdesk-cli", "ReportDesk 报告比对（命令行）"), {k: stub(k) for k in kinds})
    assert dict(strings)["OriginalFilename"] == "reportdesk-cli.exe" and "命令行" in dict(strings)["FileDescription"]


def test_the_icon_has_every_size_windows_shows():
    import struct

    data = (ROOT / "resources" / "icons" / "reportdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    sizes = {data[6 + 16 * i] or 256 for i in range(count)}  # a width of 0 means 256
    assert (reserved, kind) == (0, 1) and {16, 24, 32, 48, 256} <= sizes
