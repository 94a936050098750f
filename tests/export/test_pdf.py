"""LibreOffice's PDF of each mode, read back: what a secretary sees when the file is printed.

Skipped where LibreOffice or poppler (pdftotext) is missing, as on CI."""
import collections

import pytest

import pdfcheck
from reportdesk.export.compile import ExportOptions
from reportdesk.export.run import export_docx

pytestmark = pytest.mark.skipif(not pdfcheck.have_tools(), reason="LibreOffice or pdftotext is not installed")


@pytest.fixture(scope="module")
def pdfs(seeds_alignment, tmp_path_factory):
    folder = tmp_path_factory.mktemp("pdf")
    docs = {mode: export_docx(seeds_alignment, folder / f"{mode}.docx",
                              ExportOptions(mode=mode, unit="某县教育局办公室", date="2026年11月22日")).path
            for mode in ("topics", "reports", "table")}
    converted = pdfcheck.to_pdfs(list(docs.values()), folder)
    return {mode: (docs[mode], pdfcheck.pages(pdf)) for mode, pdf in zip(docs, converted)}


@pytest.mark.parametrize("mode", ["topics", "reports", "table"])
def test_cover_without_number_and_a_toc_whose_pages_are_right(pdfs, mode):
    docx_path, pages = pdfs[mode]
    assert pdfcheck.printed_number(pages[0]) is None and "某县教育局办公室" in pages[0]
    entries = pdfcheck.toc_entries(docx_path)
    assert entries and all(page for _, page in entries)
    found = pdfcheck.entry_pages(pages, entries)
    assert [(text, page) for text, page, at in found if at != page] == []
    toc_page = next(p for p in pages if any(line.replace("　", "").replace(" ", "") == "目录" for line in p))
    assert not any(line.startswith("目") and "···" in line for line in toc_page)  # 目录 is not listed in itself


@pytest.mark.parametrize("mode", ["topics", "reports"])
def test_a_full_line_holds_28_characters(pdfs, mode):
    lengths = pdfcheck.line_lengths(pdfs[mode][1])
    assert lengths.most_common(1)[0][0] == 28
    assert max(lengths) <= 29  # a comma may hang in the margin
    assert lengths[28] > 0.6 * sum(n for length, n in lengths.items() if length >= 26)


def test_the_table_header_is_on_every_table_page(pdfs):
    _, pages = pdfs["table"]
    table_pages = [p for p in pages if pdfcheck.printed_number(p)]
    assert len(table_pages) > 5
    assert all("主题" in p for p in table_pages)


def test_table_pages_are_full_but_for_the_last_of_each_chapter(pdfs):
    docx_path, pages = pdfs["table"]
    numbers = [pdfcheck.printed_number(p) for p in pages]
    chapters = {at for _, _, at in pdfcheck.entry_pages(pages, pdfcheck.toc_entries(docx_path))}
    reach = dict(zip(numbers, pdfcheck.lowest_text(docx_path.with_suffix(".pdf"))))
    inside = [n for n in numbers if n and n + 1 in numbers and n + 1 not in chapters]
    assert len(inside) > 10 and len(chapters) == 3
    fullest = max(reach[n] for n in inside)
    # rows break across pages and each group of reports follows the last: every page but a
    # chapter's last is filled but for what a next group needs to begin (a blank line, its
    # header and a line: 80 pt). Before, 19 of 45 such pages of the seeds were emptier.
    assert [n for n in inside if reach[n] < fullest - 80] == []


def test_body_pages_are_numbered_from_one(pdfs):
    numbers = [pdfcheck.printed_number(p) for p in pdfs["topics"][1]]
    body = [n for n in numbers if n is not None]
    assert body[0] == 1 and body == list(range(1, len(body) + 1))
    assert numbers.index(1) == len(numbers) - len(body)  # nothing numbered before the body
    assert collections.Counter(numbers)[None] == len(numbers) - len(body)
