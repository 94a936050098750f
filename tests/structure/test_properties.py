"""Whatever the text, parsing never fails and never loses body text."""
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reportdesk.model import Document, Paragraph
from reportdesk.structure import build_reports

PIECES = ["一、", "二、", "三、", "（一）", "（二）", "(三)", "1.", "2.", "3、", "（1）", "①", "一是", "二是", "第一，",
          "工作", "成效", "存在问题", "下半年工作思路", "党建引领", "加强", "教师队伍", "按照", "2021年", "3.5万元",
          "。", "，", "；", "：", " ", "“", "”", "《", "》", "xx", "**", "县", "教育局", "\u3000", "十九届二、三中全会"]
_DROPPABLE = re.compile(r"[\s。！？；;!?：:，,、.．]")


def squash(text: str) -> str:
    text = text.replace("(", "（").replace(")", "）")
    return _DROPPABLE.sub("", text)


def everything_kept(report) -> str:
    parts = [report.preamble]
    for section in report.walk():
        parts += [section.marker, section.title, section.body]
    # an issuer or date signed on the last lines moves from the text to the metadata
    return "".join(parts) + (report.issuer or "") + (report.date or "")


lines = st.lists(st.lists(st.sampled_from(PIECES), min_size=1, max_size=25).map("".join),
                 min_size=1, max_size=12)


@settings(max_examples=300, deadline=None)
@given(lines)
def test_parsing_random_text_never_fails_and_keeps_the_text(texts):
    # Start with a body sentence so that no line is taken as a title block.
    texts = ["全县各项工作稳步推进，成效明显，群众满意度持续提升。"] + texts
    document = Document("r.txt", tuple(Paragraph(t) for t in texts), "UTF-8")
    reports = build_reports(document)
    assert len(reports) == 1
    report = reports[0]
    assert all(section.depth == 1 for section in report.sections)
    for section in report.walk():
        for child in section.children:
            assert child.depth == section.depth + 1
    assert squash(everything_kept(report)) == squash("".join(texts))
