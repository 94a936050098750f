"""Blocks: a report's text cut into the pieces a reader takes in one at a time, with their parts."""
from reportdesk.model import Document, Paragraph, report_text
from reportdesk.structure import build_reports
from reportdesk.structure.part_rules import opening_part


def report(*lines):
    (found,) = build_reports(Document("a.txt", tuple(Paragraph(t) for t in lines), "UTF-8"))
    return found


def blocks(found):
    text = report_text(found).text
    return [(text[b.start:b.end].strip(), b.part, b.kind, text[b.start:b.start + b.lead].strip()) for b in found.blocks]


def test_blocks_cover_the_text_without_gap_or_overlap():
    found = report("2021年工作总结", "2021年，全县教育系统攻坚克难。", "一、主要成效",
                   "（一）党建引领。一是加强党的建设。二是抓好校园安全。", "二、存在问题", "教师结构性缺编。")
    text = report_text(found).text
    assert found.blocks[0].start == 0 and found.blocks[-1].end == len(text)
    assert all(a.end == b.start for a, b in zip(found.blocks, found.blocks[1:]))


def test_run_in_items_are_blocks_of_their_own_led_by_their_first_sentence():
    found = report("2021年工作总结", "一、主要成效",
                   "（一）把准方向，党的领导增动力。一是压实主体责任。召开会议3次。二是筑实党建基础。成立党支部2个。")
    got = [(t, lead) for t, part, kind, lead in blocks(found) if part == "achievements" and kind == "text"]
    assert got == [("（一）把准方向，党的领导增动力\n一是压实主体责任。召开会议3次。", "（一）把准方向，党的领导增动力\n一是压实主体责任。"),
                   ("二是筑实党建基础。成立党支部2个。", "二是筑实党建基础。")]


def test_items_named_by_their_subject():
    found = report("2024年工作回顾", "一、2024年工作回顾",
                   "一年来成效明显。生态安全屏障方面，治沙238万亩。安全稳定屏障方面，信访总量下降46.5%。"
                   "从需求看，消费偏弱。")
    texts = [t for t, part, kind, _ in blocks(found) if kind == "text" and part]
    assert texts[1:] == ["生态安全屏障方面，治沙238万亩。", "安全稳定屏障方面，信访总量下降46.5%。", "从需求看，消费偏弱。"]


def test_a_lone_lead_sentence_leads_the_paragraphs_after_it():
    found = report("2024年工作总结", "一、下一步工作打算", "今年要重点抓好以下工作。", "实施提振消费专项行动。",
                   "多渠道增加居民收入，推动中低收入群体增收减负。", "扩大有效投资。", "抓住政策机遇，高质量推进“两重”建设。")
    got = [(t, lead) for t, part, kind, lead in blocks(found) if part == "plans" and kind == "text"]
    assert got[1:] == [("实施提振消费专项行动。\n多渠道增加居民收入，推动中低收入群体增收减负。", "实施提振消费专项行动。"),
                       ("扩大有效投资。\n抓住政策机遇，高质量推进“两重”建设。", "扩大有效投资。")]


def test_a_problems_paragraph_inside_the_review_opens_the_problems_to_the_end_of_the_section():
    found = report("2025年政府工作报告", "一、2024年工作回顾", "经济运行稳中有进，增长5%。",
                   "同时，我们也清醒地看到，消费不振，外资下降。", "科技创新能力不强。", "二、2025年工作安排", "稳增长。")
    parts = [(t, part) for t, part, kind, _ in blocks(found) if kind == "text"]
    assert parts == [("一、2024年工作回顾\n经济运行稳中有进，增长5%。", "achievements"),
                     ("同时，我们也清醒地看到，消费不振，外资下降。", "problems"), ("科技创新能力不强。", "problems"),
                     ("二、2025年工作安排\n稳增长。", "plans")]


def test_plans_by_year_read_against_the_year_the_report_reviews():
    found = report("2021年教育工作总结", "一、主要成效", "全年新建学校3所。2021年，我们完成了新一轮校网布局。",
                   "2022年，我们将继续推进集团化办学。")
    assert found.reviewed == 2021
    parts = [(t, part) for t, part, kind, _ in blocks(found) if kind == "text"]
    assert parts == [("一、主要成效\n全年新建学校3所。2021年，我们完成了新一轮校网布局。", "achievements"),
                     ("2022年，我们将继续推进集团化办学。", "plans")]


def test_a_turn_to_the_plans_inside_a_paragraph_holds_to_its_end():
    found = report("2021年教育工作总结", "一、主要成效", "新建学校3所。下一步，我们将加快新校建设。", "培训教师500人。")
    parts = [(t, part) for t, part, kind, _ in blocks(found) if kind == "text"]
    assert parts == [("一、主要成效\n新建学校3所。", "achievements"), ("下一步，我们将加快新校建设。", "plans"),
                     ("培训教师500人。", "achievements")]


def test_sentence_openings_that_open_a_part():
    assert opening_part("同时，我们也清醒地看到，外部环境复杂多变。", 2024, "全年") == "problems"
    assert opening_part("我们要把成绩讲够，也要把问题说透。", 2024, "全年") == "problems"
    assert opening_part("在看到成绩的同时，要看到我们面临诸多困难挑战。", 2024, "全年") == "problems"
    assert opening_part("下一步，我们将继续加强。", 2021, "全年") == "plans"
    assert opening_part("下半年，重点抓好招生工作。", 2021, "上半年") == "plans"
    assert opening_part("2022年，我们将继续推进。", 2021, "全年") == "plans"
    # what announces nothing: the reviewed year, words in the middle, difficulties overcome
    for sentence in ("2021年，我们完成了。", "为下一步工作奠定基础。", "面对各种困难和挑战，沉着应对。",
                     "解决了一些矛盾问题。"):
        assert opening_part(sentence, 2021, "全年") is None, sentence
