"""The PySide6 reference-count fault and what the guard does about it.

On a faulty build (PySide6 6.12.0 on Python 3.11) widget setters drop a reference to None and
every signal emission one to True; a fresh process holds only a few hundred references to True,
so without the guard a workshop session aborts with "deallocating True or False". On a sound
build (or Python 3.12+, where None, True and False are immortal) the fault tests skip and the
app runs without a guard."""

from __future__ import annotations

import sys

import PySide6
import pytest
from PySide6.QtWidgets import QApplication, QLabel

from readiness_app.ui.refcount_guard import FLOOR, RefcountGuard, build_is_faulty, install

BUILD = f"PySide6 {PySide6.__version__} on Python {sys.version.split()[0]}"
CALLS = 100_000  # far more than True's references in a fresh process: unguarded, the process would abort
CHUNK = 5_000  # calls between two chances for the guard's timer to run


@pytest.fixture
def faulty(qapp: QApplication) -> bool:
    return build_is_faulty()


@pytest.fixture
def label(qtbot) -> QLabel:
    widget = QLabel()
    qtbot.addWidget(widget)
    return widget


def test_a_faulty_build_drops_references_to_none_and_true(faulty: bool, label: QLabel) -> None:
    if not faulty:
        pytest.skip(f"{BUILD} keeps its references to None, True and False: there is no fault to show")
    RefcountGuard().top_up()  # the measure itself must not bring True's count to zero
    calls = 1_000
    none_before = sys.getrefcount(None)
    for _ in range(calls):
        label.setText("x")
    none_lost = none_before - sys.getrefcount(None)
    true_before = sys.getrefcount(True)
    for _ in range(calls):
        label.objectNameChanged.emit("x")
    true_lost = true_before - sys.getrefcount(True)
    assert none_lost >= calls * 0.9, f"setText lost {none_lost} references to None in {calls} calls"
    assert true_lost >= calls * 0.9, f"emit lost {true_lost} references to True in {calls} calls"


def test_the_guard_keeps_the_counts_above_a_floor_through_many_calls(faulty: bool, label: QLabel, qtbot) -> None:
    if not faulty:
        pytest.skip(f"{BUILD} keeps its references to None, True and False: the guard is not installed")
    guard = RefcountGuard()
    guard.timer.setInterval(1)  # the app's guard tops up every 2 s; here between two bursts of calls
    lowest = {"None": sys.getrefcount(None), "True": sys.getrefcount(True)}
    try:
        for _ in range(CALLS // CHUNK):
            for _ in range(CHUNK):
                label.setText("x")
                label.objectNameChanged.emit("x")
            lowest = {"None": min(lowest["None"], sys.getrefcount(None)),
                      "True": min(lowest["True"], sys.getrefcount(True))}
            qtbot.wait(5)
    finally:
        guard.timer.stop()
    # each burst costs at most CHUNK references, and the guard gives them back before the next one
    assert lowest["None"] >= FLOOR - 2 * CHUNK, lowest
    assert lowest["True"] >= FLOOR - 2 * CHUNK, lowest


def test_the_app_is_guarded_only_on_a_faulty_build(faulty: bool, qapp: QApplication) -> None:
    guard = install(qapp)
    if faulty:
        assert isinstance(guard, RefcountGuard)
        assert install(qapp) is guard, "a second window in the same process gets the same guard"
        assert sys.getrefcount(True) >= FLOOR - CHUNK
    else:
        assert guard is None, f"{BUILD} is sound and needs no guard"
