"""The receiving desk on the command line: `reportdesk roster LIST PATH...` and
`reportdesk check PATH...` (and the list's sentence for `export --roster`)."""
from __future__ import annotations

import sys


def run_roster(args) -> int:
    """Who has reported, who has not, who sent twice or another period; 1 when a unit is missing."""
    from reportdesk.align.units import report_refs
    from reportdesk.roster import RosterError, read_units, roster_status
    from reportdesk.roster.render import HEADER, status_rows, status_text

    try:
        units = read_units(args.list)
    except RosterError as err:
        print(err, file=sys.stderr)
        return 2
    files = _read(args.paths)
    refs = report_refs(files)
    status = roster_status(units, refs)
    if args.xlsx and not _write(args.xlsx, "报送情况", "报送情况", HEADER, status_rows(status, refs),
                                (6, 20, 10, 28, 40, 40)):
        return 2
    print(status_text(status, refs))
    return 1 if status.missing() or any(f.error for f in files) else 0


def run_check(args) -> int:
    """格式校对 of every report; 1 when something was found or a file could not be read."""
    from reportdesk.align.units import report_refs
    from reportdesk.structure.checks import check_report
    from reportdesk.workspace.receiving import FINDINGS_HEADER, finding_rows, findings_text

    files = _read(args.paths)
    refs = report_refs(files)
    pairs = [(ref, finding) for ref in refs for finding in check_report(ref.report)]
    if args.xlsx and not _write(args.xlsx, "格式校对", "格式校对", FINDINGS_HEADER, finding_rows(pairs),
                                (24, 36, 30, 10, 80)):
        return 2
    print(findings_text(refs, pairs))
    return 1 if pairs or any(f.error for f in files) else 0


def roster_note(list_path: str, alignment) -> str | None:
    """The 汇编说明's sentence on who did not report; None (after saying why) when the list
    cannot be read."""
    from reportdesk.roster import RosterError, read_units, roster_status
    from reportdesk.roster.render import missing_note

    try:
        units = read_units(list_path)
    except RosterError as err:
        print(err, file=sys.stderr)
        return None
    return missing_note(roster_status(units, list(alignment.reports)))


def _read(paths):
    from reportdesk.jobs import parse_files

    files = parse_files(paths)
    for parsed in files:
        if parsed.error:
            print(parsed.error, file=sys.stderr)
    return files


def _write(target: str, name: str, title: str, header, rows, widths) -> bool:
    from reportdesk.export.sheets import write_rows_xlsx
    from reportdesk.files import WriteError

    try:
        write_rows_xlsx(target, [(name, title, header, rows, widths)])
    except WriteError as err:
        print(err, file=sys.stderr)
        return False
    print(f"已写入：{target}", file=sys.stderr)
    return True
