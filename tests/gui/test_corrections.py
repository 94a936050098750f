"""Corrections from the window's menus: topics renamed, merged, added; reports renamed and taken
out; every one undoable with Ctrl+Z and kept in the project."""
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMenu

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"


def choose_in_menu(*texts):
    """Trigger an entry of the popup menu about to open (texts: the path through submenus)."""
    def pick():
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(20, pick)
            return
        for text in texts[:-1]:
            menu = next(a.menu() for a in menu.actions() if a.text() == text)
        action = next(a for a in menu.actions() if a.text() == texts[-1])
        QApplication.activePopupWidget().close()
        action.trigger()
    QTimer.singleShot(20, pick)


def header_row_point(window, topic):
    header = window.matrix_panel.table.verticalHeader()
    row = window.matrix_panel.rows.row_of(topic)
    return QPoint(5, header.sectionViewportPosition(row) + 5)


def test_merging_a_topic_from_the_matrix_menu_and_undo(qtbot, load):
    window = load(SEEDS)
    session = window.session
    party_cells = [c for c in session.alignment.cells if c.topic == "party"]
    header = window.matrix_panel.table.verticalHeader()
    choose_in_menu("并入主题", "依法治教与督导作风")
    with qtbot.waitSignal(window.sig_idle, timeout=30000):
        header.customContextMenuRequested.emit(header_row_point(window, "party"))
    assert "party" not in dict(session.alignment.topics)
    assert window.matrix_panel.model.row_of("party") == -1
    governance = {k for c in session.alignment.cells if c.topic == "governance" for k in c.keys}
    assert party_cells and {k for c in party_cells for k in c.keys} <= governance
    assert window.isWindowModified() and "并入" in window.act["undo"].text()
    with qtbot.waitSignal(window.sig_idle, timeout=30000):
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "party" in dict(session.alignment.topics) and window.matrix_panel.model.row_of("party") >= 0


def test_renaming_and_adding_topics_then_moving_a_section_into_the_new_one(qtbot, load, monkeypatch):
    window = load(SEEDS / "004_61d6fe56185b419c.txt")
    session = window.session
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("师资", True))
    header = window.matrix_panel.table.verticalHeader()
    choose_in_menu("重命名主题…")
    with qtbot.waitSignal(window.sig_idle, timeout=30000):
        header.customContextMenuRequested.emit(header_row_point(window, "teachers"))
    model = window.matrix_panel.model
    assert model.headerData(model.row_of("teachers"), Qt.Orientation.Vertical) == "师资"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("专项督导", True))
    choose_in_menu("新建主题…")
    with qtbot.waitSignal(window.sig_idle, timeout=30000):
        header.customContextMenuRequested.emit(header_row_point(window, "teachers"))
    new = next(t for t, n in session.alignment.topics if n == "专项督导")
    key = session.alignment.sections[0].key
    with qtbot.waitSignal(window.sig_idle, timeout=30000):
        session.move_sections([key], new)
    assert session.alignment.assignment(key).topic == new and model.index(model.row_of(new), 0).data() != "—"


def test_renaming_a_report_and_taking_one_out(qtbot, load, monkeypatch, tmp_path):
    window = load(SEEDS / "004_61d6fe56185b419c.txt", SEEDS / "002_3275dbe3018fe5f1.txt")
    session = window.session
    xupu = next(r for r in session.alignment.reports if r.label.startswith("溆浦县"))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("溆浦县教育局（年报）", True))
    header = window.matrix_panel.table.horizontalHeader()
    column = next(c for c in range(window.matrix_panel.model.columnCount())
                  if window.matrix_panel.model.report_at(c).id == xupu.id)
    choose_in_menu("重命名…")
    with qtbot.waitSignal(window.sig_idle, timeout=30000):
        header.customContextMenuRequested.emit(QPoint(header.sectionViewportPosition(column) + 5, 5))
    assert session.alignment.report(xupu.id).label == "溆浦县教育局（年报）"
    assert window.matrix_panel.model.headerData(column, Qt.Orientation.Horizontal) == "溆浦县教育局（年报）"
    tree = window.tree_panel.tree
    row = next(r for r in range(tree.model().rowCount()) if tree.model().index(r, 0).data().startswith("溆浦县教育局（年报）"))
    choose_in_menu("从比对中移除")
    with qtbot.waitSignal(window.sig_idle, timeout=30000):
        tree.customContextMenuRequested.emit(tree.visualRect(tree.model().index(row, 0)).center())
    assert xupu.id not in {r.id for r in session.alignment.reports} and tree.model().rowCount() == 1
    assert window.keeper.save(str(tmp_path / "p.rdproj"))
    with qtbot.waitSignal(window.sig_idle, timeout=30000):
        session.undo()
    assert xupu.id in {r.id for r in session.alignment.reports} and tree.model().rowCount() == 2
