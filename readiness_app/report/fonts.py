"""The bundled DejaVu fonts, registered with reportlab once per process.

DejaVu Sans covers the Latin letters of every European market the report is
used in (French, German, Polish, Czech, Hungarian, Romanian) and the euro and
pound signs; it is embedded, so text extracted from the PDF is the text typed."""

from __future__ import annotations

import threading
from pathlib import Path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
FAMILY = REGULAR

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf"}
_lock = threading.Lock()
_registered = False


def fonts_dir() -> Path:
    from ..core.ruleset import data_dir

    return data_dir("assets") / "fonts"


def register_fonts() -> None:
    """Register the three faces and the family (regular, bold, italic) once."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        from ..core.errors import OutputError

        folder = fonts_dir()
        for name, file in _FILES.items():
            path = folder / file
            if not path.is_file():
                raise OutputError(path, "the report font is missing from this installation")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        addMapping(FAMILY, 0, 0, REGULAR)
        addMapping(FAMILY, 1, 0, BOLD)
        addMapping(FAMILY, 0, 1, ITALIC)
        addMapping(FAMILY, 1, 1, BOLD)
        _registered = True
