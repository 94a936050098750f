"""Markdown: headings become level hints, markup goes, escaped masks come back."""
from reportdesk.ingest.plaintext import looks_like_markdown, markdown_paragraphs, read_txt


def test_headings_become_hints_and_escapes_are_undone():
    lines = ["# 区教育局工作总结", "", "#### 一、上半年工作", "\\*\\*区教育局**深入**贯彻。",
             "- 加强管理", "---", "> 引用的话"]
    paragraphs = markdown_paragraphs(lines)
    assert [(p.text, p.level) for p in paragraphs] == [
        ("区教育局工作总结", 1), ("一、上半年工作", 4), ("**区教育局深入贯彻。", None),
        ("加强管理", None), ("引用的话", None)]


def test_table_rows_become_cells_in_order():
    paragraphs = markdown_paragraphs(["| 指标 | 数值 |", "| --- | --- |", "| 教师 | 682人 |"])
    assert [p.text for p in paragraphs] == ["指标", "数值", "教师", "682人"]
    assert all(p.in_table for p in paragraphs)


def test_txt_holding_markdown_is_read_as_markdown():
    text = "# 标题\n\n## 篇1：某局总结\n\n正文\\*\\*区。\n"
    paragraphs, encoding, _ = read_txt("x.txt", text.encode("utf-8"))
    assert encoding == "UTF-8"
    assert [(p.text, p.level) for p in paragraphs] == [("标题", 1), ("篇1：某局总结", 2), ("正文**区。", None)]


def test_plain_text_with_one_hash_is_not_markdown():
    assert not looks_like_markdown(["#1号楼已完工。", "正文"])
