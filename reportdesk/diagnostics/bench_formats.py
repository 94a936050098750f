"""Per-format rows for `reportdesk bench`: median seconds to read each kind of file.

`format_rows(source, repeat)` takes a folder of report files (the seeds, or a folder
holding one report in several formats such as tests/data/formats) and times
`read_document` on every file, `repeat` times each, grouped by the kind the reader
reported (DOCX, DOC, PDF, RTF, ODT, 网页 …). Files that cannot be read are counted apart.
"""
from __future__ import annotations

import statistics
import time
from collections import defaultdict
from pathlib import Path

from reportdesk.text.width import display_width


def format_rows(seeds_or_folder: str | Path, repeat: int = 5, out=print) -> dict[str, dict[str, float]]:
    """Print and return {kind: {"files", "median", "slowest", "paragraphs"}} (seconds per file)."""
    from reportdesk.ingest import ReadError, is_report_file, read_document

    folder = Path(seeds_or_folder)
    paths = sorted(p for p in folder.iterdir() if p.is_file() and is_report_file(p))
    runs: dict[str, list[float]] = defaultdict(list)
    files: dict[str, int] = defaultdict(int)
    paragraphs: dict[str, int] = defaultdict(int)
    unreadable = 0
    for path in paths:
        times = []
        kind = None
        for _ in range(max(1, repeat)):
            start = time.perf_counter()
            try:
                document = read_document(path)
            except ReadError:
                kind = None
                break
            times.append(time.perf_counter() - start)
            kind = document.encoding.split(" (")[0].split("（")[0]
        if kind is None:
            unreadable += 1
            continue
        files[kind] += 1
        paragraphs[kind] += len(document.paragraphs)
        runs[kind].append(statistics.median(times))
    result = {kind: {"files": files[kind], "median": statistics.median(times),
                     "slowest": max(times), "paragraphs": paragraphs[kind]}
              for kind, times in sorted(runs.items())}
    out(f"read by format: {len(paths)} files in {folder}, {repeat} repeats, median seconds per file")
    out(f"{'format':<10}{'files':>6}{'median':>10}{'slowest':>10}{'paragraphs':>12}")
    for kind, row in result.items():
        label = kind + " " * (10 - display_width(kind))
        out(f"{label}{row['files']:>6}{row['median']:>10.4f}{row['slowest']:>10.4f}{row['paragraphs']:>12}")
    if unreadable:
        out(f"unreadable: {unreadable} file(s)")
    return result
