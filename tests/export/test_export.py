"""Merged Word documents: GB/T 9704 format, structure, no lost text, safe writing."""
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from reportdesk.align import align_files
from reportdesk.export import official_format
from reportdesk.export.compile import ExportOptions, compile_blocks
from reportdesk.export.table import excerpt
from reportdesk.export.docx_writer import TemplateError, write_docx
from reportdesk.export.run import export_docx
from reportdesk.export.template import build_template
from reportdesk.jobs import parse_files
from reportdesk.model import MATRIX_PARTS
from reportdesk import files as storage
from reportdesk.files import WriteError

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="module")
def alignment():
    return align_files(parse_files([SEEDS]))


@pytest.fixture(scope="module")
def by_topic(alignment, tmp_path_factory):
    path = tmp_path_factory.mktemp("export") / "按主题汇编.docx"
    export_docx(alignment, path, ExportOptions(date="2026年11月22日"))
    return path


def style_rpr(document, name):
    return document.styles[name].element.find(qn("w:rPr"))


def east_asian(rpr):
    return rpr.find(qn("w:rFonts")).get(qn("w:eastAsia"))


def test_page_setup_is_gbt_9704(by_topic):
    section = docx.Document(str(by_topic)).sections[0]
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297
    assert [round(x.mm) for x in (section.top_margin, section.bottom_margin, section.left_margin,
                                  section.right_margin)] == [37, 35, 28, 26]


def test_styles_name_their_east_asian_fonts(by_topic):
    document = docx.Document(str(by_topic))
    expected = {"Normal": ("仿宋_GB2312", 32, False), "Title": ("方正小标宋简体", 44, False),
                "Heading 1": ("黑体", 32, False), "Heading 2": ("楷体_GB2312", 32, False),
                "Heading 3": ("仿宋_GB2312", 32, True)}
    for name, (font, half_points, is_bold) in expected.items():
        rpr = style_rpr(document, name)
        assert east_asian(rpr) == font, name
        assert rpr.find(qn("w:sz")).get(qn("w:val")) == str(half_points), name
        assert (rpr.find(qn("w:b")).get(qn("w:val")) == "1") == is_bold, name
        assert rpr.find(qn("w:lang")).get(qn("w:eastAsia")) == "zh-CN"
    levels = {name: document.styles[name].element.find(qn("w:pPr")).find(qn("w:outlineLvl"))
              for name in ("Heading 1", "Heading 2", "Heading 3")}
    assert [levels[n].get(qn("w:val")) for n in ("Heading 1", "Heading 2", "Heading 3")] == ["0", "1", "2"]
    normal = document.styles["Normal"].element.find(qn("w:pPr"))
    spacing = normal.find(qn("w:spacing"))
    assert (spacing.get(qn("w:line")), spacing.get(qn("w:lineRule"))) == ("579", "exact")  # 28.95 pt
    assert normal.find(qn("w:ind")).get(qn("w:firstLineChars")) == "200"
    styles_xml = zipfile.ZipFile(by_topic).read("word/styles.xml").decode("utf-8")
    assert "Theme=" not in styles_xml and 'w:eastAsia="ja-JP"' not in styles_xml


def _order_ok(element, order):
    ranks = [order.index(c.tag.split("}")[-1]) for c in element if c.tag.split("}")[-1] in order]
    return ranks == sorted(ranks)


def test_properties_are_in_schema_order(by_topic):
    with zipfile.ZipFile(by_topic) as archive:
        for part in ("word/document.xml", "word/styles.xml", "word/footer1.xml", "word/footer2.xml"):
            if part not in archive.namelist():
                continue
            root = docx.oxml.parse_xml(archive.read(part))
            for ppr in root.iter(qn("w:pPr")):
                assert _order_ok(ppr, official_format.PPR_ORDER), part
            for rpr in root.iter(qn("w:rPr")):
                assert _order_ok(rpr, official_format.RPR_ORDER), part


def test_page_numbers_and_table_of_contents_fields(by_topic):
    document = docx.Document(str(by_topic))
    section = document.sections[-1]  # the body; the cover and 目录 are a section without numbers
    odd, even = section.footer, section.even_page_footer
    for footer, align in ((odd, "right"), (even, "left")):
        xml = footer._element.xml
        assert " PAGE " in xml and "— " in xml and " —" in xml and 'w:eastAsia="宋体"' in xml
        assert f'w:val="{align}"' in xml and 'w:val="28"' in xml  # 四号
    assert document.settings.odd_and_even_pages_header_footer
    settings = zipfile.ZipFile(by_topic).read("word/settings.xml").decode("utf-8")
    assert '<w:updateFields w:val="true"/>' in settings
    body = zipfile.ZipFile(by_topic).read("word/document.xml").decode("utf-8")
    assert 'TOC \\o "1-2" \\h \\z \\u' in body  # regions (level 3) only when asked


