"""The View menu: zoom (Ctrl+= / Ctrl+- / Ctrl+0, remembered between sessions) and the presentation mode
for workshops (full screen, larger type, the notes hidden from the room); and the one-click export of a
report that is older than the answers."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget, QWizard

from . import settings
from .style import install_focus_ring

if TYPE_CHECKING:
    from .main_window import MainWindow

ZOOM_STEPS = (0.8, 0.9, 1.0, 1.1, 1.25, 1.4, 1.6, 1.8, 2.0)
PRESENTATION_ZOOM = 1.3  # on top of the chosen zoom: read from the back of the room
ZOOM_KEY = "view/zoom"

_shown_zoom = 1.0  # the factor the fonts of every window are drawn at now (the application font is shared)
_base_point_size: float | None = None  # the application font's size at 100 %


def shown_zoom() -> float:
    return _shown_zoom


def apply_zoom(factor: float) -> None:
    """Draw every window's text at ``factor`` times its size at 100 %: the application font, and each
    widget that has a font of its own (headings, the decision banner)."""
    global _shown_zoom, _base_point_size
    app = QApplication.instance()
    if not isinstance(app, QApplication) or abs(factor - _shown_zoom) < 1e-6:
        return
    if _base_point_size is None:
        _base_point_size = app.font().pointSizeF()
    ratio = factor / _shown_zoom
    _shown_zoom = factor
    from PySide6.QtCore import Qt

    own = [w for w in app.allWidgets() if w.testAttribute(Qt.WidgetAttribute.WA_SetFont)]
    font = app.font()
    font.setPointSizeF(_base_point_size * factor)
    app.setFont(font)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.ApplicationFontChange)  # every window follows now
    for widget in own:
        own_font = widget.font()
        own_font.setPointSizeF(own_font.pointSizeF() * ratio)
        widget.setFont(own_font)
    for wizard in [w for w in app.allWidgets() if isinstance(w, QWizard)]:
        # a wizard sizes its header (the page's title and two lines of subtitle) for the font it had when
        # it last showed a page: setting a format lays the header out again, for the new size
        wizard.setSubTitleFormat(wizard.subTitleFormat())
        fit = getattr(wizard, "fit_header", None)
        if fit is not None:  # a longer subtitle gets the lines it needs at the new size
            QTimer.singleShot(0, wizard, fit)


class ViewActions(QObject):
    """The View menu of one window."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.zoom = 1.0  # the zoom chosen (remembered); presentation mode enlarges it further
        self.presenting = False
        self._before_presenting: tuple[bool, bool] = (False, False)  # maximized, full screen
        menu = window.menuBar().addMenu(self.tr("&View"))
        self.zoom_in_action = self._action(self.tr("Zoom &in"), self.zoom_in, ["Ctrl+=", "Ctrl++"])
        self.zoom_out_action = self._action(self.tr("Zoom &out"), self.zoom_out, ["Ctrl+-"])
        self.zoom_reset_action = self._action(self.tr("&Actual size"), self.zoom_reset, ["Ctrl+0"])
        self.presentation_action = self._action(self.tr("&Presentation mode"), self.toggle_presentation, ["F5"])
        self.presentation_action.setCheckable(True)
        self.presentation_action.setToolTip(self.tr("Full screen, larger type and the notes hidden, for a "
                                                    "projector"))
        self.leave_action = self._action(self.tr("Leave presentation mode"), self.leave_presentation, ["Esc"])
        self.leave_action.setEnabled(False)
        window.addAction(self.leave_action)  # Escape leaves it, as in a slide show
        menu.addActions([self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action])
        menu.addSeparator()
        menu.addAction(self.presentation_action)
        window.wizard.pageAdded.connect(self._page_added)
        QTimer.singleShot(0, self._restore)  # after the first paint: the settings file is not read before it
        QTimer.singleShot(0, self._ring)

    def _action(self, text: str, slot: Callable[[], object], keys: list[str]) -> QAction:
        action = QAction(text, self.window)
        action.setShortcuts([QKeySequence.fromString(k) for k in keys])
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _ring(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            install_focus_ring(app)

    # -- zoom ----------------------------------------------------------------------
    def _restore(self) -> None:
        zoom = settings.read_float(ZOOM_KEY, 1.0)
        self.zoom = min(ZOOM_STEPS, key=lambda step: abs(step - zoom))
        self._apply()

    def _apply(self) -> None:
        apply_zoom(self.zoom * (PRESENTATION_ZOOM if self.presenting else 1.0))
        self.zoom_in_action.setEnabled(self.zoom < ZOOM_STEPS[-1])
        self.zoom_out_action.setEnabled(self.zoom > ZOOM_STEPS[0])
        self.window.statusBar().showMessage(self.tr("Zoom {0}%").format(round(self.zoom * 100)), 2000)

    def set_zoom(self, zoom: float) -> None:
        self.zoom = zoom
        settings.write_value(ZOOM_KEY, zoom)
        self._apply()

    def zoom_in(self) -> None:
        bigger = [s for s in ZOOM_STEPS if s > self.zoom + 1e-6]
        if bigger:
            self.set_zoom(bigger[0])

    def zoom_out(self) -> None:
        smaller = [s for s in ZOOM_STEPS if s < self.zoom - 1e-6]
        if smaller:
            self.set_zoom(smaller[-1])

    def zoom_reset(self) -> None:
        self.set_zoom(1.0)

    # -- presentation -----------------------------------------------------------------
    def toggle_presentation(self) -> None:
        if self.presenting:
            self.leave_presentation()
        else:
            self.enter_presentation()

    def _notes(self) -> list[QWidget]:
        return [w for page in self.window.pages for w in (getattr(page, "notes_label", None),
                                                         getattr(page, "notes", None)) if w is not None]

    def enter_presentation(self) -> None:
        if self.presenting:
            return
        self.presenting = True
        self._before_presenting = (self.window.isMaximized(), self.window.isFullScreen())
        for page in self.window.pages:  # every page with its notes field, to hide it
            if not getattr(page, "built", True):
                page.build()
        for widget in self._notes():
            widget.hide()
        self.window.showFullScreen()
        self.presentation_action.setChecked(True)
        self.leave_action.setEnabled(True)
        self._apply()

    def leave_presentation(self) -> None:
        if not self.presenting:
            return
        self.presenting = False
        for widget in self._notes():
            widget.show()
        maximized, full_screen = self._before_presenting
        if full_screen:
            pass
        elif maximized:
            self.window.showMaximized()
        else:
            self.window.showNormal()
        self.presentation_action.setChecked(False)
        self.leave_action.setEnabled(False)
        self._apply()

    # -- a report older than the answers ------------------------------------------------
    def _page_added(self, index: int) -> None:
        page = self.window.wizard.page(index)
        signal = getattr(page, "exportAgainRequested", None)
        if signal is not None:
            signal.connect(self.export_again)

    def export_again(self, path: Path | None) -> None:
        """The report written again to the file it was exported to, without asking where."""
        window = self.window
        if path is None or window.job is not None or not window._ready():
            return
        window._run_report(Path(path), self.tr("Writing the PDF report…"), window._exported)


def install_view_actions(window: MainWindow) -> ViewActions:
    """Add the View menu to ``window`` (the object lives as long as the window)."""
    return ViewActions(window)
