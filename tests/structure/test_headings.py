"""Heading detection rules, each on a tiny literal report."""
from reportdesk.model import Document, Paragraph
from reportdesk.structure import build_reports


def outline(*lines, levels=None):
    levels = levels or {}
    paragraphs = tuple(Paragraph(t, level=levels.get(k)) for k, t in enumerate(lines))
    (report,) = build_reports(Document("r.txt", paragraphs, "UTF-8"))
    return [(s.depth, s.heading) for s in report.walk()]


def test_nesting_follows_marker_kinds_in_order_of_use():
    assert outline("一、工作成效", "（一）党建引领。正文。", "1.加强学习。正文。", "2.压实责任。正文。",
                   "（二）队伍建设。正文。", "二、存在问题", "（一）资源不均。正文。") == [
        (1, "一、工作成效"), (2, "（一）党建引领"), (3, "1.加强学习"), (3, "2.压实责任"),
        (2, "（二）队伍建设"), (1, "二、存在问题"), (2, "（一）资源不均")]


def test_levels_may_be_skipped():
    assert outline("一、工作开展情况", "1.强化党建引领。正文。", "2.巩固民生根基。正文。", "二、主要成效") == [
        (1, "一、工作开展情况"), (2, "1.强化党建引领"), (2, "2.巩固民生根基"), (1, "二、主要成效")]


def test_run_on_report_in_one_line():
    line = ("现将有关情况汇报如下:一、2021年工作总结(一)实施名校建设工程,优化教育资源配置1.推进4所新校规划建设。"
            "正文一。2.推进新优质校创建工作。正文二,增长2.5%,培训2.0版。(二)推进“三名”工程建设,打造教育领军队伍 "
            "推进教师队伍建设。二、2021年工作思路(一)不断提升党建水平。正文。")
    assert outline(line) == [
        (1, "一、2021年工作总结"), (2, "（一）实施名校建设工程,优化教育资源配置"), (3, "1.推进4所新校规划建设"),
        (3, "2.推进新优质校创建工作"), (2, "（二）推进“三名”工程建设,打造教育领军队伍"),
        (1, "二、2021年工作思路"), (2, "（一）不断提升党建水平")]


def test_next_sibling_found_mid_sentence():
    line = ("(六)加强体育工作。1.加强体育设施建设。促进农村体育发展2.加强群众体育工作。"
            "开展健身活动。3.学校体育工作。落实一小时。")
    assert [h for _, h in outline("一、计划", line)][2:] == [
        "1.加强体育设施建设", "2.加强群众体育工作", "3.学校体育工作"]


def test_enumerations_inside_text_are_not_headings():
    assert outline("一、工作成效", "（一）党建引领。学习十九届二、三中全会精神。完成第一、二批次验收。"
                   "从高三、初三毕业生中选拔。培训2、3月份完成。", "（二）队伍建设。正文。") == [
        (1, "一、工作成效"), (2, "（一）党建引领"), (2, "（二）队伍建设")]


def test_points_inside_a_paragraph_stay_body():
    lines = ["一、工作成效", "（一）把准方向方位，党的领导增动力。一是压实主体责任。正文。二是筑实党建基础。正文。",
             "（二）聚焦主责主业。正文。"]
    assert outline(*lines) == [(1, "一、工作成效"), (2, "（一）把准方向方位，党的领导增动力"), (2, "（二）聚焦主责主业")]


def test_points_that_begin_their_own_paragraph_are_headings():
    assert outline("一、2021年工作总结", "一是党建品牌更加响亮。正文。", "二是办学条件进一步改善。正文。",
                   "二、存在问题", "一是城乡教育发展还不均，“城区学校挤、乡村学校弱”的问题还比较突出，尤其是义务教育阶段。") == [
        (1, "一、2021年工作总结"), (2, "一是党建品牌更加响亮"), (2, "二是办学条件进一步改善"),
        (1, "二、存在问题"), (2, "一是城乡教育发展还不均")]


def test_points_right_under_a_part_heading_are_headings():
    line = ("二、特色亮点工作(一)教育教学成绩亮点纷呈 正文。三、2021年工作计划一是聚焦系统党建工作。正文。"
            "二是聚焦质量提升,紧紧围绕“531”的工作思路,抓细抓实各项工作。三是聚焦体育事业发展。正文。")
    assert outline("一、主要工作和成绩", "（一）强党建。正文。", line)[-3:] == [
        (2, "一是聚焦系统党建工作"), (2, "二是聚焦质量提升"), (2, "三是聚焦体育事业发展")]


