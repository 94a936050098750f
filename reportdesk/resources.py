"""Find bundled files by name, from a source checkout, an installed package or a frozen app.

`path("taxonomy/education.toml")` returns the file inside the top-level `resources/`
folder; an unknown name raises FileNotFoundError rather than failing later.
"""
from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _roots() -> list[Path]:
    roots = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        roots.append(Path(frozen))
    roots.append(_PACKAGE.parent)  # source checkout or editable install
    roots.append(_PACKAGE / "_data")  # wheel: data copied into the package
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
    for root in _roots():
        candidate = root / "seeds"
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("the bundled example reports (seeds/) are missing")
