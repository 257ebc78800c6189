"""Focus and contrast for a projector: a thick focus ring after a click as after Tab, empty radio buttons and
check boxes edged in a colour that stands out on a light and a dark desktop, sections not reached and the
progress text readable (WCAG AA)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QRadioButton

from readiness_app.ui.style import FocusRing, contrast, focus_colour, indicator_edge

from .fit import dark_palette

ROLE = QPalette.ColorRole


@pytest.fixture(params=["light", "dark"])
def palette(request):
    app = QApplication.instance()
    light = app.palette()
    app.setPalette(dark_palette() if request.param == "dark" else light)
    yield app.palette()
    app.setPalette(light)


def _ring(window) -> FocusRing:
    rings = [r for r in window.findChildren(FocusRing) if r.isVisible()]
    assert rings, "no focus ring shows"
    return rings[0]


def test_a_click_shows_a_thick_focus_ring_that_stands_out(qtbot, window, palette):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    page = window.pages[0]
    qtbot.waitUntil(lambda: page.built, timeout=3000)
    field = page.blocks["company_name"].input.edit
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(r.isVisible() for r in window.findChildren(FocusRing)), timeout=2000)
    ring = _ring(window)
    around = ring.geometry()
    inside = field.rect().translated(field.mapTo(window, QPoint(0, 0)))
    assert around.contains(inside) and around.width() - inside.width() >= 6  # 3 px on each side
    assert ring.WIDTH >= 3
    assert contrast(focus_colour(palette), palette.color(ROLE.Window)) >= 3.0
    image: QImage = window.grab().toImage()
    edge = QColor(image.pixel(around.left() + 1, around.center().y()))
    assert contrast(edge, palette.color(ROLE.Window)) >= 3.0, edge.name()  # drawn, in that colour


def test_empty_radio_buttons_and_check_boxes_stand_out(qtbot, window, palette):
    for background in (palette.color(ROLE.Window), palette.color(ROLE.Base)):
        assert contrast(indicator_edge(palette), background) >= 3.0  # WCAG 1.4.11, a control's edge
    radio = next(r for r in window.findChildren(QRadioButton) if r.isVisible() and not r.isChecked())
    image = radio.grab().toImage()
    darkest = max(contrast(QColor(image.pixel(x, y)), palette.color(ROLE.Window))
                  for x in range(min(image.width(), 24)) for y in range(image.height()))
    assert darkest >= 3.0  # the edge is drawn


def test_sections_not_reached_and_the_progress_text_are_readable(qtbot, window, palette):
    side = window.side
    qtbot.waitUntil(lambda: side._painted, timeout=3000)
    qtbot.waitUntil(lambda: not side.list.item(3).isEnabled(), timeout=2000)  # a blank form: not reached yet
    grey = side.list.palette().color(QPalette.ColorGroup.Disabled, ROLE.Text)
    assert contrast(grey, side.list.palette().color(ROLE.Base)) >= 4.5
    assert side.progress_text.isVisible() and "answered" in side.progress_text.text()
    assert not side.progress.isTextVisible()  # no text broken across the bar's fill


def test_the_focus_ring_outlives_a_window_closed_meanwhile(qtbot, window, palette):
    from readiness_app.ui.main_window import MainWindow

    other = MainWindow(window.model.ruleset)
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(other.isActiveWindow, timeout=2000)
    qtbot.waitUntil(lambda: other.pages[0].built, timeout=3000)
    other.pages[0].blocks["company_name"].input.edit.setFocus()
    qtbot.waitUntil(lambda: any(r.isVisible() for r in other.findChildren(FocusRing)), timeout=2000)
    other.close()
    other.deleteLater()
    qtbot.wait(50)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.waitUntil(lambda: window.pages[0].built, timeout=3000)
    field = window.pages[0].blocks["company_name"].input.edit
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(r.isVisible() for r in window.findChildren(FocusRing)), timeout=2000)
