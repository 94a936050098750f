"""What a compilation contains: every sentence once, every block named, levels kept."""
import collections
import dataclasses
import re
from pathlib import Path

import docx
import pytest

from conftest import FILE_NAME, display_name
from reportdesk.align import align_files
from reportdesk.export.blocks import Heading, Notice, Para, ReportTitle, RunIn, Table
from reportdesk.export.compile import ExportOptions, compile_blocks
from reportdesk.export.run import export_docx
from reportdesk.export.sections import own_blocks, subhead
from reportdesk.export.topics import ELSEWHERE, SILENT
from reportdesk.jobs import parse_files
from reportdesk.model import Document, Paragraph
from reportdesk.structure import build_reports
from reportdesk.text.formalities import is_formality
from reportdesk.text.sentences import sentences

PART_CHAPTERS = ("achievements", "highlights", "problems", "plans")
def source_text(alignment) -> str:
    """Everything the reports say below their title: openings, headings and section bodies."""
    return "".join(ref.report.preamble + "".join(s.heading + s.body for s in ref.report.walk())
                   for ref in alignment.reports)


def printed_body(blocks) -> str:
    return "".join(b.text for b in blocks if isinstance(b, Para) and b.kind == "body") + "".join(
        b.text for b in blocks if isinstance(b, RunIn))


def bare(text: str) -> str:
    return "".join(text.split())


def test_topics_mode_prints_every_passage_exactly_once(seeds_alignment):
    alignment = seeds_alignment
    printed = bare(printed_body(compile_blocks(alignment, ExportOptions())))
    expected = collections.Counter(bare(source_text(alignment)))
    for ref in alignment.reports:  # headings are printed as headings, not as body text
        for section in ref.report.walk():
            expected.subtract(bare(section.heading))
        # the first chapter leaves out formalities ("现将有关情况汇报如下"), and only those
        opening = [ref.report.preamble] + [s.body for s in ref.report.walk() if s.part == "overview"]
        formal = [s for text in opening for s in sentences(text) if is_formality(s)]
        expected.subtract(bare("".join(formal)))
    assert sum(expected.values()) > 20000
    assert collections.Counter(printed) == +expected  # nothing lost, nothing twice
    for passage in alignment.passages:
        if passage.writes:
            _, text = alignment.passage_parts(passage)
            assert bare(text) in printed, text[:40]


def test_topics_mode_prints_a_heading_before_its_text_once_in_each_block(seeds_alignment):
    blocks = compile_blocks(seeds_alignment, ExportOptions())
    printed = collections.Counter()
    block: list[str] = []
    for b in blocks + [Heading(3, "")]:
        if isinstance(b, Heading):
            assert len(block) == len(set(block)), block  # once in a region's block on a topic
            printed.update(set(block))
            block = []
        elif isinstance(b, RunIn) or isinstance(b, Para) and b.kind == "subhead":
            block.append(b.heading if isinstance(b, RunIn) else b.text)
    every = {s.heading for ref in seeds_alignment.reports for s in ref.report.walk()
             if not (s.is_part and s.part in PART_CHAPTERS) and (s.body or not s.children)}
    assert every <= set(printed)


def test_a_passage_also_on_another_topic_is_pointed_to_from_there(seeds_alignment):
    blocks = compile_blocks(seeds_alignment, ExportOptions())
    pointers = [i for i, b in enumerate(blocks) if isinstance(b, Para) and b.kind == "pointer"]
    assert len(pointers) > 10

    def printed_under(chapter, topic, region):
        at = next(k for k, b in enumerate(blocks) if k > chapter and isinstance(b, Heading) and b.level == 2
                  and b.text == topic)
        end = next((k for k in range(at + 1, len(blocks)) if isinstance(blocks[k], Heading)
                    and blocks[k].level <= 2), len(blocks))
        return Heading(3, region) in blocks[at:end]

    for i in pointers:
        chapter = max(k for k in range(i) if isinstance(blocks[k], Heading) and blocks[k].level == 1)
        one = re.fullmatch(r"（另见“(.+)”中(.+)的内容）", blocks[i].text)
        if one:  # under its own block: the region has more on this topic elsewhere
            topics, region = one.groups()
            pairs = [(topic, region) for topic in topics.split("”“")]
        else:  # one line for the regions whose text on the topic is all printed elsewhere
            assert blocks[i].text.startswith(ELSEWHERE)
            pairs = [(topic, region) for region, topics in re.findall(r"([^、：]+?)（见“(.+?)”）", blocks[i].text)
                     for topic in topics.split("”“")]
        assert pairs
        for topic, region in pairs:  # that topic, in the same chapter, prints the region's text
            assert printed_under(chapter, topic, region), (topic, region)


