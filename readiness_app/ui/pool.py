"""One call run in Qt's thread pool, its outcome brought back to the window's thread as a signal."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class InPool(QObject):
    """Runs ``call`` in the thread pool; ``done`` brings back what it returned, or the exception it raised
    (every failure is then said where the outcome is received)."""

    done = Signal(object)

    def start(self, call: Callable[[], object]) -> None:
        owner = self

        class Job(QRunnable):
            def run(self) -> None:
                try:
                    outcome: object = call()
                except Exception as exc:  # noqa: BLE001 - handed to the receiver, never lost in the pool
                    outcome = exc
                owner.done.emit(outcome)

        QThreadPool.globalInstance().start(Job())
