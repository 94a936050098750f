"""Reader for saved web pages: .html/.htm and MIME-HTML (.mht/.mhtml) archives.

A page saved from a government site holds the report among menus, breadcrumbs, share
buttons, "相关阅读" lists and footers. The page is parsed with lxml (no network, no
external entities), obvious furniture is dropped by tag and by class/id words, and the
article is found by walking down from <body> while one child holds most of the text
that is not link text. Block elements and <br> end paragraphs; <h1>–<h4> give level
hints and <b>/<strong> bold, as Word styles do.
"""
from __future__ import annotations

import codecs
import email
import email.policy
import quopri
import re

import lxml.html
from lxml import etree

from reportdesk.ingest.encoding import REPLACEMENT, Decoded, UndecodableError, decode_text
from reportdesk.ingest.errors import ReadError, notice
from reportdesk.ingest.paragraphs import ParagraphBuilder, clean_text
from reportdesk.ingest.plaintext import decoding_warnings
from reportdesk.ingest.xmlparts import MAX_DEPTH
from reportdesk.model import Paragraph

MAX_ELEMENTS = 300_000
MAX_MIME_PARTS = 2_000
_DROP_TAGS = ("script", "style", "noscript", "iframe", "nav", "header", "footer", "aside", "form",
              "button", "select", "input", "textarea", "object", "embed", "svg", "template",
              "head", "title", "map", "menu")
_DROP_CLASS = re.compile(r"(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|crumbs?|footer|foot|header|"
                         r"top-?bar|sidebar|side|share|bdshare|jiathis|social|related|relate|xgyd|"
                         r"xgwz|xglj|copyright|comment|toolbar|print|pager|pagination|search|"
                         r"login|banner|ad|ads|advert|gotop|qrcode|ewm)(?:$|[\s_-])", re.IGNORECASE)
_FURNITURE = re.compile(r"^[\s【\[]*(?:相关阅读|相关链接|相关新闻|相关文章|延伸阅读|推荐阅读|相关稿件|"
                        r"分享到|打印本页|关闭窗口|打印|关闭|收藏|字体[：:]|【?字号|扫一扫|返回顶部|"
                        r"上一篇|下一篇)")
_BLOCK = {"p", "div", "li", "ul", "ol", "table", "tr", "td", "th", "tbody", "thead", "h1", "h2",
          "h3", "h4", "h5", "h6", "blockquote", "section", "article", "pre", "dd", "dt", "dl",
          "center", "address", "main", "figure", "figcaption", "caption", "hr", "body"}
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4}
_BOLD = {"b", "strong"}
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w-]+)", re.IGNORECASE)
_WHITESPACE = re.compile(r"[ \t\r\n\f]+")
_PAGE = re.compile(rb"<(?:html|body|p|div|table)[\s>]", re.IGNORECASE)
_QP_ESCAPE = re.compile(rb"=[0-9A-F]{2}")
_GB_NAMES = {"gb2312", "gbk", "gb18030", "x-gbk", "gb_2312-80", "cp936", "euc-cn"}


def read_html(path: str, data: bytes) -> tuple[list[Paragraph], str, tuple[str, ...]]:
    decoded = _decode(path, data, None)
    return html_paragraphs(path, decoded.text), f"网页 (HTML, {decoded.encoding})", decoding_warnings(decoded)


def read_mht(path: str, data: bytes) -> tuple[list[Paragraph], str, tuple[str, ...]]:
    """The HTML part of a MIME archive, with its transfer encoding (QP, base64) undone."""
    try:
        message = email.message_from_bytes(data, policy=email.policy.compat32)
        parts = [part for _, part in zip(range(MAX_MIME_PARTS), message.walk())]
    except (ValueError, TypeError, IndexError, LookupError) as exc:
        raise ReadError(path, "damaged", kind="网页") from exc
    html = next((p for p in parts if p.get_content_type() == "text/html"), None)
    recovered = html is None
    if html is None:  # a damaged part header: the part that holds a page
        html = next((p for p in parts if not p.is_multipart() and _PAGE.search(_payload(p)[:4096])), None)
    if html is None:
        raise ReadError(path, "damaged", kind="网页", detail="MHT 中没有网页正文")
    payload = _payload(html)
    if recovered and len(_QP_ESCAPE.findall(payload[:4096])) > 20:
        payload = quopri.decodestring(payload)  # the transfer encoding was named in the damaged header
    if not payload:
        raise ReadError(path, "no_text")
    decoded = _decode(path, payload, html.get_content_charset())
    warnings = decoding_warnings(decoded) + ((notice("recovered"),) if recovered else ())
    return html_paragraphs(path, decoded.text), f"网页 (MHT, {decoded.encoding})", warnings