def test_openings_overview_and_part_introductions_have_a_place():
    text = ("2021年工作总结\n全县上下齐心协力。现将一年来的工作报告如下。\n一、基本情况\n全县有学校30所。\n"
            "二、工作成效\n今年主要做了三件事。\n（一）党建引领\n加强党的建设。\n三、下步打算\n"
            "明年的目标是再上台阶。\n（一）加强党建\n继续加强党的建设。")
    paragraphs = tuple(Paragraph(line) for line in text.split("\n"))
    from reportdesk.align import align_files
    from reportdesk.model import ParsedFile

    report, = build_reports(Document("a.txt", paragraphs, "UTF-8"))
    alignment = align_files([ParsedFile("a.txt", "UTF-8", None, (report,))])
    blocks = compile_blocks(alignment, ExportOptions())
    body = [(type(b).__name__, getattr(b, "text", "")) for b in blocks[blocks.index(
        next(b for b in blocks if isinstance(b, Heading))):]]
    assert ("Heading", "一、基本情况") in body and ("Para", "全县上下齐心协力。") in body  # not 现将…报告如下
    assert ("Para", "全县有学校30所。") in body
    # the text a part heading carries is in its chapter, under the topic it is about
    achievements, plans = body.index(("Heading", "二、工作成效")), body.index(("Heading", "三、工作计划"))
    assert ("Para", "今年主要做了三件事。") in body[achievements:plans]
    assert ("Para", "明年的目标是再上台阶。") in body[plans:]


def test_what_belongs_to_no_part_goes_into_an_appendix_chapter():
    from reportdesk.align import align_files
    from reportdesk.model import ParsedFile, Section

    report, = build_reports(Document("a.txt", tuple(Paragraph(t) for t in (
        "2025年政府工作报告", "一、2024年工作回顾", "（一）经济运行稳中有进。全年增长5%。")), "UTF-8"))
    glossary = Section(marker="1.", kind="num", title="“两重”", body="国家重大战略实施。", depth=1, run_in="：")
    report = dataclasses.replace(report, sections=report.sections + (glossary,))
    alignment = align_files([ParsedFile("a.txt", "UTF-8", None, (report,))])
    blocks = compile_blocks(alignment, ExportOptions())
    chapters = [b.text for b in blocks if isinstance(b, Heading) and b.level == 1]
    assert chapters[-1].endswith("、附录")
    assert blocks[-1] == RunIn("1.“两重”", "：", "国家重大战略实施。", 3)
    assert any("附录" in line for b in blocks if isinstance(b, Notice) for line in b.lines)


def test_run_in_headings_stay_one_paragraph_and_keep_their_punctuation():
    def section(heading, body, run_in):
        from reportdesk.model import Section

        return Section(marker="一是", kind="cn_is", title=heading, body=body, depth=2, run_in=run_in)

    run_in, rest = own_blocks(section("党建品牌更加响亮", "抓住关键。\n第二段。", "。"), 2, subhead)
    assert run_in == RunIn("一是党建品牌更加响亮", "。", "抓住关键。", 2) and rest == Para("第二段。")
    glossary, = own_blocks(section("“两重”", "国家重大战略实施。", "："), 3, subhead)
    assert glossary.heading + glossary.separator + glossary.text == "一是“两重”：国家重大战略实施。"
    # on its own line, or pasted without punctuation between: a heading line of its own
    for separator in (None, ""):
        assert own_blocks(section("标题", "正文。", separator), 3, subhead)[0] == Para("一是标题", "subhead")


def test_every_block_says_whose_it_is_with_the_display_name(seeds_alignment, display_names):
    names = {display_name(r) for r in seeds_alignment.reports}
    for mode in ("topics", "reports", "table"):
        blocks = compile_blocks(seeds_alignment, ExportOptions(mode=mode))
        texts = [getattr(b, "text", "") for b in blocks] + [" ".join(b.header) for b in blocks
                                                            if isinstance(b, Table)]
        texts += [line for b in blocks if isinstance(b, Notice) for line in b.lines]
        texts += [b.meta for b in blocks if isinstance(b, ReportTitle)]
        assert not any(FILE_NAME.search(t) for t in texts), mode
        if mode == "topics":
            regions = {b.text for b in blocks if isinstance(b, Heading) and b.level == 3} - {"概述"}
            assert regions <= names and len(regions) > 8
            notes = [b.text for b in blocks if isinstance(b, Para) and b.kind == "note"]
            assert all(set(n[len(SILENT):-1].split("、")) <= names for n in notes)
        if mode == "table":
            assert all(set(b.header[1:]) <= names for b in blocks if isinstance(b, Table))
        if mode == "reports":  # a title that does not name its report gets the name under it
            for title in (b for b in blocks if isinstance(b, ReportTitle)):
                assert title.byline == (title.meta.split("　")[0] in names)


