"""The window's own colours (marks, gaps, matrix shading), in two tested sets: one for light
palettes and one for dark ones (Windows' dark mode), chosen from the palette in use."""
from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

# Backgrounds light enough for dark text, or dark enough for light text, and text colours
# with at least 4.5:1 contrast on the page (WCAG AA).
LIGHT = {"shared": "#d6e9ff", "unique": "#fff0b3", "number": "#b3261e", "delete": "#fbd5d5", "delete_text": "#7f1d1d",
         "insert": "#cdeccd", "insert_text": "#14532d", "find": "#ffb74d", "gap": "#fbeee6", "gap_text": "#9a3412",
         "mention": "#f1f1e6", "muted": "#555555", "cell_hue": "0.58", "boilerplate": "#8c8c8c", "copied": "#c2410c",
         "reused": "#7c3aed"}
DARK = {"shared": "#1d3b5e", "unique": "#5b4a0f", "number": "#ff8a80", "delete": "#5c1f24", "delete_text": "#ffc4c4",
        "insert": "#1f4a27", "insert_text": "#c2f0c8", "find": "#8c5600", "gap": "#43291f", "gap_text": "#ffab91",
        "mention": "#34342a", "muted": "#b0b0b0", "cell_hue": "0.58", "boilerplate": "#7d7d7d", "copied": "#fdba74",
        "reused": "#c4b5fd"}


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def colours(palette: QPalette | None = None) -> dict[str, str]:
    """The colour set for the palette in use."""
    return DARK if is_dark(palette) else LIGHT


def cell_colour(strength: float, palette: QPalette | None = None) -> QColor:
    """A matrix cell's shade: the more a region wrote, the stronger."""
    hue = float(colours(palette)["cell_hue"])
    if is_dark(palette):
        return QColor.fromHsvF(hue, 0.55, 0.22 + 0.45 * strength)
    return QColor.fromHsvF(hue, 0.15 + 0.6 * strength, 0.98)


