"""Reading LibreOffice's PDF of an export back: page numbers, 目录 pages, characters per line.

Used by the tests where LibreOffice and poppler are installed, and by hand:
`python tests/export/pdfcheck.py OUT.docx` converts and prints what it finds.
"""
from __future__ import annotations

import collections
import re
import shutil
import subprocess
import sys
from pathlib import Path

FOOTER = re.compile(r"^—\s*(\d+)\s*—$")
_SPACES = re.compile(r"\s+")


def office() -> str | None:
    return shutil.which("libreoffice") or shutil.which("soffice")


def have_tools() -> bool:
    return office() is not None and shutil.which("pdftotext") is not None


def to_pdf(docx: Path, outdir: Path) -> Path:
    subprocess.run([office(), "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(docx)],
                   capture_output=True, timeout=300, check=True)
    return outdir / (docx.stem + ".pdf")


def pages(pdf: Path) -> list[list[str]]:
    """The text lines of every page."""
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True,
                          timeout=120).stdout.decode("utf-8")
    return [[line.strip() for line in page.splitlines() if line.strip()] for page in text.split("\f")][:-1]


def printed_number(lines: list[str]) -> int | None:
    """The page number in the footer ("— 3 —"), if the page has one."""
    for line in reversed(lines):  # last on portrait pages; anywhere beside a table
        match = FOOTER.match(line)
        if match:
            return int(match.group(1))
    return None


def lowest_text(pdf: Path) -> list[float]:
    """Per page, how far down (pt from the top) its lowest line of text reaches, the page
    number in the footer not counted (0 for an empty page)."""
    xml = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, check=True,
                         timeout=120).stdout.decode("utf-8")
    lowest = []
    for page in xml.split("<page ")[1:]:
        words = re.findall(r'<word xMin="[\d.]+" yMin="[\d.]+" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>', page)
        bottom = max((float(y) for y, _ in words), default=0.0)
        footer = [float(y) for y, word in words if word == "—" or word.isdigit()]
        text = [float(y) for y, word in words if not footer or float(y) < max(footer) - 1]
        lowest.append(max(text, default=0.0) if footer and max(footer) >= bottom - 1 else bottom)
    return lowest


def squeeze(text: str) -> str:
    return _SPACES.sub("", text)


def entry_pages(all_pages: list[list[str]], entries: list[tuple[str, int]]) -> list[tuple[str, int, int | None]]:
    """(entry text, page the 目录 says, page where its heading really starts) in order.

    Headings are searched in order from the first numbered page on, each from the page of
    the previous one (the same heading, 概述, stands in several chapters)."""
    numbered = [(printed_number(p), p) for p in all_pages]
    first_body = next(k for k, (n, _) in enumerate(numbered) if n == 1)
    found = []
    k = first_body
    for text, page in entries:
        key = squeeze(text)[:20]
        at = None
        for j in range(k, len(numbered)):
            lines = numbered[j][1]
            joined = [squeeze(a + b) for a, b in zip(lines, lines[1:] + [""])]
            if any(line.startswith(key) for line in joined):
                at, k = numbered[j][0], j
                break
        found.append((text, page, at))
    return found


def line_lengths(all_pages: list[list[str]]) -> collections.Counter:
    """How many characters the body lines of only East Asian text hold (footers excluded)."""
    counts = collections.Counter()
    for lines in all_pages:
        if printed_number(lines) is None:
            continue
        for line in lines[:-1]:
            text = squeeze(line)
            if len(text) >= 20 and all(ord(c) > 0x2000 for c in text):
                counts[len(text)] += 1
    return counts


def toc_entries(docx_path: Path) -> list[tuple[str, int]]:
    """(text, page) of the 目录 as stored in the Word file."""
    import docx

    entries = []
    for paragraph in docx.Document(str(docx_path)).paragraphs:
        if paragraph.style.name.startswith("toc ") and "\t" in paragraph.text:
            text, page = paragraph.text.rsplit("\t", 1)
            entries.append((text, int(page)))
    return entries


def to_pdfs(paths: list[Path], outdir: Path) -> list[Path]:
    """Several Word files converted in one LibreOffice run (starting it is the slow part)."""
    subprocess.run([office(), "--headless", "--convert-to", "pdf", "--outdir", str(outdir), *map(str, paths)],
                   capture_output=True, timeout=600, check=True)
    return [outdir / (p.stem + ".pdf") for p in paths]


def main(paths: list[str]) -> int:
    import tempfile

    for name in paths:
        with tempfile.TemporaryDirectory() as tmp:
            pdf = to_pdf(Path(name), Path(tmp))
            all_pages = pages(pdf)
        print(name, len(all_pages), "pages; cover number:", printed_number(all_pages[0]))
        wrong = [e for e in entry_pages(all_pages, toc_entries(Path(name))) if e[1] != e[2]]
        print(" 目录 entries whose page is wrong:", wrong or "none")
        print(" line lengths:", sorted(line_lengths(all_pages).items())[-6:])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
