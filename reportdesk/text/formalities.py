"""Speech formalities: sentences of address or procedure that say nothing about the work.

A report given at a meeting opens and closes with them (各位代表：/ 现在，我代表省人民政府，
向大会报告工作，请予审议，并请省政协委员提出意见。/ 以上报告，请予审议。/ 谢谢大家！), and a
written one announces itself (现将2021年工作总结如下：). Read aloud they belong; collected into a
compilation's 基本情况 they are twenty-five copies of nothing.

A sentence is a formality when every one of its clauses is an act of address or procedure:
whom it speaks to, on whose behalf, that it reports or asks for review or opinions, that
what follows is the report, thanks (and, in a sentence of thanks, to whom). One clause with anything else (a figure, a subject, an
event) makes the sentence content, so "提请县人大常委会审议通过《条例》" stays.
"""
from __future__ import annotations

import re

from reportdesk.text.sentences import STOPS, clause_spans, sentence_cover

_OPENER = re.compile(r"^(?:现在|下面|最后|在此|同时|并且?)")
_ACTS = (
    r"(?:尊敬的)?(?:各位|全体)?(?:代表|委员|领导|来宾|嘉宾|同志|同仁|朋友)们?",  # whom it speaks to
    r"我(?:谨)?代表.{1,24}?",  # on whose behalf
    r"(?:我)?(?:代表.{1,24}?)?(?:向.{1,12}?)?(?:(?:报告|汇报)(?:政府)?工作|作(?:政府)?工作报告)",  # that it reports
    r"(?:请予|提请|请)审议",
    r"请.{0,30}?提出(?:宝贵)?(?:意见|建议)(?:和建议)?",  # asks for opinions
    r"以上(?:报告|汇报|总结)",
    r"现(?:将|就).{0,40}?(?:总结|汇报|报告|说明|通报)如下",  # what follows is the report
    r"谢谢(?:大家|各位)?",
    _THANKS := r"(?:表示|致以)最?(?:衷心|诚挚|崇高|亲切)的?(?:感谢|敬意|谢意|问候)",
)
_ACT = re.compile("|".join(f"(?:{act})" for act in _ACTS))
_THANKED = re.compile(rf"(?:{_THANKS})$")
_ADDRESSEE = re.compile(r"向.{1,40}")  # whom thanks go to: an act only in a sentence of thanks
_TRIM = STOPS + "，,…“”\"'　 \t\r\n"


def is_formality(sentence: str) -> bool:
    """Whether a sentence is all address and procedure, with no content."""
    clauses = [sentence[start:end].strip(_TRIM) for start, end in clause_spans(sentence.strip(_TRIM))]
    acts = [act for act in (_OPENER.sub("", c).strip(_TRIM) for c in clauses if c) if act]  # a lone 现在 is no act
    thanks = bool(acts) and _THANKED.search(acts[-1]) is not None
    return bool(acts) and all(_ACT.fullmatch(act) or thanks and _ADDRESSEE.fullmatch(act) for act in acts)


def without_formalities(text: str) -> str:
    """The text with its formal sentences left out (the rest exactly as written)."""
    kept = [text[start:end] for start, end in sentence_cover(text) if not is_formality(text[start:end])]
    return "".join(kept).strip()
