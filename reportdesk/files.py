"""The app's own folders (settings, cache, data, logs) and writing files that are never half-written.

Folders come from platformdirs, so they are where each system expects them
(%APPDATA%\\ReportDesk, %LOCALAPPDATA%\\ReportDesk\\Cache on Windows), never beside the
program. REPORTDESK_CONFIG, REPORTDESK_CACHE and REPORTDESK_DATA override them (tests).
"""
from __future__ import annotations

import glob
import json
import ntpath
import os
import stat
import sys
import tempfile
import time
from pathlib import Path

import platformdirs

from reportdesk.model.errors import UserError

APP = "ReportDesk"
# Linux folders are lower case by custom (~/.config/reportdesk), as earlier versions used.
_NAME = APP if sys.platform in ("win32", "darwin") else APP.lower()


class WriteError(UserError, OSError):
    """A file could not be written; the message says why in plain words."""


_KINDS = {"config": "设置", "cache": "缓存", "data": "自动保存"}
_problems: dict[str, str] = {}  # kind -> what went wrong, said once to the user


def _folder(kind: str, override: str, default: str) -> Path:
    base = Path(os.environ.get(override) or default)
    try:
        base.mkdir(parents=True, exist_ok=True)
        if os.access(base, os.W_OK):
            return base
        reason = "没有写入权限"
    except OSError as exc:
        reason = exc.strerror or str(exc)
    # An unwritable profile (a locked-down PC, a full disk) must not stop the app: use a
    # private temporary folder for this session, and say so once.
    fallback = Path(tempfile.gettempdir()) / f"reportdesk-{kind}-{_user()}"
    try:
        fallback.mkdir(parents=True, exist_ok=True)
    except OSError:
        fallback = Path(tempfile.mkdtemp(prefix=f"reportdesk-{kind}-"))
    _problems.setdefault(kind, f"{_KINDS[kind]}文件夹“{base}”无法使用（{reason}），本次改用临时文件夹“{fallback}”"
                               + ("，关闭后设置不会保留。" if kind == "config" else "。"))
    return fallback


def _user() -> str:
    try:
        return str(os.getuid())
    except AttributeError:  # Windows
        return os.environ.get("USERNAME", "user")


def folder_problems() -> list[str]:
    """Sentences about app folders that could not be used (empty when all is well)."""
    return list(_problems.values())


def config_dir() -> Path:
    """Per-user settings folder (created on demand)."""
    return _folder("config", "REPORTDESK_CONFIG", platformdirs.user_config_dir(_NAME, appauthor=False, roaming=True))


def cache_dir() -> Path:
    """Per-user cache folder (created on demand): anything in it can be rebuilt."""
    return _folder("cache", "REPORTDESK_CACHE", platformdirs.user_cache_dir(_NAME, appauthor=False))


def data_dir() -> Path:
    """Per-user data folder (created on demand): autosaved work."""
    return _folder("data", "REPORTDESK_DATA", platformdirs.user_data_dir(_NAME, appauthor=False))


def log_dir() -> Path:
    path = config_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


# Windows opens a path of MAX_PATH (260) characters or more, counting the final NUL, only in
# the extended-length form, unless the machine has LongPathsEnabled (most do not); a folder
# must leave room for an 8.3 name, so it stops at 248. Deep 单位 folder names pass that.
LONG_PATH = 248
_EXTENDED, _EXTENDED_UNC = "\\\\?\\", "\\\\?\\UNC\\"


def long_path(path: str | os.PathLike, windows: bool | None = None, room: int = 0) -> str:
    r"""The spelling of `path` to open, stat, walk or write it by: on Windows, a path of 248
    characters or more (with `room` to spare) in the extended-length form (\\?\C:\… or
    \\?\UNC\server\share\…), which any length passes; anything else as it is. Messages keep
    showing the user's own spelling."""
    path = os.fspath(path)
    if not (os.name == "nt" if windows is None else windows):
        return path
    if path.startswith(_EXTENDED) or path.startswith("\\\\.\\"):  # already extended, or a device
        return path
    full = ntpath.abspath(path)  # the extended form takes no "/", "." or "..": normalise them first
    if len(full) + room < LONG_PATH:
        return path
    if full.startswith("\\\\"):  # a network share: \\server\share\…
        return _EXTENDED_UNC + full[2:]
    return _EXTENDED + full


