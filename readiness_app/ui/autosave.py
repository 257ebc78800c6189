"""Never lose work: every open document's changes are written, shortly after they
happen, to its own autosave in the user data folder, locked while its window lives.

An autosave whose lock is held belongs to a live window (of this or another
instance) and is never touched; one whose lock is stale (its process died) or
missing is the work of a crash, offered back at the next start. A clean close,
a save or a deliberate discard removes it. Autosaves put aside (declined,
unreadable) are kept side by side under names that are never reused.

The same kind of lock, held while a window has a file open, lets a save tell
that another window (or instance) has the same file open."""

from __future__ import annotations

import contextlib
import logging
import os
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, QTimer, Signal

from ..core.errors import ReadinessError
from . import operations

if TYPE_CHECKING:
    from ..core.document import AssessmentDocument
    from ..core.ruleset import Ruleset
    from .documents import AssessmentModel

log = logging.getLogger(__name__)
DATA_DIR_ENV = "READINESS_APP_DATA_DIR"
LEGACY_NAME = "autosave.json"  # the single autosave of earlier versions
AUTOSAVE_FOLDER = "autosave"
SET_ASIDE_FOLDER = "set-aside"
OPEN_FOLDER = "open"
ORIGIN_KEY = "autosave_of"
ORIGIN_DIGEST_KEY = "autosave_of_sha256"  # the file as it was on disk when the window opened or saved it
IDLE_MS = 250  # written after this pause in the changes…
MAX_DELAY_MS = 2000  # …and at the latest this long after the first change not yet written


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


def _folder(name: str) -> Path:
    folder = data_dir() / name
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def autosave_dir() -> Path:
    return _folder(AUTOSAVE_FOLDER)


def set_aside_dir() -> Path:
    return _folder(SET_ASIDE_FOLDER)


def new_lock(path: Path) -> QLockFile:
    """A lock that is stale only when its owner is gone (never merely because it is old)."""
    lock = QLockFile(str(path))
    lock.setStaleLockTime(0)
    return lock


def document_key(path: Path | None) -> str:
    """The autosave name of a document: its file's name and a hash of its full path, or a fresh
    id for an untitled one."""
    import hashlib

    if path is None:
        return f"untitled-{_fresh_id()}"
    resolved = Path(path).resolve()
    digest = hashlib.sha256(str(resolved).encode("utf-8", "surrogatepass")).hexdigest()[:16]
    stem = re.sub(r"[^\w-]+", "-", resolved.stem).strip("-")[:40] or "assessment"
    return f"{stem}-{digest}"


def _fresh_id(length: int = 12) -> str:
    import uuid

    return uuid.uuid4().hex[:length]


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def _move_to_new(path: Path, target: Path) -> None:
    """Move ``path`` to ``target``, which must not exist (FileExistsError): never replaces a file."""
    try:
        os.link(path, target)  # fails when the target exists, even in a race
    except FileExistsError:
        raise
    except (OSError, AttributeError):  # no hard links here (a FAT drive): a rename after a look
        if target.exists():
            raise FileExistsError(target) from None
        path.rename(target)
        return
    path.unlink()


def set_aside(path: Path, why: str) -> Path | None:
    """Move an autosave to the set-aside folder under a name never used before; None if it could not move."""
    folder = set_aside_dir()
    for n in range(100):
        target = folder / f"{path.stem}-{why}-{_stamp()}{f'-{n}' if n else ''}.json"
        if target.exists():
            continue
        try:
            _move_to_new(path, target)
        except FileExistsError:
            continue
        except OSError as exc:
            log.warning("could not set %s aside: %s", path, exc)
            return None
        return target
    return None


def keep_aside(text: str, key: str, why: str) -> Path | None:
    """Write ``text`` to the set-aside folder under a new name (a version about to be replaced)."""
    from ..core.storage import atomic_write_text

    folder = set_aside_dir()
    for n in range(100):
        target = folder / f"{key}-{why}-{_stamp()}{f'-{n}' if n else ''}.json"
        if not target.exists():
            try:
                return atomic_write_text(target, text)
            except (ReadinessError, OSError) as exc:
                log.warning("could not keep a copy aside: %s", exc)
                return None
    return None


