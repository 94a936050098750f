"""Read-only text views for report text: Chinese line breaking and one zoom for all of them.

Lines break where Chinese typography allows (ICU's line-break rules, through Qt's word
wrap): never inside a number such as 11.7万个, never before 。，、 or a closing quote;
only a run with no break opportunity at all is cut anywhere. Zoom is one setting for
every text view in the window (Ctrl+= / Ctrl+- / Ctrl+0), remembered in the settings.
"""
from __future__ import annotations

import weakref

from PySide6.QtGui import QTextDocument, QTextOption
from PySide6.QtWidgets import QApplication, QFrame, QPlainTextEdit

ZOOM_LIMIT = 10  # steps of one point either way
_views: "weakref.WeakSet[QPlainTextEdit]" = weakref.WeakSet()
_zoom = 0


def setup_text_view(view: QPlainTextEdit) -> QPlainTextEdit:
    """Read-only, wrapping as Chinese text wraps, no frame, at the window's zoom."""
    view.setReadOnly(True)
    view.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    view.setFrameShape(QFrame.Shape.NoFrame)
    _views.add(view)
    _apply(view)
    return view


def make_text_view(parent=None) -> QPlainTextEdit:
    return setup_text_view(QPlainTextEdit(parent))


def zoom(settings, step: int | None) -> None:
    """Ctrl+= / Ctrl+- / Ctrl+0: one step larger, smaller, or back to normal, remembered."""
    settings.zoom = set_zoom(0 if step is None else _zoom + step)


def set_zoom(step: int) -> int:
    """Zoom every text view to the base size + step points; returns the step in effect."""
    global _zoom
    _zoom = max(-ZOOM_LIMIT, min(ZOOM_LIMIT, int(step)))
    for view in list(_views):
        try:
            _apply(view)
        except RuntimeError:  # a view Qt has deleted already
            _views.discard(view)
    return _zoom


def find_in_views(views: list, word: str, forward: bool = True) -> bool:
    """Move to the next (or previous) occurrence of the word, across the views in order,
    starting from the one with the cursor last moved; False when there is none."""
    if not views:
        return False
    start = next((k for k, v in enumerate(views) if v.hasFocus()), 0)
    order = views[start:] + views[:start] if forward else (views[start::-1] + views[:start:-1])
    flags = QTextDocument.FindFlag(0) if forward else QTextDocument.FindFlag.FindBackward
    for k, view in enumerate(order):
        if k > 0:  # the next view is searched from its start (or its end, going back)
            cursor = view.textCursor()
            cursor.movePosition(cursor.MoveOperation.Start if forward else cursor.MoveOperation.End)
            view.setTextCursor(cursor)
        if view.find(word, flags):
            view.setFocus()
            (getattr(view, "centerCursor", None) or view.ensureCursorVisible)()  # QTextEdit has no centre
            return True
    return False


def _apply(view: QPlainTextEdit) -> None:
    font = view.font()
    base = QApplication.font().pointSizeF()
    font.setPointSizeF(max(6.0, (base if base > 0 else 10.0) + 1 + _zoom))
    view.setFont(font)