def test_points_right_under_a_topic_heading_stay_body():
    line = "六、坚持齐抓共管,各项事业稳中有进。正文。七、全民健身运动得到蓬勃发展一是设施建设快速高效。正文。二是训练体系增强。"
    assert outline("一、坚持党的领导。正文。", line) == [
        (1, "一、坚持党的领导"), (1, "六、坚持齐抓共管,各项事业稳中有进"), (1, "七、全民健身运动得到蓬勃发展")]


def test_points_are_the_structure_when_there_is_no_other():
    line = ("现就完成情况总结如下。一是党建引领,教育发展行稳致远。坚持党的领导。二是加大投入,教育基础不断夯实。"
            "全年投入3.3亿元。三是多措并举,教育活力持续增强。正文。")
    assert outline(line) == [(1, "一是党建引领,教育发展行稳致远"), (1, "二是加大投入,教育基础不断夯实"),
                             (1, "三是多措并举,教育活力持续增强")]


def test_unnumbered_part_heading_opens_a_new_top_level():
    lines = ["一、全面对标赶超，标化提升工程加快推进", "正文。", "二、深化改革创新，人才培养质量稳步提升", "正文。",
             "xxxx年下半年工作思路", "一、以立德树人为宗旨，促进学生健康成长", "正文。", "二、以深化改革为引领，激发教育发展动力"]
    assert outline(*lines) == [
        (1, "一、全面对标赶超，标化提升工程加快推进"), (1, "二、深化改革创新，人才培养质量稳步提升"),
        (1, "xxxx年下半年工作思路"), (2, "一、以立德树人为宗旨，促进学生健康成长"), (2, "二、以深化改革为引领，激发教育发展动力")]


def test_markdown_levels_do_not_decide_nesting():
    lines = ["一、上半年工作", "（一）深化改革。正文。", "二、存在主要问题", "（一）质量不高。正文。", "三、下半年工作计划"]
    assert outline(*lines, levels={0: 4, 2: 2, 4: 3}) == [
        (1, "一、上半年工作"), (2, "（一）深化改革"), (1, "二、存在主要问题"), (2, "（一）质量不高"), (1, "三、下半年工作计划")]


def test_unnumbered_styled_headings_nest_by_outline_level():
    lines = ["党建工作", "一、思想建设", "正文。", "二、组织建设", "队伍建设", "一、招聘", "正文。"]
    assert outline(*lines, levels={0: 1, 4: 1}) == [
        (1, "党建工作"), (2, "一、思想建设"), (2, "二、组织建设"), (1, "队伍建设"), (2, "一、招聘")]


def test_quoted_document_titles_do_not_open_headings():
    assert outline("（一）制度建设。印发《实施意见（二）》等文件。（二）队伍建设。正文。") == [
        (1, "（一）制度建设"), (1, "（二）队伍建设")]


def test_points_after_a_list_of_paragraph_items_belong_to_the_parent():
    # 山东 2025: the review's results in one paragraph each, then the work done as 一是…三是
    review = ["一、2024年工作回顾", "过去一年，全省经济稳中有进。",
              "（一）产业升级成效显著。工业增长8.3%。", "（二）科技创新成果丰硕。研发投入增长9.4%。",
              "（三）民生福祉持续增进。民生支出突破万亿元。", "一年来，着重抓了以下工作：",
              "一是扎实抓好政策落实。争取专项债资金。", "二是扎实抓好科技创新。制定规划。",
              "三是扎实抓好风险化解。开展攻坚。", "二、2025年重点工作", "（一）扩大内需。正文。"]
    assert outline(*review) == [
        (1, "一、2024年工作回顾"), (2, "（一）产业升级成效显著"), (2, "（二）科技创新成果丰硕"),
        (2, "（三）民生福祉持续增进"), (2, "一是扎实抓好政策落实"), (2, "二是扎实抓好科技创新"),
        (2, "三是扎实抓好风险化解"), (1, "二、2025年重点工作"), (2, "（一）扩大内需")]


def test_points_stay_under_an_item_that_leads_into_them_or_has_text_of_its_own():
    leads = ["一、工作成效", "（一）党建引领。正文。", "（二）队伍建设。正文。",
             "（三）办学条件。主要做了以下工作：", "一是新建学校。正文。", "二是改造校舍。正文。"]
    assert outline(*leads)[-2:] == [(3, "一是新建学校"), (3, "二是改造校舍")]
    longer = ["一、工作成效", "（一）党建引领。正文。", "更多正文。", "（二）队伍建设。正文。",
              "（三）办学条件。正文。", "一是新建学校。正文。", "二是改造校舍。正文。"]
    assert outline(*longer)[-2:] == [(3, "一是新建学校"), (3, "二是改造校舍")]
