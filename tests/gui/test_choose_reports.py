"""选择报告: one choice of reports, and their order, for the matrix, the columns, 要点, 查重, the
figures and the export, kept with the project."""
from pathlib import Path

from PySide6.QtCore import QPoint, Qt

from reportdesk.gui.dialogs.choose_reports import ChooseReportsDialog
from reportdesk.gui.views.column import ColumnWidget
from reportdesk.workspace.project import load_project, save_project

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"


def header_labels(window):
    model = window.matrix_panel.model
    return [model.report_at(c).label for c in range(model.columnCount())]


def settle(qtbot, window, change):
    with qtbot.waitSignal(window.sig_idle, timeout=60000):
        change()


def test_the_reports_ticked_are_the_only_ones_every_view_and_the_export_show(qtbot, load, tmp_path):
    window = load(SEEDS)
    everyone = [r.label for r in window.session.alignment.reports]
    assert window.matrix_panel.reports_button.text() == f"全部 {len(everyone)} 篇报告"
    dialog = ChooseReportsDialog(window.session.alignment, window)
    dialog.tick_all(False)
    picked = everyone[2:5]
    tree = dialog.tree
    for k in range(tree.topLevelItemCount()):  # the first grouping is by kind: one group here
        group = tree.topLevelItem(k)
        for j in range(group.childCount()):
            if group.child(j).text(0) in picked:
                group.child(j).setCheckState(0, Qt.CheckState.Checked)
    assert dialog.count.text() == f"已选 3 / {len(everyone)} 篇"
    settle(qtbot, window, lambda: window.session.set_shown(dialog.order()))
    assert header_labels(window) == picked
    assert window.matrix_panel.reports_button.text() == f"报告 3/{len(everyone)}"
    shown = {w.column.report_id for w in window.compare.columns if isinstance(w, ColumnWidget)}
    assert shown <= {r.id for r in window.session.alignment.reports} and shown
    qtbot.waitUntil(lambda: window.session.copies is not None and len(window.session.copies.reports) == 3,
                    timeout=60000)
    assert {f.report_id for f in window.session.facts} <= {r.id for r in window.session.alignment.reports}
    tree = window.tree_panel.model
    assert tree.rowCount() == len(everyone)  # the tree still lists every report loaded, the others greyed
    hidden = [tree.index(k, 0) for k in range(tree.rowCount())
              if "未选中显示" in (tree.index(k, 0).data(Qt.ItemDataRole.ToolTipRole) or "")]
    assert len(hidden) == len(everyone) - 3
    assert all(i.data(Qt.ItemDataRole.ForegroundRole) is not None for i in hidden)
    project = tmp_path / "选择.rdproj"
    save_project(window.session.work(), project)
    assert [window.session.alignment.report(r).label for r in load_project(project).shown] == picked


def test_dragging_a_column_orders_the_reports_everywhere(qtbot, load):
    window = load(SEEDS)
    before = header_labels(window)
    header = window.matrix_panel.table.horizontalHeader()
    settle(qtbot, window, lambda: header.moveSection(0, 2))
    after = header_labels(window)
    assert after[:3] == [before[1], before[2], before[0]] and after[3:] == before[3:]
    # the model's order is the dragged one, and the columns show it once, not moved again
    assert [header.logicalIndex(v) for v in range(header.count())] == list(range(header.count()))
    assert [r.label for r in window.session.alignment.reports] == after
    assert window.session.work().shown is not None
    labels = window.session.alignment.labels()
    assert [labels[r] for r in window.compare.order] == after  # the 对比 columns follow the drag
    first = window.compare.visible_ids()[0]
    settle(qtbot, window, lambda: window.compare.move_column(first, +1))  # 右移 in a column's menu
    assert header_labels(window)[:2] == [after[1], after[0]]  # …and the matrix follows 右移


def test_a_group_is_ticked_at_once_and_nothing_ticked_changes_nothing(qtbot, load):
    window = load(SEEDS)
    dialog = ChooseReportsDialog(window.session.alignment, window)
    dialog.grouping.setCurrentIndex(1)  # by year
    names = [dialog.tree.topLevelItem(k).text(0) for k in range(dialog.tree.topLevelItemCount())]
    assert names and all("年" in n and "篇）" in n for n in names)
    dialog.tick_all(False)
    assert dialog.order() == []
    dialog.tree.topLevelItem(0).setCheckState(0, Qt.CheckState.Checked)  # a click on the group's box
    assert len(dialog.chosen()) == int(names[0].split("（")[1].split(" ")[0])


def test_clicking_a_topic_keeps_the_columns_where_the_user_scrolled(qtbot, load):
    window = load(SEEDS)
    window.resize(900, 700)
    table = window.matrix_panel.table
    bar = table.horizontalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    header = table.verticalHeader()
    middle = header.sectionViewportPosition(3) + header.sectionSize(3) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(header.width() // 2, middle))
    assert window.session.topic == window.matrix_panel.rows.topic_at(3)
    assert bar.value() == bar.maximum()


def test_every_column_label_of_the_matrix_fits_its_column(qtbot, load):
    """Long report names go on two lines instead of being clipped at both ends."""
    window = load(SEEDS, ROOT / "tests" / "data" / "gov")
    header = window.matrix_panel.table.horizontalHeader()
    model = window.matrix_panel.model
    metrics = header.fontMetrics()
    labels = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert any("\n" in label for label in labels)  # 教育局2021年工作总结 / 篇三
    for column, label in enumerate(labels):
        assert max(metrics.horizontalAdvance(line) for line in label.split("\n")) <= header.sectionSize(column), label


def test_choosing_other_reports_in_an_opened_project_marks_it_modified(qtbot, window, tmp_path):
    from reportdesk.workspace.project import Project

    project = tmp_path / "选择.rdproj"
    save_project(Project(files=[str(SEEDS)]), project)
    settle(qtbot, window, lambda: window.keeper.open(str(project)))
    assert not window.isWindowModified()
    ids = [r.id for r in window.session.alignment.reports]
    settle(qtbot, window, lambda: window.session.set_shown(ids[:2]))
    assert window.isWindowModified()  # closing will offer to save the choice