TEMP_PREFIX = ".reportdesk-"
# Windows refuses to open, rename or delete a file another program holds: an antivirus (360,
# 火绒, Defender) scanning the file just written, OneDrive syncing it, the search indexer
# reading it. These are sharing violations (ERROR_SHARING_VIOLATION 32, ERROR_LOCK_VIOLATION
# 33, and ERROR_ACCESS_DENIED 5, which renaming onto a file open elsewhere gives); they pass
# in a moment, so each step is tried again with growing pauses, 1.55 s in all.
SHARING_VIOLATIONS = frozenset({5, 32, 33})
PATIENCE = (0.05, 0.1, 0.2, 0.4, 0.8)
_OFFICE_SUFFIXES = (".docx", ".doc", ".wps", ".xlsx", ".xls", ".et", ".csv")


def _held(exc: OSError) -> bool:
    return isinstance(exc, PermissionError) and getattr(exc, "winerror", None) in SHARING_VIOLATIONS


def _patiently(step, *args, patience: tuple[float, ...] = PATIENCE):
    """step(*args), tried again after each pause while another program holds the file."""
    for pause in (*patience, None):
        try:
            return step(*args)
        except PermissionError as exc:
            if pause is None or not _held(exc):
                raise
            time.sleep(pause)


def _refusal(path: Path, exc: OSError) -> str:
    """Why a file could not be saved, in words that say what to do."""
    if _held(exc):
        office = (f"如果“{path.name}”正在 Word、WPS 或 Excel 中打开，请先关闭它；"
                  if path.suffix.lower() in _OFFICE_SUFFIXES else "")
        return (f"无法保存“{path.name}”：文件正被其他程序占用，等待片刻后仍未释放。{office}"
                f"也可能是杀毒软件（如 360、火绒、Windows Defender）正在检查它，OneDrive 等同步程序正在同步，"
                f"或 Windows 搜索正在建立索引。请稍后再试，或换一个文件夹保存（也请确认有这个文件夹的写入权限）")
    if isinstance(exc, PermissionError):
        return f"无法保存“{path.name}”：没有写入“{path.parent}”的权限（{exc.strerror or exc}）"
    return f"无法保存“{path.name}”：{exc.strerror or exc}"


def write_atomically(path: str | Path, data: bytes, journal: bool = True,
                     patience: tuple[float, ...] = PATIENCE) -> None:
    """Write to a temporary file beside the target, then rename it into place.

    A read-only target is refused, not replaced. The new file gets the old one's permissions,
    or the usual ones for a new file (the umask's), not the temporary file's owner-only ones.
    A temporary file is listed in a journal while it exists, so that one left behind by a
    killed process is removed at the next start (`remove_leftovers`). A step another program
    blocks for a moment is tried again (`patience`: the pauses between tries)."""
    path = Path(path)
    # messages name `path`; the files are reached through `target`, long enough for the
    # temporary file beside it too (its name may be longer than the target's)
    target = Path(long_path(path, room=len(TEMP_PREFIX) + 60))
    if target.exists() and not target.stat().st_mode & stat.S_IWRITE:  # the read-only attribute, even for an admin
        raise WriteError(f"无法保存“{path.name}”：这是只读文件，没有覆盖它（可在文件属性中取消“只读”）")
    prefix = f"{TEMP_PREFIX}{path.stem[:40]}-"
    # journalled before it exists (as a pattern: its name is not known yet), so that a kill
    # between creating it and noting it still leaves a trace for the next start
    pattern = os.path.join(str(target.parent), glob.escape(prefix) + "*.tmp")
    if journal:
        _journal(pattern, add=True)
    try:
        fd, tmp = _patiently(tempfile.mkstemp, ".tmp", prefix, str(target.parent), patience=patience)
    except OSError as exc:
        if journal:
            _journal(pattern, add=False)
        if _held(exc):
            raise WriteError(_refusal(path, exc)) from exc
        raise WriteError(f"无法在“{path.parent}”中写入文件：{exc.strerror or exc}") from exc
    if journal:
        _journal(tmp, add=True)
        _journal(pattern, add=False)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        _set_mode(tmp, target)
        _patiently(os.replace, tmp, target, patience=patience)
    except OSError as exc:
        _discard(tmp, patience)
        raise WriteError(_refusal(path, exc)) from exc
    if journal:
        _journal(tmp, add=False)


