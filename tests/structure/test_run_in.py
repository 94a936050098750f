"""Headings that ran on into their body keep what separated them, for the Word export."""
from reportdesk.model import Document, Paragraph
from reportdesk.structure import build_reports


def run_ins(*lines):
    (report,) = build_reports(Document("r.txt", tuple(Paragraph(t) for t in lines), "UTF-8"))
    return [(s.heading, s.run_in) for s in report.walk()]


def test_run_in_headings_keep_their_separator_and_own_lines_stay_none():
    assert run_ins("一、工作成效", "一是党建品牌更加响亮。抓住关键。", "二是队伍建设：选优配强。",
                   "（一）资源配置", "正文。") == [
        ("一、工作成效", None), ("一是党建品牌更加响亮", "。"), ("二是队伍建设", "："),
        ("（一）资源配置", None)]


def test_a_heading_followed_only_by_its_first_child_is_not_run_in():
    assert run_ins("一、2021年工作总结（一）实施名校建设工程。正文。")[:2] == [
        ("一、2021年工作总结", None), ("（一）实施名校建设工程", "。")]
