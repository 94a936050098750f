"""Feed the readers thousands of damaged files through the worker pool (a developer command, not CI).

    .venv/bin/python tests/tools/fuzz_readers.py                     # 2,000 files, every kind of damage
    .venv/bin/python tests/tools/fuzz_readers.py --count 5000 --seed 7 --workers 2
    .venv/bin/python tests/tools/fuzz_readers.py --rates             # the issue's load-rate set
    .venv/bin/python tests/tools/fuzz_readers.py --corpus /path/to/more/reports --keep /tmp/fuzzed
    .venv/bin/python tests/tools/fuzz_readers.py --folders 20      # whole folders, as a user opens them

The good files come from seeds/ and tests/data/ (add folders with --corpus). Each mutated
file gets one kind of damage from tests/ingest/damage.py (byte flips, truncation, cut tags,
control characters, zip-level damage, mixed encodings, huge list counters, deep nesting,
XML declared as GBK), chosen by a seeded generator: the same --seed gives the same files.
The files go through `reportdesk.jobs.parse_files` with the worker pool, as the window reads
them; each worker times its files and reports its peak memory.

--rates builds the set the issue counts: 50 texts and 150 Word files, each with one of byte
flips, truncation, cut tags or control characters, and prints how many load.

--folders N puts the damaged files into N folders, each with mutants of every format (and one
sound report), and runs each folder through everything the window does with a folder: the
scan, the workers, the alignment, the figures, the copies, every topic's columns, the points
and a Word export. Any exception on the way, and any 内部错误 a worker reports, is an
unhandled one: it prints the count (and the first tracebacks) and exits 1 when there is any.

It prints, per format: files, loaded, loaded with a warning, refused with a reason, internal
errors (any exception other than ReadError), timeouts and worker crashes; then the slowest
file and the peak memory of a worker. Exit status 1 when any internal error, crash, timeout
or file over 10 s occurred.
"""
from __future__ import annotations

import argparse
import logging
import random
import re
import resource
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "ingest")]

from damage import COMMON, ZIP_SUFFIXES, kinds_for, mutate  # noqa: E402

SLOW_SECONDS = 10.0
SOUND = "004_61d6fe56185b419c.txt"  # the report every folder also holds
INTERNAL = ("内部错误",)
CRASH = ("占用内存过多",)
TIMEOUT = ("秒仍未完成",)
_LINE = re.compile(r"FUZZ\t(.*)\t([\d.]+)\t(\d+)$")


def timed_parse(path: str):
    """parse_file, reporting its time and the worker's peak memory through the log (the pool
    sends a worker's warnings to the app)."""
    from reportdesk.jobs import parse_file

    start = time.perf_counter()
    result = parse_file(path)
    logging.getLogger("fuzz").warning("FUZZ\t%s\t%.3f\t%d", path, time.perf_counter() - start, _peak_kb())
    return result


def _peak_kb() -> int:
    """This process's peak resident memory. Linux keeps ru_maxrss across exec, so a worker would
    report the peak of the process that started it; VmHWM belongs to this process alone."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def in_process(path: str):
    """read_document in this process: shows the traceback of anything but a ReadError."""
    from reportdesk.ingest import ReadError, read_document

    try:
        return read_document(path)
    except ReadError as err:
        return err


def corpus(extra: list[str]) -> list[Path]:
    folders = [ROOT / "seeds", ROOT / "tests" / "data"] + [Path(f) for f in extra]
    files = []
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.is_file() and path.suffix.lower() in _SUFFIXES:
                files.append(path)
    return files


_SUFFIXES = {".txt", ".md", ".docx", ".doc", ".wps", ".pdf", ".rtf", ".odt", ".html", ".htm", ".mht"}


def plan_all(files: list[Path], count: int, rng: random.Random) -> list[tuple[Path, str]]:
    """Every format about equally often, every kind of damage of a format in turn."""
    by_suffix = defaultdict(list)
    for path in files:
        by_suffix[path.suffix.lower()].append(path)
    suffixes = sorted(by_suffix)
    plan = []
    for k in range(count):
        suffix = suffixes[k % len(suffixes)]
        kinds = kinds_for(suffix)
        plan.append((rng.choice(by_suffix[suffix]), kinds[(k // len(suffixes)) % len(kinds)]))
    return plan


def plan_rates(files: list[Path], rng: random.Random) -> list[tuple[Path, str]]:
    """The issue's set: 50 texts and 150 Word files, the four common kinds of damage in turn."""
    texts = [p for p in files if p.suffix.lower() == ".txt"]
    words = [p for p in files if p.suffix.lower() in ZIP_SUFFIXES and p.suffix.lower() != ".odt"]
    plan = [(rng.choice(texts), COMMON[k % 4]) for k in range(50)]
    plan += [(rng.choice(words), COMMON[k % 4]) for k in range(150)]
    return plan


