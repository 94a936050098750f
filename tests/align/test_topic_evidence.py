"""How evidence is weighed: a sentence's first clause leads, repetition saturates, words are
found as written, clear words are not outvoted."""
from reportdesk.align import align_files, bundled_taxonomies
from reportdesk.align.words import matcher_for
from conftest import parsed
from test_topics import county, topics_by_title

EDUCATION = bundled_taxonomies()[0]
IDS = [t.id for t in EDUCATION.topics]


def main_topic(sentence):
    alignment = align_files([parsed("a.txt", "2021年工作总结", "一、主要工作", "（一）全面加强保障。" + sentence)], EDUCATION)
    return {alignment.passage_topic(p.key).topic for p in alignment.passages if p.writes}


def test_a_sentence_is_about_what_its_first_clause_names():
    assert main_topic("新建学校3所，改扩建校舍，开展校园安全隐患排查。") == {"facilities"}
    assert main_topic("开展校园安全隐患排查，新建学校3所，改扩建校舍。") == {"safety"}


def test_a_word_repeated_counts_less_and_less():
    scores = matcher_for(EDUCATION).scores
    teachers, preschool = IDS.index("teachers"), IDS.index("preschool")
    once, six = scores("幼儿园")[preschool], scores("幼儿园" * 6)[preschool]
    assert once < six < 3 * once
    assert scores("教师培训，骨干教师，名师工作室，师德师风，交流轮岗")[teachers] > six


def test_words_are_found_as_written_not_across_other_words():
    scores = matcher_for(EDUCATION).scores
    sports, moral = IDS.index("sports"), IDS.index("moral")
    assert scores("全市第九届青少年田径运动会成功举办")[sports] > 0  # 田径运动 is one word to the segmenter
    assert scores("加大教育人才引进力度")[moral] == 0  # 育人 sits across 教育 and 人才


def test_clear_words_are_not_outvoted_by_similar_sections_of_other_reports():
    # 丙县's section reads much like the two safety sections (the same wording of duties),
    # but its own topic words say building: neighbours settle what a section's words leave
    # open, they do not outvote what its words say
    duties = "全县中小学统筹推进专项行动，压实责任链条，层层落实到人，督促检查到位，定期调度通报，形成工作闭环。"
    b = county("甲县", ("守护平安", duties + "开展校园安全隐患排查，防溺水教育。"))
    d = county("乙县", ("守护平安", duties + "校园安全管理，疫情防控常态化。"))
    c = county("丙县", ("补短板强基础", duties + "新建校舍，改扩建学校，校园安全。"))
    assert topics_by_title(align_files([b, d, c], EDUCATION))["补短板强基础"] == "facilities"
