"""The comparison table (对照表): topics as rows, reports as columns, each cell an excerpt.

In Word it is an attachment (附件) in a landscape section of an otherwise portrait
document, a few reports per table so that a column stays readable; in Excel one sheet
per part with every report side by side.
"""
from __future__ import annotations

import re
from pathlib import Path

from reportdesk.export.blocks import Attachment, Block, Heading, Table, Toc
from reportdesk.export.front import front_matter
from reportdesk.export.options import ExportOptions, chosen_parts, chosen_reports, chosen_topics, cover_title
from reportdesk.export.wordml import xml_text
from reportdesk.files import write_atomically
from reportdesk.model import Alignment, ReportRef, part_name
from reportdesk.sheets import workbook_bytes
from reportdesk.text.numerals import int_to_chinese
from reportdesk.text.sentences import STOPS, sentences

PER_TABLE = 5  # reports side by side on a landscape page
EXCERPT_MARK = "……"
NOTHING = "—"


def excerpt(text: str, cap: int) -> str:
    """Whole opening sentences up to `cap` characters (part of the first when it is longer),
    marked with …… when anything was left out."""
    text = re.sub(r"\s+", "", text)
    if len(text) <= cap:
        return text
    out = ""
    for sentence in sentences(text):
        if len(out) + len(sentence) > cap:
            break
        out += sentence
    return (out or text[:cap]) + EXCERPT_MARK


def cell_text(alignment: Alignment, report_id: str, part: str, topic: str) -> str:
    """All a report wrote on a topic in a part: its passages in reading order, a heading
    a passage opens with followed by 。 as in running text (a part's own heading left out)."""
    pieces: list[str] = []
    for passage in alignment.cell_passages(report_id, part, topic):
        heading, text = alignment.passage_parts(passage)
        section = alignment.section_at(passage.section_key) if heading else None
        if section is not None and section.is_part:  # 一、2024年工作回顾: the table's own columns say the part
            heading = ""
        if heading:
            pieces.append(heading + ("" if heading[-1:] in STOPS else "。"))
        pieces.append(text)
    return "".join(pieces)


def part_rows(alignment: Alignment, options: ExportOptions, reports: list[ReportRef],
              part: str) -> list[tuple[str, ...]]:
    """(topic, cell per report) for the topics of a part; cells are excerpts."""
    rows = []
    for topic, name in chosen_topics(alignment, options):
        texts = [cell_text(alignment, r.id, part, topic) for r in reports]
        if options.leave_out_unwritten and not any(texts):
            continue
        rows.append((name, *(excerpt(t, options.cell_chars) if t else NOTHING for t in texts)))
    return rows


def comparison_table(alignment: Alignment, options: ExportOptions) -> list[Block]:
    reports = chosen_reports(alignment, options)
    title = cover_title(alignment, options)
    how = [f"对照表作为附件，按部分列出各主题，每格摘录该报告在此主题下的开头部分（约{options.cell_chars}字），"
           f"有删节处标“{EXCERPT_MARK}”，未涉及的标“{NOTHING}”；每表并列{PER_TABLE}篇报告。"]
    if options.leave_out_unwritten:
        how.append("各报告均未涉及的主题不列。")
    blocks = front_matter(alignment, options, title, how, Toc(levels=1))
    blocks.append(Attachment(title))
    chapter = 0
    for part in chosen_parts(options):
        all_rows = part_rows(alignment, options, reports, part)
        if not all_rows:
            continue
        chapter += 1
        blocks.append(Heading(1, f"{int_to_chinese(chapter)}、{part_name(part)}", new_page=chapter > 1))
        for start in range(0, len(reports), PER_TABLE):
            chunk = slice(start + 1, start + 1 + PER_TABLE)
            rows = tuple((row[0], *row[chunk]) for row in all_rows)
            blocks.append(Table(("主题", *(r.label for r in reports[start:start + PER_TABLE])), rows))
    return blocks


def write_table_xlsx(alignment: Alignment, target: str | Path, options: ExportOptions | None = None) -> Path:
    """The comparison table as an Excel workbook: one sheet per part, every report a column."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment as CellAlignment, Font

    options = options or ExportOptions(mode="table")
    reports = chosen_reports(alignment, options)
    book = Workbook()
    book.remove(book.active)
    for part in chosen_parts(options):
        sheet = book.create_sheet(part_name(part))
        sheet.append([xml_text(v) for v in ("主题", *(r.label for r in reports))])
        for row in part_rows(alignment, options, reports, part):
            sheet.append([xml_text(v) for v in row])
        sheet.freeze_panes = "B2"
        sheet.column_dimensions["A"].width = 16
        for column in sheet.iter_cols(min_col=2, max_col=sheet.max_column, max_row=1):
            sheet.column_dimensions[column[0].column_letter].width = 40
        for row in sheet.iter_rows():
            for cell in row:
                cell.alignment = CellAlignment(wrap_text=True, vertical="top")
                if cell.row == 1:
                    cell.font = Font(bold=True)
    if not book.worksheets:
        book.create_sheet("对照表").append(["主题"])
    write_atomically(target, workbook_bytes(book))
    return Path(target)
