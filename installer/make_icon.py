"""Render ui/icons/app.svg to installer/windows/attt-desk.ico (16 to 256 px) and a 256 px PNG for
the Linux .desktop file. Run after changing the icon: `python installer/make_icon.py`."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data())))


def main() -> int:
    QGuiApplication(sys.argv)
    renderer = QSvgRenderer(str(ROOT / "ui" / "icons" / "app.svg"))
    images = [render(renderer, s) for s in SIZES]
    images[-1].save(ROOT / "installer" / "windows" / "attt-desk.ico", sizes=[(s, s) for s in SIZES])
    images[-1].save(ROOT / "installer" / "linux" / "attt-desk.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
