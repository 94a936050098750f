"""Section topics on small literal reports: derived from their passages, moves, determinism."""
from reportdesk.align import Pins, align_files, bundled_taxonomies, repin
from conftest import parsed

EDUCATION = bundled_taxonomies()[0]


def topics_by_title(alignment):
    return {s.section.title: a.topic for s, a in zip(alignment.sections, alignment.assignments)}


def county(name, *sections):
    lines = [f"{name}教育局2023年工作总结", "一、主要工作及成效"]
    for k, (title, body) in enumerate(sections, 1):
        lines.append(f"（{'一二三四五六七八'[k - 1]}）{title}。{body}")
    return parsed(f"{name}.txt", *lines)


A = county("清河县",
           ("强党建促作风，组织建设有提升", "加强基层党组织建设，党支部书记培训两次，开展党风廉政警示教育。"),
           ("补齐短板，办学条件有改善", "新建学校3所，改扩建校舍2万平方米，新增学位2400个，教育投入1.2亿元。"),
           ("学前教育普及普惠", "新建公办幼儿园4所，普惠性幼儿园覆盖率达到90%。"))
B = county("平安区",
           ("把准方向方位，党的领导增动力", "压实党组织主体责任，党员干部开展主题党日活动，清廉学校建设扎实推进。"),
           ("强化安全管理，筑牢校园防线", "开展校园安全隐患排查，整改隐患86处，防溺水教育全覆盖，疫情防控常态化。"))


def test_each_section_gets_the_topic_its_words_say():
    alignment = align_files([A, B], EDUCATION)
    assert topics_by_title(alignment) == {
        "强党建促作风，组织建设有提升": "party", "补齐短板，办学条件有改善": "facilities",
        "学前教育普及普惠": "preschool", "把准方向方位，党的领导增动力": "party",
        "强化安全管理，筑牢校园防线": "safety"}


def test_part_headings_get_no_topic_and_evidence_is_given():
    alignment = align_files([A], EDUCATION)
    assert "主要工作及成效" not in topics_by_title(alignment)
    first = alignment.assignments[0]
    assert first.topic == "party" and 0 < first.score <= 1
    assert "党组织" in first.evidence or "党建" in first.evidence


def test_a_section_is_on_what_most_of_its_text_is_about():
    report = parsed("x.txt", "2023年工作总结", "一、主要成效",
                    "（一）多措并举，各项工作稳步推进。新建学校3所，改扩建校舍2万平方米，新增学位2400个，"
                    "教育投入1.2亿元，建设项目全部按期竣工。开展安全隐患排查一次。")
    alignment = align_files([report], EDUCATION)
    section = alignment.sections[0]
    assert alignment.assignment(section.key).topic == "facilities"  # the heading says nothing; the text does
    assert {alignment.passage_topic(p.key).topic for p in alignment.passages_under(section.key)} >= {"facilities"}


def test_sub_sections_get_topics_and_lean_on_their_parent():
    report = parsed("x.txt", "2023年工作总结", "一、主要成效", "（一）加强体育工作，增强全民体质健康",
                    "1.加强学校体育工作。举办校园足球联赛和田径运动会。", "2.落实全民健身实施计划。建设健身路径。",
                    "3.其他。做好相关工作。")
    found = topics_by_title(align_files([report], EDUCATION))
    assert found == {"加强体育工作，增强全民体质健康": "sports", "加强学校体育工作": "sports",
                     "落实全民健身实施计划": "sports", "其他": "sports"}


def test_same_files_same_result_in_any_order():
    first = align_files([A, B], EDUCATION)
    again = align_files([A, B], EDUCATION)
    reversed_order = align_files([B, A], EDUCATION)
    assert first == again
    assert sorted(first.assignments, key=lambda a: a.key) == sorted(reversed_order.assignments, key=lambda a: a.key)


def test_moves_survive_recomputation():
    key = align_files([A, B], EDUCATION).sections[1].key  # 补齐短板 -> facilities
    pins = Pins().move(key, "equity")
    for _ in range(2):
        alignment = align_files([A, B], EDUCATION, pins)
        moved = alignment.assignment(key)
        assert moved.topic == "equity" and moved.pinned
        passages = alignment.passages_under(key)
        assert passages and all(alignment.passage_topic(p.key).topic == "equity" for p in passages)
        assert alignment.cell(passages[0].report_id, "achievements", "equity") is not None
        assert not any(p.key in c.keys for p in passages for c in alignment.cells if c.topic == "facilities")


def test_pins_are_plain_data():
    pins = Pins().move("a.txt#1/2.1", "party").move("a.txt#1/2.1", "moral").pair("a.txt#1/2.2", "b.txt#1/2.1")
    assert pins.to_dict() == {"moves": [["a.txt#1/2.1", "moral"]], "pairs": [["a.txt#1/2.2", "b.txt#1/2.1"]]}
    assert Pins.from_dict(pins.to_dict()) == pins
    assert Pins.from_dict(None) == Pins()


def test_move_to_an_unknown_topic_is_ignored():
    key = align_files([A], EDUCATION).sections[0].key
    alignment = align_files([A], EDUCATION, Pins().move(key, "no-such-topic"))
    assert alignment.assignment(key).topic == "party"


def test_repin_applies_and_undoes_moves_without_recomputing():
    base = align_files([A, B], EDUCATION)
    key = base.sections[1].key
    moved = repin(base, Pins().move(key, "equity"))
    assert moved.assignment(key).topic == "equity"
    assert repin(moved, Pins()).assignments == base.assignments
    assert repin(moved, Pins()).cells == base.cells
