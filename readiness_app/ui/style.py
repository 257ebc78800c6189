"""Look and feel that follows the system palette: readable fonts for a
projector, the decision banner's colours and the colour of inline problems."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QWidget,
)
from shiboken6 import isValid

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


# -- contrast and focus ------------------------------------------------------------------------

def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG 2)."""
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours, from 1 to 21."""
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def indicator_edge(palette: QPalette) -> QColor:
    """The edge of an empty radio button or check box: the text colour softened, still 3:1 (WCAG's
    minimum for a control) against the window and the field it is drawn on."""
    text, base = palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Base)
    for share in (0.65, 0.8, 1.0):
        edge = blend(text, base, share)
        if min(contrast(edge, base), contrast(edge, palette.color(QPalette.ColorRole.Window))) >= 3.0:
            return edge
    return text


def blend(a: QColor, b: QColor, share: float) -> QColor:
    """``share`` of ``a`` and the rest of ``b``."""
    return QColor.fromRgbF(share * a.redF() + (1 - share) * b.redF(), share * a.greenF() + (1 - share) * b.greenF(),
                           share * a.blueF() + (1 - share) * b.blueF())


def readable_grey(text: QColor, background: QColor) -> QColor:
    """Text greyed towards ``background`` but still readable there (WCAG AA, 4.5:1)."""
    for share in (0.6, 0.7, 0.8, 0.9):
        grey = blend(text, background, share)
        if contrast(grey, background) >= 4.5:
            return grey
    return text


def focus_colour(palette: QPalette) -> QColor:
    """The focus ring: the highlight colour when it stands out from the window (3:1), else the text colour."""
    highlight, window = palette.color(QPalette.ColorRole.Highlight), palette.color(QPalette.ColorRole.Window)
    return highlight if contrast(highlight, window) >= 3.0 else palette.color(QPalette.ColorRole.WindowText)


_EDGES: dict[int, QColor] = {}  # by palette (cacheKey): the colour is worked out once per palette


def _draw_indicator_edge(button: QRadioButton | QCheckBox, element: QStyle.SubElement, round_: bool) -> None:
    option = QStyleOptionButton()
    button.initStyleOption(option)
    palette = option.palette
    edge = _EDGES.get(palette.cacheKey())
    if edge is None:
        edge = _EDGES[palette.cacheKey()] = indicator_edge(palette)
    box = QRectF(button.style().subElementRect(element, option, button)).adjusted(1, 1, -1, -1)
    painter = QPainter(button)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(edge, 1.6))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if round_:
        painter.drawEllipse(box)
    else:
        painter.drawRoundedRect(box, 2, 2)
    painter.end()


class EdgedRadioButton(QRadioButton):
    """A radio button edged in a colour that stands out in a light and a dark palette (the system's edge
    almost vanishes on a dark one). Drawn by the button itself rather than by a style for the whole
    application: a style written in Python was called for every part of every widget painted."""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        _draw_indicator_edge(self, QStyle.SubElement.SE_RadioButtonIndicator, round_=True)


class EdgedCheckBox(QCheckBox):
    """A check box edged like EdgedRadioButton."""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        _draw_indicator_edge(self, QStyle.SubElement.SE_CheckBoxIndicator, round_=False)


_PLACE_EVENTS = frozenset({QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide})


class FocusRing(QWidget):
    """A ring around the widget that has the keyboard focus, thick enough to see on a projector, drawn
    whether the focus came from the keyboard or a click. It follows the widget when a page scrolls.
    Each window has its own ring (a child of the window, gone with it)."""

    WIDTH = 3

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None
        self.watched: list[QWidget] = []
        self.later = QTimer(self)  # a burst of moves and resizes places the ring once
        self.later.setSingleShot(True)
        self.later.setInterval(0)
        self.later.timeout.connect(self.place)
        self.hide()

    def track(self, target: QWidget | None) -> None:
        for w in self.watched:
            if isValid(w):  # a widget of a page that was rebuilt may be gone already
                w.removeEventFilter(self)
        self.watched = []
        self.target = target
        if target is None:
            self.hide()
            return
        # The target moves in the window when it moves or resizes, when a scroll area's content under it
        # scrolls (that content widget moves) or when the window resizes: watching those few widgets,
        # rather than every ancestor, keeps the filter off the events of the whole page.
        watched = [target, self.window()]
        ancestor = target.parentWidget()
        while ancestor is not None and not ancestor.isWindow():
            parent = ancestor.parentWidget()
            if parent is not None and isinstance(parent.parentWidget(), QAbstractScrollArea):
                watched.append(ancestor)  # a scroll area's content widget (its parent is the viewport)
            ancestor = parent
        for w in watched:
            w.installEventFilter(self)
        self.watched = watched
        self.place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _PLACE_EVENTS:
            self.later.start()
        return False

    def place(self) -> None:
        target = self.target
        if target is None or not isValid(target) or not target.isVisible() or target.window() is not self.window():
            self.hide()
            return
        window = self.window()
        visible = target.visibleRegion().boundingRect()
        if visible.isEmpty():
            self.hide()
            return
        top_left = target.mapTo(window, visible.topLeft())
        m = self.WIDTH + 1
        self.setGeometry(top_left.x() - m, top_left.y() - m, visible.width() + 2 * m, visible.height() + 2 * m)
        self.raise_()
        self.show()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(focus_colour(self.palette()), self.WIDTH))
        half = self.WIDTH / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(half, half, -half, -half), 4, 4)
        painter.end()


class _FocusFollower(QObject):
    """Moves the focus ring of the window that has the focus; the others hide theirs."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.shown: FocusRing | None = None
        app.focusChanged.connect(self.follow)

    def follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        target = new if new is not None and isValid(new) and not new.isWindow() else None
        ring = None
        if target is not None:
            window = target.window()
            ring = next((r for r in window.findChildren(FocusRing, options=Qt.FindChildOption.FindDirectChildrenOnly)),
                        None) or FocusRing(window)
        if self.shown is not None and self.shown is not ring and isValid(self.shown):
            self.shown.track(None)
        self.shown = ring
        if ring is not None:
            ring.track(target)


_follower: _FocusFollower | None = None


def install_focus_ring(app: QApplication) -> None:
    """A focus ring in every window, following the focus (installed once for the application)."""
    global _follower
    if _follower is None or not isValid(_follower):
        _follower = _FocusFollower(app)
        _follower.follow(None, app.focusWidget())


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