def test_by_topic_structure_and_gaps(by_topic, alignment):
    document = docx.Document(str(by_topic))
    heading = {k: [p.text for p in document.paragraphs if p.style.name == f"Heading {k}"] for k in (1, 2, 3)}
    # a first chapter for openings and 基本情况 (issue 14), then the parts
    assert heading[1] == ["一、基本情况", "二、工作成效", "三、存在问题", "四、工作计划"]
    assert "（一）党的建设" in heading[2] and "（三）教师队伍" in heading[2]
    # the region names its block; its own heading follows as the source wrote it (run-in)
    assert "溆浦县教育局 2021" in heading[3]
    assert any(p.text.startswith("1.加强教师队伍建设，促进教育发展。一是") for p in document.paragraphs)
    assert any(p.style.name == "Title" and p.text == "各地教育工作总结按主题汇编" for p in document.paragraphs)
    notes = [p.text for p in document.paragraphs if p.style.name == "汇编说明"]
    gaps = [n for n in notes if n.startswith("未涉及此主题的报告：")]
    pointers = [n for n in notes if n not in gaps]  # passages also on this topic, printed under another
    assert gaps and pointers and all(n.startswith(("（另见“（", "写到此主题、内容收在其他主题下的报告：")) for n in pointers)
    assert any("溆浦县" in n for n in gaps)  # 溆浦县 wrote no plans


def test_every_passage_of_the_parts_is_in_the_output(by_topic, alignment):
    text = "".join("".join(p.text.split()) for p in docx.Document(str(by_topic)).paragraphs)
    bodies = ["".join(alignment.passage_parts(p)[1].split()) for p in alignment.passages
              if p.writes and p.part in MATRIX_PARTS]
    total = sum(len(b) for b in bodies)
    missing = sum(len(b) for b in bodies if b not in text)
    assert total > 30000 and missing == 0


def test_by_report_every_report_on_a_new_page(alignment, tmp_path):
    path = tmp_path / "逐篇.docx"
    export_docx(alignment, path, ExportOptions(mode="reports"))
    document = docx.Document(str(path))
    titles = [p for p in document.paragraphs if p.style.name == "报告标题"]  # 2号 小标宋, centred
    assert len(titles) == 12
    assert all(p._p.pPr.find(qn("w:pageBreakBefore")) is not None for p in titles)
    text = "".join(p.text for p in document.paragraphs)
    assert all(line in text for ref in alignment.reports for s in ref.report.walk()
               for line in s.body.split("\n") if line)


def test_comparison_table_is_landscape(alignment, tmp_path):
    path = tmp_path / "对照表.docx"
    export_docx(alignment, path, ExportOptions(mode="table", parts=["plans"], cell_chars=60))
    document = docx.Document(str(path))
    front, table_part = document.sections[0], document.sections[-1]  # a portrait document, the table turned
    assert front.page_width < front.page_height and table_part.page_width > table_part.page_height
    table = document.tables[0]
    assert table.rows[0].cells[0].text == "主题" and len(table.rows[0].cells) == 6
    assert all(len(c.text) <= 62 for row in table.rows[1:] for c in row.cells[1:])  # 60 and "……"


def test_excerpts_are_whole_sentences_marked_when_cut():
    assert excerpt("第一句。第二句很长很长。第三句。", 9) == "第一句。……"
    assert excerpt("第一句。第二句。", 100) == "第一句。第二句。"
    assert excerpt("没有句号的很长一段话", 4) == "没有句号……"


def test_choice_and_order_of_topics_parts_and_reports(alignment, tmp_path):
    keep = [r.id for r in alignment.reports if r.report.region]  # 长葛市, 溆浦县
    options = ExportOptions(topics=["teachers", "party"], parts=["achievements"], reports=list(reversed(keep)))
    blocks = compile_blocks(alignment, options)
    from reportdesk.export.blocks import Heading
    assert [b.text for b in blocks if isinstance(b, Heading) and b.level < 3] == [
        "一、基本情况", "（一）溆浦县教育局 2021", "（二）长葛市教体局 2021", "二、工作成效", "（一）教师队伍",
        "（二）党的建设"]
    names = [b.text for b in blocks if isinstance(b, Heading) and b.level == 3]
    assert names[0] == "溆浦县教育局 2021" and set(names) == {"溆浦县教育局 2021", "长葛市教体局 2021"}


def test_a_locked_target_is_left_intact_with_a_clear_message(alignment, tmp_path, monkeypatch):
    target = tmp_path / "汇编.docx"
    target.write_bytes(b"the old file")

    def locked(src, dst):
        error = PermissionError(13, "file in use")
        error.winerror = 5  # what Windows says while Word or WPS has the target open
        raise error

    monkeypatch.setattr(storage.os, "replace", locked)
    monkeypatch.setattr(storage.time, "sleep", lambda seconds: None)  # the waits for it to close
    with pytest.raises(WriteError) as info:
        export_docx(alignment, target)
    assert "Word" in str(info.value) and "WPS" in str(info.value)
    assert target.read_bytes() == b"the old file" and [p.name for p in tmp_path.iterdir()] == ["汇编.docx"]