@dataclass
class Crashed:
    """An autosave nobody owns (its window's process died), locked by this window meanwhile."""

    path: Path
    lock: QLockFile

    @property
    def name(self) -> str:
        return self.path.stem

    def release(self) -> None:
        self.lock.unlock()


def _adopt_legacy(folder: Path) -> None:
    """The single autosave of an earlier version becomes one of the per-document autosaves."""
    legacy = data_dir() / LEGACY_NAME
    if legacy.is_file():
        with contextlib.suppress(OSError):
            _move_to_new(legacy, folder / f"earlier-{_fresh_id()}.json")


def has_autosaves() -> bool:
    """Some autosave is there (a live window's or a crash's): a quick look, before the first paint."""
    folder = data_dir() / AUTOSAVE_FOLDER
    try:
        return (data_dir() / LEGACY_NAME).is_file() or any(folder.glob("*.json"))
    except OSError:
        return False


def _drop_stale_locks(folder: Path, keep: set[Path] | None = None) -> None:
    """Remove the locks left by windows that are gone (a live window's lock stays)."""
    try:
        locks = [p for p in folder.glob("*.lock") if p not in (keep or set())]
    except OSError:
        return
    for path in locks:
        lock = new_lock(path)
        if lock.tryLock(0):
            lock.unlock()


def crashed_autosaves() -> list[Crashed]:
    """Autosaves left by windows that are gone, newest first. Each is locked for the caller (so two
    starting instances never both offer it); a live window's autosave is locked by it and skipped."""
    try:
        folder = autosave_dir()
        _adopt_legacy(folder)
        candidates = [p for p in folder.glob("*.json") if p.is_file()]
    except OSError as exc:
        log.warning("cannot look for autosaves: %s", exc)
        return []
    _drop_stale_locks(folder, keep={p.with_suffix(".lock") for p in candidates})
    _drop_stale_locks(_folder(OPEN_FOLDER))
    found = []
    for path in candidates:
        lock = new_lock(path.with_suffix(".lock"))
        if lock.tryLock(0):
            if path.is_file():  # its window may have closed cleanly meanwhile
                found.append(Crashed(path, lock))
            else:
                lock.unlock()

    def modified(c: Crashed) -> float:
        try:
            return c.path.stat().st_mtime
        except OSError:
            return 0.0

    return sorted(found, key=modified, reverse=True)


def read_autosave(path: Path) -> tuple[AssessmentDocument, Ruleset, Path | None, str | None]:
    """(document, ruleset, original path or None, the original's digest when it was opened) from an
    autosave. Raises ReadinessError for an autosave that cannot be used, whatever is wrong in it."""
    from ..core.errors import AnswersError

    try:
        opened = operations.open_file(path)
        doc = opened.document
    except ReadinessError:
        raise
    except Exception as exc:  # noqa: BLE001 - a bad autosave must never stop the start
        raise AnswersError(path, f"cannot be read ({type(exc).__name__})") from None
    origin = doc.metadata.pop(ORIGIN_KEY, None)
    digest = doc.metadata.pop(ORIGIN_DIGEST_KEY, None)
    return doc, opened.ruleset, Path(origin) if isinstance(origin, str) and origin else None, \
        digest if isinstance(digest, str) else None


