"""Parsed files kept in the user's cache folder, keyed by their name and content, so that opening the
same reports again (a project, yesterday's folder) costs a hash instead of a parse.

An entry is valid only for the same name, the same bytes and the same parsing code: the key
mixes the file's SHA-256 with a fingerprint of the reading and structuring code, so a new version
(or a changed rule during development) never serves stale trees. Only successful parses
are kept: an error names the file, and the user may fix the file under the same name.
"""
from __future__ import annotations

import hashlib
import logging
import os
import pickle
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from reportdesk import __version__
from reportdesk.files import WriteError, cache_dir, long_path, write_atomically
from reportdesk.model import ParsedFile

log = logging.getLogger(__name__)
FORMAT = 1  # bump when the pickled layout changes in a way the code fingerprint cannot see
MAX_ENTRIES = 4000
CACHE_PATIENCE = (0.05, 0.1)
_CODE = ("model", "ingest", "structure", "text/numerals.py", "text/sentences.py")


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """What the parse depends on: the source of the readers and the structure stage, or the
    version where there is no source (a frozen build)."""
    root = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256(f"{FORMAT}:{__version__}".encode())
    for name in _CODE:
        path = root / name
        files = sorted(path.rglob("*.py")) if path.is_dir() else [path]
        for file in files:
            try:
                digest.update(file.read_bytes())
            except OSError:
                continue
    return digest.hexdigest()[:16]


def content_key(path: str) -> str | None:
    """SHA-256 of the file's name and bytes, or None when it cannot be read (the reader will
    say why). The name is read too: a report with no title of its own is named after its file."""
    digest = hashlib.sha256(os.path.basename(path).encode("utf-8", "surrogatepass") + b"\0")
    try:
        with open(long_path(path), "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()


class ParsedCache:
    """Pickled ParsedFiles under <cache>/parsed/<code fingerprint>/."""

    def __init__(self, folder: Path | None = None):
        self.folder = (folder or cache_dir() / "parsed") / code_fingerprint()

    def _file(self, key: str) -> Path:
        return self.folder / f"{key}.pickle"

    def get(self, path: str, key: str | None) -> ParsedFile | None:
        if key is None:
            return None
        try:
            data = self._file(key).read_bytes()
        except OSError:
            return None
        try:
            parsed = pickle.loads(data)
        except Exception:  # a damaged entry is only a miss; it is rewritten after the parse
            log.warning("cache entry %s unreadable; parsing again", key)
            return None
        return replace(parsed, path=path) if isinstance(parsed, ParsedFile) else None

    def put(self, key: str | None, parsed: ParsedFile) -> None:
        if key is None or parsed.error:
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            # no journal: a temporary file a kill leaves in the cache folder harms nothing; and
            # little patience with a file an antivirus holds: a load of 2,000 files must not wait
            write_atomically(self._file(key), pickle.dumps(parsed, protocol=pickle.HIGHEST_PROTOCOL), journal=False,
                             patience=CACHE_PATIENCE)
        except (OSError, WriteError) as err:  # a cache is a convenience: never fail a load for it
            log.warning("could not cache %s: %s", parsed.path, err)

    def prune(self) -> None:
        """Keep the newest MAX_ENTRIES entries, and drop the folders of older code."""
        parent = self.folder.parent
        try:
            for old in parent.iterdir():
                if old.is_dir() and old != self.folder:
                    for entry in old.iterdir():
                        entry.unlink()
                    old.rmdir()
            entries = sorted(self.folder.glob("*.pickle"), key=os.path.getmtime, reverse=True)
            for entry in entries[MAX_ENTRIES:]:
                entry.unlink()
        except OSError as err:
            log.warning("could not prune the cache: %s", err)
