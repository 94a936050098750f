"""The window's geometry and splitter positions, kept apart from the preferences (layout.json),
and a window that always opens on a screen, whole.

1400×900 is more than many office screens offer: 1366×768, or 1920×1080 at 125 % or 150 %
scaling (1280×690 available with the taskbar). A window larger than the screen hides its
status bar and error list below the bottom edge; a remembered position on a monitor that is
no longer connected puts the whole window out of sight. `fit_on_screen` decides where the
window goes, as plain numbers; `restore` applies it.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSplitter

from reportdesk.workspace.settings import load_layout, save_layout, save_settings

log = logging.getLogger(__name__)
DEFAULT_SIZE = (1400, 900)
# What Windows 10/11 draws around a window at 100 % (borders, title bar), in logical pixels:
# before the window is shown Qt does not know its frame, and the title bar must stay reachable.
FRAME = (8, 31, 8, 8)  # left, top, right, bottom

Rect = tuple[int, int, int, int]  # x, y, width, height


def fit_on_screen(inside: Rect, screens: list[Rect], frame: tuple[int, int, int, int] = FRAME) -> Rect:
    """The window's inside geometry moved onto the screen it overlaps most (the first, the
    primary, when it overlaps none) and shrunk to that screen's available area with its frame."""
    left, top, right, bottom = frame
    x, y, width, height = inside
    outer = (x - left, y - top, width + left + right, height + top + bottom)
    screen = max(screens, key=lambda s: _overlap(outer, s)) if any(_overlap(outer, s) for s in screens) \
        else screens[0]
    sx, sy, sw, sh = screen
    width, height = min(width, sw - left - right), min(height, sh - top - bottom)
    x = max(sx + left, min(x, sx + sw - right - width))
    y = max(sy + top, min(y, sy + sh - bottom - height))
    return x, y, width, height


def centred(size: tuple[int, int], screen: Rect) -> Rect:
    """A window of this size in the middle of a screen (before it is fitted to it)."""
    sx, sy, sw, sh = screen
    return sx + max(0, (sw - size[0]) // 2), sy + max(0, (sh - size[1]) // 2), *size


def _overlap(a: Rect, b: Rect) -> int:
    width = min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0])
    height = min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1])
    return max(0, width) * max(0, height)


def available_screens() -> list[Rect]:
    """Each screen's area without the taskbar, the primary screen first."""
    primary = QGuiApplication.primaryScreen()
    screens = [primary] + [s for s in QGuiApplication.screens() if s is not primary]
    return [(g.x(), g.y(), g.width(), g.height()) for g in (s.availableGeometry() for s in screens if s)]


def _parts(window) -> dict:
    parts = {"geometry": (window.saveGeometry, window.restoreGeometry),
             "state": (window.saveState, window.restoreState),
             "main_split": (window.main_split.saveState, window.main_split.restoreState),
             "right_split": (window.right_split.saveState, window.right_split.restoreState),
             "errors": (window.errors_panel.save_state, window.errors_panel.restore_state)}
    for split in window.findChildren(QSplitter):  # a view's splitter is kept under the name it was given
        name = split.objectName()
        if name.endswith("_split") and name not in parts:
            parts[name] = (split.saveState, split.restoreState)
    return parts


def restore(window) -> None:
    """The remembered layout, then the window fitted to a screen that is there now."""
    saved = load_layout()
    for key, (_, apply) in _parts(window).items():
        if isinstance(saved.get(key), str):
            apply(QByteArray.fromBase64(saved[key].encode("ascii")))
    screens = available_screens()
    if not screens or window.isMaximized() or window.isFullScreen():
        return  # a maximised window fills its screen by itself
    if isinstance(saved.get("geometry"), str):
        g = window.geometry()
        inside = (g.x(), g.y(), g.width(), g.height())
    else:
        inside = centred(DEFAULT_SIZE, screens[0])
    window.setGeometry(*fit_on_screen(inside, screens))


def save(window) -> None:
    """Layout and preferences; a failure is logged, never in the way of closing."""
    try:
        save_layout({key: bytes(take().toBase64()).decode("ascii") for key, (take, _) in _parts(window).items()})
        save_settings(window.settings)
    except OSError as err:
        log.warning("could not save settings: %s", err)
