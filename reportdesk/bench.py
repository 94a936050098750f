"""`reportdesk bench`: time each pipeline stage on N copies of the bundled seed reports.

Stages are timed separately (read = bytes to paragraphs, structure = paragraphs to
reports) over K repeats; the medians are printed, with the whole pipeline per report.
Later stages (tokenise, align, indicators, export) add themselves here.
"""
from __future__ import annotations

import shutil
import statistics
import tempfile
import time
from pathlib import Path

from reportdesk.ingest import read_document
from reportdesk.structure import build_reports


def seed_files(seeds: Path) -> list[Path]:
    return sorted(p for p in seeds.iterdir() if p.is_file() and not p.name.startswith("."))


def make_corpus(seeds: Path, n: int, folder: Path) -> list[Path]:
    """N report files in `folder`, copies of the seeds under other names."""
    sources = seed_files(seeds)
    paths = []
    for k in range(n):
        source = sources[k % len(sources)]
        target = folder / f"报告{k:04d}{source.suffix}"
        shutil.copyfile(source, target)
        paths.append(target)
    return paths


def run_bench(seeds: Path, n: int, repeat: int, out=print) -> dict[str, float]:
    """Time the stages; return the medians in seconds."""
    with tempfile.TemporaryDirectory(prefix="reportdesk-bench-") as tmp:
        paths = make_corpus(seeds, n, Path(tmp))
        timings: dict[str, list[float]] = {"read": [], "structure": [], "total": []}
        reports = 0
        for _ in range(repeat):
            t0 = time.perf_counter()
            documents = [read_document(p) for p in paths]
            t1 = time.perf_counter()
            reports = sum(len(build_reports(d)) for d in documents)
            t2 = time.perf_counter()
            timings["read"].append(t1 - t0)
            timings["structure"].append(t2 - t1)
            timings["total"].append(t2 - t0)
    medians = {stage: statistics.median(values) for stage, values in timings.items()}
    out(f"{n} files, {reports} reports, {repeat} repeats (median seconds)")
    for stage, value in medians.items():
        out(f"  {stage:<10} {value:8.4f} s   {value / max(reports, 1) * 1000:7.2f} ms/report")
    return medians
