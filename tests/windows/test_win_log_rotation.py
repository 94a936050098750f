"""Two windows write one reportdesk.log. When the log is full, Windows refuses to rename it while
the other window holds it open (a PermissionError, sharing violation): logging goes on in the
same file, nothing is lost, the older logs stay, and rotation happens once the file is free."""
import logging
import os

import pytest

from reportdesk.logs import SharedLog


@pytest.fixture
def log(tmp_path):
    handler = SharedLog(tmp_path / "reportdesk.log", max_bytes=2000, backups=3)
    handler.setFormatter(logging.Formatter("%(message)s"))
    failures = []
    handler.handleError = failures.append  # logging's own fallback would hide a failure
    yield handler, failures
    handler.close()


def write(handler, first, count):
    for k in range(first, first + count):
        handler.emit(logging.makeLogRecord({"msg": f"第 {k:04d} 行：读取报告时的记录，足够长以便很快写满日志文件"}))


def held_by_another_window(monkeypatch, path):
    real = os.rename

    def rename(source, target):
        if os.fspath(source) == str(path):
            error = PermissionError(13, "另一个程序正在使用此文件，进程无法访问。")
            error.winerror = 32
            raise error
        real(source, target)

    monkeypatch.setattr(os, "rename", rename)


def test_while_another_window_holds_the_log_every_line_is_still_written(log, tmp_path, monkeypatch):
    handler, failures = log
    for k in (1, 2):
        (tmp_path / f"reportdesk.log.{k}").write_text(f"older log {k}\n", encoding="utf-8")
    held_by_another_window(monkeypatch, tmp_path / "reportdesk.log")
    write(handler, 0, 200)  # ten times the size at which it rotates
    assert failures == []
    lines = (tmp_path / "reportdesk.log").read_text(encoding="utf-8").splitlines()
    assert [line[2:6] for line in lines] == [f"{k:04d}" for k in range(200)]
    assert (tmp_path / "reportdesk.log.1").read_text(encoding="utf-8") == "older log 1\n"  # the older logs stay
    assert (tmp_path / "reportdesk.log.2").read_text(encoding="utf-8") == "older log 2\n"


def test_once_the_other_window_closes_the_log_rotates(log, tmp_path, monkeypatch):
    handler, failures = log
    held_by_another_window(monkeypatch, tmp_path / "reportdesk.log")
    write(handler, 0, 100)
    monkeypatch.undo()  # the other window has closed
    write(handler, 100, 100)
    assert failures == []
    rotated = sorted(p.name for p in tmp_path.iterdir())
    assert rotated == ["reportdesk.log", "reportdesk.log.1", "reportdesk.log.2", "reportdesk.log.3"]
    text = "".join((tmp_path / name).read_text(encoding="utf-8") for name in rotated)
    assert "第 0199 行" in text and os.path.getsize(tmp_path / "reportdesk.log") < 2000
