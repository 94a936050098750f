"""PDF lines back to paragraphs, and page furniture removed (literal lines, A4 points)."""
from reportdesk.ingest.pdf_layout import Line, paragraphs_from_lines, remove_furniture
from reportdesk.ingest.pdf_reader import page_ranges

LEFT, RIGHT, SIZE = 90.0, 505.0, 14.0


def line(text, page=1, y=700.0, x0=LEFT, x1=None, bold=False, size=SIZE):
    x1 = RIGHT if x1 is None else x1
    return Line(text, page, x0, x1, y, y + size, size, bold=bold, starts_bold=bold)


def body(page, first_y=760.0):
    """Lines of one page of running text: two paragraphs, each with a first-line indent."""
    out, y = [], first_y
    for k in range(2):
        out.append(line(f"第{page}页第{k}段开头，", page, y, x0=LEFT + 2 * SIZE))
        y -= 30
        out.append(line("继续写到右边距的一整行文字", page, y))
        y -= 30
        out.append(line("最后一行。", page, y, x1=LEFT + 5 * SIZE))
        y -= 30
    return out


def texts(lines):
    return [p.text for p in paragraphs_from_lines(lines)]


def test_indent_and_short_last_line_make_paragraphs_joined_without_spaces():
    assert texts(body(1)) == ["第1页第0段开头，继续写到右边距的一整行文字最后一行。",
                             "第1页第1段开头，继续写到右边距的一整行文字最后一行。"]


def test_page_numbers_and_running_headers_are_removed_when_repeated():
    lines = []
    for page, number in ((1, "— 1 —"), (2, "- 2 -"), (3, "第3页"), (4, "4/12")):
        lines.append(line("清河县人民政府文件", page, 800.0, x0=250, x1=380))
        lines.extend(body(page))
        lines.append(line(number, page, 40.0, x0=280, x1=300))
    kept = [l.text for l in remove_furniture(lines)]
    assert not any("文件" in t or t in ("— 1 —", "- 2 -", "第3页", "4/12") for t in kept)
    assert len(texts(lines)) == 8


def test_a_title_in_the_header_band_of_one_page_is_kept():
    lines = [line("清河县人民政府工作报告", 1, 790.0, x0=200, x1=400, size=20)] + body(1, 740.0)
    assert texts(lines)[0] == "清河县人民政府工作报告"


def test_heading_lines_are_their_own_paragraphs():
    lines = [line("一、2024年工作回顾", 1, 700, x0=LEFT + 2 * SIZE, x1=300, bold=True),
             line("过去一年，我们……全面完成。", 1, 670, x1=RIGHT),
             line("（一）经济运行稳中向好，主要指标好于预期并且写满了整整一行", 1, 640, bold=True),
             line("全县地区生产总值增长5.6%。", 1, 610, x1=300)]
    assert texts(lines) == ["一、2024年工作回顾", "过去一年，我们……全面完成。",
                            "（一）经济运行稳中向好，主要指标好于预期并且写满了整整一行",
                            "全县地区生产总值增长5.6%。"]
    assert [p.bold for p in paragraphs_from_lines(lines)] == [True, False, True, False]


def test_a_line_cut_short_by_an_unbreakable_number_run_continues_its_paragraph():
    lines = [line("开头缩进的一行文字，写满整行。", 1, 700, x0=LEFT + 2 * SIZE),
             line("三项指标分别为", 1, 670, x1=LEFT + 16 * SIZE),  # 9 characters short of the margin
             line("23.1％、62.5％、45.5％。新设外商投资企业566家。", 1, 640, x1=400)]
    assert len(texts(lines)) == 1


def test_a_vertical_gap_separates_paragraphs():
    lines = [line("第一段文字写满一整行", 1, 700), line("第二段文字在空行之后", 1, 620)]
    assert len(texts(lines)) == 2


def test_page_ranges():
    assert page_ranges([1, 2, 3, 5, 7, 8]) == "1–3、5、7–8"
    assert page_ranges([4]) == "4"
