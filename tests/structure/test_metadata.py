"""Region, year, period, issuer and date of a report."""
from reportdesk.model import Document, Paragraph
from reportdesk.structure import build_reports


def report(*lines, path="r.txt"):
    (found,) = build_reports(Document(path, tuple(Paragraph(t) for t in lines), "UTF-8"))
    return found


def test_region_issuer_and_date_from_the_title_block():
    r = report("2021年教育工作总结", "溆浦县教育局", "（2022年1月10日）", "2021年是特殊的年份。", "一、工作开展情况")
    assert (r.title, r.region, r.year, r.period, r.issuer, r.date) == (
        "2021年教育工作总结", "溆浦县", 2021, "全年", "溆浦县教育局", "2022年1月10日")


def test_region_from_the_text_when_the_title_has_none():
    body = ("今年，在许昌市建党百年红歌大赛中，教体局代表许昌市参赛。局机关党委被许昌市委授予称号，"
            "6个基层党组织被长葛市委授予称号。修订《长葛市中小学校长职级评审认定细则》，"
            "出台《长葛市中小学校“强师提质”实施方案》，组织长葛市学校管理论坛。许昌市级名师3名。")
    r = report("2021年工作总结及2022年工作谋划", "教体局", "（2021年12月）", body, "一、2021年工作总结")
    assert r.region == "长葛市" and r.issuer == "教体局"


def test_region_from_the_file_name():
    r = report("2023年工作总结", "全县学校128所，教师3260人。", "一、主要工作", path="/x/清河县教育局2023年总结.docx")
    assert r.region == "清河县"


def test_masked_places_give_no_region():
    assert report("XX教育体育2021年工作总结", "一、基本情况").region is None
    body = "印发《xx县控辍保学方案》，在xx县召开会议。《双流区教育系统内部审计实施办法》出台。x区学校。"
    assert report("区教育局上半年工作总结", body, "一、上半年工作").region is None


def test_period_from_the_title():
    assert report("区教育局2021年上半年工作总结和下半年工作思路", "一、上半年工作").period == "上半年"
    assert report("教育局2021年下半年工作总结", "一、工作").period == "下半年"
    assert report("教育局2021年工作总结", "一、工作").period == "全年"


def test_year_and_period_from_the_opening_when_there_is_no_title():
    r = report("2021年，在市委市政府的坚强领导下，各项工作顺利推进。", "一、基本情况")
    assert (r.year, r.period) == (2021, "全年")
    assert report("上半年，全区工作稳步推进。", "一、工作").period == "上半年"


def test_parts_are_inherited_and_default_to_achievements():
    r = report("一、坚持党的领导。正文。", "（1）制度完善。正文。", "二、存在问题和不足", "1、学前用地受限。",
               "三、下一步工作打算", "（一）深化改革。正文。")
    assert [(s.heading, s.part) for s in r.walk()] == [
        ("一、坚持党的领导", "achievements"), ("（1）制度完善", "achievements"),
        ("二、存在问题和不足", "problems"), ("1、学前用地受限", "problems"),
        ("三、下一步工作打算", "plans"), ("（一）深化改革", "plans")]


def test_section_body_and_length():
    r = report("一、基本情况", "全县学校128所。", "专任教师 3260人。", "二、工作成效")
    first = r.sections[0]
    assert first.body == "全县学校128所。\n专任教师 3260人。" and first.chars == 19


def test_issuer_and_date_signed_at_the_end():
    r = report("2023年工作总结", "一、主要成效", "全县学校128所。", "清河县教育局", "2023年12月20日")
    assert (r.issuer, r.date, r.region) == ("清河县教育局", "2023年12月20日", "清河县")
    assert r.sections[0].body == "全县学校128所。"


def test_long_heading_alone_on_its_line_is_kept_whole():
    r = report("2023年工作总结", "一、坚持以习近平新时代中国特色社会主义思想为指导，全面加强党对教育工作的领导", "正文。")
    assert r.sections[0].title == "坚持以习近平新时代中国特色社会主义思想为指导，全面加强党对教育工作的领导"


def test_signature_repeating_the_issuer_is_not_body():
    r = report("XX县教育体育局", "关于2022年教育工作情况的报告", "一、主要成效", "正文。", "XX县教育体育局", "2022年12月5日")
    assert r.sections[0].body == "正文。" and r.date == "2022年12月5日" and r.region is None
