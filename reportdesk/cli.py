"""The command line: `reportdesk outline PATH... [--json]` (more commands follow)."""
from __future__ import annotations

import argparse
import json
import sys

from reportdesk import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="reportdesk",
                                     description="ReportDesk 报告比对：读取、比对、汇编工作总结")
    parser.add_argument("--version", action="version", version=f"reportdesk {__version__}")
    commands = parser.add_subparsers(dest="command")
    outline = commands.add_parser("outline", help="列出报告的标题结构（章节树）")
    outline.add_argument("paths", nargs="+", metavar="PATH", help="文件或文件夹（递归查找）")
    outline.add_argument("--json", action="store_true", help="输出 JSON")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "outline":
        return _outline(args)
    parser.print_help()
    return 0


def _outline(args) -> int:
    from reportdesk.jobs import parse_files
    from reportdesk.outline import outline_data, outline_text

    files = parse_files(args.paths)
    _utf8_stdout()
    if args.json:
        json.dump(outline_data(files), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        print(outline_text(files))
    return 1 if any(f.error for f in files) else 0


def _utf8_stdout() -> None:
    """Chinese output must not fail on a console with a legacy code page."""
    stream = sys.stdout
    if stream is not None and hasattr(stream, "reconfigure"):
        try:
            stream.reconfigure(errors="replace")
        except (ValueError, OSError):
            pass
