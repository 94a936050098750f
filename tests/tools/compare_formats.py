"""Compare the section trees of converted files with their .docx originals (not run in CI).

    python tests/tools/compare_formats.py /tmp/conv

expects /tmp/conv/docx/*.docx and the same stems in /tmp/conv/{doc,rtf,odt,pdf,html}/
(made with `soffice --headless --convert-to <fmt> --outdir /tmp/conv/<fmt> /tmp/conv/docx/*.docx`).
Prints, per format, how many files have identical headings (depth, marker, title), region
and title, and the share of the .docx headings found unchanged (a multiset match).
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from reportdesk.ingest import ReadError, read_document
from reportdesk.structure import build_reports

FORMATS = ("doc", "rtf", "odt", "html", "mht", "pdf")


def outline(path: Path) -> tuple[list[tuple], list[tuple]]:
    """(headings, [(region, title)]) of every report in a file."""
    reports = build_reports(read_document(path))
    headings = [(s.depth, s.marker, s.title) for r in reports for s in r.walk()]
    return headings, [(r.region, r.title) for r in reports]


def main(root: Path) -> None:
    originals = sorted((root / "docx").glob("*.docx"))
    truth = {p.stem: outline(p) for p in originals}
    for fmt in FORMATS:
        files = {p.stem: p for p in (root / fmt).glob(f"*.{fmt}")} if (root / fmt).is_dir() else {}
        if not files:
            continue
        same_files = same_meta = found = total = extra = 0
        errors = []
        for stem, (headings, meta) in truth.items():
            total += len(headings)
            if stem not in files:
                errors.append(f"{stem}: missing")
                continue
            try:
                got, got_meta = outline(files[stem])
            except ReadError as err:
                errors.append(str(err))
                continue
            same_files += got == headings
            same_meta += got_meta == meta
            matched = sum((Counter(got) & Counter(headings)).values())
            found += matched
            extra += len(got) - matched
        print(f"{fmt:5} files with identical headings {same_files}/{len(truth)}, region+title {same_meta}/"
              f"{len(truth)}, headings {found}/{total} = {100 * found / max(total, 1):.1f}%, {extra} extra")
        for line in errors:
            print("   ", line)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/conv"))
