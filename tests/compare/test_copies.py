"""Copy detection on tiny literal reports: one test per class, then the mechanics."""
from reportdesk.compare.copies import CopyOptions, find_copies
from reportdesk.compare.marks import reading_marks
from reportdesk.model import report_text
from reportdesk.compare.neardup import candidate_pairs, similar_pairs
from reportdesk.compare.sentences import Normaliser, place_names
from reportdesk.text.sentences import split_sentences
from reportdesk.model import Report, ReportRef, Section

SLOGAN = "全县上下凝心聚力攻坚克难，奋力开创教育事业新局面。"
OWN = ["今年新建芙蓉学校一所，改造校舍两万平方米。", "组织教师赴外省跟岗学习，覆盖骨干教师三百人。",
       "开通城乡学校专递课堂，实现乡村小学全覆盖。", "成立家庭教育指导中心，开展家长课堂四十场。"]


def ref(name, text, region=None, year=None, period=None, date=None) -> ReportRef:
    report = Report(title=name, region=region, year=year, period=period, date=date, preamble=text)
    return ReportRef(f"{name}#1", f"{name}.txt", 1, report)


def finding(copies, name, needle):
    return next(f for f in copies.findings_of(f"{name}#1") if needle in f.sentence.text)


def test_a_sentence_most_regions_share_is_boilerplate_not_copying():
    refs = [ref(f"r{k}", SLOGAN + OWN[k]) for k in range(4)]
    copies = find_copies(refs)
    for k in range(4):
        shared = finding(copies, f"r{k}", "凝心聚力")
        assert (shared.kind, shared.reason) == ("boilerplate", "widespread")
        assert finding(copies, f"r{k}", OWN[k][:6]).kind == "own"
    assert copies.pairs == ()
    shares = copies.report_shares("r0#1")
    assert shares.boilerplate == len(SLOGAN) and shares.own == len(OWN[0]) and shares.copied == 0


def test_a_sentence_two_reports_share_is_copied_from_each_other():
    text = "创新推行“教联体”模式，由城区名校牵头组建六个教育联合体。"
    refs = [ref("a", OWN[0] + text), ref("b", text + OWN[1]), ref("c", OWN[2] + OWN[3])]
    copies = find_copies(refs)
    a, b = finding(copies, "a", "教联体"), finding(copies, "b", "教联体")
    assert (a.kind, a.others) == ("copied", ("b#1",)) and (b.kind, b.others) == ("copied", ("a#1",))
    (pair,) = copies.pairs
    assert (pair.a, pair.b, pair.kind, pair.earlier) == ("a#1", "b#1", "copied", None)
    assert [(p.a.text, p.b.text, p.similarity) for p in pair.passages] == [(text, text, 1.0)]
    assert copies.report_shares("a#1").sources == (("b#1", len(text)),)
    assert abs(copies.shared_share("a#1", "b#1") - len(text) / (len(text) + len(OWN[0]))) < 1e-9
    assert copies.report_shares("c#1").share("own") == 1.0


def test_swapped_place_names_numbers_and_particles_still_match():
    a = ref("a", "长葛市投入资金3.2亿元，完成了12所农村学校的改造，新增学位2400个。", region="长葛市")
    b = ref("b", "溆浦县投入资金5亿元，完成7所农村学校改造，新增学位1800个。", region="溆浦县")
    copies = find_copies([a, b, ref("c", OWN[0])])
    (pair,) = copies.pairs
    assert pair.passages[0].similarity == 1.0
    assert finding(copies, "b", "溆浦县").kind == "copied"


def test_light_rewording_is_copied_and_other_text_is_not():
    a = ref("a", "深入推进新时代教育评价改革，制定出台学校发展性评价实施方案。")
    b = ref("b", "深入推动新时代训练评价改革，制定出台单位发展性评价实施方案。")
    c = ref("c", "全面加强校园安全管理，开展防溺水专项行动，守牢安全底线。")
    copies = find_copies([a, b, c])
    (pair,) = copies.pairs
    assert {pair.a, pair.b} == {"a#1", "b#1"} and 0.8 <= pair.passages[0].similarity < 1
    assert finding(copies, "c", "防溺水").kind == "own"


