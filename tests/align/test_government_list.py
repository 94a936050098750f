"""The bundled government list: the subjects a reader expects, and headings placed as a reader would."""
from reportdesk.align import align_files, bundled_taxonomies
from conftest import parsed

GOVERNMENT = next(t for t in bundled_taxonomies() if t.id == "government")


def test_the_subjects_of_government_reports_are_all_there():
    names = dict((t.id, t.name) for t in GOVERNMENT.topics)
    for topic in ("education", "health", "employment", "ecology", "security", "reform", "opening", "livelihood",
                  "government", "economy", "industry", "innovation", "rural", "urban", "culture"):
        assert topic in names


def test_headings_go_where_a_reader_would_put_them():
    report = parsed("甲市.txt", "2025年甲市政府工作报告", "一、2024年工作回顾",
                    "（一）全方位扩大内需，稳住经济大盘。社会消费品零售总额增长6%，固定资产投资增长5%。",
                    "（二）建设现代化产业体系。制造业增加值增长8%，新增产业集群3个。",
                    "（三）扎实推进乡村全面振兴。粮食产量稳定，新建高标准农田10万亩。",
                    "（四）办好人民满意的教育。新建中小学12所，新增学位1.5万个，义务教育优质均衡。",
                    "（五）提升医疗卫生服务水平。建成区域医疗中心2个，基层医疗机构全覆盖。",
                    "（六）千方百计稳就业。城镇新增就业5万人，高校毕业生就业率96%。",
                    "（七）协同推进降碳减污扩绿增长。空气质量优良天数比例90%，完成造林10万亩。",
                    "（八）扩大高水平对外开放。外贸进出口增长12%，实际使用外资增长5%。",
                    "（九）深化重点领域改革。优化营商环境，国企改革深化提升行动。",
                    "（十）统筹发展和安全。安全生产形势稳定，防范化解债务风险。",
                    "（十一）全面加强政府自身建设。坚持依法行政，建设廉洁政府。")
    alignment = align_files([report], GOVERNMENT)
    assert [a.topic for a in alignment.assignments] == [
        "economy", "industry", "rural", "education", "health", "employment", "ecology", "opening", "reform",
        "security", "government"]
