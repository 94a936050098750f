"""The window on the screens office PCs have: 1920×1080 at 150 % scaling leaves 1280×690 for
windows, and a monitor the window was last on may be gone. The window opens whole on a screen
that is there, status bar and error list included."""
import pytest
from PySide6.QtCore import QPoint

from reportdesk.gui import geometry
from reportdesk.gui.geometry import FRAME, centred, fit_on_screen
from reportdesk.workspace.settings import Settings

SMALL = (0, 0, 1280, 690)  # 1920×1080 at 150 %, taskbar at the bottom
LAPTOP, WIDE = (0, 0, 1366, 728), (1366, -200, 2560, 1400)  # a second monitor to the right, raised


def inside_with_frame(rect, screen) -> bool:
    x, y, w, h = rect
    sx, sy, sw, sh = screen
    left, top, right, bottom = FRAME
    return sx <= x - left and sy <= y - top and x + w + right <= sx + sw and y + h + bottom <= sy + sh


def test_the_first_window_is_shrunk_to_a_small_screen_and_centred():
    rect = fit_on_screen(centred(geometry.DEFAULT_SIZE, SMALL), [SMALL])
    assert inside_with_frame(rect, SMALL) and rect[2:] == (1264, 651)


def test_a_window_that_fits_keeps_its_place_and_size():
    assert fit_on_screen((300, 100, 900, 500), [SMALL]) == (300, 100, 900, 500)


@pytest.mark.parametrize("remembered", [(3000, 200, 1200, 600), (-2500, 100, 800, 600), (200, 5000, 800, 500)])
def test_a_window_remembered_on_a_monitor_that_is_gone_comes_back_on_the_primary(remembered):
    rect = fit_on_screen(remembered, [LAPTOP])
    assert inside_with_frame(rect, LAPTOP) and rect[2:] == remembered[2:]


def test_a_window_on_the_second_monitor_stays_there():
    rect = fit_on_screen((2000, 0, 1600, 1000), [LAPTOP, WIDE])
    assert rect == (2000, 0, 1600, 1000) and inside_with_frame(rect, WIDE)


def test_a_window_hanging_over_an_edge_is_pulled_in_with_its_title_bar():
    x, y, w, h = fit_on_screen((900, -20, 800, 500), [SMALL])
    assert (w, h) == (800, 500) and inside_with_frame((x, y, w, h), SMALL) and y == FRAME[1]


@pytest.fixture
def small_screen(monkeypatch, tmp_path):
    """The screens the window asks for, and a settings folder of its own."""
    monkeypatch.setenv("REPORTDESK_CONFIG", str(tmp_path / "config"))
    screens = [SMALL]
    monkeypatch.setattr(geometry, "available_screens", lambda: list(screens))
    return screens


def open_window(qtbot):
    from reportdesk.gui.main_window import MainWindow

    window = MainWindow(Settings(), warm_up=False)
    qtbot.addWidget(window, before_close_func=lambda w: w.keeper.closed())
    window.show()
    return window


def bottom_on_screen(widget) -> int:
    return widget.mapToGlobal(QPoint(0, widget.height())).y()


def test_on_a_1280x690_screen_the_status_bar_and_error_list_are_on_screen(qtbot, small_screen):
    window = open_window(qtbot)
    window.errors_panel.show()
    g = window.geometry()
    assert inside_with_frame((g.x(), g.y(), g.width(), g.height()), SMALL)
    assert bottom_on_screen(window.statusBar()) <= 690 and bottom_on_screen(window.errors_panel) <= 690


def test_a_window_last_on_a_monitor_now_unplugged_opens_whole_on_the_one_left(qtbot, small_screen):
    small_screen.append((1280, 0, 1920, 1040))  # yesterday: a second monitor
    first = open_window(qtbot)
    first.setGeometry(2000, 150, 1400, 850)
    geometry.save(first)
    first.close()
    small_screen.pop()  # today: unplugged
    g = open_window(qtbot).geometry()
    assert inside_with_frame((g.x(), g.y(), g.width(), g.height()), SMALL)