def test_a_sentence_reused_from_the_same_regions_earlier_report():
    reused = "持续推进集团化办学，新组建外实校教育集团，全区名校集团达9个。"
    earlier = ref("y2021", reused + OWN[0], region="双流区", year=2021)
    later = ref("y2022", OWN[1] + reused.replace("9个", "11个"), region="双流区", year=2022)
    copies = find_copies([later, earlier, ref("other", OWN[2])])
    assert finding(copies, "y2022", "集团化").kind == "reused"
    assert finding(copies, "y2022", "集团化").others == ("y2021#1",)
    assert finding(copies, "y2021", "集团化").kind == "own"  # it came first
    (pair,) = copies.pairs
    assert (pair.kind, pair.earlier) == ("reused", "y2021#1")
    shares = copies.report_shares("y2022#1")
    assert shares.reused == len(reused) + 1 and shares.copied == 0


def test_dates_say_who_copied_whom():
    text = "创新推行“教联体”模式，由城区名校牵头组建六个教育联合体。"
    first = ref("first", text, region="甲县", date="2021年7月5日")
    second = ref("second", text + OWN[0], region="乙县", date="2021年7月20日")
    copies = find_copies([second, first])
    assert finding(copies, "second", "教联体").kind == "copied"
    assert finding(copies, "first", "教联体").kind == "own"
    assert copies.pairs[0].earlier == "first#1"


def test_formulas_from_the_list_are_boilerplate_even_in_one_report():
    formula = "坚持以习近平新时代中国特色社会主义思想为指导，"
    mixed = formula + "全面完成芙蓉学校建设，新增学位一千二百个。"
    copies = find_copies([ref("a", "坚持以习近平新时代中国特色社会主义思想为指导。" + mixed)])
    whole = copies.findings_of("a#1")[0]
    assert (whole.kind, whole.reason) == ("boilerplate", "formula")
    part = copies.findings_of("a#1")[1]
    assert part.kind == "own"
    (start, end), = part.sentence.formulas
    assert part.sentence.text[start:end] == "以习近平新时代中国特色社会主义思想为指导"
    shares = copies.report_shares("a#1")
    assert shares.boilerplate == len(whole.sentence.text) + end - start


def test_a_custom_formula_list_replaces_the_bundled_one():
    text = "牢记嘱托感恩奋进，全面完成芙蓉学校建设任务。"
    assert find_copies([ref("a", text)]).findings[0].sentence.formulas == ()
    copies = find_copies([ref("a", text)], CopyOptions(formulas=("牢记嘱托、感恩奋进",)))
    assert copies.findings[0].sentence.formulas == ((0, 8),)


def test_short_sentences_are_not_compared():
    copies = find_copies([ref("a", "一是加强党建。" + OWN[0]), ref("b", "一是加强党建。" + OWN[1])])
    assert copies.pairs == ()
    assert CopyOptions().min_chars > len("加强党建")


def test_sentences_split_at_terminators_and_line_breaks():
    text = "一是加强。二是“好的。”\n  三是！ 四"
    assert [text[s:e] for s, e in split_sentences(text)] == ["一是加强。", "二是“好的。”", "三是！", "四"]


def test_forms_drop_what_copiers_change():
    form = Normaliser(place_names(["溆浦县"])).form
    assert form("三是溆浦县投入了3.7344亿元，新建三所学校、xx个项目。") == "@投入#亿元新建#所学校#个项目"
    assert form("（3）大班额得到有效消化") == form("三是大班额得到有效消化。")
    assert form("“十四五”开局之年") == "十四五开局之年"  # not a quantity
    assert "北京" in place_names([]) and "溆浦" in place_names(["溆浦县"])


def test_candidates_come_from_shared_shingles_and_are_verified():
    forms = ["abcdefghij", "abcdefghiX", "zzzzyyyyxx", "abcdQQQQQQ"]
    pairs, shared = candidate_pairs(forms, k=4, min_shared=2)
    assert pairs.tolist() == [[0, 1]] and shared.tolist() == [6]
    assert [(i, j) for i, j, _ in similar_pairs(forms, 0.8, k=4)] == [(0, 1)]


