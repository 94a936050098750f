"""Guard against the Qt build that corrupts the reference count of None.

PySide6 6.12.0 on Python 3.11 drops a reference to None on every call of a method
that returns nothing; after a few thousand calls the process aborts. pyproject.toml
pins PySide6-Essentials below 6.12; these tests fail if a broken build slips in.
"""
import subprocess
import sys

import pytest

PySide6 = pytest.importorskip("PySide6")


def test_installed_qt_is_in_the_supported_range():
    major, minor = (int(x) for x in PySide6.__version__.split(".")[:2])
    assert (6, 8) <= (major, minor) < (6, 12), PySide6.__version__


def test_calls_returning_nothing_keep_none_alive():
    code = """
import sys
from PySide6.QtCore import QObject
obj = QObject()
before = sys.getrefcount(None)
for _ in range(20000):
    obj.setObjectName("x")
after = sys.getrefcount(None)
print(before - after)
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr  # an abort shows here
    assert int(result.stdout.strip()) < 1000  # a leak of one per call would show ~20000
