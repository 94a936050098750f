"""Sentences split at Chinese sentence ends and paired in order, as a diff tool pairs lines."""
from reportdesk.compare.pairing import Options, normalise, pair_sentences
from reportdesk.text.sentences import split_sentences


def pieces(text):
    return [text[s:e] for s, e in split_sentences(text)]


def test_sentences_end_at_chinese_stops_and_line_ends():
    text = "一、加强党建\n抓实党史学习。开展“红色教育”！覆盖全体党员；成效明显？ 下一步"
    assert pieces(text) == ["一、加强党建", "抓实党史学习。", "开展“红色教育”！", "覆盖全体党员；", "成效明显？", "下一步"]
    assert pieces("他说：“好。”然后走了。") == ["他说：“好。”", "然后走了。"]  # the closing quote stays
    assert split_sentences("") == [] and split_sentences(" \n ") == []


def test_what_the_options_ignore_is_taken_out():
    assert normalise("全年 补充教师682人。", Options()) == "全年补充教师682人。"
    assert normalise("补充教师，682人。", Options(punctuation=True)) == "补充教师682人"
    assert normalise("补充教师682人", Options(numbers=True)) == normalise("补充教师1,200人", Options(numbers=True))
    assert normalise("新建三所", Options(numbers=True)) == normalise("新建五所", Options(numbers=True))
    assert normalise("a b", Options(whitespace=False)) == "a b"


def test_pairs_keep_order_and_skip_what_one_side_lacks():
    a = ["加强党建工作。", "新建学校三所。", "招聘教师一百人。", "开展安全教育。"]
    b = ["加强党建工作。", "招聘教师一百二十人。", "新增一项内容。", "开展安全教育活动。"]
    assert pair_sentences(a, b) == [(0, 0), (1, None), (2, 1), (None, 2), (3, 3)]


def test_unrelated_sentences_are_not_paired():
    assert pair_sentences(["全面加强党的领导。"], ["持续改善办学条件。"]) == [(0, None), (None, 0)]
    assert pair_sentences([], ["一句。"]) == [(None, 0)] and pair_sentences([], []) == []


def test_ignoring_numbers_pairs_sentences_that_differ_only_in_figures():
    a, b = ["补充教师682人。"], ["补充教师700人。"]
    assert pair_sentences(a, b, Options(numbers=True)) == [(0, 0)]