def write_cases(plan, folder: Path, seed: int) -> list[tuple[Path, str, str, Path]]:
    cases = []
    for k, (source, kind) in enumerate(plan):
        data = mutate(source.read_bytes(), source.suffix, kind, random.Random(seed * 1_000_003 + k))
        target = folder / f"{k:05d}_{kind}_{source.stem[:20]}{source.suffix}"
        target.write_bytes(data)
        cases.append((target, kind, source.suffix.lower(), source))
    return cases


def kept(cases, results) -> None:
    """How much of its text a damaged file that loaded still gives: characters, against the sound file."""
    from reportdesk.ingest import ReadError, read_document

    def chars(path) -> int:
        try:
            return sum(len(p.text) for p in read_document(path).paragraphs)
        except ReadError:
            return 0

    ratios = defaultdict(list)
    sound = {}
    for path, _, suffix, source in cases:
        if results.get(str(path)) is not None and results[str(path)].error is None:
            if source not in sound:
                sound[source] = chars(source)
            if sound[source]:
                ratios[group(suffix)].append(min(1.0, chars(path) / sound[source]))
    print("text kept by the files that loaded (median, lowest quartile): " + ", ".join(
        f"{name} {statistics.median(r):.0%}, {sorted(r)[len(r) // 4]:.0%}" for name, r in sorted(ratios.items())))


