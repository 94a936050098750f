"""Several reports in one file become separate reports; the file's own title is none of them."""
from reportdesk.model import Document, Paragraph
from reportdesk.structure import build_reports


def reports(lines):
    return build_reports(Document("x.txt", tuple(Paragraph(t) for t in lines), "UTF-8"))


def test_run_on_collection_with_inline_labels():
    line = ("教育局2021年工作总结3篇【篇一】2021年,我局扎实推进各项工作。一、主要成绩(一)党建引领不断加强。"
            "正文一。【篇二】2021年,全县教育工作稳步推进。一、工作成效(一)办学条件改善。正文二。"
            "【篇三】今年以来,我局攻坚克难。一是党建引领,发展行稳致远。正文三。二是加大投入,基础不断夯实。正文四。")
    found = reports(["教育局2021年工作总结3篇", "文档介绍", line])
    assert len(found) == 3
    assert [r.title for r in found] == ["教育局2021年工作总结【篇一】", "教育局2021年工作总结【篇二】",
                                        "教育局2021年工作总结【篇三】"]
    assert [[s.heading for s in r.walk()] for r in found] == [
        ["一、主要成绩", "（一）党建引领不断加强"], ["一、工作成效", "（一）办学条件改善"],
        ["一是党建引领,发展行稳致远", "二是加大投入,基础不断夯实"]]
    assert "教育局2021年工作总结3篇" not in found[0].preamble


def test_markdown_labels_and_report_titles():
    lines = ["区教育局工作总结（合集2篇）", "篇1：区教育局上半年工作总结", "区教育局上半年工作总结",
             "上半年全区教育稳步发展。", "一、上半年工作", "（一）深化改革。正文。",
             "篇2：区教育局上半年工作总结", "训练局上半年工作总结", "一、上半年工作总结", "（一）防控有力。正文。"]
    found = reports(lines)
    assert [r.title for r in found] == ["区教育局上半年工作总结", "训练局上半年工作总结"]
    assert all(r.period == "上半年" for r in found)


def test_repeated_titles_split_a_file_without_labels():
    lines = ["甲县教育局2021年工作总结", "一、工作成效", "（一）党建引领。全年召开会议12次，覆盖所有学校和单位，成效明显。",
             "乙县教育局2021年工作总结", "一、工作成效", "（一）办学条件。新建学校3所，新增学位2400个，缓解了入学压力。"]
    found = reports(lines)
    assert [(r.title, r.region) for r in found] == [("甲县教育局2021年工作总结", "甲县"),
                                                    ("乙县教育局2021年工作总结", "乙县")]


def test_a_title_repeated_on_consecutive_lines_is_one_report():
    found = reports(["教育局上半年工作总结", "教育局上半年工作总结", "一、上半年工作", "（一）党建。正文。"])
    assert len(found) == 1 and found[0].title == "教育局上半年工作总结"
