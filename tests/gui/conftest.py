"""GUI test fixtures: an isolated window, and a check that no test leaves a worker running."""
import pytest

pytest.importorskip("PySide6")

from reportdesk.workspace.settings import Settings  # noqa: E402


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("REPORTDESK_CONFIG", str(tmp_path / "config"))
    (tmp_path / "config").mkdir()
    from reportdesk.gui.main_window import MainWindow

    win = MainWindow(Settings(), warm_up=False)  # tests start their own jobs only
    # tests that want the save prompt ask for it themselves; pytest-qt closes the window first
    qtbot.addWidget(win, before_close_func=lambda w: w.keeper.closed())
    win.show()
    yield win
    running = not win.session.runner.idle()
    win.keeper.closed()
    win.close()  # cancels and waits, so later tests start clean either way
    assert not running, "the test left a background job running"


@pytest.fixture
def load(qtbot, window):
    """Load paths into the window and wait until loading, aligning and comparing are done."""
    def run(*paths):
        with qtbot.waitSignal(window.sig_idle, timeout=60000):
            window.session.add_paths([str(p) for p in paths])
        return window
    return run