def _payload(part) -> bytes:
    payload = part.get_payload(decode=True)
    return payload if isinstance(payload, bytes) else b""


def _decode(path: str, data: bytes, declared: str | None) -> Decoded:
    """Text of a page: BOM first, then the declared or <meta> charset, then the text cascade."""
    if not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        match = _META_CHARSET.search(data[:8192])
        name = (declared or (match.group(1).decode("ascii", "replace") if match else "")).lower()
        if name in _GB_NAMES:
            text = data.decode("gb18030", "replace")
            return Decoded(text, "GBK", text.count(REPLACEMENT))
        if name:
            try:
                return Decoded(data.decode(name), name.upper())
            except (LookupError, UnicodeDecodeError):
                pass  # a wrong declaration: fall back on the bytes themselves
    try:
        return decode_text(data)
    except UndecodableError as exc:
        raise ReadError(path, "decode") from exc


def html_paragraphs(path: str, text: str) -> list[Paragraph]:
    """The article's paragraphs of an HTML text."""
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)  # lxml refuses str input that declares bytes
    text = clean_text(text)  # and str input with NULs or other control characters
    if text.count("<") > 2 * MAX_ELEMENTS:  # refused before lxml builds a tree of it
        raise ReadError(path, "too_complex", kind="网页", limit=MAX_ELEMENTS)
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True,
                                  default_doctype=False)
    try:
        root = lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise ReadError(path, "damaged", kind="网页") from exc
    if any("depth" in error.message.lower() for error in parser.error_log):
        # libxml2 stops at 256 levels, so every walk below stays within that depth
        raise ReadError(path, "too_deep", kind="网页", limit=MAX_DEPTH)
    if sum(1 for _ in root.iter()) > MAX_ELEMENTS:
        raise ReadError(path, "too_complex", kind="网页", limit=MAX_ELEMENTS)
    _drop_furniture(root)
    body = root.find("body") if root.tag != "body" else root
    article = _article(body if body is not None else root)
    builder = ParagraphBuilder()
    _walk(article, builder, bold=False, in_table=False)
    builder.end()
    return builder.paragraphs


def _drop_furniture(root) -> None:
    doomed = []
    for element in root.iter(etree.Element):
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in ("html", "body"):
            continue
        marks = f"{element.get('class', '')} {element.get('id', '')} {element.get('title', '')}"
        style = element.get("style", "").replace(" ", "").lower()
        if tag in _DROP_TAGS or _DROP_CLASS.search(marks) or "display:none" in style:
            doomed.append(element)
            continue
        words = "".join(element.text_content().split())
        if not _FURNITURE.match(words[:12]):
            continue
        if len(words) <= 8:  # a "相关阅读" caption: it goes with the link lists after it
            doomed.append(element)
            doomed.extend(s for s in element.itersiblings() if _link_share(s) > 0.5)
        elif _link_share(element) > 0.4:
            doomed.append(element)
    for element in doomed:
        if element.getparent() is not None:
            element.drop_tree()  # keeps the tail text, which belongs to the parent


def _article(element):
    """Walk down while one child holds most of the text that is not link text."""
    while True:
        total = _chars(element) - _link_chars(element)
        children = [c for c in element if isinstance(c.tag, str)]
        scores = [(_chars(c) - _link_chars(c), k) for k, c in enumerate(children)]
        if not scores or total <= 0 or max(scores)[0] < 0.7 * total:
            return element
        element = children[max(scores)[1]]


def _chars(element) -> int:
    return len("".join("".join(element.itertext()).split()))


def _link_chars(element) -> int:
    return sum(_chars(a) for a in element.iter("a"))


def _link_share(element) -> float:
    total = _chars(element)
    return _link_chars(element) / total if total else 0.0


def _collapse(text: str) -> str:
    """HTML white space: a run of it is one space, as Chromium-based browsers show it."""
    return _WHITESPACE.sub(" ", text)


def _walk(element, builder: ParagraphBuilder, bold: bool, in_table: bool) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    block = tag in _BLOCK
    if block:
        builder.end(in_table=in_table)
    bold = bold or tag in _BOLD or tag in _HEADINGS or "font-weight:bold" in \
        element.get("style", "").replace(" ", "").lower()
    in_table = in_table or tag in ("td", "th")
    if tag in ("ul", "ol", "table", "div", "p") and _link_share(element) > 0.6:
        return  # a list of links inside the article (other reports, attachments' pages)
    if tag == "br":
        builder.end(in_table=in_table)
    elif element.text:
        builder.add(_collapse(element.text), bold)
    for child in element:
        _walk(child, builder, bold, in_table)
        if child.tail:
            builder.add(_collapse(child.tail), bold)
    if block:
        builder.end(level=_HEADINGS.get(tag), in_table=in_table)
