"""Write build_spec/constraints.txt: the exact version of every package that
`pip install ".[test,build]"` installs today within the bounds of pyproject.toml.

    python build_spec/constraints.py        (needs the package index; then run .ci/run)

.ci/run, the bundle test and the Windows build install with this file, so a new release of a
dependency reaches users only once the suite has passed on it. pip resolves for the system it
runs on; the few packages that only Windows installs (named with a win32 marker by the packages
resolved) are then resolved for Windows, with the same version specifiers.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "build_spec" / "constraints.txt"
WINDOWS = {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt", "extra": ""}


def resolve(*requirements: str, windows: bool = False) -> list[dict]:
    """The metadata of every package pip would install (nothing is installed)."""
    command = [sys.executable, "-m", "pip", "install", "--dry-run", "--ignore-installed", "--quiet",
               "--report", "-", *requirements]
    env = {k: v for k, v in os.environ.items() if k != "PIP_CONSTRAINT"}  # resolve afresh, not from the old pins
    with tempfile.TemporaryDirectory() as target:  # pip wants a target for another platform; nothing lands in it
        if windows:
            command += ["--platform", "win_amd64", "--python-version", "3.11", "--only-binary=:all:", "--target", target]
        result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    if result.returncode:
        sys.exit(f"pip could not resolve {' '.join(requirements)}:\n{result.stderr[-2000:]}")
    return [item["metadata"] for item in json.loads(result.stdout)["install"]]


def windows_only(packages: list[dict]) -> list[str]:
    """The requirements these packages add on Windows alone (PyInstaller's pefile, pytest's colorama)."""
    found = []
    for package in packages:
        for text in package.get("requires_dist", []):
            requirement = Requirement(text)
            if requirement.marker and requirement.marker.evaluate(WINDOWS) \
                    and not requirement.marker.evaluate({"extra": ""}):
                requirement.marker = None
                found.append(str(requirement))
    return found


def pins(packages: list[dict]) -> dict[str, str]:
    return {canonicalize_name(p["name"]): p["version"] for p in packages if p["name"] != "reportdesk"}


def main() -> int:
    if sys.version_info[:2] != (3, 11):
        print("Run this with Python 3.11, the version the app is built with.", file=sys.stderr)
        return 2
    packages = resolve(".[test,build]")
    common = pins(packages)
    extra = windows_only(packages)
    windows = {name: version for name, version in pins(resolve(*extra, windows=True) if extra else []).items()
               if name not in common}
    lines = ["# Exact versions for .ci/run, the bundle test and the Windows build.",
             "# Written by `python build_spec/constraints.py` (Python 3.11) from the bounds in",
             "# pyproject.toml: change those, regenerate, and let .ci/run pass before committing.",
             *(f"{name}=={version}" for name, version in sorted(common.items())),
             *(f'{name}=={version} ; sys_platform == "win32"' for name, version in sorted(windows.items()))]
    TARGET.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{TARGET.relative_to(ROOT)}: {len(common)} packages, {len(windows)} more on Windows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
