"""The self-test's Qt step: draw Chinese text offscreen (platform plugin and fonts present)."""
from __future__ import annotations

import os


def draw_chinese_offscreen() -> tuple[str, int]:
    """(Qt version, number of pixels the text darkened)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import PySide6
    from PySide6.QtGui import QGuiApplication, QImage, QPainter

    app = QGuiApplication.instance() or QGuiApplication(["reportdesk"])
    image = QImage(200, 40, QImage.Format.Format_RGB32)
    image.fill(0xFFFFFF)
    painter = QPainter(image)
    painter.drawText(10, 25, "教育工作总结")
    painter.end()
    dark = sum(1 for x in range(200) for y in range(40) if image.pixel(x, y) != 0xFFFFFFFF)
    del app
    return PySide6.__version__, dark
