"""`reportdesk gui PATH --topic ID --screenshot FILE` renders the window offscreen and exits."""
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


def test_screenshot_of_the_seeds_on_teachers(tmp_path):
    shot = tmp_path / "窗口.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", REPORTDESK_CONFIG=str(tmp_path))
    result = subprocess.run([sys.executable, "-m", "reportdesk", "gui", "seeds", "--topic", "teachers",
                             "--screenshot", str(shot)], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=180)
    assert result.returncode == 0, result.stderr
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1600, 1000)
    # not a blank window: many distinct colours (text, highlights, matrix shading)
    colours = {image.pixel(x, y) for x in range(0, 1600, 7) for y in range(0, 1000, 7)}
    assert len(colours) > 50
