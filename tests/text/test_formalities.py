"""Speech formalities: address and procedure with no content are recognised, content is not."""
import pytest

from reportdesk.text.formalities import is_formality, without_formalities

FORMAL = ["现在，我代表省人民政府，向大会报告工作，请予审议，并请省政协委员和列席人员提出意见。",
          "现在，我代表省人民政府，向大会作政府工作报告，请予审议，并请各位政协委员提出意见。",
          "请各位政协委员和其他列席人员提出宝贵意见。", "各位代表：", "同志们！", "以上报告，请予审议。", "谢谢大家！",
          "现将2021年工作总结及2022年工作谋划报告如下：", "现就我局年初承诺事项完成情况总结如下。",
          "在此，我代表省人民政府，向全省人民，向所有关心支持河北发展的同志们、朋友们，表示衷心的感谢！"]
CONTENT = ["提请县人大常委会审议通过《条例》。", "各位代表！征程万里阔，奋斗正当时。", "我们向大会报告了三件事。",
           "同志们的努力取得了成效。", "向乡村振兴倾斜，向基层一线倾斜。", "全区实现地区生产总值415亿元，增长5.8%。",
           "现将开展工作总结如下：一是加强党建。", "现在。"]


@pytest.mark.parametrize("sentence", FORMAL)
def test_address_and_procedure_are_formalities(sentence):
    assert is_formality(sentence)


@pytest.mark.parametrize("sentence", CONTENT)
def test_a_clause_of_content_makes_a_sentence_content(sentence):
    assert not is_formality(sentence)


def test_only_the_formal_sentences_leave_a_paragraph():
    text = "2021年，各项工作顺利推进、成效明显。现将开展工作总结如下："
    assert without_formalities(text) == "2021年，各项工作顺利推进、成效明显。"
    assert without_formalities("各位代表：现在，我代表区人民政府向大会报告工作，请予审议。") == ""


def test_a_formality_on_a_line_of_its_own_keeps_its_line_break():
    from reportdesk.text.formalities import is_formality

    assert is_formality("各位代表！\n") and is_formality("谢谢大家！\r\n")
