"""Two reports' comparison as a Word table: a row per pair of sections, the first report on the
left, the second on the right, their likeness between, the same marks as in the window.

Landscape A4 so that two columns of Chinese text stay readable; 仿宋_GB2312 for the text,
黑体 for the title, the headers and the sections' headings; shading for the marks (Word
and WPS print run shading, and it survives a conversion to PDF).
"""
from __future__ import annotations

import io
from bisect import bisect_right
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from reportdesk.export import official_format
from reportdesk.files import write_atomically

TEXT_SIZE = Pt(11)
TITLE_SIZE = Pt(16)
# Print colours (always on white paper): fill, and text colour where the mark has one
SHADING = {"same": ("D6E9FF", None), "shared": ("D6E9FF", None), "near": ("EAF3FF", None),
           "only_a": ("FDEAEA", None), "only_b": ("E6F5E6", None), "changed_a": ("F8C4C4", "7F1D1D"),
           "changed_b": ("BFE6BF", "14532D"), "gap": ("FBEEE6", "9A3412"), "number": (None, "B3261E"),
           "title": (None, "555555")}
LEGEND = "蓝底：两篇都有的句子和词语（浅蓝：几乎相同）；红底：只有甲篇有，深红为{0}的词语；绿底：只有乙篇有，深绿为{0}的词语。"


def cell_runs(text: str, spans, start: int, end: int) -> list[list[tuple[str, str | None]]]:
    """The text from start to end as paragraphs (split at line ends) of (text, mark) runs."""
    starts = [s.start for s in spans]
    cuts = {start, end}
    k = max(0, bisect_right(starts, start) - 1)
    while k < len(spans) and spans[k].start < end:
        cuts.update(x for x in (spans[k].start, spans[k].end) if start < x < end)
        k += 1
    cuts.update(start + i for i, ch in enumerate(text[start:end]) if ch == "\n")
    cuts.update(start + i + 1 for i, ch in enumerate(text[start:end]) if ch == "\n")
    paragraphs: list[list[tuple[str, str | None]]] = [[]]
    points = sorted(cuts)
    for a, b in zip(points, points[1:]):
        piece = text[a:b]
        if piece == "\n":
            paragraphs.append([])
            continue
        j = bisect_right(starts, a) - 1
        kind = spans[j].kind if j >= 0 and spans[j].start <= a < spans[j].end else None
        paragraphs[-1].append((piece, kind))
    return paragraphs


def write_two_docx(comparison, name_a: str, name_b: str, target: str | Path) -> str:
    """Write a `compare.two.TwoComparison` (export reads it, it does not import compare) to a
    .docx file, atomically; returns the path written."""
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = official_format.PAGE_HEIGHT, official_format.PAGE_WIDTH
    for side in ("top", "bottom", "left", "right"):
        setattr(section, f"{side}_margin", Mm(18))
    _paragraph(document, f"《{name_a}》与《{name_b}》对比", official_format.HEI, TITLE_SIZE, centre=True)
    _paragraph(document, f"两篇相同的文字约占 {comparison.similarity:.0%}；相同或几乎相同的句子 "
                         f"{comparison.shared_sentences} 句；不同之处 {len(comparison.differences)} 处。",
               official_format.BODY_FONT, TEXT_SIZE)
    _paragraph(document, LEGEND.format("改动" if comparison.edit else "不同"), official_format.BODY_FONT, Pt(9))  # 改动: one region
    width = section.page_width - section.left_margin - section.right_margin
    widths = [int(width * 0.46), width - 2 * int(width * 0.46), int(width * 0.46)]
    table = document.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    table.autofit = False
    for cell, text, w in zip(table.rows[0].cells, (f"甲：{name_a}", "相同", f"乙：{name_b}"), widths):
        cell.width = w
        _fill(cell, [[(text, None)]], official_format.HEI)
    _repeat_header(table.rows[0])
    for row in comparison.rows:
        cells = table.add_row().cells
        for cell, w in zip(cells, widths):
            cell.width = w
        if row.kind == "part":
            merged = cells[0].merge(cells[2])
            _fill(merged, [[(comparison.text_a[slice(*row.a)], None)]], official_format.HEI)
            continue
        likeness = f"{row.similarity:.0%}" if row.similarity is not None else "—"
        _fill(cells[0], _sided(cell_runs(comparison.text_a, comparison.spans_a, *row.a), "a"), official_format.BODY_FONT,
              _heading_lines(comparison.text_a, row.a, row.heads_a))
        _fill(cells[1], [[(likeness, None)]], official_format.BODY_FONT)
        _fill(cells[2], _sided(cell_runs(comparison.text_b, comparison.spans_b, *row.b), "b"), official_format.BODY_FONT,
              _heading_lines(comparison.text_b, row.b, row.heads_b))
    data = io.BytesIO()
    document.save(data)
    write_atomically(target, data.getvalue())
    return str(target)


def _heading_lines(text: str, span: tuple[int, int], heads: tuple[int, ...]) -> set[int]:
    """Which paragraphs of a cell are headings (their line numbers in the cell)."""
    return {text.count("\n", span[0], head) for head in heads}


def _sided(paragraphs, side: str):
    """Marks that differ by side (red for the first report, green for the second)."""
    named = {"only": f"only_{side}", "changed": f"changed_{side}"}
    return [[(text, named.get(kind, kind)) for text, kind in runs] for runs in paragraphs]


def _paragraph(document, text: str, font: str, size, centre: bool = False) -> None:
    paragraph = document.add_paragraph()
    if centre:
        official_format.justify(paragraph._p.get_or_add_pPr(), "center")
    _run(paragraph, text, None, font, size)


def _fill(cell, paragraphs, font: str, headings: set[int] = frozenset()) -> None:
    """Fill a table cell; the paragraphs numbered in `headings` (sections' headings) in 黑体."""
    for k, runs in enumerate(paragraphs):
        paragraph = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
        ppr = paragraph._p.get_or_add_pPr()
        official_format.no_indent(ppr)
        official_format.put(ppr, "spacing", official_format.PPR_ORDER, before=0, after=0, line=int(TEXT_SIZE.pt * 20 * 1.35),
                lineRule="exact")
        for text, kind in runs:
            _run(paragraph, text, kind, official_format.HEI if k in headings else font, TEXT_SIZE)


def _run(paragraph, text: str, kind: str | None, font: str, size) -> None:
    run = paragraph.add_run(text)
    rpr = run._r.get_or_add_rPr()
    official_format.fonts(rpr, font)
    official_format.size(rpr, size)
    official_format.language(rpr)
    fill, colour = SHADING.get(kind, (None, None)) if kind else (None, None)
    if colour:
        official_format.color(rpr, colour)
    if kind == "number":
        official_format.bold(rpr, True)
    if fill:
        official_format.put(rpr, "shd", official_format.RPR_ORDER, val="clear", color="auto", fill=fill)


def _repeat_header(row) -> None:
    """The header row repeats at the top of every page."""
    trpr = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    trpr.append(header)
