"""Keep a long workshop session alive on PySide6 builds that drop a reference to
None, True or False on many calls (seen with 6.12.0: ``QLabel.setText`` and
``Signal.emit``). After some tens of thousands of calls Python would abort
with "deallocating None" and take unsaved work with it.

When the fault is detected at start, a timer gives the lost references back
(CPython keeps the count in the object's first field); on a sound build, or a
Python whose None is immortal, nothing happens."""

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
    def __init__(self, parent: QObject | None = None):
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
    """Guard the application when this PySide6 build needs it."""
    if getattr(app, "_refcount_guard", None) is None and build_is_faulty():
        app._refcount_guard = RefcountGuard(app)
    return getattr(app, "_refcount_guard", None)