class _Timings(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.seconds: dict[str, float] = {}
        self.peak_kb = 0

    def emit(self, record) -> None:
        match = _LINE.search(record.getMessage())
        if match:
            self.seconds[match.group(1)] = float(match.group(2))
            self.peak_kb = max(self.peak_kb, int(match.group(3)))


def run(cases, workers: int, batch: int) -> tuple[dict, _Timings, float]:
    from reportdesk.jobs import batch as jobs_batch
    from reportdesk.jobs.isolation import ReaderPool

    timings = _Timings()
    logging.getLogger("reportdesk.jobs.isolation").addHandler(timings)
    logging.getLogger("reportdesk.jobs.isolation").propagate = False
    jobs_batch._pool = ReaderPool(workers=workers, parse=f"{Path(__file__).stem}:timed_parse")
    results = {}
    started = time.monotonic()
    paths = [str(case[0]) for case in cases]
    for k in range(0, len(paths), batch):
        for parsed in jobs_batch.parse_files(paths[k:k + batch], isolate=True, cache=False):
            results[parsed.path] = parsed
        print(f"  {min(k + batch, len(paths))}/{len(paths)} files", file=sys.stderr, flush=True)
    elapsed = time.monotonic() - started
    jobs_batch._pool.close()
    return results, timings, elapsed


def outcome(parsed) -> str:
    if parsed is None:
        return "missing"
    if parsed.error is None:
        return "warned" if getattr(parsed, "warnings", ()) else "loaded"
    if any(word in parsed.error for word in INTERNAL):
        return "internal"
    if any(word in parsed.error for word in CRASH):
        return "crash"
    if any(word in parsed.error for word in TIMEOUT):
        return "timeout"
    return "refused"


def group(suffix: str) -> str:
    if suffix in (".txt", ".md"):
        return "text"
    if suffix in ZIP_SUFFIXES and suffix != ".odt":
        return "word (.docx)"
    return suffix.lstrip(".")


def report(cases, results, timings: _Timings, elapsed: float) -> int:
    table: dict[str, Counter] = defaultdict(Counter)
    kinds: dict[str, Counter] = defaultdict(Counter)
    bad = []
    for path, kind, suffix, _ in cases:
        result = outcome(results.get(str(path)))
        table[group(suffix)][result] += 1
        kinds[kind][result] += 1
        if result in ("internal", "crash", "timeout", "missing"):
            bad.append((path.name, result, results.get(str(path)) and results[str(path)].error))
    columns = ("loaded", "warned", "refused", "internal", "crash", "timeout")
    print(f"\n{'format':14}{'files':>7}" + "".join(f"{c:>10}" for c in columns) + f"{'load rate':>11}")
    for name, counts in sorted(table.items()) + [("all", sum(table.values(), Counter()))]:
        total = sum(counts.values())
        rate = (counts["loaded"] + counts["warned"]) / total
        print(f"{name:14}{total:>7}" + "".join(f"{counts[c]:>10}" for c in columns) + f"{rate:>10.0%}")
    print(f"\n{'damage':18}{'files':>7}{'loaded':>8}{'warned':>8}{'refused':>9}")
    for kind, counts in sorted(kinds.items()):
        print(f"{kind:18}{sum(counts.values()):>7}{counts['loaded']:>8}{counts['warned']:>8}{counts['refused']:>9}")
    slowest = sorted(timings.seconds.items(), key=lambda item: -item[1])[:3]
    print(f"\n{len(cases)} files in {elapsed:.0f} s; slowest: "
          + ", ".join(f"{Path(p).name} {s:.2f} s" for p, s in slowest))
    print(f"peak worker memory: {timings.peak_kb / 1024:.0f} MB (VmHWM reported by the workers after each file)")
    for name, result, error in bad[:30]:
        print(f"  {result}: {name}: {error}")
    if len(bad) > 30:
        print(f"  … and {len(bad) - 30} more")
    too_slow = [p for p, s in timings.seconds.items() if s > SLOW_SECONDS]
    return 1 if bad or too_slow or timings.peak_kb > 1024 * 1024 else 0


def into_folders(cases, count: int, formats: int, sound: Path) -> list[Path]:
    """Move the cases into `count` folders: each run of `formats` consecutive cases (one of
    every format, as plan_all orders them) goes to one folder, and each folder gets a sound
    report too, so that there is always something to align."""
    import shutil

    root = cases[0][0].parent
    folders = [root / f"文件夹{k:02d}" for k in range(count)]
    for folder in folders:
        folder.mkdir(exist_ok=True)
        shutil.copyfile(sound, folder / f"完好{sound.suffix}")
    moved = []
    for k, (path, kind, suffix, source) in enumerate(cases):
        target = folders[(k // formats) % count] / path.name
        path.rename(target)
        moved.append((target, kind, suffix, source))
    cases[:] = moved
    return folders


def through_the_window_stages(folder: Path, export_to: Path) -> tuple[int, int, list[str]]:
    """(files, reports, tracebacks): the folder as the window loads it, then every analysis."""
    import traceback

    from reportdesk.compare.columns import topic_columns
    from reportdesk.compare.copies import find_copies
    from reportdesk.compare.points import distinctive_points
    from reportdesk.export.run import export_docx
    from reportdesk.figures.facts import collect_facts
    from reportdesk.jobs.batch import load_and_align
    from reportdesk.model import Pins

    failures = []

    def stage(name, work):
        try:
            return work()
        except Exception:  # noqa: BLE001 - counting them is the point
            failures.append(f"{folder.name}: {name}\n{traceback.format_exc()}")
            return None

    loaded = stage("load", lambda: load_and_align([], [str(folder)], Pins(), ""))
    if not loaded:
        return 0, 0, failures
    files, _, alignment, _ = loaded
    failures += [f"{folder.name}: reading {Path(f.path).name}: {f.error}" for f in files
                 if any(word in (f.error or "") for word in INTERNAL)]  # a worker caught something unexpected
    stage("figures", lambda: collect_facts(alignment))
    stage("copies", lambda: find_copies(alignment))
    for part in ("achievements", "problems", "plans"):
        for topic in alignment.written_topics(part):
            stage(f"columns {part}/{topic}", lambda: topic_columns(alignment, part, topic))
        stage(f"points {part}", lambda: distinctive_points(alignment, part))
    stage("export", lambda: export_docx(alignment, export_to / f"{folder.name}.docx"))
    return len(files), len(alignment.reports), failures


def run_folders(folders: list[Path], keep: Path) -> int:
    import os

    os.environ["REPORTDESK_CONFIG"] = str(keep / "配置")  # the parse cache of this run, not the user's
    out = keep / "导出"
    out.mkdir(exist_ok=True)
    files = reports = 0
    failures: list[str] = []
    started = time.monotonic()
    for k, folder in enumerate(folders, 1):
        n, r, failed = through_the_window_stages(folder, out)
        files, reports, failures = files + n, reports + r, failures + failed
        print(f"  {k}/{len(folders)} folders", file=sys.stderr, flush=True)
    print(f"\n{len(folders)} folders, {files} files, {reports} reports in {time.monotonic() - started:.0f} s: "
          f"{len(failures)} unhandled exceptions")
    for failure in failures[:5]:
        print(failure)
    return 1 if failures else 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--batch", type=int, default=200, help="files per parse_files call")
    parser.add_argument("--corpus", action="append", default=[], help="another folder of good files")
    parser.add_argument("--rates", action="store_true", help="the issue's set of 50 texts and 150 Word files")
    parser.add_argument("--keep", help="write the damaged files here (kept) instead of a temporary folder")
    parser.add_argument("--folders", type=int, default=0,
                        help="put the files into this many folders, each with every format, and load each whole")
    parser.add_argument("--in-process", action="store_true",
                        help="read in this process, printing the traceback of any unexpected exception")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    files = corpus(args.corpus)
    plan = plan_rates(files, rng) if args.rates else plan_all(files, args.count, rng)
    with tempfile.TemporaryDirectory(prefix="fuzz-") as temp:
        folder = Path(args.keep or temp)
        folder.mkdir(parents=True, exist_ok=True)
        cases = write_cases(plan, folder, args.seed)
        print(f"{len(cases)} damaged files from {len(files)} good ones in {folder}", file=sys.stderr)
        if args.folders:
            formats = len({path.suffix.lower() for path in files})
            return run_folders(into_folders(cases, args.folders, formats, ROOT / "seeds" / SOUND), folder)
        if args.in_process:
            for case in cases:
                in_process(case[0])  # an unexpected exception stops here with its traceback
            print("no exception other than ReadError")
            return 0
        results, timings, elapsed = run(cases, args.workers, args.batch)
        status = report(cases, results, timings, elapsed)
        if args.rates:
            kept(cases, results)
        return status


if __name__ == "__main__":
    sys.exit(main())