def _set_mode(tmp: str, target: Path) -> None:
    if sys.platform == "win32":
        return
    try:
        mode = target.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    os.chmod(tmp, mode)


def _discard(tmp: str, patience: tuple[float, ...] = PATIENCE) -> None:
    """Remove a temporary file; one that stays (held by an antivirus) stays in the journal, and
    the next start removes it."""
    try:
        _patiently(os.unlink, tmp, patience=patience)
    except FileNotFoundError:
        pass
    except OSError:
        return
    _journal(tmp, add=False)


def _journal_file() -> Path:
    return cache_dir() / "pending-writes.txt"


def _journal(tmp: str, add: bool) -> None:
    """Keep the list of temporary files that exist right now (best effort: never fails a write)."""
    try:
        journal = _journal_file()
        lines = journal.read_text(encoding="utf-8").splitlines() if journal.exists() else []
        lines = [line for line in lines if line and line != tmp] + ([tmp] if add else [])
        journal.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    except OSError:
        pass


LEFTOVER_SECONDS = 600  # no write takes this long; a younger file may belong to another running copy


NAME_SHOWN = 60  # characters of a name a message repeats; past that, …


def short(name: str) -> str:
    """A file name as a message repeats it: a pathological one is cut, not pasted whole."""
    return name if len(name) <= NAME_SHOWN else name[:NAME_SHOWN - 1] + "…"


def same_file(path: str | Path, others) -> bool:
    """Whether `path` names one of `others` (the same file by another spelling, or a link)."""
    key = os.path.normcase(os.path.abspath(str(path)))
    for other in others:
        if os.path.normcase(os.path.abspath(str(other))) == key:
            return True
        try:
            if os.path.exists(long_path(path)) and os.path.samefile(long_path(path), long_path(other)):
                return True
        except OSError:
            continue
    return False


def remove_leftovers() -> int:
    """Delete temporary files a killed process left behind; how many were removed."""
    try:
        journal = _journal_file()
        lines = journal.read_text(encoding="utf-8").splitlines() if journal.exists() else []
    except OSError:
        return 0
    removed, kept = 0, []
    for line in lines:
        if not (Path(line).name.startswith(TEMP_PREFIX) and line.endswith(".tmp")):
            continue
        young = False
        for tmp in (glob.glob(line) if "*" in line else [line]):  # a pattern: the name was not known yet
            try:
                if time.time() - os.stat(tmp).st_mtime < LEFTOVER_SECONDS:
                    young = True
                    continue
                os.unlink(tmp)
                removed += 1
            except FileNotFoundError:
                pass
            except OSError:
                young = True
        if young:
            kept.append(line)
    try:
        journal.write_text("".join(f"{line}\n" for line in kept), encoding="utf-8")
    except OSError:
        pass
    return removed


def read_json(path: Path) -> dict | None:
    """The JSON object in a file, or None when it is missing or unreadable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def write_json(path: Path, data: dict) -> None:
    write_atomically(path, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))


def process_alive(pid: int) -> bool:
    """Whether a process with this id is running (used to tell an orphaned autosave)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        from reportdesk.winapi import process_running

        return process_running(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True
