"""Look and feel that follows the system palette: readable fonts for a
projector, the decision banner's colours and the colour of inline problems."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from datetime import datetime

MIN_POINT_SIZE = 11.0  # readable from the back of a meeting room at 1280x720

# Decision banner: the only fixed colours, dark enough for white text (contrast above 7:1).
BANNER = {
    "hire": ("#1b5e20", "#ffffff"),
    "secure_mandate_first": ("#7a4100", "#ffffff"),
    "not_yet": ("#37474f", "#ffffff"),
    "cannot_assess_yet": ("#4a4a7a", "#ffffff"),
}


def is_dark(widget: QWidget | None = None) -> bool:
    palette = widget.palette() if widget is not None else QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def error_colour(widget: QWidget | None = None) -> str:
    return "#ff8a80" if is_dark(widget) else "#b00020"


def setup_fonts(app: QApplication) -> None:
    """Bundled DejaVu when the system has no usable font; never below MIN_POINT_SIZE."""
    font = app.font()
    families = set(QFontDatabase.families())
    if not families or (font.family() not in families and "DejaVu Sans" not in families):
        from ..core.ruleset import data_dir

        for path in sorted((data_dir("assets") / "fonts").glob("DejaVuSans*.ttf")):
            QFontDatabase.addApplicationFont(str(path))
        font = QFont("DejaVu Sans")
    if font.pointSizeF() < MIN_POINT_SIZE:
        font.setPointSizeF(MIN_POINT_SIZE)
    app.setFont(font)


def scaled_font(widget: QWidget, factor: float, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font


def assign_mnemonics(texts: list[str], reserved: set[str]) -> list[int | None]:
    """For each label, the index of a letter to underline (Alt+letter), unique on the page."""
    used = {c.lower() for c in reserved}
    out: list[int | None] = []
    for text in texts:
        chosen = None
        words = [i for i, c in enumerate(text) if c.isalpha() and (i == 0 or not text[i - 1].isalnum())]
        for i in words + list(range(len(text))):
            c = text[i]
            if c.isascii() and c.isalpha() and c.lower() not in used and (i == 0 or text[i - 1] != "&"):
                chosen = i
                used.add(c.lower())
                break
        out.append(chosen)
    return out


def local_date(moment: datetime, lang: str = "en", with_time: bool = False) -> str:
    """A date (and time) in the app's language, e.g. "Thu 12 Mar 2026"."""
    from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

    local = moment.astimezone() if moment.tzinfo else moment
    locale = QLocale(QLocale.Language.French if lang == "fr" else QLocale.Language.English,
                     QLocale.Country.France if lang == "fr" else QLocale.Country.UnitedKingdom)
    if with_time:
        stamp = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
        return locale.toString(stamp, "ddd d MMM yyyy, HH:mm")
    return locale.toString(QDate(local.year, local.month, local.day), "ddd d MMM yyyy")
