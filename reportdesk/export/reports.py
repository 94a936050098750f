"""逐篇汇编: every report in full with its own hierarchy, each on a new page."""
from __future__ import annotations

from reportdesk.export.blocks import Block, Para, ReportTitle, Toc
from reportdesk.export.front import front_matter
from reportdesk.export.options import ExportOptions, chosen_reports, cover_title
from reportdesk.export.sections import section_blocks
from reportdesk.model import Alignment, ReportRef


def by_report(alignment: Alignment, options: ExportOptions) -> list[Block]:
    reports = chosen_reports(alignment, options)
    how = ["各篇按原文全文收录，标题层次照录原文：一级标题用黑体，二级标题用楷体，三级标题用仿宋加粗，"
           "四级标题用仿宋；原文中标题与正文连排的，仍连排。"]
    blocks = front_matter(alignment, options, cover_title(alignment, options), how,
                          Toc(report_titles=True))
    for ref in reports:
        report = ref.report
        blocks.append(report_heading(ref))
        blocks.extend(Para(line) for line in report.preamble.split("\n") if line.strip())
        for section in report.sections:
            blocks.extend(section_blocks(section, lambda s: min(s.depth, 4)))
    return blocks


def report_heading(ref: ReportRef) -> ReportTitle:
    """A report's own title, and the line under it naming whose it is (display name, issuer,
    date) with what the title does not already say."""
    title = ref.report.title
    named = all(word in title for word in ref.label.split())
    meta = [] if named else [ref.label]
    meta += [x for x in (ref.report.issuer, ref.report.date) if x and x not in title and x not in ref.label]
    return ReportTitle(title, "　".join(meta), byline=not named)
