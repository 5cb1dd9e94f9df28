"""Draw the app's icon files from recruit-desk.svg: `python resources/icons/make_icons.py`.

Writes, beside this script, recruit-desk-SIZE.png for each of SIZES (the
window's icon, and Linux's hicolor theme), recruit-desk.ico (Windows: the
executable's icon) and recruit-desk.icns (macOS: the app bundle's icon). Each
size is drawn from the SVG itself, not scaled down from a larger PNG, so the
small ones stay sharp. Run it after changing the SVG and commit what it
writes; the output is the same byte for byte on every run.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QByteArray
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "recruit-desk.svg"
SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (32, 64, 128, 256, 512, 1024)  # what Pillow's .icns writer stores


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_RGBA8888)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = bytes(image.constBits())[: image.sizeInBytes()]
    return Image.frombytes("RGBA", (size, size), data, "raw", "RGBA", image.bytesPerLine())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    renderer = QSvgRenderer(QByteArray(SOURCE.read_bytes()))
    if not renderer.isValid():
        print(f"{SOURCE} is not an SVG Qt can draw", file=sys.stderr)
        return 1
    drawn = {size: render(renderer, size) for size in sorted({*SIZES, *ICO_SIZES, *ICNS_SIZES})}
    for size in SIZES:
        drawn[size].save(HERE / f"recruit-desk-{size}.png", optimize=True)
    largest_ico = drawn[max(ICO_SIZES)]
    largest_ico.save(HERE / "recruit-desk.ico", sizes=[(s, s) for s in ICO_SIZES],
                     append_images=[drawn[s] for s in ICO_SIZES if s != max(ICO_SIZES)])
    largest_icns = drawn[max(ICNS_SIZES)]
    largest_icns.save(HERE / "recruit-desk.icns",
                      append_images=[drawn[s] for s in ICNS_SIZES if s != max(ICNS_SIZES)])
    written = [f"recruit-desk-{s}.png" for s in SIZES] + ["recruit-desk.ico", "recruit-desk.icns"]
    print("wrote " + ", ".join(written) + f" in {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
