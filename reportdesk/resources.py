"""Find bundled files by name, from a source checkout, an installed package or a frozen app.

`path("taxonomy/education.toml")` returns the file inside the top-level `resources/`
folder; an unknown name raises FileNotFoundError rather than failing later.
"""
from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _roots() -> list[Path]:
    """Where resources/ and seeds/ may sit: the frozen app's folder, the installed package's
    _data (pyproject.toml maps both folders there in the wheel), or a source checkout."""
    roots = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        roots.append(Path(frozen))
    roots.append(_PACKAGE / "_data")
    if (_PACKAGE.parent / "pyproject.toml").is_file():  # a checkout, not site-packages, whose
        roots.append(_PACKAGE.parent)                  # "resources" may be another package's
    return roots


def path(name: str) -> Path:
    """The file `resources/<name>`; FileNotFoundError names what was looked for and where."""
    tried = []
    for root in _roots():
        candidate = root / "resources" / name
        if candidate.exists():
            return candidate
        tried.append(str(candidate))
    raise FileNotFoundError(f"resource {name!r} not found; looked in: {', '.join(tried)}")


def seeds_folder() -> Path:
    """The bundled example reports."""
    tried = []
    for root in _roots():
        candidate = root / "seeds"
        if candidate.is_dir():
            return candidate
        tried.append(str(candidate))
    raise FileNotFoundError(f"the bundled example reports (seeds/) are missing; looked in: {', '.join(tried)}")
