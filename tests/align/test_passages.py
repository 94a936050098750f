"""Passages and their topics on literal reports: what a reader would file under each topic."""
from reportdesk.align import Pins, align_files, bundled_taxonomies
from conftest import parsed

EDUCATION, GOVERNMENT = bundled_taxonomies()


def topics_of(alignment):
    """(passage text, part, main topic, further topics) of the passages that write."""
    return [(alignment.passage_text(p).strip(), p.part, alignment.passage_topic(p.key).topic,
             alignment.passage_topic(p.key).secondary) for p in alignment.passages if p.writes]


def test_run_in_items_each_get_the_topic_they_are_about():
    report = parsed("a.txt", "2021年教育工作总结", "一、主要成效",
                    "（一）统筹推进各项工作。一是加强党的建设，党支部书记培训两次，开展党风廉政警示教育。"
                    "二是抓好校园安全，排查校园安全隐患86处，开展防溺水教育。")
    found = topics_of(align_files([report], EDUCATION))
    assert [(topic, text[:4]) for text, _, topic, _ in found] == [("party", "（一）统"), ("safety", "二是抓好")]


def test_a_paragraph_that_turns_to_another_subject_is_cut_where_it_turns():
    report = parsed("a.txt", "2021年教育工作总结", "一、主要成效",
                    "（一）加强教师队伍建设。招聘教师120人，开展教师培训3000人次，评选名师工作室9个。"
                    "新建学校3所，改扩建校舍2万平方米，新增学位2400个，教育投入1.2亿元。")
    found = topics_of(align_files([report], EDUCATION))
    assert [topic for _, _, topic, _ in found] == ["teachers", "facilities"]
    assert found[0][0].endswith("评选名师工作室9个。") and found[1][0].startswith("新建学校3所")


def test_a_lead_sentence_names_what_its_paragraph_is_about():
    report = parsed("a.txt", "2025年政府工作报告", "一、2024年工作回顾",
                    "生态环境在担当作为中提质增优。三江源国家公园进入高质量建设新阶段，完成造林种草120万亩，"
                    "空气质量优良天数比例达到96%。")
    (text, part, topic, _), = topics_of(align_files([report], GOVERNMENT))
    assert text.startswith("一、2024年工作回顾\n生态环境") and (part, topic) == ("achievements", "ecology")


def test_a_problems_paragraph_inside_the_review_fills_the_problems_cells():
    report = parsed("a.txt", "2025年政府工作报告", "一、2024年工作回顾", "全年地区生产总值增长5%，固定资产投资增长6%。",
                    "同时，我们也清醒地看到，发展中还存在不少困难和问题：消费不振，外资下降；"
                    "科技创新能力还不强；教育医疗养老等公共服务优质资源分布还不均衡。",
                    "二、2025年工作安排", "稳增长，扩内需。")
    alignment = align_files([report], GOVERNMENT)
    problems = {c.topic for c in alignment.cells if c.part == "problems"}
    assert {"economy", "opening", "innovation", "education", "health", "livelihood"} <= problems
    assert not {c.topic for c in alignment.cells if c.part == "achievements"} & {"opening", "innovation", "health"}


def test_plans_are_found_by_the_year_after_the_one_reviewed():
    report = parsed("a.txt", "2021年教育工作总结", "一、主要成效", "新建学校3所，新增学位2400个。",
                    "2022年，我们将加快推进集团化办学，组建教育集团5个。")
    alignment = align_files([report], EDUCATION)
    assert alignment.cell(alignment.reports[0].id, "plans", "reform") is not None
    assert alignment.cell(alignment.reports[0].id, "achievements", "reform") is None


def test_a_topic_named_in_passing_is_a_mention_not_a_cell():
    report = parsed("a.txt", "2021年教育工作总结", "一、主要成效",
                    "（一）加强党的建设。党委理论学习中心组学习12次，党支部书记培训两次，开展党风廉政警示教育，"
                    "为学校安全发展提供坚强保障。")
    alignment = align_files([report], EDUCATION)
    rid = alignment.reports[0].id
    assert alignment.cell(rid, "achievements", "party") is not None
    assert alignment.cell(rid, "achievements", "safety") is None
    assert alignment.mention(rid, "achievements", "safety") is not None


def test_joint_subjects_of_a_clause_each_count():
    report = parsed("a.txt", "2025年政府工作报告", "一、2025年工作安排",
                    "办好民生实事，就业、教育、医疗、养老、托育等民生领域短板加快补齐。")
    alignment = align_files([report], GOVERNMENT)
    written = {c.topic for c in alignment.cells if c.part == "plans"}
    assert {"employment", "education", "health", "livelihood"} <= written


def test_a_project_from_before_passages_keeps_its_section_moves():
    report = parsed("a.txt", "2021年教育工作总结", "一、主要成效", "（一）加强党的建设。党支部书记培训两次。",
                    "（二）抓好校园安全。排查隐患86处。")
    base = align_files([report], EDUCATION)
    section = base.sections[0].key  # a key as projects saved it before passages: a section's
    moved = align_files([report], EDUCATION, Pins.from_dict({"moves": [[section, "governance"]]}))
    inside = moved.passages_under(section)
    assert inside and all(moved.passage_topic(p.key).topic == "governance" for p in inside)
    assert moved.assignment(section).topic == "governance" and moved.assignment(section).pinned
    assert moved.cell(moved.reports[0].id, "achievements", "party") is None


def test_a_line_that_only_addresses_the_audience_is_about_no_topic():
    """各位代表！ between two passages on safety is no writing on safety (北京, 新疆 2025)."""
    report = parsed("a.txt", "2025年政府工作报告", "一、2024年工作回顾",
                    "（一）守牢安全底线。开展安全生产治本攻坚三年行动，排查整治隐患1.2万处。",
                    "各位代表！",
                    "（二）推进应急管理体系建设。建成应急指挥平台，消防救援队伍实现全覆盖。")
    alignment = align_files([report], GOVERNMENT)
    address = next(p for p in alignment.passages if alignment.passage_text(p).strip() == "各位代表！")
    assert alignment.passage_topic(address.key).topic == "other"
    assert all(topic == "security" for text, _, topic, _ in topics_of(alignment) if "各位代表" not in text)
