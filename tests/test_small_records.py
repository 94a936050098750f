"""A window holding 2,000 files must stay under 1 GB (issue 23, item 9): what it keeps per
sentence and per figure is small. Half a million sentences and a quarter of a million figures
are what 2,000 real files hold, so every hundred bytes per record is tens of megabytes."""
import gc
import tracemalloc

from reportdesk.align import align_files
from reportdesk.compare.copies import find_copies
from reportdesk.figures.facts import collect_facts
from reportdesk.model import Document, Paragraph, ParsedFile
from reportdesk.structure import build_reports

REGIONS = ["溆浦县", "泸溪县", "辰溪县", "麻阳县", "会同县", "靖州县", "通道县", "洪江市"]


def report(k: int, region: str) -> ParsedFile:
    body = "".join(f"{region}第{k}{j}项工作新建学校{j + 3}所，投入资金{k + j}.5亿元，培训教师{100 + j * k}人次。"
                   f"全县{region}独有的做法之{j}已经推广到{j + 2}个乡镇。" for j in range(25))
    lines = [f"{region}教育局2023年工作总结", "一、主要成绩", body, "二、存在问题", f"{region}问题{k}：师资不足。"]
    name = f"{region}{k}.txt"
    return ParsedFile(name, "UTF-8", None, build_reports(Document(name, tuple(Paragraph(t) for t in lines), "UTF-8")))


def kept_bytes(work) -> tuple[object, int]:
    """What `work()` returns and the memory it still holds once returned."""
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    result = work()
    gc.collect()
    held = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    return result, held


def test_copy_detection_keeps_numbers_per_sentence_not_objects():
    alignment = align_files([report(k, region) for k in range(6) for region in REGIONS])
    find_copies(alignment)  # the alignment's own lookups are built once
    copies, held = kept_bytes(lambda: find_copies(alignment))
    sentences = sum(len(copies.findings_of(r.id)) for r in alignment.reports)
    assert sentences > 2000
    assert held / sentences < 120  # 57 bytes; as a Sentence and a Finding each, 564
    ref = alignment.reports[3]
    some = copies.findings_of(ref.id)  # what a view asks for is whole: each sentence with its text
    assert len(some) > 40 and all(f.sentence.text.strip() in alignment.text_of(ref.id).text for f in some)
    assert {f.kind for f in some} >= {"boilerplate", "own"}


def test_figures_share_their_sentence_and_stay_small():
    alignment = align_files([report(k, region) for k in range(4) for region in REGIONS])
    collect_facts(alignment)  # the alignment's own lookups (passage at an offset) are built once
    facts, held = kept_bytes(lambda: collect_facts(alignment))
    assert len(facts) > 2000
    sentences = {id(f.sentence) for f in facts}
    assert len(sentences) <= len(facts) / 2  # the figures of one sentence hold one string of it
    assert held / len(facts) < 450  # 364 bytes; with its own sentence and a dictionary each, 668
