"""Shared test set-up: Qt runs offscreen, the user's own folders are never touched, and paths to
the seeds and generated fixtures."""
import os
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"

# The whole run has a home of its own, and the app's settings, caches, autosaves and logs a
# private folder, set before anything (worker processes included) asks where they live. The
# check at the end proves every write went through those overrides.
os.environ.setdefault("REPORTDESK_TESTS_REAL_HOME", os.environ.get("HOME", ""))
_PRIVATE = Path(tempfile.mkdtemp(prefix="reportdesk-tests-"))
os.environ["HOME"] = str(_PRIVATE / "home")
for _name in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"):
    os.environ.pop(_name, None)
for _name in ("CONFIG", "CACHE", "DATA"):
    os.environ[f"REPORTDESK_{_name}"] = str(_PRIVATE / _name.lower())


@pytest.fixture(scope="session", autouse=True)
def nothing_is_written_where_the_user_keeps_things():
    yield
    home = _PRIVATE / "home"
    strays = [str(p) for p in home.rglob("*") if p.name.lower() == "reportdesk"] if home.exists() else []
    assert not strays, f"written around the app's folder overrides: {strays}"


@pytest.fixture
def seeds_dir() -> Path:
    return SEEDS