class Autosaver(QObject):
    """Writes the model's document to its own autosave, coalescing bursts of changes: after a short
    pause, and never later than MAX_DELAY_MS after the first change not yet written."""

    failed = Signal(str)  # why the last autosave could not be written

    def __init__(self, model: AssessmentModel, delay_ms: int = IDLE_MS, max_delay_ms: int = MAX_DELAY_MS,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.model = model
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.write)
        self.deadline = QTimer(self)
        self.deadline.setSingleShot(True)
        self.deadline.setInterval(max_delay_ms)
        self.deadline.timeout.connect(self.write)
        self.name: str | None = None  # claimed at the first write: nothing is done before the first paint
        self.lock: QLockFile | None = None
        self._for_path: Path | None = None
        model.changed.connect(self.schedule)
        model.pathChanged.connect(self._path_changed)

    @property
    def path(self) -> Path | None:
        """This window's autosave file (once something was written)."""
        return autosave_dir() / f"{self.name}.json" if self.name else None

    def schedule(self) -> None:
        if self.model.is_modified():
            self.timer.start()
            if not self.deadline.isActive():
                self.deadline.start()

    def flush(self) -> None:
        if self.timer.isActive() or self.deadline.isActive():
            self.write()

    def _claim(self) -> None:
        """A name for this document's autosave, locked for this window: the document's key, or the key
        with a fresh suffix when another window has it or a crash left work under it."""
        base = document_key(self.model.path)
        folder = autosave_dir()
        for name in (base, *(f"{base}-{_fresh_id(8)}" for _ in range(20))):
            lock = new_lock(folder / f"{name}.lock")
            if lock.tryLock(0):
                if not (folder / f"{name}.json").exists():
                    self.name, self.lock, self._for_path = name, lock, self.model.path
                    return
                lock.unlock()
        raise OSError(f"no autosave name is free in {folder}")

    def adopt(self, crashed: Crashed) -> None:
        """Carry on writing a restored crash's autosave (its lock is held already)."""
        self.release()
        self.name, self.lock, self._for_path = crashed.name, crashed.lock, self.model.path

    def write(self) -> None:
        self.timer.stop()
        self.deadline.stop()
        if not self.model.is_modified():
            return
        from ..core.storage import atomic_write_text

        metadata = {**self.model.doc.metadata, ORIGIN_KEY: str(self.model.path) if self.model.path else None}
        if self.model.disk is not None:
            metadata[ORIGIN_DIGEST_KEY] = self.model.disk.digest
        try:
            text = self.model.doc.model_copy(update={"metadata": metadata}).to_json()  # no deep copy: only read
            if self.lock is None:
                self._claim()
            assert self.path is not None
            atomic_write_text(self.path, text)
        except (ReadinessError, OSError, ValueError) as exc:  # a full disk must not stop the user working
            log.warning("autosave failed: %s", exc)
            self.failed.emit(exc.render() if isinstance(exc, ReadinessError) else str(exc))

    def clear(self) -> None:
        """The work is saved or deliberately discarded: forget the autosave (its name stays this window's)."""
        self.timer.stop()
        self.deadline.stop()
        if self.path is not None:
            with contextlib.suppress(OSError):
                self.path.unlink()

    def release(self) -> None:
        """The window closes, or holds another document: forget the autosave and let its name go."""
        self.clear()
        if self.lock is not None:
            self.lock.unlock()
        self.name = self.lock = self._for_path = None

    def _path_changed(self, path: Path | None) -> None:
        if self.lock is not None and path != self._for_path:
            self.release()
            self.schedule()  # unsaved work goes on being written, under the new document's name


class OpenFileLock:
    """Held while a window has a file open, so that another window or instance can tell."""

    def __init__(self) -> None:
        self.path: Path | None = None
        self.lock: QLockFile | None = None

    @staticmethod
    def _lock_for(path: Path) -> QLockFile:
        return new_lock(_folder(OPEN_FOLDER) / f"{document_key(path)}.lock")

    def hold(self, path: Path | None) -> None:
        """This window now has ``path`` open (None: no file)."""
        if path is not None and self.path is not None and Path(path).resolve() == self.path.resolve():
            return
        self.release()
        if path is None:
            return
        self.path = Path(path)
        try:
            self.lock = self._lock_for(self.path)
            if not self.lock.tryLock(0):
                self.lock = None  # another window has it: tried again when saving
        except OSError as exc:
            log.warning("cannot lock %s: %s", path, exc)
            self.lock = None

    def release(self) -> None:
        if self.lock is not None:
            self.lock.unlock()
        self.path = self.lock = None

    def open_elsewhere(self, path: Path) -> bool:
        """Another window (of this instance or another) has ``path`` open."""
        path = Path(path)
        mine = self.path is not None and path.resolve() == self.path.resolve()
        if mine and self.lock is not None:
            return False
        try:
            lock = self._lock_for(path)
            if not lock.tryLock(0):
                return True
        except OSError:
            return False
        if mine:
            self.lock = lock  # the other window let it go: this one holds it from now on
        else:
            lock.unlock()
        return False
