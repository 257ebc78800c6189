"""Zoom with the usual keys, remembered for the next session, and a presentation mode for a projector."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from readiness_app.ui.view_actions import ViewActions, apply_zoom


@pytest.fixture(autouse=True)
def _back_to_actual_size():
    yield
    apply_zoom(1.0)  # the application font is shared by every window of the session


def _active(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.wait(10)


def _sizes(window) -> tuple[float, float]:
    """The point size of a section page's question text and of the side panel's title."""
    page = window.pages[0]
    question = next(iter(page.blocks.values()))
    return question.input.font().pointSizeF(), window.side.findChildren(type(window.side.switcher.title))[0] \
        .font().pointSizeF()


def test_ctrl_plus_and_minus_zoom_and_the_zoom_is_remembered(qtbot, make_window):
    window = make_window()
    _active(qtbot, window)
    body, heading = _sizes(window)
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    bigger = _sizes(window)
    assert bigger[0] > body * 1.15 and bigger[1] > heading * 1.15  # the headings grow with the text
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert body < _sizes(window)[0] < bigger[0]
    window.close()
    apply_zoom(1.0)

    again = make_window()  # the next session starts at the zoom chosen
    qtbot.waitUntil(lambda: _sizes(again)[0] > body * 1.05, timeout=2000)
    _active(qtbot, again)
    qtbot.keyClick(again, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert _sizes(again)[0] == pytest.approx(body)


def test_presentation_mode_is_full_screen_with_larger_type_and_no_notes(qtbot, window):
    _active(qtbot, window)
    page = window.pages[0]
    qtbot.waitUntil(lambda: page.built, timeout=3000)
    assert page.notes.isVisible()
    body = _sizes(window)[0]
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(window.isFullScreen, timeout=2000)
    assert not page.notes.isVisible() and not page.notes_label.isVisible()
    assert _sizes(window)[0] > body * 1.2
    assert window.findChild(ViewActions).presentation_action.isChecked()
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen(), timeout=2000)
    assert page.notes.isVisible()
    assert _sizes(window)[0] == pytest.approx(body)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_section_still_fits_when_zoomed(qtbot, make_window, in_language, lang):
    """Larger type reflows like the rest: the wizard's header (a section's title and subtitle) grows with it
    instead of cutting the subtitle's last line, and short choices go to the next line instead of past the
    page's edge. The result page fits at 125 % on a laptop's 1366 pixels."""
    from tests.helpers import EXAMPLES

    from .fit import problems

    in_language(lang)
    window = make_window()
    assert window.open_path(EXAMPLES / f"workshop-finlytics{'-fr' if lang == 'fr' else ''}.json", ask=False)
    _active(qtbot, window)
    views = window.findChild(ViewActions)
    # a quarter larger on a projector's 1024 pixels, and half as large again on a laptop
    for size, zooms in (((1024, 768), (1.25,)), ((1366, 768), (1.25, 1.5))):
        window.resize(*size)
        for zoom in zooms:
            views.set_zoom(zoom)
            shown = len(window.pages) + (1 if (size, zoom) == ((1366, 768), 1.25) else 0)
            for index in range(shown):
                assert window.go_to_page(index)
                qtbot.wait(50)
                assert problems(window) == [], (size, zoom, index)
    window.model.set_modified(False)


def test_short_choices_go_to_the_next_line_when_the_row_is_narrow(qtbot, window):
    """Side by side while they fit, on more lines when they do not (larger type, a longer language)."""
    from readiness_app.ui.widgets import RadioInput

    question = window.model.questionnaire.questions["company_stage"]
    row = RadioInput(question, "fr")
    qtbot.addWidget(row)
    widest = max(button.sizeHint().width() for button in [*row.buttons, row.dont_know])
    row.resize(widest + 40, row.heightForWidth(widest + 40))
    row.show()
    qtbot.waitExposed(row)
    buttons = [*row.buttons, row.dont_know]
    assert all(b.geometry().right() < row.width() and b.geometry().bottom() < row.height() for b in buttons)
    assert len({b.y() for b in buttons}) > 1  # on more than one line
    row.resize(sum(b.sizeHint().width() for b in buttons) + 24 * len(buttons), row.height())
    qtbot.waitUntil(lambda: len({b.y() for b in buttons}) == 1, timeout=1000)  # one line again when there is room
