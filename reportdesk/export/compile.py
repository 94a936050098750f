"""Compile aligned reports into export blocks: by topic, by report, or as a comparison table.

Every mode opens like a bound compilation (汇编, front.py), then the body numbered from 1;
the 目录's page numbers come from the page model (layout.py). Every block of text says
whose it is with the report's display name (`ReportRef.label`).
"""
from __future__ import annotations

from reportdesk.export.blocks import Block
from reportdesk.export.typesetting import with_page_numbers
from reportdesk.export.options import ExportOptions
from reportdesk.export.reports import by_report
from reportdesk.export.table import comparison_table
from reportdesk.export.topics import by_topic
from reportdesk.model import Alignment


def compile_blocks(alignment: Alignment, options: ExportOptions) -> list[Block]:
    if options.mode == "reports":
        blocks = by_report(alignment, options)
    elif options.mode == "table":
        blocks = comparison_table(alignment, options)
    else:
        blocks = by_topic(alignment, options)
    return with_page_numbers(blocks)