def test_marks_land_on_the_sentences_in_the_panes_text():
    copied = "创新推行“教联体”模式，由城区名校牵头组建六个教育联合体。"
    child = Section("1.", "arabic", "小节", "坚持以习近平新时代中国特色社会主义思想为指导，新增学位一千二百个。", 2)
    section = Section("一、", "cn", "主要工作", OWN[0] + copied, 1, children=(child,))
    a = ReportRef("a#1", "a.txt", 1, Report(title="a", sections=(section,)))
    copies = find_copies([a, ref("b", copied)])
    layout = report_text(a.report)
    text = layout.text
    marks = reading_marks(copies, layout, "a#1")
    assert [(text[m.start:m.end], m.kind, m.others) for m in marks] == [
        (copied, "copied", ("b#1",)), ("以习近平新时代中国特色社会主义思想为指导", "boilerplate", ())]


def test_formulas_are_found_as_written_but_not_across_clauses():
    from reportdesk.compare.formulas import FormulaFinder, bundled_formulas

    normaliser = Normaliser()
    finder = FormulaFinder(bundled_formulas(), normaliser)

    def found(text):
        return [text[a:b] for a, b in finder.spans(text, normaliser.form(text))]

    assert found("坚决做到“两个维护”，全面完成任务。") == ["坚决做到“两个维护”"]
    assert found("完整、准确、全面贯彻新发展理念") == ["完整、准确、全面贯彻新发展理念"]
    assert found("紧紧围绕办好人民满意教育目标") == ["办好人民满意教育"]  # 的 left out
    assert found("在推进，中国式现代化建设中") == []  # two clauses, not the formula


def with_sections(name, headings_and_bodies, region=None) -> ReportRef:
    sections = tuple(Section("", "paren", title, body, 1) for title, body in headings_and_bodies)
    report = Report(title=name, region=region, sections=sections)
    return ReportRef(f"{name}#1", f"{name}.txt", 1, report)


def test_a_heading_two_reports_share_is_never_copying():
    heading = "2024年工作回顾和2025年工作总体要求及主要目标任务"  # long enough to be compared
    a = with_sections("a", [(heading, OWN[0]), ("今年教育工作总体安排", OWN[1])])
    b = with_sections("b", [(heading, OWN[2]), ("明年教育重点工作安排", OWN[3])])
    copies = find_copies([a, b, ref("c", SLOGAN)])
    assert copies.pairs == ()
    shared = next(f for f in copies.findings_of("a#1") if f.sentence.heading and "回顾" in f.sentence.text)
    assert shared.kind == "own" and copies.report_shares("a#1").copied == 0


# What a third of the provinces write, each in a sentence of its own making (clerks copy the
# central documents, not each other), and a sentence two of them make of those same phrases.
STOCK = ["推动科技创新和产业创新融合发展", "提升消费能力、意愿和层级", "居民消费价格涨幅2%左右"]
OWN_PLANS = ["建设沿海新型能源基地", "打造世界级港口群", "办好第十五届全国运动会", "建设黄河流域生态保护示范区",
             "推进长江经济带绿色发展", "建设国际消费中心城市", "打造西部陆海新通道", "建设海洋强省",
             "推进城市更新行动"]


def test_sentences_made_of_phrases_a_third_of_the_regions_write_are_not_copying():
    texts = [f"{OWN_PLANS[k]}，{STOCK[k % 3]}，{OWN_PLANS[(k + 1) % 9]}。" for k in range(9)]
    common = f"{STOCK[0]}，{STOCK[1]}，{STOCK[2]}。"  # made of stock phrases only
    refs = [ref(f"r{k}", texts[k] + (common if k < 2 else OWN[k % 4]), region=f"地区{k}") for k in range(9)]
    copies = find_copies(refs)
    assert all(common not in (p.a.text + p.b.text) for pair in copies.pairs for p in pair.passages)
    assert finding(copies, "r0", STOCK[1][:6]).kind == "boilerplate"
    # the same two reports sharing a sentence of their own are still copying
    shared = "由城区名校牵头组建六个教育联合体，带动薄弱学校共同提升。"
    refs[0], refs[1] = (ref(r.report.title, r.report.preamble + shared, region=r.report.region) for r in refs[:2])
    copies = find_copies(refs)
    assert finding(copies, "r0", "联合体").kind == "copied"
    assert [p.a.text for p in copies.pair("r0#1", "r1#1").passages] == [shared]
