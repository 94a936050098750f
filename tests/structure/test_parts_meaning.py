"""Parts from meaning: the time a heading names, appendices, and text that reads as plans."""
from reportdesk.model import Document, Paragraph
from reportdesk.structure import build_reports


def parts(*lines):
    (found,) = build_reports(Document("r.txt", tuple(Paragraph(t) for t in lines), "UTF-8"))
    return [(s.title, s.part) for s in found.sections]


def test_a_heading_naming_a_later_year_opens_the_plans():
    assert parts("2024年教育工作总结", "一、2024年工作回顾", "全年新建学校3所。", "二、2025年重点工作",
                 "推进学校建设。", "三、全面加强自身建设", "要加强作风建设。") == [
        ("2024年工作回顾", "achievements"), ("2025年重点工作", "plans"), ("全面加强自身建设", "plans")]


def test_a_congress_report_reviews_the_year_before():
    assert parts("政府工作报告", "——2025年1月13日在某某省第十四届人民代表大会第三次会议上", "各位代表：",
                 "一、过去一年工作回顾", "地区生产总值增长5%。", "二、关于2025年工作", "今年要稳增长。") == [
        ("过去一年工作回顾", "achievements"), ("关于2025年工作", "plans")]


def test_the_second_half_opens_the_plans_of_a_first_half_report():
    assert parts("教育局2021年上半年工作总结", "一、上半年主要工作", "完成了招生。", "二、下半年重点工作",
                 "推进招生。") == [("上半年主要工作", "achievements"), ("下半年重点工作", "plans")]


def test_review_and_problems_words_keep_their_parts():
    assert parts("2021年工作总结", "一、主要做法", "完成。", "二、取得成效", "新增学位500个。",
                 "三、困难和问题", "不足。", "四、2022年工作计划", "要推进。") == [
        ("主要做法", "achievements"), ("取得成效", "achievements"), ("困难和问题", "problems"),
        ("2022年工作计划", "plans")]


def test_a_heading_without_part_words_whose_text_reads_as_plans_opens_them():
    review = "全年完成投资120亿元，新增就业3万人，建成学校12所，增长6.5%，实现了预期目标。" * 3
    plans = "2025年要加快推进产业升级，力争投资增长8%，着力稳就业，持续深化改革，确保完成任务。" * 3
    assert parts("2025年某省政府工作报告", "——2025年1月13日在某省第十四届人民代表大会第三次会议上",
                 "一、牢记嘱托，在接续奋斗中取得新成效", review,
                 "二、牢记使命，在现代化建设中奋勇争先", plans) == [
        ("牢记嘱托，在接续奋斗中取得新成效", "achievements"), ("牢记使命，在现代化建设中奋勇争先", "plans")]


def test_ordinary_topics_of_a_review_stay_achievements():
    assert parts("2021年工作总结", "一、党建引领", "完成了党建工作，新增党员12名。", "二、队伍建设",
                 "招聘教师120名，培训2000人次，实现全覆盖。") == [
        ("党建引领", "achievements"), ("队伍建设", "achievements")]


def test_an_appendix_belongs_to_no_part_and_starts_no_report():
    lines = ("2025年某省政府工作报告", "一、2024年工作回顾", "正文。" * 20, "二、2025年工作安排", "要推进。" * 20,
             "附件", "《政府工作报告》有关内容名词注释", "1.“两重”：国家重大战略实施和重点领域安全能力建设。")
    (found,) = build_reports(Document("r.txt", tuple(Paragraph(t) for t in lines), "UTF-8"))
    assert [(s.title, s.part) for s in found.walk()][-3:] == [
        ("附件", None), ("《政府工作报告》有关内容名词注释", None), ("“两重”", None)]


def test_a_lead_in_line_is_not_a_part_heading():
    assert parts("2021年工作总结", "一、取得新成效", "一年来的主要工作是：", "（一）产业升级。正文。",
                 "二、奋勇争先", "正文。") == [("取得新成效", "achievements"), ("奋勇争先", "achievements")]
