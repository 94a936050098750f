"""What this machine has for the tests that show a window: a Chinese font, a virtual screen,
and a way to hide the fonts from a process (fontconfig, on Linux)."""
import shutil
import subprocess
import sys
from pathlib import Path

NO_CJK_FONT = "no Chinese font installed (Debian/Ubuntu: apt-get install fonts-noto-cjk)"


def cjk_font_installed() -> bool:
    """Windows and macOS always have one; on Linux, ask fontconfig."""
    if not sys.platform.startswith("linux"):
        return True
    if shutil.which("fc-list") is None:
        return False
    found = subprocess.run(["fc-list", ":lang=zh", "family"], capture_output=True, text=True, timeout=60)
    return bool(found.stdout.strip())


def fonts_without_chinese(folder: Path) -> dict:
    """Environment in which fontconfig sees only a Latin font (DejaVu Sans when installed, else
    none): what a PC without Chinese fonts shows."""
    fonts = folder / "fonts"
    fonts.mkdir(parents=True)
    latin = subprocess.run(["fc-match", "-f", "%{file}", "DejaVu Sans:lang=en"], capture_output=True,
                           text=True, timeout=60).stdout if shutil.which("fc-match") else ""
    if latin and Path(latin).is_file() and "CJK" not in latin:
        shutil.copy(latin, fonts)
    config = folder / "fonts.conf"
    config.write_text('<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n'
                      f"<fontconfig><dir>{fonts}</dir><cachedir>{folder / 'fc-cache'}</cachedir></fontconfig>\n",
                      encoding="utf-8")
    return {"FONTCONFIG_FILE": str(config)}


def xvfb_run() -> str | None:
    return shutil.which("xvfb-run") if sys.platform.startswith("linux") and shutil.which("Xvfb") else None


def step_lines(stdout: str) -> dict[str, str]:
    """{step: "OK"|"FAIL"} from the self-test's output."""
    lines = {}
    for line in stdout.splitlines():
        status, _, rest = line.partition(" ")
        if status in ("OK", "FAIL"):
            lines[rest.strip().split("：")[0]] = status
    return lines