def test_reports_mode_keeps_every_line_and_maps_depth_to_the_official_levels(seeds_alignment, tmp_path):
    path = export_docx(seeds_alignment, tmp_path / "逐篇.docx", ExportOptions(mode="reports")).path
    paragraphs = docx.Document(str(path)).paragraphs
    text = "\n".join(p.text for p in paragraphs)
    lines = [line for ref in seeds_alignment.reports for line in ref.report.preamble.split("\n") if line]
    lines += [line for ref in seeds_alignment.reports for s in ref.report.walk() for line in s.body.split("\n")
              if line]
    assert all(line in text for line in lines)
    style = {p.text: p.style.name for p in paragraphs}
    # 000_…: 一、基本情况 (depth 1) and （一）… run on into their text in the source
    assert style["一、基本情况"] == "Heading 1"
    run_in = next(p for p in paragraphs if p.text.startswith("（一）把准方向方位，党的领导增动力。一是"))
    assert run_in.runs[0].text == "（一）把准方向方位，党的领导增动力。"
    assert run_in.runs[0]._r.rPr.rFonts.get(docx.oxml.ns.qn("w:eastAsia")) == "楷体_GB2312"
    levels = {p.style.name for p in paragraphs if p.style.name.startswith("Heading")}
    assert {"Heading 1", "Heading 2"} <= levels
    third = next(p for p in paragraphs if p.text.startswith("1.推进4所新校规划建设。"))  # depth 3, run-in
    assert third.runs[0].bold and third.runs[0]._r.rPr.rFonts.get(docx.oxml.ns.qn("w:eastAsia")) == "仿宋_GB2312"


def test_the_word_file_holds_the_blocks_text_in_order(seeds_alignment, tmp_path):
    options = ExportOptions()
    blocks = compile_blocks(seeds_alignment, options)
    path = export_docx(seeds_alignment, tmp_path / "汇编.docx", options).path
    written = [p.text for p in docx.Document(str(path)).paragraphs if p.text]
    expected = [b.heading + b.separator + b.text if isinstance(b, RunIn) else b.text for b in blocks
                if isinstance(b, (Heading, Para, RunIn))]
    assert written[-len(expected):] == expected


@pytest.mark.parametrize("mode", ["topics", "table"])
def test_chosen_parts_topics_and_reports_are_said_in_the_explanation(seeds_alignment, mode):
    keep = [r.id for r in seeds_alignment.reports][:3]
    options = ExportOptions(mode=mode, parts=["achievements"], topics=["party"], reports=keep)
    notice = next(b for b in compile_blocks(seeds_alignment, options) if isinstance(b, Notice))
    said = "".join(notice.lines)
    assert "本汇编收录3篇报告" in said
    assert "“存在问题”、“工作计划”" in said and "未收录以下主题" in said


@pytest.mark.parametrize("mode", ["topics", "reports", "table"])
def test_reports_left_unchecked_are_named_nowhere_in_the_file(seeds_alignment, tmp_path, mode):
    reports = list(seeds_alignment.reports)
    kept, unchecked = reports[:3], reports[3:]
    options = ExportOptions(mode=mode, reports=[r.id for r in kept])
    path = export_docx(seeds_alignment, tmp_path / "汇编.docx", options).path
    document = docx.Document(str(path))
    text = "\n".join([p.text for p in document.paragraphs]
                     + [c.text for t in document.tables for row in t.rows for c in row.cells])
    assert all(r.label in text for r in kept)
    named = [r.label for r in unchecked if r.label in text]
    assert named == [] and "未收录的报告" not in text


GOV = Path(__file__).resolve().parents[1] / "data" / "gov"


@pytest.fixture(scope="module")
def gov_alignment():
    return align_files(parse_files([GOV]))


@pytest.mark.parametrize("mode, made", [("topics", "按主题汇编"), ("reports", "汇编"), ("table", "对照表")])
def test_the_cover_says_what_kind_of_reports_it_holds(seeds_alignment, gov_alignment, tmp_path, mode, made):
    for alignment, kind in ((gov_alignment, "政府工作报告"), (seeds_alignment, "教育工作总结")):
        path = export_docx(alignment, tmp_path / f"{kind}.docx", ExportOptions(mode=mode)).path
        document = docx.Document(str(path))
        cover = next(p.text for p in document.paragraphs if p.text)
        assert cover == f"各地{kind}{made}" and document.core_properties.title == cover


def test_the_first_chapter_leaves_out_speech_formalities_and_is_not_there_when_nothing_is_left(
        seeds_alignment, gov_alignment, tmp_path):
    # the government reports open with nothing but 各位代表：/ 现在，我代表…请予审议
    document = docx.Document(str(export_docx(gov_alignment, tmp_path / "政府.docx", ExportOptions()).path))
    text = "\n".join(p.text for p in document.paragraphs)
    chapters = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert chapters[0] == "一、工作成效" and not any("基本情况" in c for c in chapters)
    assert "请予审议" not in text and "各位代表" not in text and "第一章“基本情况”" not in text
    # the education reports' openings keep what they say and lose "现将有关情况汇报如下"
    document = docx.Document(str(export_docx(seeds_alignment, tmp_path / "教育.docx", ExportOptions()).path))
    paragraphs = [p.text for p in document.paragraphs]
    chapters = [k for k, p in enumerate(document.paragraphs) if p.style.name == "Heading 1"]
    assert paragraphs[chapters[0]] == "一、基本情况"
    first, chapter = chapters[0], "\n".join(paragraphs[chapters[0]:chapters[1]])
    assert "各项工作顺利推进、成效明显。" in chapter and "全市共有各级各类学校" in chapter
    assert "如下" not in chapter and "第一章“基本情况”" in "".join(paragraphs[:first])
