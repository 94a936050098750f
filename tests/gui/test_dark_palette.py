"""Windows' dark mode: the marks switch to a dark set that stays readable (WCAG AA contrast)."""
from pathlib import Path

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from reportdesk.gui.colours import DARK, LIGHT, is_dark
from reportdesk.gui.views.column import ColumnWidget
from reportdesk.gui.views.highlight import formats
from marks import painted

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def luminance(colour: QColor) -> float:
    def channel(c):
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) + 0.0722 * channel(colour.blue())


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#202020"), (QPalette.ColorRole.Base, "#1b1b1b"),
                         (QPalette.ColorRole.Text, "#e8e8e8"), (QPalette.ColorRole.WindowText, "#e8e8e8"),
                         (QPalette.ColorRole.Button, "#2b2b2b"), (QPalette.ColorRole.ButtonText, "#e8e8e8")):
        palette.setColor(role, QColor(colour))
    return palette


def test_both_colour_sets_keep_text_readable():
    for colours, text, page in ((LIGHT, QColor("#000000"), QColor("#ffffff")), (DARK, QColor("#e8e8e8"), QColor("#1b1b1b"))):
        for background in ("shared", "unique", "find", "gap"):
            assert contrast(text, QColor(colours[background])) >= 4.5, (background, colours[background])
        for foreground in ("number", "delete_text", "insert_text"):
            assert contrast(QColor(colours[foreground]), page) >= 4.5, (foreground, colours[foreground])


def test_a_dark_palette_gets_the_dark_marks_and_the_window_shows_them(qtbot, load, tmp_path):
    app = QApplication.instance()
    before = app.palette()
    app.setPalette(dark_palette())
    try:
        assert is_dark()
        assert formats()["shared"].background().color().name() == DARK["shared"]
        window = load(SEEDS / "004_61d6fe56185b419c.txt", SEEDS / "002_3275dbe3018fe5f1.txt")
        column = next(w for w in window.compare.columns if isinstance(w, ColumnWidget))
        assert painted(column.text.document())
        shot = tmp_path / "dark.png"
        window.grab().save(str(shot))
        image = column.text.viewport().grab().toImage()
        colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)}
        assert DARK["shared"] in colours or DARK["unique"] in colours  # marks drawn in the dark set
        assert LIGHT["shared"] not in colours
    finally:
        app.setPalette(before)
    assert not is_dark()
