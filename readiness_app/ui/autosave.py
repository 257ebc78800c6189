"""Never lose work: every change is written, shortly after it happens, to the
user data folder; a clean close removes it, so one found at start means a crash."""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from ..core.errors import ReadinessError
from . import operations

if TYPE_CHECKING:
    from .documents import AssessmentModel

log = logging.getLogger(__name__)
DATA_DIR_ENV = "READINESS_APP_DATA_DIR"
AUTOSAVE_NAME = "autosave.json"
ORIGIN_KEY = "autosave_of"


def data_dir() -> Path:
    """The user data folder; ``READINESS_APP_DATA_DIR`` overrides it."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        folder = Path(override)
    else:
        from platformdirs import user_data_dir

        folder = Path(user_data_dir("readiness-app", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def autosave_path() -> Path:
    return data_dir() / AUTOSAVE_NAME


def pending_autosave() -> Path | None:
    """The autosave left by a session that did not close cleanly, if any."""
    path = autosave_path()
    return path if path.is_file() else None


def read_autosave(path: Path):
    """(document, ruleset, original path or None) from an autosave file."""
    opened = operations.open_file(path)
    doc, ruleset = opened.document, opened.ruleset
    origin = doc.metadata.pop(ORIGIN_KEY, None)
    return doc, ruleset, Path(origin) if origin else None


class Autosaver(QObject):
    """Writes the model's document to the autosave file, coalescing bursts of changes."""

    failed = Signal(str)  # why the last autosave could not be written

    def __init__(self, model: AssessmentModel, delay_ms: int = 250, parent: QObject | None = None):
        super().__init__(parent)
        self.model = model
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.write)
        model.changed.connect(self.schedule)

    def schedule(self) -> None:
        if self.model.is_modified():
            self.timer.start()

    def flush(self) -> None:
        if self.timer.isActive():
            self.timer.stop()
            self.write()

    def write(self) -> None:
        if not self.model.is_modified():
            return
        from ..core.storage import atomic_write_text

        doc = self.model.snapshot()
        doc.metadata[ORIGIN_KEY] = str(self.model.path) if self.model.path else None
        try:
            atomic_write_text(autosave_path(), doc.to_json())
        except (ReadinessError, OSError) as exc:  # a full disk must not stop the user working
            log.warning("autosave failed: %s", exc)
            self.failed.emit(exc.render() if isinstance(exc, ReadinessError) else str(exc))

    def clear(self) -> None:
        """The work is saved or deliberately discarded: forget the autosave."""
        self.timer.stop()
        with contextlib.suppress(OSError):
            autosave_path().unlink()
