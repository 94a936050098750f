"""Write the fixtures of tests/ingest/test_formats.py (run by hand; needs LibreOffice).

    python tests/tools/make_format_fixtures.py tests/data/formats

One small county report is written as .docx with python-docx and converted by LibreOffice
to .doc, .rtf, .odt, .pdf and .html; the .mht is that page packed as IE saves it (GBK,
quoted-printable). A second file holds a tracked deletion, a hyperlink field and a table.
Then the odd ones: a scan (an image-only PDF), an encrypted PDF, a .doc that is a web page.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email import charset as email_charset
from pathlib import Path

from docx import Document
from docx.oxml import parse_xml
from docx.shared import Pt

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
BODY = "全县上下坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，经济社会发展取得新成效。" * 3
REPORT = [
    ("title", "清河县人民政府工作报告"),
    ("plain", "——2025年1月10日在清河县第十八届人民代表大会第五次会议上"),
    ("plain", "各位代表："),
    ("body", "现在，我代表县人民政府，向大会报告工作，请予审议。"),
    ("h1", "一、2024年工作回顾"),
    ("body", "过去一年，" + BODY),
    ("h2", "（一）经济运行稳中向好"),
    ("body", "全县地区生产总值增长5.6%，规模以上工业增加值增长8.1%，一般公共预算收入12.3亿元。" + BODY),
    ("h2", "（二）民生福祉持续增进"),
    ("body", "新建学校3所，新增学位2400个，城乡居民人均可支配收入分别增长4.9%和6.8%。" + BODY),
    ("h1", "二、存在的问题"),
    ("body", "产业结构不优，创新能力不强，民生领域还有不少短板。" + BODY),
    ("h1", "三、2025年工作安排"),
    ("h2", "（一）坚定不移抓项目促投资"),
    ("body", "全年实施重点项目120个，完成投资150亿元以上。" + BODY),
    ("h2", "（二）持之以恒保民生兜底线"),
    ("body", "办好十件民生实事，守牢安全生产底线。" + BODY),
    ("body", "各位代表，让我们紧密团结，奋力谱写清河高质量发展新篇章！"),
]


def write_report(path: Path) -> None:
    document = Document()
    normal = document.styles["Normal"]
    normal.font.size = Pt(14)
    for kind, text in REPORT:
        if kind == "title":
            paragraph = document.add_paragraph()
            paragraph.alignment = 1
            run = paragraph.add_run(text)
            run.bold, run.font.size = True, Pt(20)
        elif kind in ("h1", "h2"):
            paragraph = document.add_paragraph(style="Heading 1" if kind == "h1" else "Heading 2")
            paragraph.add_run(text)
            paragraph.paragraph_format.first_line_indent = Pt(28)
        else:
            paragraph = document.add_paragraph(text)
            if kind == "body":
                paragraph.paragraph_format.first_line_indent = Pt(28)
    document.save(path)


def write_revisions(path: Path) -> None:
    """A deletion tracked as a revision, a HYPERLINK field and a two-by-two table."""
    document = Document()
    document.add_paragraph("一、工作成效")
    paragraph = document.add_paragraph("全年新增就业")
    paragraph._p.append(parse_xml(
        f'<w:del {W} w:id="1" w:author="a" w:date="2025-01-01T00:00:00Z"><w:r><w:delText>九千</w:delText>'
        f'</w:r></w:del>'))
    paragraph.add_run("一万二千人，详见")
    for xml in ('<w:r {W}><w:fldChar w:fldCharType="begin"/></w:r>',
                '<w:r {W}><w:instrText xml:space="preserve"> HYPERLINK "http://example.gov.cn" </w:instrText></w:r>',
                '<w:r {W}><w:fldChar w:fldCharType="separate"/></w:r>', '<w:r {W}><w:t>县政府网站</w:t></w:r>',
                '<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>'):
        paragraph._p.append(parse_xml(xml.format(W=W)))
    paragraph.add_run("。")
    table = document.add_table(rows=2, cols=2)
    for (r, c), text in {(0, 0): "指标", (0, 1): "数值", (1, 0): "学校", (1, 1): "128所"}.items():
        table.cell(r, c).text = text
    document.add_paragraph("二、存在问题")
    document.save(path)


def convert(source: Path, fmt: str, out: Path) -> Path:
    target = out / f"{source.stem}.{fmt.split(':')[0]}"
    for _ in range(3):  # soffice now and then exits 1 when started right after itself
        subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", str(out), str(source)],
                       capture_output=True, timeout=180)
        if target.exists():
            return target
    raise RuntimeError(f"LibreOffice did not convert {source} to {fmt}")


def write_mht(html: Path, target: Path) -> None:
    """The page as IE's "Web Archive, single file" saves it: MIME, GBK, quoted-printable."""
    text = html.read_text(encoding="utf-8").replace("charset=utf-8", "charset=gb2312")
    gbk = email_charset.Charset("gb2312")
    gbk.body_encoding = email_charset.QP
    root = MIMEMultipart("related", type="text/html")
    part = MIMEText("", "html")
    part.set_payload(text.encode("gb18030"), gbk)
    part["Content-Location"] = "file:///C:/report.htm"
    root.attach(part)
    target.write_bytes(root.as_bytes())


def write_scan(pdf: Path, tmp: Path, target: Path) -> None:
    """Two pages that are only pictures of the report's first page, as a scanner makes them."""
    import pypdfium2 as pdfium

    subprocess.run(["pdftoppm", "-r", "30", "-jpeg", "-f", "1", "-l", "1", str(pdf), str(tmp / "scan")], check=True)
    picture = next(tmp.glob("scan*.jpg"))
    document = pdfium.PdfDocument.new()
    for _ in range(2):
        page = document.new_page(595, 842)
        image = pdfium.PdfImage.new(document)
        image.load_jpeg(str(picture))
        image.set_matrix(pdfium.PdfMatrix().scale(595, 842))
        page.insert_obj(image)
        page.gen_content()
    document.save(str(target))


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        source = tmp / "report.docx"
        write_report(source)
        shutil.copy(source, out / "report.docx")
        for fmt in ("doc", "rtf", "odt", "pdf", "html:HTML (StarWriter)"):
            shutil.copy(convert(source, fmt, tmp), out)
        write_mht(out / "report.html", out / "report.mht")
        shutil.copy(out / "report.doc", out / "report_doc_renamed.wps")
        page = (out / "report.html").read_text(encoding="utf-8").replace("charset=utf-8", "charset=gbk")
        (out / "web_page_named.doc").write_bytes(page.encode("gbk"))
        revisions = tmp / "revisions.docx"
        write_revisions(revisions)
        shutil.copy(revisions, out / "revisions.docx")
        for fmt in ("doc", "rtf", "odt"):
            shutil.copy(convert(revisions, fmt, tmp), out)
        write_scan(out / "report.pdf", tmp, out / "scan.pdf")
        options = {"EncryptFile": {"type": "boolean", "value": "true"},
                   "DocumentOpenPassword": {"type": "string", "value": "1234"}}
        shutil.copy(convert(source, "pdf:writer_pdf_Export:" + json.dumps(options), tmp / "enc"),
                    out / "encrypted.pdf")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
