"""The name a report is shown by: who and when, else its short title; never a file name."""
from reportdesk.model import Report
from reportdesk.structure.names import display_name, short_title, title_beyond, unique_names
from test_identity import report


def test_region_with_issuer_and_year():
    assert display_name(Report("2021年工作总结及2022年工作谋划", region="长葛市", year=2021, issuer="教体局")) == "长葛市教体局 2021"
    assert display_name(Report("2021年教育工作总结", region="溆浦县", year=2021, issuer="溆浦县教育局")) == "溆浦县教育局 2021"
    assert display_name(Report("2025年上海市政府工作报告", region="上海市", year=2025)) == "上海市 2025"
    assert display_name(Report("总结", region="芙蓉区", year=2021, period="上半年", issuer="区教育局")) == "芙蓉区教育局 2021上半年"


def test_a_part_of_a_collection_is_its_short_title_and_its_place():
    r = Report("区教育局2021年上半年工作总结和下半年工作思路", year=2021, period="上半年", issuer="区教育局", piece="篇1")
    assert display_name(r) == "区教育局2021年上半年工作总结 篇1"
    assert display_name(Report("教育局2021年工作总结【篇一】", year=2021, issuer="教育局", piece="篇一")) == "教育局2021年工作总结 篇一"


def test_without_a_region_the_short_title():
    assert display_name(Report("关于2022年教育工作情况的报告", year=2022)) == "2022年教育工作情况"
    assert short_title("关于教育局上半年工作总结及下半年工作思路范文") == "教育局上半年工作总结"


def test_an_untitled_report_is_named_by_the_office_its_opening_sentence_speaks_as():
    r = report("2021年，在市委市政府的坚强领导下，XX教育体育以推动高质量发展为主线，各项工作顺利推进。",
               "一、基本情况", "正文。", path="/x/000_a91621add47653ec.txt")
    assert (r.region, r.issuer, r.name) == (None, "XX教育体育", "XX教育体育 2021")


def test_names_from_the_front_matter():
    assert report("2025年宁夏政府工作报告", "来源：宁夏日报", "一、2024年工作回顾", "正文。").name == "宁夏回族自治区 2025"


def test_duplicates_are_numbered():
    assert unique_names(["溆浦县 2021", "长葛市 2021", "溆浦县 2021"]) == ["溆浦县 2021", "长葛市 2021", "溆浦县 2021（2）"]


def test_beside_its_name_a_title_says_only_what_the_name_does_not():
    assert title_beyond("2025年北京市政府工作报告", "北京市 2025") == "政府工作报告"
    assert title_beyond("2025年宁夏政府工作报告", "宁夏回族自治区 2025") == "政府工作报告"  # the short form too
    assert title_beyond("2021年工作总结及2022年工作谋划", "长葛市教体局 2021") == "工作总结及2022年工作谋划"
    assert title_beyond("芙蓉区教育局2021年上半年工作总结", "芙蓉区教育局 2021上半年") == "工作总结"
    assert title_beyond("2024年北京市政府工作报告", "北京市 2025") == "2024年政府工作报告"  # a year the name does not say
    assert title_beyond("教育局2021年工作总结【篇二】", "教育局2021年工作总结 篇二") == ""  # the name is the title
