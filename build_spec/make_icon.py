"""Write resources/icons/reportdesk.ico from reportdesk.png with every size Windows asks for
(16 px in lists and the title bar up to 256 px on large tiles), so none is scaled on the fly.

    pip install pillow && python build_spec/make_icon.py       (then commit the .ico)
"""
from pathlib import Path

from PIL import Image

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = [16, 20, 24, 32, 40, 48, 64, 96, 128, 256]


def main() -> None:
    image = Image.open(ICONS / "reportdesk.png").convert("RGBA")
    # uncompressed bitmaps: every part of Windows reads them (PNG entries only from Vista on)
    image.save(ICONS / "reportdesk.ico", sizes=[(s, s) for s in SIZES], bitmap_format="bmp")
    print(f"reportdesk.ico: {', '.join(map(str, SIZES))} px")


if __name__ == "__main__":
    main()
