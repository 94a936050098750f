"""Batch parsing: progress, cancellation, and one bad file never stops the others."""
from reportdesk import jobs
from reportdesk.jobs import expand_paths, parse_files


class Recorder:
    def __init__(self, cancel_after=None):
        self.steps = []
        self.cancel_after = cancel_after

    @property
    def cancelled(self):
        return self.cancel_after is not None and len(self.steps) >= self.cancel_after

    def step(self, done, total, text):
        self.steps.append((done, total, text))


def test_progress_is_reported_per_file(seeds_dir):
    recorder = Recorder()
    results = parse_files([seeds_dir], recorder)
    assert len(results) == 5
    assert [s[:2] for s in recorder.steps] == [(k, 5) for k in range(5)] + [(5, 5)]
    assert recorder.steps[0][2] == "000_a91621add47653ec.txt"


def test_cancel_stops_early(seeds_dir):
    results = parse_files([seeds_dir], Recorder(cancel_after=2))
    assert len(results) == 2


def test_an_internal_error_in_one_file_does_not_stop_the_others(seeds_dir, monkeypatch, caplog):
    real = jobs.build_reports

    def flaky(document):
        if document.path.endswith("002_3275dbe3018fe5f1.txt"):
            raise ValueError("boom")
        return real(document)

    monkeypatch.setattr(jobs, "build_reports", flaky)
    results = parse_files([seeds_dir])
    errors = [r for r in results if r.error]
    assert len(errors) == 1 and "002_3275dbe3018fe5f1.txt" in errors[0].error and "内部错误" in errors[0].error
    assert sum(len(r.reports) for r in results) == 11
    assert "boom" in caplog.text


def test_folders_are_expanded_recursively_without_duplicates(tmp_path):
    (tmp_path / "子目录").mkdir()
    for name in ["a.txt", "子目录/b.docx", "子目录/c.md", "子目录/.hidden.txt", "子目录/~$d.docx", "e.jpg"]:
        (tmp_path / name).write_bytes(b"x")
    found = expand_paths([tmp_path, tmp_path / "a.txt"])
    assert sorted(p.replace(str(tmp_path), "") for p in found) == ["/a.txt", "/子目录/b.docx", "/子目录/c.md"]
