"""`reportdesk bench --scale`: export and figures timed at two sizes, with how they grow."""
from pathlib import Path

from reportdesk.diagnostics.bench import scale_rows

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def test_scale_rows_time_two_sizes_and_say_how_the_time_grew():
    lines = []
    rows = scale_rows(SEEDS, (12, 36), repeat=1, out=lines.append)
    assert [rows[12]["reports"], rows[36]["reports"]] == [12, 36]  # whole copies of the 12 seed reports
    assert all(row["export"] > 0 and row["indicators"] > 0 for row in rows.values())
    assert "12-report time" in lines[0] and lines[1].lstrip().startswith("12 reports: export")
    assert "(1.0×)" in lines[1] and "36 reports" in lines[2]
