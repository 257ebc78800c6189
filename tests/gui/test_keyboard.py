"""The whole assessment with the keyboard only: Tab, arrows, Space, typing, Enter."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from readiness_app.ui.widgets import ChecksInput, ComboInput, NumberInput, PercentInput, RadioInput, TextInput
from tests.helpers import ALL_SIGNALS

from .driver import current_page, page_index


def key(qtbot, k, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, k, modifier)


def tab_to(qtbot, widget, limit: int = 40) -> None:
    """Press Tab until the focus is inside ``widget``."""
    for _ in range(limit):
        focus = QApplication.focusWidget()
        if focus is not None and (focus is widget or widget.isAncestorOf(focus)):
            return
        key(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget.accessibleName()}")


def keyboard_answer(qtbot, widget, value: Any) -> None:
    tab_to(qtbot, widget)
    if isinstance(widget, (NumberInput, PercentInput, TextInput)):
        key(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(QApplication.focusWidget(), str(value))
    elif isinstance(widget, RadioInput):
        target = [v for v, _t in widget.choices].index(value)
        if widget.group.checkedId() < 0:
            key(qtbot, Qt.Key.Key_Space)
        row = len({button.y() for button in widget.buttons}) == 1  # arrows follow the layout, as people expect
        forward, backward = (Qt.Key.Key_Right, Qt.Key.Key_Left) if row else (Qt.Key.Key_Down, Qt.Key.Key_Up)
        for _ in range(len(widget.choices)):
            if widget.group.checkedId() == target:
                break
            key(qtbot, forward if widget.group.checkedId() < target else backward)
    elif isinstance(widget, ComboInput):
        key(qtbot, Qt.Key.Key_Home)
        for _ in range([v for v, _t in widget.choices].index(value)):
            key(qtbot, Qt.Key.Key_Down)
    elif isinstance(widget, ChecksInput):
        for box, (v, _t) in zip(widget.boxes, widget.choices, strict=True):
            tab_to(qtbot, box)
            if box.isChecked() != (v in value):
                key(qtbot, Qt.Key.Key_Space)
    expected = [v for v, _t in widget.choices if v in value] if isinstance(widget, ChecksInput) else value
    assert widget.value() == expected, (widget.name, widget.value(), value)


def test_keyboard_only_through_every_page(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    first = current_page(window).blocks["company_name"].input.edit
    qtbot.waitUntil(first.hasFocus, timeout=2000)  # the first question has the focus at start
    last = len(window.pages)
    while page_index(window) < last:
        page = current_page(window)
        for qid, blk in page.blocks.items():
            if blk.isVisible() and qid in ALL_SIGNALS:
                keyboard_answer(qtbot, blk.input, ALL_SIGNALS[qid])
        before = page_index(window)
        key(qtbot, Qt.Key.Key_Return)  # Enter = Next
        qtbot.waitUntil(lambda before=before: page_index(window) == before + 1, timeout=2000)
    assert window.model.answers == ALL_SIGNALS
    assert window.result_page.decision.text() == "Hire an MLOps engineer"

    qtbot.waitUntil(window.result_page.export_button.hasFocus, timeout=2000)  # Enter exports
    key(qtbot, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)  # Alt+B = Back
    qtbot.waitUntil(lambda: page_index(window) == last - 1, timeout=2000)
    key(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # Alt+N = Next
    qtbot.waitUntil(lambda: page_index(window) == last, timeout=2000)

    item = window.result_page.why.items[0]
    tab_to(qtbot, item.toggle)
    key(qtbot, Qt.Key.Key_Space)  # open the reasons behind the first sentence
    assert item.details.isVisible()


def test_label_mnemonics_focus_their_question(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    block = current_page(window).blocks["sector"]
    text = block.label.text()
    letter = text[text.index("&") + 1]
    key(qtbot, getattr(Qt.Key, f"Key_{letter.upper()}"), Qt.KeyboardModifier.AltModifier)
    assert block.input.combo.hasFocus()
