"""The window's geometry and splitter positions, kept apart from the preferences (layout.json)."""
from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray

from reportdesk.workspace.settings import load_layout, save_layout, save_settings

log = logging.getLogger(__name__)


def _parts(window) -> dict:
    return {"geometry": (window.saveGeometry, window.restoreGeometry),
            "state": (window.saveState, window.restoreState),
            "main_split": (window.main_split.saveState, window.main_split.restoreState),
            "right_split": (window.right_split.saveState, window.right_split.restoreState)}


def restore(window) -> None:
    saved = load_layout()
    for key, (_, apply) in _parts(window).items():
        if isinstance(saved.get(key), str):
            apply(QByteArray.fromBase64(saved[key].encode("ascii")))


def save(window) -> None:
    """Layout and preferences; a failure is logged, never in the way of closing."""
    try:
        save_layout({key: bytes(take().toBase64()).decode("ascii") for key, (take, _) in _parts(window).items()})
        save_settings(window.settings)
    except OSError as err:
        log.warning("could not save settings: %s", err)
