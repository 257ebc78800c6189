"""Drive the wizard the way a person does: click, type, press keys. Nothing here
calls into the app's internals to set an answer."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QWizard

from readiness_app.core.answers import DONT_KNOW
from readiness_app.ui.widgets import ChecksInput, ComboInput, NumberInput, PercentInput, RadioInput, TextInput


def current_page(window):
    return window.wizard.currentPage()


def page_index(window) -> int:
    return window.wizard.currentId()


def next_button(window):
    return window.wizard.button(QWizard.WizardButton.NextButton)


def back_button(window):
    return window.wizard.button(QWizard.WizardButton.BackButton)


def click_next(qtbot, window) -> None:
    before = page_index(window)
    assert next_button(window).isEnabled(), current_page(window).reason.text()
    qtbot.mouseClick(next_button(window), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page_index(window) == before + 1, timeout=2000)


def click_back(qtbot, window) -> None:
    before = page_index(window)
    qtbot.mouseClick(back_button(window), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page_index(window) == before - 1, timeout=2000)


def block(window, qid: str):
    page = current_page(window)
    assert qid in page.blocks, f"{qid} is not on the page '{page.title()}'"
    return page.blocks[qid]


def type_into(qtbot, widget, text: str) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        qtbot.keyClicks(widget, text)
    else:
        qtbot.keyClick(widget, Qt.Key.Key_Delete)


def click_indicator(qtbot, button) -> None:
    """Click a radio button or check box on its indicator, where a person aims."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def _label(value: Any, widget) -> str:
    for v, text in widget.choices:
        if v == value and type(v) is type(value):
            return text
    raise AssertionError(f"{value!r} is not a choice of {widget.name}")


def answer(qtbot, window, qid: str, value: Any) -> None:
    """Answer one question on the current page with the mouse and the keyboard;
    ``DONT_KNOW`` ticks its "Don't know" choice."""
    widget = block(window, qid).input
    assert widget.isVisible(), f"{qid} is hidden"
    unknown = widget.dont_know
    if value == DONT_KNOW:
        assert unknown is not None and unknown.isVisible(), f"{qid} offers no “Don't know”"
        if not unknown.isChecked():
            click_indicator(qtbot, unknown)
        assert widget.value() == DONT_KNOW, f"{qid}: the widget shows {widget.value()!r}"
        return
    if unknown is not None and unknown.isChecked() and not isinstance(widget, RadioInput):
        click_indicator(qtbot, unknown)  # untick "Don't know" to give a real answer
    if isinstance(widget, (NumberInput, PercentInput)):
        type_into(qtbot, widget.spin.lineEdit(), f"{value:g}" if isinstance(value, float) else str(value))
        qtbot.keyClick(widget.spin.lineEdit(), Qt.Key.Key_Tab)
    elif isinstance(widget, TextInput):
        type_into(qtbot, widget.edit, value)
    elif isinstance(widget, RadioInput):
        text = _label(value, widget)
        button = next(b for b in widget.buttons if b.text().replace("&&", "&") == text)
        click_indicator(qtbot, button)
    elif isinstance(widget, ComboInput):
        combo: QComboBox = widget.combo
        qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)  # opens the list
        popup = combo.view()
        qtbot.waitUntil(popup.isVisible, timeout=2000)
        row = combo.findText(_label(value, widget))
        # a click right after opening is ignored by Qt (it could be the opening click): use the keys
        qtbot.keyClick(popup, Qt.Key.Key_Home)
        for _ in range(row):
            qtbot.keyClick(popup, Qt.Key.Key_Down)
        qtbot.keyClick(popup, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not popup.isVisible(), timeout=2000)
    elif isinstance(widget, ChecksInput):
        wanted = set(value)
        for box, (v, _t) in zip(widget.boxes, widget.choices, strict=True):
            if box.isChecked() != (v in wanted):
                qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    else:  # pragma: no cover
        raise AssertionError(type(widget))
    shown = widget.value()
    expected = value
    if isinstance(widget, ChecksInput):
        expected = [v for v, _t in widget.choices if v in set(value)]
    assert shown == expected, f"{qid}: the widget shows {shown!r}, wanted {value!r}"


def answer_page(qtbot, window, answers: dict[str, Any]) -> None:
    """Answer every visible question of the current page that ``answers`` names, in page order."""
    page = current_page(window)
    for qid, blk in page.blocks.items():
        if qid in answers and blk.isVisible():
            answer(qtbot, window, qid, answers[qid])


def complete(qtbot, window, answers: dict[str, Any]) -> None:
    """From the current page, answer and press Next until the result page shows."""
    last = len(window.pages)
    while page_index(window) < last:
        answer_page(qtbot, window, answers)
        click_next(qtbot, window)


def focused():
    return QApplication.focusWidget()
