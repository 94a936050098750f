"""The command line: outline, align, export, indicators, copies, points, bench and gui."""
from __future__ import annotations

import argparse
import functools
import json
import os
import sys

from reportdesk import __version__
from reportdesk.console import console_for_output, ensure_streams, lossless_output


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="reportdesk",
                                     description="ReportDesk 报告比对：读取、比对、汇编工作总结")
    parser.add_argument("--version", action="version", version=f"reportdesk {__version__}")
    parser.add_argument("--selftest", action="store_true",
                        help="检查本程序能否正常工作（读取、比对、导出，并打开窗口显示中文），然后退出")
    parser.add_argument("--offscreen", action="store_true", help="与 --selftest 一起用：不打开真实窗口（无屏幕的机器）")
    parser.add_argument("--selftest-window", metavar="FILE", help=argparse.SUPPRESS)  # the self-test's window process
    parser.add_argument("--bench-step", nargs=2, metavar=("KIND", "FOLDER"), help=argparse.SUPPRESS)  # bench's child
    commands = parser.add_subparsers(dest="command")
    outline = commands.add_parser("outline", help="列出报告的标题结构（章节树）")
    outline.add_argument("paths", nargs="+", metavar="PATH", help="文件或文件夹（递归查找）")
    outline.add_argument("--json", action="store_true", help="输出 JSON")
    outline.add_argument("--taxonomy", metavar="FILE", help="使用指定的主题表（TOML），不自动选择")
    outline.add_argument("--no-topics", action="store_true", help="不做主题比对，只列结构")
    gui = commands.add_parser("gui", help="打开窗口（默认）")
    gui.add_argument("paths", nargs="*", metavar="PATH", help="启动后加载的文件或文件夹")
    gui.add_argument("--topic", help="显示的主题 id，如 teachers")
    gui.add_argument("--part", choices=["achievements", "problems", "plans"], help="显示的部分")
    gui.add_argument("--screenshot", metavar="FILE.png", help="加载并比对后把窗口存成图片，然后退出")
    gui.add_argument("--compare", nargs=2, metavar=("A", "B"),
                     help="加载后打开“比较两篇”，比较报告 A 与 B（显示名称，或从 1 起的序号）")
    gui.add_argument("--roster", metavar="LIST", help="报送名单（.txt 或 .xlsx）：加载后显示“报送情况”")
    gui.add_argument("--exit-when-shown", action="store_true", help=argparse.SUPPRESS)  # start-up timing
    align = commands.add_parser("align", help="按主题比对各报告，列出覆盖矩阵")
    align.add_argument("paths", nargs="+", metavar="PATH", help="文件或文件夹（递归查找）")
    align.add_argument("--json", action="store_true", help="输出 JSON")
    align.add_argument("--taxonomy", metavar="FILE", help="使用指定的主题表（TOML），不自动选择")
    align.add_argument("--xlsx", metavar="OUT.xlsx", help="把覆盖矩阵写入 Excel 表格（每个部分一页，另附章节对应表）")
    export = commands.add_parser("export", help="导出合并的 Word 文档（公文格式）")
    export.add_argument("paths", nargs="+", metavar="PATH", help="文件或文件夹（递归查找）")
    export.add_argument("-o", "--output", required=True, metavar="OUT.docx", help="输出文件")
    export.add_argument("--mode", choices=["topics", "reports", "table"], default="topics",
                        help="topics 按主题汇编（默认）；reports 逐篇汇编；table 对照表")
    export.add_argument("--topics", help="只导出这些主题，按此顺序，用逗号分隔，如 party,teachers")
    export.add_argument("--parts", help="只导出这些部分：achievements,problems,plans")
    export.add_argument("--list", metavar="ID", help="报告分属几类时，汇编哪一类的主题表（如 government；默认篇数最多的一类）")
    export.add_argument("--template", metavar="FILE", help="使用单位模板（.docx）的样式")
    export.add_argument("--taxonomy", metavar="FILE", help="使用指定的主题表（TOML）")
    export.add_argument("--title", help="文档标题")
    export.add_argument("--force", action="store_true", help="输出文件已存在时覆盖")
    export.add_argument("--roster", metavar="LIST", help="报送名单（.txt 每行一个单位，或 .xlsx）：汇编说明写明未报送的单位")
    roster = commands.add_parser("roster", help="对照报送名单：谁已报送、谁未报送、谁重复报送或报送了其他期间的报告")
    roster.add_argument("list", metavar="LIST", help="报送名单：.txt（每行一个单位）或 .xlsx（单位名称一列）")
    roster.add_argument("paths", nargs="+", metavar="PATH", help="报告文件、文件夹或压缩包（递归查找）")
    roster.add_argument("--xlsx", metavar="OUT.xlsx", help="把报送情况写入 Excel 表格")
    check = commands.add_parser("check", help="格式校对：标题编号、层级、全半角、年份、空标题")
    check.add_argument("paths", nargs="+", metavar="PATH", help="报告文件、文件夹或压缩包（递归查找）")
    check.add_argument("--xlsx", metavar="OUT.xlsx", help="把校对结果写入 Excel 表格")
    indicators = commands.add_parser("indicators", help="提取各报告中的数字指标，导出表格")
    indicators.add_argument("paths", nargs="+", metavar="PATH", help="文件或文件夹（递归查找）")
    indicators.add_argument("--csv", metavar="OUT.csv", help="写入 CSV（UTF-8 带 BOM，Excel 可直接打开）")
    indicators.add_argument("--xlsx", metavar="OUT.xlsx", help="写入 Excel 表格")
    indicators.add_argument("--wide", action="store_true", help="宽表：地区 × 常用指标（默认为长表，每个数字一行）")
    indicators.add_argument("--taxonomy", metavar="FILE", help="使用指定的主题表（TOML）")
    copies = commands.add_parser("copies", help="查重：找出各报告之间雷同的句子、套话和沿用往年的文字")
    copies.add_argument("paths", nargs="+", metavar="PATH", help="文件或文件夹（递归查找）")
    copies.add_argument("--json", action="store_true", help="输出 JSON")
    copies.add_argument("--min-chars", type=int, default=12, metavar="N",
                        help="短于 N 字的句子不比较（默认 12，不计标点）")
    points = commands.add_parser("points", help="要点汇总：各地区在每个主题下有别于他人的要点和关键数字")
    points.add_argument("paths", nargs="+", metavar="PATH", help="文件或文件夹（递归查找）")
    points.add_argument("--xlsx", metavar="OUT.xlsx", help="写入 Excel 表格")
    points.add_argument("--docx", metavar="OUT.docx", help="写入 Word 表格（横向）")
    points.add_argument("--part", choices=["achievements", "problems", "plans"], default="achievements",
                        help="哪一部分（默认 achievements 工作成效）")
    points.add_argument("--taxonomy", metavar="FILE", help="使用指定的主题表（TOML）")
    commands.add_parser("examples", help="显示自带示例报告所在的文件夹，如 reportdesk gui \"$(reportdesk examples)\"")
    bench = commands.add_parser("bench", help="测量各处理阶段（读取、结构、分词、比对、导出）的速度")
    bench.add_argument("--reports", type=int, default=100, help="用示例报告复制出的文件数（默认 100）")
    bench.add_argument("--repeat", type=int, default=5, help="重复次数，取中位数（默认 5）")
    bench.add_argument("--seeds", default=None, help="示例报告所在文件夹（默认为自带的 seeds）")
    bench.add_argument("--gui", nargs="*", type=int, metavar="N",
                       help="另测窗口加载 N 个文件时事件循环的最长停顿（可给多个 N；不给则用 --reports）")
    bench.add_argument("--scale", nargs="*", type=int, metavar="N",
                       help="另测约 N 篇报告时导出与指标表的耗时及其增长倍数（默认 100 800）")
    bench.add_argument("--formats", metavar="FOLDER", help="另测该文件夹中各种格式文件的读取速度（每种格式一行）")
    return parser


