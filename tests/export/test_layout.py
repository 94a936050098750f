"""The page model: lines on the 22 × 28 grid and the pages the 目录 gives, from tiny literals.

The rules were measured on LibreOffice's layout of the seeds and 25 provincial reports
(test_pdf.py checks the result where LibreOffice is installed)."""
from reportdesk.export.blocks import BodyStart, Heading, Para, ReportTitle, RunIn, Table, Toc, TocEntry
from reportdesk.export.typesetting import LINES, break_lines, line_count, paginate, table_pages, with_page_numbers

HAN = "甲"


def test_a_line_holds_28_characters_and_the_first_26_after_the_indent():
    assert [len(line) for line in break_lines(HAN * 100)] == [26, 28, 28, 18]
    assert line_count(HAN * 26) == 1 and line_count(HAN * 27) == 2


def test_a_comma_hangs_at_the_end_of_a_full_line_but_a_closing_quote_takes_a_character_down():
    assert [len(line) for line in break_lines(HAN * 26 + "，" + HAN * 5)] == [27, 5]
    assert [len(line) for line in break_lines(HAN * 25 + "乙”" + HAN * 5)] == [25, 7]
    assert [len(line) for line in break_lines(HAN * 25 + "“乙" + HAN * 5)] == [25, 7]  # “ may not end a line


def test_numbers_stay_whole_and_a_stop_after_a_number_does_not_hang():
    assert break_lines(HAN * 23 + "5.5%。" + HAN * 10)[1].startswith("5.5%。")
    assert break_lines(HAN * 22 + "5.5%。" + HAN * 10)[0].endswith("5.5%。")


def test_latin_text_is_narrower_and_set_apart_from_chinese():
    assert len(break_lines("1甲" * 60)[1]) == 29  # a digit is half a character, plus the gap
    assert len(break_lines("甲," * 60)[1]) == 44  # an ASCII comma is narrow and adds no gap


def test_headings_keep_with_the_next_paragraph_and_chapters_start_a_page():
    filler = [Para(HAN * 28)] * (LINES - 1)  # 21 full lines
    body = filler + [Heading(2, "（一）标题"), Para(HAN * 50)]
    assert paginate(body)[-2:] == [2, 2]  # the heading would end page 1 alone
    body = [Para(HAN * 10), Heading(1, "二、存在问题", new_page=True)]
    assert paginate(body) == [1, 2]
    assert paginate([Para(HAN * 10), ReportTitle("标题", "某县")]) == [1, 2]


def test_the_toc_gets_the_pages_of_its_headings():
    blocks = [Toc(levels=2), BodyStart(), Heading(1, "一、甲", new_page=True), Para(HAN * 28 * 30),
              Heading(2, "（一）乙"), Heading(3, "某县"), Para(HAN * 10)]
    toc = with_page_numbers(blocks)[0]
    assert toc.entries == (TocEntry(1, "一、甲", 1), TocEntry(2, "（一）乙", 2))


def test_table_rows_break_across_pages_and_groups_of_reports_follow_on_the_same_page():
    header = ("主题", "甲县", "乙县")
    tall = ("题", HAN * 200, "—")  # 8 lines of 五号 in a wide column
    short = ("题", HAN * 20, "—")  # one line
    # three tall rows all but fill page 1: the next group of reports starts page 2, not page 1 nor page 3
    pages = table_pages([Heading(1, "一、工作成效"), Table(header, (tall,) * 3), Table(header, (short,)),
                         Heading(1, "二、存在问题", new_page=True)])
    assert pages == [1, 1, 2, 3]
    # after twelve short rows the next group follows on the same page; its second row goes on to page 2
    pages = table_pages([Heading(1, "一、工作成效"), Table(header, (short,) * 12), Table(header, (tall,) * 2),
                         Heading(1, "二、存在问题", new_page=True)])
    assert pages[2] == 1 and pages[3] == 3
