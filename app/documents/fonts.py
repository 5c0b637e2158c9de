"""The bundled Liberation Serif (metric-compatible with Times New Roman, full Vietnamese).

reportlab's own Times-Roman prints black boxes for Vietnamese without an error, and its bundled
Vera lacks ă đ ơ ư (feasibility G7), so every PDF uses these TrueType files, embedded. DOCX files
name "Times New Roman" instead: Word has it, and LibreOffice substitutes Liberation Serif.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from app.config import resources_dir

FAMILY = "LiberationSerif"
DOCX_FONT = "Times New Roman"
LICENCE_FILE = "OFL.txt"

_FILES = {
    "regular": "LiberationSerif-Regular.ttf",
    "bold": "LiberationSerif-Bold.ttf",
    "italic": "LiberationSerif-Italic.ttf",
    "bold_italic": "LiberationSerif-BoldItalic.ttf",
}
_lock = threading.Lock()
_registered: set[str] = set()  # holds FAMILY once the faces are registered


@dataclass(frozen=True)
class FontFiles:
    regular: Path
    bold: Path
    italic: Path
    bold_italic: Path


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def font_files() -> FontFiles:
    """The four TTF files; a clear error names the missing one (a broken installation)."""
    folder = fonts_dir()
    paths = {key: folder / name for key, name in _FILES.items()}
    for path in paths.values():
        if not path.is_file():
            raise FileNotFoundError(f"Thiếu tệp phông chữ {path} (cài đặt lại ứng dụng)")
    return FontFiles(**paths)


def face(*, bold: bool = False, italic: bool = False) -> str:
    """The registered reportlab name of one face: `LiberationSerif-BoldItalic`."""
    suffix = ("Bold" if bold else "") + ("Italic" if italic else "")
    return f"{FAMILY}-{suffix}" if suffix else FAMILY


def register() -> None:
    """Register the four faces and the family with reportlab, once per process."""
    with _lock:
        if FAMILY in _registered:
            return
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        files = font_files()
        faces = {
            face(): files.regular,
            face(bold=True): files.bold,
            face(italic=True): files.italic,
            face(bold=True, italic=True): files.bold_italic,
        }
        for name, path in faces.items():
            pdfmetrics.registerFont(TTFont(name, str(path)))
        for bold in (False, True):
            for italic in (False, True):
                addMapping(FAMILY, int(bold), int(italic), face(bold=bold, italic=italic))
        _registered.add(FAMILY)


def text_width(text: str, size: float, *, bold: bool = False, italic: bool = False) -> float:
    """Width of *text* in points at *size*; the same in the PDF and, by metric compatibility,
    in Word's Times New Roman."""
    register()
    from reportlab.pdfbase import pdfmetrics

    width: float = pdfmetrics.stringWidth(text, face(bold=bold, italic=italic), size)
    return width
