"""`reportdesk bench`: time each pipeline stage on N copies of the bundled seed reports.

Stages: read (bytes to paragraphs), structure (paragraphs to reports), tokenise (jieba
words of every aligned section), align (topics and coverage matrix), copies (every
sentence against every other report's: copied, reused or boilerplate), indicators (every
figure with its subject), export (the by-topic Word compilation of everything). "Cold" is a fresh
process each time (jieba loads its dictionary, no caches); "warm" repeats the stages
in one process, where texts already segmented are not segmented again. The whole
pipeline is compared with bare jieba segmentation of the same text.
"""
from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from reportdesk.diagnostics import megabytes, peak_memory, self_command

EVERY_COLUMN_FILES = 200  # --gui N up to this also shows topics with every report's column
STAGES = ("read", "structure", "tokenise", "align", "copies", "indicators", "export")


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


def run_stages(paths: list[Path]) -> dict[str, float]:
    """One pass of the pipeline; seconds per stage."""
    from reportdesk.align import align_files
    from reportdesk.align.units import report_refs, section_refs
    from reportdesk.compare.copies import find_copies
    from reportdesk.export.run import export_docx
    from reportdesk.figures.facts import collect_facts
    from reportdesk.model import ParsedFile
    from reportdesk.structure import build_reports
    from reportdesk.text.tokenize import tokens

    times = {}
    t0 = time.perf_counter()
    documents = readable(paths)
    t1 = time.perf_counter()
    files = [ParsedFile(d.path, d.encoding, None, build_reports(d)) for d in documents]
    t2 = time.perf_counter()
    for ref in report_refs(files):
        for s in section_refs(ref):
            tokens(s.section.title)
            tokens(s.section.full_text())
    t3 = time.perf_counter()
    alignment = align_files(files)
    t4 = time.perf_counter()
    find_copies(alignment)
    t5 = time.perf_counter()
    collect_facts(alignment)
    t6 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="reportdesk-bench-export-") as out:
        export_docx(alignment, Path(out) / "merged.docx")
    t7 = time.perf_counter()
    times.update(read=t1 - t0, structure=t2 - t1, tokenise=t3 - t2, align=t4 - t3, copies=t5 - t4,
                 indicators=t6 - t5, export=t7 - t6)
    return times


def readable(paths: list[Path]) -> list:
    """The documents of the files that can be read: a folder of real files has unreadable
    ones, which cost their refusal, as in the window."""
    from reportdesk.ingest import ReadError, read_document

    documents = []
    for path in paths:
        try:
            documents.append(read_document(path))
        except ReadError:
            pass
    return documents


def bare_jieba(paths: list[Path]) -> tuple[float, float]:
    """(dictionary load, segmentation of all the files' text) with plain jieba, no cache."""
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    text = "\n".join(p.text for document in readable(paths) for p in document.paragraphs)
    tokenizer = jieba.Tokenizer()
    t0 = time.perf_counter()
    tokenizer.initialize()
    t1 = time.perf_counter()
    tokenizer.lcut(text, HMM=False)
    t2 = time.perf_counter()
    return t1 - t0, t2 - t1


def run_step(kind: str, folder: str) -> int:
    """`reportdesk --bench-step cold|stall FOLDER`: one measurement in a fresh process (as a user
    starts the app), printed as the last line for the parent."""
    if kind == "cold":
        print(json.dumps(run_stages(sorted(Path(folder).iterdir())) | {"peak": peak_memory()}))
    elif kind == "topics":
        from reportdesk.gui.stall_meter import measure_topics

        print(measure_topics(Path(folder), out=lambda *a: None))
    else:
        from reportdesk.gui.stall_meter import measure_load

        print(json.dumps(measure_load(Path(folder), out=lambda *a: None) | {"peak": peak_memory()}))
    return 0


def _step(kind: str, folder: Path, **options) -> str:
    """The last line a --bench-step process printed."""
    run = subprocess.run(self_command() + ["--bench-step", kind, str(folder)], capture_output=True, text=True,
                         check=True, **options)
    return run.stdout.strip().splitlines()[-1]


def _cold_once(folder: Path) -> dict[str, float]:
    return json.loads(_step("cold", folder))


def run_bench(seeds: Path, n: int, repeat: int, out=print) -> dict[str, dict[str, float]]:
    """Time the stages cold and warm; print and return the medians in seconds."""
    with tempfile.TemporaryDirectory(prefix="reportdesk-bench-") as tmp:
        paths = make_corpus(seeds, n, Path(tmp))
        cold = [_cold_once(Path(tmp)) for _ in range(repeat)]
        run_stages(paths)  # fill the caches
        warm = [run_stages(paths) for _ in range(repeat)]
        jieba_runs = [bare_jieba(paths) for _ in range(repeat)]
    result = {}
    for label, runs in (("cold", cold), ("warm", warm)):
        medians = {stage: statistics.median(r[stage] for r in runs) for stage in STAGES}
        medians["total"] = statistics.median(sum(r[s] for s in STAGES) for r in runs)
        result[label] = medians
    load = statistics.median(j[0] for j in jieba_runs)
    segment = statistics.median(j[1] for j in jieba_runs)
    result["jieba"] = {"load": load, "segment": segment}
    out(f"{n} files (copies of {len(seed_files(seeds))} seed files), {repeat} repeats, median seconds")
    out(f"{'stage':<10}{'cold':>10}{'warm':>10}")
    for stage in STAGES + ("total",):
        out(f"{stage:<10}{result['cold'][stage]:>10.3f}{result['warm'][stage]:>10.3f}")
    peaks = [r["peak"] for r in cold if r.get("peak")]
    result["peak"] = max(peaks) if peaks else None
    out(f"peak memory of a cold pipeline process (reading included): {megabytes(result['peak'])}")
    out(f"bare jieba: load {load:.3f} s, segment all text {segment:.3f} s")
    out(f"pipeline / bare jieba: cold {result['cold']['total'] / (load + segment):.2f}×, "
        f"warm {result['warm']['total'] / segment:.2f}×")
    return result