def main(argv: list[str] | None = None) -> int:
    """The entry point. Output cut short by the reader (`reportdesk outline … | head`) ends
    quietly instead of with a traceback."""
    ensure_streams()  # the windowed reportdesk.exe has none
    try:
        code = _main(argv)
        sys.stdout.flush()  # flushed here, where a closed pipe can still be caught
        return code
    except BrokenPipeError:
        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # nothing more to say
        except (OSError, ValueError):
            pass
        return 0


def _main(argv: list[str] | None) -> int:
    parser = build_parser()
    argv = sys.argv[1:] if argv is None else argv
    from reportdesk.files import remove_leftovers
    from reportdesk.logs import setup_logging

    setup_logging()
    remove_leftovers()  # temporary files a killed export left behind
    if not argv or _names_paths(argv[0], parser):
        # run bare, or given files: Explorer starts `reportdesk.exe C:\…\报告.docx` for a file
        # dropped on the program or its shortcut, and for 打开方式
        argv = ["gui", *argv]
    args = parser.parse_args(argv)
    if args.command != "gui" and not args.selftest_window:
        console_for_output()  # the windowed exe typed into a command prompt with a command
    lossless_output(utf8=getattr(args, "json", False))
    if args.selftest_window:
        from reportdesk.gui.selftest_window import run_window_checks

        return run_window_checks(args.selftest_window)
    if args.bench_step:
        from reportdesk.diagnostics.bench import run_step

        return run_step(*args.bench_step)
    if args.selftest:
        from reportdesk.diagnostics.selftest import run_selftest

        return run_selftest(offscreen=args.offscreen)
    if args.command == "outline":
        return _outline(args)
    if args.command == "align":
        return _align_command(args)
    if args.command == "bench":
        return _bench(args)
    if args.command == "examples":
        return _examples()
    if args.command == "export":
        return _export(args)
    if args.command == "indicators":
        return _indicators(args)
    if args.command == "copies":
        return _copies(args)
    if args.command == "points":
        return _points(args)
    if args.command in ("roster", "check"):
        from reportdesk.cli.receiving import run_check, run_roster

        return (run_roster if args.command == "roster" else run_check)(args)
    if args.command == "gui":
        from reportdesk.gui.app import run_gui

        return run_gui(args.paths, args.topic, args.part, args.screenshot, args.exit_when_shown, args.compare,
                       args.roster)
    parser.print_help()
    return 0


