"""Who a report speaks for and what it is called: region, title and date from the front matter."""
from reportdesk.model import Document, Paragraph
from reportdesk.structure import build_reports
from reportdesk.structure.places import places_in


def report(*lines, path="r.txt"):
    (found,) = build_reports(Document(path, tuple(Paragraph(t) for t in lines), "UTF-8"))
    return found


def names(text):
    return [p.name for p in places_in(text)]


def test_a_date_before_the_region_is_not_part_of_it():
    assert names("2025年上海市政府工作报告") == ["上海市"]
    assert names("2021年长葛市教体局工作总结") == ["长葛市"]
    assert report("2025年吉林省政府工作报告", "一、2024年工作回顾").region == "吉林省"


def test_autonomous_regions_by_full_name_even_when_the_title_has_the_short_one():
    assert names("2025年内蒙古自治区政府工作报告") == ["内蒙古自治区"]
    assert names("2025年宁夏政府工作报告") == ["宁夏回族自治区"]
    assert names("广西政府工作报告") == ["广西壮族自治区"]
    assert names("新疆维吾尔自治区人民政府") == ["新疆维吾尔自治区"]
    assert names("恩施土家族苗族自治州2023年工作总结") == ["恩施土家族苗族自治州"]


def test_a_short_province_name_before_a_lower_suffix_names_the_lower_place():
    assert names("吉林市教育局") == ["吉林市"]
    assert names("海南藏族自治州") == ["海南藏族自治州"]
    assert names("湖南省溆浦县教育局") == ["湖南省", "溆浦县"]


def test_common_nouns_are_not_places():
    assert names("召开全县教育大会，城区学校和开发区") == []


def test_the_report_speaks_for_the_most_specific_place_of_its_title():
    assert report("湖南省溆浦县2021年教育工作总结", "一、主要工作").region == "溆浦县"
    assert report("长沙市芙蓉区2021年教育工作总结", "一、主要工作").region == "芙蓉区"


def test_the_congress_names_the_region_and_the_date():
    r = report("政府工作报告", "——2025年1月19日在宁夏回族自治区第十三届人民代表大会第三次会议上",
               "自治区主席 张雨浦", "各位代表：", "现在，我代表自治区人民政府向大会报告工作，请予审议。",
               "一、2024年工作回顾", "正文。")
    assert (r.title, r.region, r.date) == ("政府工作报告", "宁夏回族自治区", "2025年1月19日")


def test_speech_preamble_source_line_and_salutation_are_not_the_title():
    r = report("2025年上海市政府工作报告", "来源：解放日报",
               "----2025年1月15日龚正市长在上海市第十六届人民代表大会第三次会议上作政府工作报告 各位代表：",
               "现在，我代表市人民政府，向大会报告工作，请予审议。", "一、2024年工作回顾", "正文。")
    assert (r.title, r.region) == ("2025年上海市政府工作报告", "上海市")
    r = report("来源：北京日报", "2025年北京市政府工作报告", "各位代表：", "一、2024年工作回顾", "正文。")
    assert (r.title, r.region) == ("2025年北京市政府工作报告", "北京市")


def test_a_repeated_short_title_does_not_replace_the_full_one():
    r = report("2025年湖南省政府工作报告", "来源：湖南日报", "政府工作报告",
               "2025年1月14日在湖南省第十四届人民代表大会第三次会议上省长毛伟明作政府工作报告。",
               "各位代表：", "一、2024年工作回顾", "正文。")
    assert (r.title, r.region, r.year) == ("2025年湖南省政府工作报告", "湖南省", 2025)


def test_anonymised_places_give_no_region():
    assert report("2025年XX市政府工作报告", "——2025年1月在XX市第十六届人民代表大会上", "一、工作回顾").region is None


def test_a_province_named_throughout_and_spoken_of_at_its_level():
    body = ("过去一年，上海经济稳中有进。全市生产总值增长5%。上海国际金融中心建设加快。"
            "全市新增就业60万人。上海科创中心建设取得新进展。")
    assert report("政府工作报告", "一、2024年工作回顾", body).region == "上海市"
    county = "全县学校128所。贯彻湖南省委部署，落实湖南教育大会精神，湖南教育厅表彰。全县教师3000人。"
    assert report("2021年教育工作总结", "一、主要工作", county).region is None


def test_verbs_and_party_prefixes_before_a_level_are_not_places():
    body = ("按照省委部署，落实省委决定，接受省人大监督。在中共湖南省委坚强领导下，全省经济稳中有进。"
            "湖南制造业增长8%。湖南粮食产量稳定。")
    assert report("政府工作报告", "一、2024年工作回顾", body).region == "湖南省"


def test_web_page_furniture_before_the_title_is_skipped():
    r = report("2025-01-20 09:30", "【字体：大 中 小】", "发布机构：长沙市人民政府办公厅", "2025年长沙市政府工作报告",
               "一、2024年工作回顾", "正文。")
    assert (r.title, r.region) == ("2025年长沙市政府工作报告", "长沙市")
