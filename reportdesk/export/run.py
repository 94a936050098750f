"""One call that turns parsed, aligned reports into a Word file (used by the CLI and the window)."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from reportdesk.export.compile import compile_blocks
from reportdesk.export.options import ExportOptions
from reportdesk.export.docx_writer import write_docx
from reportdesk.files import WriteError, same_file
from reportdesk.model import Alignment


@dataclass(frozen=True)
class ExportResult:
    """Where the compilation went, and what the user should know (a unit template that had
    to be completed). Prints as the path, so callers that only show the path keep working."""

    path: Path
    messages: tuple[str, ...] = field(default=())

    def __str__(self) -> str:
        return str(self.path)

    def __fspath__(self) -> str:
        return os.fspath(self.path)


def export_docx(alignment: Alignment, target: str | Path, options: ExportOptions | None = None,
                template: str | Path | None = None) -> ExportResult:
    """Write the compilation; raises WriteError (target locked, or one of the reports it is
    made of: an input is never written) or TemplateError."""
    options = options or ExportOptions()
    if same_file(target, [r.path for r in alignment.reports]):
        raise WriteError(f"没有保存：“{Path(target).name}”是要汇编的报告之一，不能被覆盖；请换一个文件名")
    blocks = compile_blocks(alignment, options)
    messages = write_docx(blocks, target, template, author=options.unit)
    return ExportResult(Path(target), tuple(messages))
