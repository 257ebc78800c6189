"""A wrapped label that remembers its measures lays out as Qt's own label does, and follows every change
of what shapes its text: a stale measure would cut a sentence or leave a gap under it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from readiness_app.ui.reflow import WrapLabel
from readiness_app.ui.style import scaled_font

SHORT = "Plan 6 to 10 weeks."
LONG = ("Infrastructure burden on ML practitioners: 9 data scientists and ML engineers spend 60% of their time "
        "on infrastructure, and releases and retraining are manual or not reproducible.")
WIDTHS = (120, 240, 360, 600, 1200)


def _pair(qtbot, text: str) -> tuple[WrapLabel, QLabel]:
    ours, qts = WrapLabel(text), QLabel(text)
    qts.setWordWrap(True)
    for label in (ours, qts):
        label.setTextFormat(Qt.TextFormat.PlainText)
        qtbot.addWidget(label)
    return ours, qts


def _same(ours: WrapLabel, qts: QLabel) -> None:
    for width in WIDTHS:
        assert ours.heightForWidth(width) == qts.heightForWidth(width), width
    assert ours.sizeHint() == qts.sizeHint()
    assert ours.minimumSizeHint() == qts.minimumSizeHint()


@pytest.mark.parametrize("text", [SHORT, LONG])
def test_it_measures_as_qt_does(qtbot, text):
    _same(*_pair(qtbot, text))


def test_it_follows_its_text_font_and_margins(qtbot):
    ours, qts = _pair(qtbot, SHORT)
    _same(ours, qts)  # measured once: remembered from here on
    for label in (ours, qts):
        label.setText(LONG)
    _same(ours, qts)
    for label in (ours, qts):
        label.setFont(scaled_font(label, 1.6, bold=True))
    _same(ours, qts)
    for label in (ours, qts):
        label.setContentsMargins(0, 0, 0, 6)
        label.setMargin(4)
    _same(ours, qts)
    for label in (ours, qts):
        label.clear()
        label.setText(SHORT)
    _same(ours, qts)


def test_a_large_font_keeps_a_long_text_on_one_line_at_its_minimum(qtbot):
    ours, qts = _pair(qtbot, LONG * 2)  # wider than 2000 pixels on one line
    for label in (ours, qts):
        label.setFont(scaled_font(label, 2.5, bold=True))
    _same(ours, qts)


def test_it_answers_a_width_from_memory(qtbot, monkeypatch):
    ours, _qts = _pair(qtbot, LONG)
    first = ours.heightForWidth(300)
    monkeypatch.setattr(QLabel, "heightForWidth", lambda self, width: pytest.fail("measured again"))
    assert ours.heightForWidth(300) == first