def reload_times(seeds: Path, n: int, repeat: int, out=print) -> dict[str, float]:
    """Reading and structuring N files as the window does (worker processes): the first time,
    and again with the same files unchanged (from the cache of parsed files). Medians, s."""
    from reportdesk.jobs import parse_files, reader_pool
    from reportdesk.jobs.cache import ParsedCache

    reader_pool().start()  # the workers are started once per session, before the first load
    first, again = [], []
    with tempfile.TemporaryDirectory(prefix="reportdesk-bench-reload-") as tmp:
        paths = make_corpus(seeds, n, Path(tmp) / "files") if (Path(tmp) / "files").mkdir() is None else []
        for k in range(repeat):
            cache = ParsedCache(Path(tmp) / f"cache{k}")
            started = time.perf_counter()
            parse_files(paths, cache=cache)
            first.append(time.perf_counter() - started)
            started = time.perf_counter()
            parse_files(paths, cache=cache)
            again.append(time.perf_counter() - started)
    result = {"first": statistics.median(first), "reload": statistics.median(again)}
    out(f"load {n} files in worker processes: first {result['first']:.3f} s, "
        f"again unchanged (cache) {result['reload']:.3f} s (medians of {repeat})")
    return result


def gui_stalls(seeds: Path, n: int, repeat: int, out=print) -> float:
    """The longest event-loop stall while the window loads N copies of the seeds (median, s),
    the time until it is idle again and the window process's peak memory (the reading is
    done by worker processes, which end). Each measurement starts a fresh process, as a user
    starts the app."""
    with tempfile.TemporaryDirectory(prefix="reportdesk-stall-corpus-") as tmp, \
            tempfile.TemporaryDirectory(prefix="reportdesk-stall-cache-") as cache:
        make_corpus(seeds, n, Path(tmp))
        # A cache of parsed files of its own: the first run reads every file, the others
        # reopen them as a user does; the user's own cache never sees the copies.
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"), REPORTDESK_CACHE=cache)
        runs = []
        for _ in range(repeat):
            runs.append(json.loads(_step("stall", Path(tmp), env=env)))
            run = runs[-1]
            out(f"  window loaded {n} files ({run['reports']} reports) in {run['seconds']:.1f} s: longest event-loop "
                f"stall {run['stall'] * 1000:.0f} ms, peak memory {megabytes(run['peak'])}")
        median = statistics.median_low(r["stall"] for r in runs)
        peaks = [r["peak"] for r in runs if r["peak"]]
        out(f"{n} files, medians of {len(runs)}: longest stall {median * 1000:.0f} ms, "
            f"loaded in {statistics.median(r['seconds'] for r in runs):.1f} s, "
            f"window peak memory {megabytes(statistics.median_low(peaks) if peaks else None)}")
        if n > EVERY_COLUMN_FILES:  # thousands of columns side by side is not a way anyone reads
            return median
        shows = sorted(float(_step("topics", Path(tmp), env=env)) for _ in range(repeat))
    out(f"  showing a topic with every report's column ({n} files): longest stall, median of {len(shows)}: "
        f"{shows[len(shows) // 2] * 1000:.0f} ms")
    return median


def scale_rows(seeds: Path, sizes: tuple[int, ...] = (100, 800), repeat: int = 3, out=print) -> dict[int, dict]:
    """Export and indicators (with their CSV) for about N *reports* each, warm, medians in
    seconds, and how the time grows from the smallest size: linear work grows as the size."""
    from reportdesk.align import align_files
    from reportdesk.export.run import export_docx
    from reportdesk.figures.facts import collect_facts
    from reportdesk.figures.tables import long_table, write_csv
    from reportdesk.jobs import parse_files

    per_file = len(align_files(parse_files(seed_files(seeds))).reports) / len(seed_files(seeds))
    rows: dict[int, dict] = {}
    for size in sizes:
        with tempfile.TemporaryDirectory(prefix="reportdesk-scale-") as tmp:
            alignment = align_files(parse_files(make_corpus(seeds, max(1, round(size / per_file)), Path(tmp))))
            export, figures = [], []
            for _ in range(repeat):
                started = time.perf_counter()
                export_docx(alignment, Path(tmp) / "merged.docx")
                export.append(time.perf_counter() - started)
                started = time.perf_counter()
                write_csv(long_table(collect_facts(alignment), dict(alignment.topics)), Path(tmp) / "figures.csv")
                figures.append(time.perf_counter() - started)
            rows[size] = {"reports": len(alignment.reports), "export": statistics.median(export),
                          "indicators": statistics.median(figures)}
    first = rows[sizes[0]]
    out(f"scale, warm, {repeat} repeats, median seconds (× the {first['reports']}-report time)")
    for size, row in rows.items():
        out(f"{row['reports']:>6} reports: export {row['export']:.2f} s ({row['export'] / first['export']:.1f}×), "
            f"indicators + CSV {row['indicators']:.2f} s ({row['indicators'] / first['indicators']:.1f}×)")
    return rows