def _names_paths(first: str, parser: argparse.ArgumentParser) -> bool:
    """Whether the first argument is a path to open rather than a command or an option (a
    command's name wins over a file of that name in the current folder)."""
    commands = next(a.choices for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return not first.startswith("-") and first not in commands


def _outline(args) -> int:
    from reportdesk.jobs import parse_files
    from reportdesk.outline import outline_data, outline_text

    topics = {}
    if args.no_topics:
        files = parse_files(args.paths)
    else:
        loaded = _load(args, quiet=True)
        if loaded is None:
            return 2
        files, alignment = loaded
        topics = {id(ref.section): a.topic for ref, a in zip(alignment.sections, alignment.assignments)}
    if args.json:
        json.dump(outline_data(files, topics), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        print(outline_text(files))
    return _read_all(files)


def _read(args):
    """Parse the paths; unreadable files are reported on stderr."""
    from reportdesk.jobs import parse_files

    files = parse_files(args.paths)
    for parsed in files:
        if parsed.error:
            print(parsed.error, file=sys.stderr)
    return files


def _load(args, quiet: bool = False):
    """Load the paths as the window does (a desk: unreadable files reported on stderr unless
    `quiet`) and align them: (files, alignment), or None after saying why not (a topic list
    given that cannot be used)."""
    from reportdesk.align import TaxonomyError, load_taxonomy
    from reportdesk.desk import Desk, Immediate

    if args.taxonomy:
        try:
            load_taxonomy(args.taxonomy)
        except TaxonomyError as err:
            print(err, file=sys.stderr)
            return None
    host = Immediate()
    desk = Desk(host)
    desk.taxonomy = args.taxonomy or ""
    desk.add_paths(args.paths)
    if host.last("failed"):
        print(host.last("failed")[1], file=sys.stderr)
        return None
    if not desk.files:  # an empty folder, or only files that are no reports
        print(f"没有找到可读取的报告文件：{'、'.join(args.paths)}", file=sys.stderr)
        return None
    for parsed in desk.files:
        if parsed.error and not quiet:
            print(parsed.error, file=sys.stderr)
    return desk.files, desk.alignment  # files were found, so they were aligned (unreadable ones: no reports)


def _copies(args) -> int:
    from reportdesk.align.units import report_refs
    from reportdesk.compare.copies import CopyOptions, find_copies
    from reportdesk.cli.render_copies import copies_data, copies_text

    files = _read(args)  # sentences are compared across all topics: no alignment needed
    copies = find_copies(report_refs(files), CopyOptions(min_chars=max(1, args.min_chars)))
    _show(args.json, copies_data, copies_text, copies)
    return _read_all(files)


def _on_reports(command):
    """A command on the loaded and aligned reports: 2 when they cannot be loaded (the reason
    said), else the command's own code, or 1 when some file could not be read, else 0."""
    @functools.wraps(command)
    def run(args) -> int:
        loaded = _load(args)
        if loaded is None:
            return 2
        files, alignment = loaded
        code = command(args, alignment)
        return code if code is not None else _read_all(files)
    return run


def _read_all(files) -> int:
    """The exit code of a command that did its work: 1 when some file could not be read."""
    return 1 if any(f.error for f in files) else 0


def _written(outputs) -> bool:
    """Write each output asked for ((target or None, write) pairs); False after saying why
    one could not be written."""
    from reportdesk.files import WriteError

    try:
        for target, write in outputs:
            if target:
                write()
    except WriteError as err:
        print(err, file=sys.stderr)
        return False
    return True


def _show(as_json: bool, data, text, value) -> None:
    """Print a result as JSON (`data(value)`) or as text a person reads (`text(value)`)."""
    if as_json:
        json.dump(data(value), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        print(text(value))


@_on_reports
def _align_command(args, alignment) -> int | None:
    from reportdesk.cli.render_align import alignment_data, alignment_text

    if args.xlsx:
        from reportdesk.export.matrix_sheet import write_matrix_xlsx

        if not _written([(args.xlsx, lambda: write_matrix_xlsx(alignment, args.xlsx))]):
            return 2
        print(f"已写入：{args.xlsx}", file=sys.stderr)
    _show(args.json, alignment_data, alignment_text, alignment)
    return None


def _export(args) -> int:
    from pathlib import Path

    from reportdesk.export.options import ExportOptions, chosen_reports
    from reportdesk.export.docx_writer import TemplateError
    from reportdesk.export.run import export_docx
    from reportdesk.files import WriteError, same_file

    target = Path(args.output)
    if target.suffix.lower() != ".docx":
        print(f"输出文件应为 .docx：{target}", file=sys.stderr)
        return 2
    if target.exists() and not args.force:
        print(f"“{target}”已存在；如要覆盖，请加 --force", file=sys.stderr)
        return 2
    loaded = _load(args)
    if loaded is None:
        return 2
    files, alignment = loaded
    if not alignment.reports:
        print("没有导出：这些文件中没有可以汇编的报告", file=sys.stderr)
        return 1
    if same_file(target, [f.path for f in files]):  # an input is never written, --force or not
        print(f"没有导出：“{target.name}”是输入的文件之一，不能被覆盖；请换一个文件名", file=sys.stderr)
        return 2
    lists = {t.id: t for t in alignment.lists}
    if args.list and args.list not in lists:
        print(f"这些报告没有用到主题表“{args.list}”；用到的：{', '.join(lists)}", file=sys.stderr)
        return 2
    topic_list = lists.get(args.list) or next(iter(lists.values()), None)
    prefix = f"{topic_list.id}:" if topic_list is not None and alignment.lists.index(topic_list) else ""
    known = {t for t, _ in (topic_list.topics if topic_list is not None else alignment.topics)}
    topics = [prefix + t.strip() for t in args.topics.split(",") if t.strip()] if args.topics else None
    unknown = [t for t in topics or [] if t not in known]
    if unknown:
        print(f"没有这些主题：{', '.join(u[len(prefix):] for u in unknown)}；"
              f"可用的主题：{', '.join(sorted(k[len(prefix):] for k in known))}", file=sys.stderr)
        return 2
    parts = [p.strip() for p in args.parts.split(",")] if args.parts else ["achievements", "problems", "plans"]
    options = ExportOptions(mode=args.mode, parts=parts, topics=topics, title=args.title or "",
                            topic_list=topic_list.id if topic_list is not None else "")
    if args.roster:
        from reportdesk.cli.receiving import roster_note

        options.roster_note = roster_note(args.roster, alignment)
        if options.roster_note is None:
            return 2
    try:
        result = export_docx(alignment, target, options, args.template)
    except (WriteError, TemplateError) as err:
        print(err, file=sys.stderr)
        return 2
    for message in result.messages:  # what a unit template lacked and was given
        print(message, file=sys.stderr)
    print(f"已导出：{target}（{len(chosen_reports(alignment, options))} 篇报告）")
    return _read_all(files)


@_on_reports
def _indicators(args, alignment) -> int | None:
    from reportdesk.figures.facts import collect_facts
    from reportdesk.figures.tables import long_table, wide_table, write_csv, write_xlsx

    facts = collect_facts(alignment)
    table = wide_table(facts) if args.wide else long_table(facts, dict(alignment.topics))
    if not _written([(args.csv, lambda: write_csv(table, args.csv)), (args.xlsx, lambda: write_xlsx(table, args.xlsx))]):
        return 2
    if not args.csv and not args.xlsx:
        import pandas as pd

        with pd.option_context("display.max_rows", 60, "display.max_columns", 12, "display.width", 160,
                               "display.unicode.east_asian_width", True):
            shown = table if args.wide else table[["name", "topic", "subject", "indicator", "value", "unit"]]
            print(shown.to_string(max_rows=60))
    print(f"共 {len(facts)} 个数字，来自 {len(alignment.reports)} 篇报告", file=sys.stderr)
    return None


@_on_reports
def _points(args, alignment) -> int | None:
    from reportdesk.compare.points import distinctive_points, points_rows
    from reportdesk.export.points_table import cell_text, write_points_docx, write_points_xlsx
    from reportdesk.model import part_name

    columns, rows = points_rows(distinctive_points(alignment, args.part))
    title = f"{part_name(args.part)}要点汇总表"
    if not _written([(args.xlsx, lambda: write_points_xlsx(args.xlsx, title, columns, rows)),
                     (args.docx, lambda: write_points_docx(args.docx, title, columns, rows))]):
        return 2
    if not args.xlsx and not args.docx:
        for topic, cells in rows:
            print(f"【{topic}】")
            for column, cell in zip(columns, cells):
                if cell[0]:
                    print(f"  {column}：" + cell_text(cell).replace("\n", "\n" + " " * 4))
    return None


def _bench(args) -> int:
    from pathlib import Path

    from reportdesk.diagnostics.bench import run_bench
    from reportdesk.resources import seeds_folder

    seeds = Path(args.seeds) if args.seeds else seeds_folder()
    run_bench(seeds, max(1, args.reports), max(1, args.repeat))
    from reportdesk.diagnostics.bench import reload_times

    reload_times(seeds, max(1, args.reports), max(1, args.repeat))
    if args.formats:
        from reportdesk.diagnostics.bench_formats import format_rows

        format_rows(args.formats, max(1, args.repeat))
    if args.scale is not None:
        from reportdesk.diagnostics.bench import scale_rows

        scale_rows(seeds, tuple(args.scale or (100, 800)), max(1, args.repeat))
    if args.gui is not None:
        from reportdesk.diagnostics.bench import gui_stalls

        for n in args.gui or [args.reports]:
            gui_stalls(seeds, max(1, n), max(1, args.repeat))
    return 0


def _examples() -> int:
    """The folder of the bundled example reports (in a checkout, a wheel or the frozen app)."""
    from reportdesk.resources import seeds_folder

    try:
        print(seeds_folder())
    except FileNotFoundError as err:
        print(err, file=sys.stderr)
        return 1
    return 0
