"""The coverage matrix as a workbook: what the window's matrix shows, under the display names."""
import openpyxl

from reportdesk.export.matrix_sheet import GAP_FILL, MENTION, MENTION_FILL, matrix_rows, write_matrix_xlsx
from reportdesk.model import MATRIX_PARTS, part_name


def test_every_part_is_a_sheet_with_the_matrix_cells_and_display_names(seeds_alignment, display_names, tmp_path):
    alignment = seeds_alignment
    target = write_matrix_xlsx(alignment, tmp_path / "矩阵.xlsx")
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == [*(part_name(p) for p in MATRIX_PARTS), "原文对应"]
    sheet = book[part_name("achievements")]
    header = [c.value for c in sheet[1]]
    assert header[1:-1] == [r.label for r in alignment.reports] and header[-1] == "写到的报告数"
    assert not any("#" in h or h.endswith(".txt") for h in header[1:-1])  # names, not files
    rows = {r[0].value: r for r in sheet.iter_rows(min_row=2)}
    assert len(rows) == len(alignment.topics)
    cells = {(c.report_id, c.topic): c.chars for c in alignment.cells if c.part == "achievements"}
    named = {(c.report_id, c.topic) for c in alignment.mentions if c.part == "achievements"}
    gaps = written = mentioned = 0
    for topic, name in alignment.topics:
        row = rows[name]
        for k, report in enumerate(alignment.reports, 1):
            chars = cells.get((report.id, topic))
            if chars is not None:
                written += 1
                assert row[k].value == chars  # the characters the report wrote
            elif (report.id, topic) in named:  # named only in passing: said so, and not a gap
                mentioned += 1
                assert row[k].value == MENTION and row[k].fill.fgColor.rgb.endswith(MENTION_FILL)
            else:
                gaps += 1
                assert row[k].value is None and row[k].fill.fgColor.rgb.endswith(GAP_FILL)
        assert row[-1].value == sum(1 for r in alignment.reports if (r.id, topic) in cells)
    assert gaps and written and mentioned  # the seeds have all three


def test_the_sources_sheet_names_every_passage_behind_the_cells(seeds_alignment, tmp_path):
    alignment = seeds_alignment
    book = openpyxl.load_workbook(write_matrix_xlsx(alignment, tmp_path / "m.xlsx"))
    sheet = book["原文对应"]
    assert [c.value for c in sheet[1]] == ["部分", "主题", "报告", "位置", "原文", "字数", "主次", "手动调整"]
    lines = list(sheet.iter_rows(min_row=2, values_only=True))
    assert len(lines) == sum(len(c.keys) for c in alignment.cells)
    passage = alignment.passage(alignment.cells[0].keys[0])
    opening = "".join(alignment.passage_text(passage).split())[:20]
    assert any(line[3] == passage.place and line[4].startswith(opening) and line[5] == passage.chars
               for line in lines)
    assert {line[6] for line in lines} == {"主要", "兼及"}  # a passage in a further topic's cell says so
    assert sheet.auto_filter.ref  # sortable and filterable in Excel


def test_a_chosen_set_of_topics_in_a_chosen_order(seeds_alignment):
    first, second = [t for t, _ in seeds_alignment.topics[:2]]
    rows = matrix_rows(seeds_alignment, "plans", [second, first, "no-such-topic"])
    assert [r.topic for r in rows] == [second, first]
    assert all(len(r.chars) == len(seeds_alignment.reports) for r in rows)
