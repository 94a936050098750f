"""How evidence is weighed: first points lead, repetition saturates, clear words are not outvoted."""
from reportdesk.align import align_files, bundled_taxonomies
from reportdesk.align.topics import scorer_for
from test_topics import county, topics_by_title

EDUCATION = bundled_taxonomies()[0]
IDS = [t.id for t in EDUCATION.topics]


def leading(title, body):
    scores = scorer_for(EDUCATION).evidence(title, body).scores
    return IDS[int(scores.argmax())]


def test_a_mixed_section_leans_to_its_first_points():
    first_building = "新建学校3所，改扩建校舍。开展校园安全隐患排查。落实疫情防控措施。"
    first_safety = "开展校园安全隐患排查。落实疫情防控措施。新建学校3所，改扩建校舍。"
    assert leading("全面加强保障", first_building) == "facilities"
    assert leading("全面加强保障", first_safety) == "safety"


def test_a_word_repeated_does_not_outweigh_several_words():
    body = "教师培训，骨干教师，名师工作室，师德师风，交流轮岗。幼儿园幼儿园幼儿园幼儿园幼儿园幼儿园。"
    assert leading("工作情况", body) == "teachers"


def test_clear_words_are_not_outvoted_by_similar_sections_of_other_reports():
    # 丙县's section reads much like the two safety sections (the same wording of duties),
    # but its own topic words say building: neighbours settle what a section's words leave
    # open, they do not outvote what its words say
    duties = "全县中小学统筹推进专项行动，压实责任链条，层层落实到人，督促检查到位，定期调度通报，形成工作闭环。"
    b = county("甲县", ("守护平安", duties + "开展校园安全隐患排查，防溺水教育。"))
    d = county("乙县", ("守护平安", duties + "校园安全管理，疫情防控常态化。"))
    c = county("丙县", ("补短板强基础", duties + "新建校舍，改扩建学校，校园安全。"))
    assert topics_by_title(align_files([b, d, c], EDUCATION))["补短板强基础"] == "facilities"