def test_a_unit_template_supplies_the_styles(alignment, tmp_path):
    template = build_template()
    rpr = template.styles["Normal"].element.find(qn("w:rPr"))
    official_format.fonts(rpr, "微软雅黑")
    template.save(str(tmp_path / "单位模板.docx"))
    export_docx(alignment, tmp_path / "out.docx", template=tmp_path / "单位模板.docx")
    assert east_asian(style_rpr(docx.Document(str(tmp_path / "out.docx")), "Normal")) == "微软雅黑"
    (tmp_path / "坏模板.docx").write_text("x", encoding="utf-8")
    with pytest.raises(TemplateError):
        write_docx([], tmp_path / "x.docx", tmp_path / "坏模板.docx")


def test_bundled_template_is_up_to_date(tmp_path):
    build_template().save(str(tmp_path / "fresh.docx"))
    fresh = zipfile.ZipFile(tmp_path / "fresh.docx").read("word/styles.xml")
    bundled = zipfile.ZipFile(ROOT / "resources" / "templates" / "official.docx").read("word/styles.xml")
    assert fresh == bundled, "run: python -m reportdesk.export.template"


def test_cli_refuses_to_overwrite_without_force(tmp_path):
    target = tmp_path / "汇编.docx"
    target.write_bytes(b"keep me")
    run = [sys.executable, "-m", "reportdesk", "export", str(SEEDS / "004_61d6fe56185b419c.txt"), "-o", str(target)]
    refused = subprocess.run(run, capture_output=True, text=True, timeout=120)
    assert refused.returncode == 2 and "--force" in refused.stderr and target.read_bytes() == b"keep me"
    forced = subprocess.run(run + ["--force", "--mode", "reports"], capture_output=True, text=True, timeout=120)
    assert forced.returncode == 0 and zipfile.is_zipfile(target)


def test_an_export_is_never_written_over_one_of_its_inputs(tmp_path, seeds_alignment):
    report = tmp_path / "溆浦县.txt"
    shutil.copy(SEEDS / "004_61d6fe56185b419c.txt", report)
    compiled = tmp_path / "汇编.docx"  # a compilation given with the reports is set aside, yet still an input
    export_docx(seeds_alignment, compiled, ExportOptions(mode="reports"))
    before = compiled.read_bytes()
    run = [sys.executable, "-m", "reportdesk", "export", str(report), str(compiled), "-o", str(compiled), "--force"]
    refused = subprocess.run(run, capture_output=True, text=True, timeout=120)
    assert refused.returncode == 2 and "输入的文件之一" in refused.stderr
    assert compiled.read_bytes() == before and report.read_bytes() == (SEEDS / "004_61d6fe56185b419c.txt").read_bytes()
    with pytest.raises(WriteError):  # the window's export refuses too
        alignment = align_files(parse_files([report], isolate=False, cache=False))
        export_docx(alignment, report)


@pytest.mark.skipif(shutil.which("libreoffice") is None and shutil.which("soffice") is None,
                    reason="LibreOffice is not installed")
def test_libreoffice_turns_it_into_a_pdf(by_topic, tmp_path):
    office = shutil.which("libreoffice") or shutil.which("soffice")
    subprocess.run([office, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(by_topic)],
                   capture_output=True, timeout=240, check=True)
    pdf = tmp_path / "按主题汇编.pdf"
    assert pdf.exists() and pdf.stat().st_size > 100_000
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
        pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
        assert pages > 50


def test_a_table_cell_never_starts_with_the_heading_of_a_part(tmp_path):
    """The 对照表's columns already say the part: 一、2024年工作回顾 is not what a region wrote."""
    from reportdesk.export.table import cell_text

    path = tmp_path / "某县2024年工作总结.txt"
    path.write_text("某县教育局2024年工作总结\n一、2024年工作回顾\n2024年，全县新建学校3所，加强教师队伍建设，"
                    "培训教师200人。\n（一）抓实安全管理\n开展安全演练12次。\n二、存在问题\n师资不足。\n",
                    encoding="utf-8")
    alignment = align_files(parse_files([path], isolate=False))
    report = alignment.reports[0].id
    cells = [cell_text(alignment, report, part, topic) for part in MATRIX_PARTS for topic, _ in alignment.topics]
    written = [c for c in cells if c]
    assert any("新建学校3所" in c for c in written) and any("（一）抓实安全管理" in c for c in written)
    assert not any("2024年工作回顾" in c or "存在问题。" in c for c in written)
