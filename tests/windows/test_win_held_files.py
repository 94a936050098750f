"""Saving while another program holds the file for a moment, as on Windows: 360, 火绒 or Defender
scanning the file just written, OneDrive syncing it, the search indexer, Word or WPS with the
target open. Windows then refuses with a sharing violation (a PermissionError carrying
winerror 5, 32 or 33); a save waits briefly, and otherwise says plainly what holds the file."""
import os

import pytest

from reportdesk import files
from reportdesk.files import WriteError, write_atomically


def held(winerror=32):
    error = PermissionError(13, "另一个程序正在使用此文件，进程无法访问。")
    error.winerror = winerror  # what Windows attaches; Linux has no winerror
    return error


@pytest.fixture
def pauses(monkeypatch):
    """The pauses between tries, recorded instead of slept."""
    taken = []
    monkeypatch.setattr(files.time, "sleep", taken.append)
    return taken


def hold(monkeypatch, name, times, winerror=32):
    """os.<name> refused `times` times (None: always), then done for real."""
    real, calls = getattr(os, name), []

    def refuse(*args, **kwargs):
        calls.append(args)
        if times is None or len(calls) <= times:
            raise held(winerror)
        return real(*args, **kwargs)

    monkeypatch.setattr(files.os, name, refuse)
    return calls


@pytest.mark.parametrize("winerror", [5, 32, 33])
def test_a_file_held_for_a_moment_is_saved(tmp_path, monkeypatch, pauses, winerror):
    target = tmp_path / "汇编.docx"
    target.write_bytes(b"old")
    hold(monkeypatch, "replace", 2, winerror)
    write_atomically(target, b"new")
    assert target.read_bytes() == b"new" and [p.name for p in tmp_path.iterdir()] == ["汇编.docx"]
    assert pauses == [0.05, 0.1]  # growing pauses, only as many as needed


def test_a_file_held_for_good_names_the_programs_that_hold_files(tmp_path, monkeypatch, pauses):
    target = tmp_path / "汇编.docx"
    target.write_bytes(b"old")
    hold(monkeypatch, "replace", None)
    with pytest.raises(WriteError) as refused:
        write_atomically(target, b"new")
    message = str(refused.value)
    assert all(word in message for word in ("其他程序占用", "Word", "WPS", "360", "火绒", "Defender", "OneDrive",
                                            "Windows 搜索"))
    assert target.read_bytes() == b"old" and [p.name for p in tmp_path.iterdir()] == ["汇编.docx"]
    assert pauses == sorted(pauses) and 1 <= sum(pauses) <= 2  # about a second and a half, then the message


def test_a_settings_file_held_for_good_does_not_blame_word(tmp_path, monkeypatch, pauses):
    hold(monkeypatch, "replace", None)
    with pytest.raises(WriteError) as refused:
        write_atomically(tmp_path / "settings.json", b"{}")
    assert "杀毒软件" in str(refused.value) and "Word" not in str(refused.value)


def test_a_temporary_file_that_cannot_be_made_at_first_is_made_a_moment_later(tmp_path, monkeypatch, pauses):
    real, calls = files.tempfile.mkstemp, []

    def mkstemp(*args):
        calls.append(args)
        if len(calls) == 1:
            raise held()
        return real(*args)

    monkeypatch.setattr(files.tempfile, "mkstemp", mkstemp)
    write_atomically(tmp_path / "汇总.rdproj", b"new")
    assert (tmp_path / "汇总.rdproj").read_bytes() == b"new" and pauses == [0.05]


def test_a_temporary_file_held_after_a_failed_save_is_removed_at_the_next_start(tmp_path, monkeypatch, pauses):
    hold(monkeypatch, "replace", None)
    hold(monkeypatch, "unlink", None)
    with pytest.raises(WriteError):
        write_atomically(tmp_path / "汇总.rdproj", b"new")
    (left,) = tmp_path.glob(".reportdesk-*.tmp")  # the antivirus still has it
    monkeypatch.undo()
    os.utime(left, (0, 0))  # long ago: no running copy of the app is writing it
    assert files.remove_leftovers() == 1 and not left.exists()


def test_a_refusal_that_is_no_sharing_violation_is_not_waited_for(tmp_path, monkeypatch, pauses):
    def denied(*args):
        raise PermissionError(13, "Permission denied")  # Linux: the folder is not ours to write

    monkeypatch.setattr(files.os, "replace", denied)
    with pytest.raises(WriteError) as refused:
        write_atomically(tmp_path / "汇总.rdproj", b"new")
    assert "权限" in str(refused.value) and pauses == []


def test_a_cache_entry_that_cannot_be_written_is_logged_and_the_files_still_load(seeds_dir, tmp_path, monkeypatch,
                                                                                 pauses, caplog):
    from reportdesk.jobs import parse_files
    from reportdesk.jobs.cache import ParsedCache

    hold(monkeypatch, "replace", None)
    files_read = parse_files([seeds_dir / "004_61d6fe56185b419c.txt"], cache=ParsedCache(tmp_path / "cache"))
    assert files_read[0].reports and "could not cache" in caplog.text
    assert sum(pauses) < 0.5  # a cache never keeps a load of thousands of files waiting
