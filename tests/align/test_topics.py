"""Topic assignment on small literal reports: evidence, neighbours, parents, determinism."""
import reportdesk.align.topics as topics_module
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


def test_neighbours_in_other_reports_vote(monkeypatch):
    # The title and body say little the topic list knows; the words it shares with another
    # county's clearly-labelled section decide.
    vague = county("长乐市", ("春苗行动成效明显", "春苗行动覆盖全部学校，青蓝结对持续推进。"),
                   ("其他工作", "全市各项工作稳步推进。"))
    clear = county("平安区", ("教师队伍建设扎实推进", "春苗行动培养骨干教师，青蓝结对帮扶新教师，开展师德师风教育。"),
                   ("校园安全", "开展安全隐患排查。"))
    with_votes = topics_by_title(align_files([vague, clear], EDUCATION))
    monkeypatch.setattr(topics_module, "NEIGHBOUR_WEIGHT", 0.0)
    alone = topics_by_title(align_files([vague, clear], EDUCATION))
    assert with_votes["春苗行动成效明显"] == "teachers"
    assert alone["春苗行动成效明显"] != "teachers"


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
        assert any(key in c.keys for c in alignment.cells if c.topic == "equity")
        assert not any(key in c.keys for c in alignment.cells if c.topic == "facilities")


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
