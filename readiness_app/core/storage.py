"""Writing files so that a failure never leaves half a file or destroys the old one.

A save goes into a new file beside its target and replaces the target in one
step, so the old file survives any failure. The new file takes the place of
the old one as the user would expect of an edit in place: it keeps the old
file's mode and (where permitted) owner, a symbolic link is followed and its
target replaced (the link stays a link), and a new file gets the permissions
any other program would give it (the user's umask or the folder's default ACL).
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, BinaryIO

from .errors import OutputError

_OPEN_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)


def check_target(path: Path) -> None:
    """Fail early, with a clear message, when ``path`` cannot be written."""
    path = _followed(Path(path))
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise OutputError(path, "is a folder; give a file name")
    if not folder.exists():
        raise OutputError(path, f"the folder {folder} does not exist")
    if not folder.is_dir():
        raise OutputError(path, f"{folder} is not a folder")
    if not os.access(folder, os.W_OK):
        raise OutputError(path, f"the folder {folder} is not writable")


def same_file(a: str | Path, b: str | Path) -> bool:
    """Whether two paths name the same file: the same path once links and ``..``
    are resolved, or (when both exist) the same file on disk, hard links included."""
    with contextlib.suppress(OSError, ValueError):
        if os.path.samefile(a, b):
            return True
    return os.path.realpath(a) == os.path.realpath(b)


def refuse_overwriting(outputs: Mapping[str, str | Path | None], inputs: Mapping[str, str | Path | None]) -> None:
    """Refuse, before anything is written, an output that is one of the inputs or
    another output. Keys are what the user calls each file (``"the JSON result"``)."""
    given_outputs = [(name, Path(p)) for name, p in outputs.items() if p is not None]
    given_inputs = [(name, Path(p)) for name, p in inputs.items() if p is not None]
    for i, (out_name, out) in enumerate(given_outputs):
        for in_name, source in given_inputs:
            if same_file(out, source):
                raise OutputError(out, f"is the same file as {in_name} {source}; writing {out_name} there would "
                                       "destroy it. Give another file name; nothing was written")
        for other_name, other in given_outputs[i + 1:]:
            if same_file(out, other):
                raise OutputError(out, f"is the same file as {other_name} {other}; {out_name} and {other_name} "
                                       "need two different files. Nothing was written")


def _followed(path: Path) -> Path:
    """The file a save to ``path`` replaces: the target of a symbolic link."""
    if path.is_symlink():
        return Path(os.path.realpath(path))
    return path


def _create_beside(path: Path, folder: Path, mode: int) -> tuple[int, Path]:
    """A new, empty, exclusive file in ``folder`` with a name no one else uses.

    It is created with ``mode`` through ``open(2)``, so the kernel applies the
    umask, or the folder's default ACL, as it does for any program: reading the
    umask would need ``os.umask``, which changes it for the whole process for a
    moment and races with threads creating files."""
    for _ in range(100):
        tmp = folder / f".{path.name}.{os.urandom(5).hex()}.tmp"
        try:
            return os.open(tmp, _OPEN_FLAGS, mode), tmp
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name beside {path}")


def _keep_owner_and_mode(fd: int, old: os.stat_result) -> None:
    """Give the new file the owner and permissions of the file it replaces."""
    # Ownership first (changing it can clear the set-id bits); a user who may
    # not give the file away keeps it as theirs, with the same mode.
    if hasattr(os, "fchown"):
        with contextlib.suppress(OSError):
            os.fchown(fd, old.st_uid, old.st_gid)
    if hasattr(os, "fchmod"):
        os.fchmod(fd, stat.S_IMODE(old.st_mode))


def atomic_write(path: str | Path, write: Callable[[BinaryIO], object]) -> Path:
    """Write through ``write(file)`` into a temporary file beside ``path``, then
    replace ``path`` in one step. On any error the old file is left untouched."""
    path = Path(path)
    check_target(path)
    target = _followed(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        old: os.stat_result | None = os.stat(target)
    except OSError:
        old = None
    try:
        # A file that replaces another starts private and then takes the old
        # file's mode; a new file is created as any program would create it.
        fd, tmp = _create_beside(target, folder, 0o600 if old is not None else 0o666)
    except OSError as exc:
        raise OutputError(path, f"cannot write in {folder}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            if old is not None:
                _keep_owner_and_mode(handle.fileno(), old)
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise OutputError(path, f"could not be written: {exc.strerror or exc}; any existing file is unchanged") from None
    except UnicodeEncodeError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise _unencodable(path, exc.object[exc.start:exc.end]) from None
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    # The folder is not synced: after a power cut the name holds the old file
    # or the new one, both complete, and syncing it would slow every save.
    return path


def _unencodable(path: str | Path, chars: str, where: str | None = None) -> OutputError:
    codes = ", ".join(f"U+{ord(c):04X}" for c in chars) or "?"
    place = f" in {where}" if where else ""
    return OutputError(path, f"cannot be saved: the text{place} contains a character that is not valid text "
                             f"({codes}, often left by a bad copy-paste); remove it and save again. "
                             "Nothing was written; any existing file is unchanged")


def atomic_write_bytes(path: str | Path, data: bytes) -> Path:
    return atomic_write(path, lambda handle: handle.write(data))


def atomic_write_text(path: str | Path, text: str) -> Path:
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise _unencodable(path, exc.object[exc.start:exc.end]) from None
    return atomic_write_bytes(path, data)


def model_json(path: str | Path, model: Any, *, indent: int | None = 2) -> str:
    """``model.model_dump_json(indent=...)`` plus a final newline; text that JSON
    cannot carry (a lone surrogate) is an :class:`OutputError` naming the field."""
    try:
        text = str(model.model_dump_json(indent=indent)) + "\n"
        text.encode("utf-8")  # some models serialise such text as it is: the write would fail
        return text
    except ValueError:  # pydantic's serialisation error and UnicodeEncodeError are ValueErrors
        found = _first_unencodable(model.model_dump(mode="python"), "")
        if found is None:
            raise
        where, chars = found
        raise _unencodable(path, chars, where or None) from None


def atomic_write_json(path: str | Path, model: Any, *, indent: int | None = 2) -> Path:
    """Write a pydantic model as JSON, atomically (see :func:`model_json`)."""
    return atomic_write_text(path, model_json(path, model, indent=indent))


def _first_unencodable(value: object, where: str) -> tuple[str, str] | None:
    """The place (a dotted path) and the characters of the first text that UTF-8 cannot encode."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            return where, exc.object[exc.start:exc.end]
        return None
    items: Iterable[tuple[object, object]]
    if isinstance(value, Mapping):
        items = value.items()
    elif isinstance(value, (list, tuple, set, frozenset)):
        items = enumerate(value)
    else:
        return None
    for key, item in items:
        if isinstance(key, str):
            found = _first_unencodable(key, where)
            if found is not None:
                return found
        found = _first_unencodable(item, f"{where}.{key}" if where else str(key))
        if found is not None:
            return found
    return None
