"""One call that turns parsed, aligned reports into a Word file (used by the CLI and the window)."""
from __future__ import annotations

from pathlib import Path

from reportdesk.export.compile import ExportOptions, compile_blocks
from reportdesk.export.docx_writer import write_docx
from reportdesk.model import Alignment


def export_docx(alignment: Alignment, target: str | Path, options: ExportOptions | None = None,
                template: str | Path | None = None) -> Path:
    """Write the compilation; raises WriteError (target locked) or TemplateError."""
    blocks = compile_blocks(alignment, options or ExportOptions())
    write_docx(blocks, target, template)
    return Path(target)
