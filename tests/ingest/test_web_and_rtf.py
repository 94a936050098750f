"""Saved web pages give the article only; RTF decodes GBK bytes and \\u escapes with hints."""
import pytest

from reportdesk.ingest import ReadError, read_document

PAGE = """<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>清河县政府工作报告_清河县人民政府网</title><script>var a = "一、假标题";</script></head>
<body><div class="top-nav"><a href="/">首页</a><a href="/zw">政务公开</a><a href="/bs">办事服务</a></div>
<div id="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zw">政府工作报告</a></div>
<div class="main"><div class="article">
<h1>清河县政府工作报告</h1><div class="info">发布时间：2025-01-12 来源：县政府办</div>
<p>各位代表：</p><p>　　现在，我代表县人民政府，向大会报告工作。</p>
<h2>一、2024年工作回顾</h2><p><strong>（一）经济稳中向好。</strong>全县生产总值增长5.6%。<br>新增就业一万二千人。</p>
<table><tr><td>学校</td><td>128所</td></tr></table>
<div class="share">分享到：<a>微信</a><a>微博</a></div>
</div><div class="related"><h3>相关阅读</h3><ul><li><a href="/1">县长主持召开常务会议</a></li>
<li><a href="/2">全县经济运行分析会召开</a></li></ul></div></div>
<div class="footer">主办：清河县人民政府办公室　ICP备12345号</div></body></html>"""


def test_web_page_article_only_with_hints(tmp_path):
    path = tmp_path / "报告.htm"
    path.write_bytes(PAGE.encode("gbk"))
    document = read_document(path)
    assert document.encoding == "网页 (HTML, GBK)"
    got = [(p.text.strip(), p.level, p.bold, p.in_table) for p in document.paragraphs]
    assert got == [("清河县政府工作报告", 1, True, False), ("发布时间：2025-01-12 来源：县政府办", None, False, False),
                   ("各位代表：", None, False, False), ("现在，我代表县人民政府，向大会报告工作。", None, False, False),
                   ("一、2024年工作回顾", 2, True, False), ("（一）经济稳中向好。全县生产总值增长5.6%。", None, False, False),
                   ("新增就业一万二千人。", None, False, False), ("学校", None, False, True), ("128所", None, False, True)]


def test_the_same_page_saved_as_mht_with_base64(tmp_path):
    import base64

    body = base64.encodebytes(PAGE.encode("gbk")).decode("ascii")
    mht = ("From: <Saved by Windows Internet Explorer 8>\r\nMIME-Version: 1.0\r\n"
           "Content-Type: multipart/related; type=\"text/html\"; boundary=\"----=_NextPart\"\r\n\r\n"
           "------=_NextPart\r\nContent-Type: text/html; charset=\"gb2312\"\r\n"
           "Content-Transfer-Encoding: base64\r\nContent-Location: http://www.qinghe.gov.cn/1.htm\r\n\r\n"
           f"{body}\r\n------=_NextPart--\r\n")
    path = tmp_path / "报告.mht"
    path.write_text(mht, encoding="ascii")
    document = read_document(path)
    assert document.encoding == "网页 (MHT, GBK)"
    assert "一、2024年工作回顾" in [p.text for p in document.paragraphs]
    assert not any("相关阅读" in p.text or "分享" in p.text or "首页" in p.text for p in document.paragraphs)


RTF = (r"{\rtf1\ansi\ansicpg936\deff0{\fonttbl{\f0\fnil\fcharset134 \'cb\'ce\'cc\'e5;}}"
       r"{\stylesheet{\s0 Normal;}{\s1\outlinelevel0 heading 1;}}"
       r"{\header \pard \'d2\'b3\'c3\'bc\par}"
       r"\pard\s1\b \'d2\'bb\'a1\'a2\'bb\'f9\'b1\'be\'c7\'e9\'bf\'f6\b0\par"
       r"\pard\plain \uc1\u20840?\u21439?{\*\fldinst HYPERLINK \"x\"}{\fldrslt \'d1\'a7\'d0\'a3}"
       r"{\deleted \'be\'c5}128\'cb\'f9\'a1\'a3\par"
       r"\trowd\pard\intbl \'bd\'cc\'ca\'a6\cell 3260\cell\row}")


def test_rtf_gbk_bytes_unicode_escapes_fields_and_cells(tmp_path):
    path = tmp_path / "报告.rtf"
    path.write_bytes(RTF.encode("ascii"))
    got = [(p.text, p.level, p.bold, p.in_table) for p in read_document(path).paragraphs]
    assert got == [("一、基本情况", 1, True, False), ("全县学校128所。", None, False, False),
                   ("教师", None, False, True), ("3260", None, False, True)]


@pytest.mark.parametrize("data", [b"{\\rtf1 " + b"{" * 5000, b"{\\rtf1 \\bin999999999 x}"])
def test_deeply_nested_or_truncated_rtf_is_an_error_not_a_crash(tmp_path, data):
    path = tmp_path / "坏.rtf"
    path.write_bytes(data)
    with pytest.raises(ReadError):
        read_document(path)
