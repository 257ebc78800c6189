"""Keep a long workshop session alive on PySide6 builds that drop a reference to
None, True or False on many calls (seen with 6.12.0 on Python 3.11: ``QLabel.setText``,
``setToolTip`` and ``setEnabled`` drop one to None, every ``Signal.emit`` one to True).
A fresh process holds a few hundred references to True: after as many signals Python
aborts with "deallocating True or False" and takes unsaved work with it.

When the fault is detected at start, a timer gives the lost references back
(CPython keeps the count in the object's first field); on a sound build (6.11.3 is
one), or a Python whose None is immortal (3.12 and later), nothing happens.
tests/gui/test_refcount_guard.py shows the fault and the guard's effect."""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, QTimer

FLOOR = 1_000_000  # keep each singleton's count at least this high
_SINGLETONS = (None, True, False)


def build_is_faulty() -> bool:
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    before = [sys.getrefcount(s) for s in _SINGLETONS]
    for _ in range(50):
        label.setText("x")
        label.objectNameChanged.emit("x")
    after = [sys.getrefcount(s) for s in _SINGLETONS]
    return any(b - a >= 40 for a, b in zip(after, before, strict=True))


class RefcountGuard(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.top_up()
        self.timer = QTimer(self)
        self.timer.setInterval(2000)
        self.timer.timeout.connect(self.top_up)
        self.timer.start()

    def top_up(self) -> None:
        for value in _SINGLETONS:
            missing = FLOOR - sys.getrefcount(value)
            if missing > 0:  # never released: these objects live as long as the interpreter anyway
                ctypes.c_ssize_t.from_address(id(value)).value += missing


def install(app: QObject) -> RefcountGuard | None:
    """Guard the application when this PySide6 build needs it (once: the guard is the app's child)."""
    guard = app.findChild(RefcountGuard)
    if guard is None and build_is_faulty():
        guard = RefcountGuard(app)
    return guard
