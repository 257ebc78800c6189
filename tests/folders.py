"""Real folders that refuse writes: a read-only folder and a full disk.

Tests run as root on CI, where permission bits stop nothing, so a read-only
folder is made immutable (``chattr +i``) or, where the file system does not
support that, a read-only bind mount; a full disk is a tiny tmpfs filled to
the last byte. Each is undone when the test ends, whatever happens; a test
that cannot have one is skipped with the reason.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import subprocess
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest


def _run(*cmd: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(cmd), capture_output=True, text=True, timeout=30, check=False)


def _populate(folder: Path, files: Mapping[str, bytes | str] | None) -> None:
    for name, content in (files or {}).items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            path.write_text(content, encoding="utf-8")
        else:
            path.write_bytes(content)


def _refuses_writes(folder: Path) -> bool:
    try:
        (folder / ".probe").write_bytes(b"")
    except OSError:
        return True
    (folder / ".probe").unlink()
    return False


@contextlib.contextmanager
def readonly_folder(folder: Path, files: Mapping[str, bytes | str] | None = None) -> Iterator[Path]:
    """``folder`` (created, with ``files`` in it) made read-only for everyone, root included."""
    folder.mkdir(parents=True, exist_ok=True)
    _populate(folder, files)
    reasons = []
    if shutil.which("chattr"):
        proc = _run("chattr", "+i", str(folder))
        if proc.returncode == 0:
            try:
                if _refuses_writes(folder):
                    yield folder
                    return
                reasons.append("chattr +i did not stop writes")
            finally:
                _run("chattr", "-i", str(folder))
        else:
            reasons.append(f"chattr +i: {proc.stderr.strip() or proc.returncode}")
    else:
        reasons.append("no chattr")
    proc = _run("mount", "--bind", str(folder), str(folder))
    if proc.returncode != 0:
        reasons.append(f"mount --bind: {proc.stderr.strip() or proc.returncode}")
        pytest.skip("no way to make a read-only folder here: " + "; ".join(reasons))
    try:
        proc = _run("mount", "-o", "remount,ro,bind", str(folder))
        if proc.returncode != 0 or not _refuses_writes(folder):
            reasons.append(f"remount,ro: {proc.stderr.strip() or 'writes still allowed'}")
            pytest.skip("no way to make a read-only folder here: " + "; ".join(reasons))
        yield folder
    finally:
        _unmount(folder)


@contextlib.contextmanager
def full_disk_folder(folder: Path, files: Mapping[str, bytes | str] | None = None,
                     size: str = "64k") -> Iterator[Path]:
    """``folder`` on its own tiny file system holding ``files``, with no byte left free."""
    folder.mkdir(parents=True, exist_ok=True)
    proc = _run("mount", "-t", "tmpfs", "-o", f"size={size},mode=0777", "tmpfs", str(folder))
    if proc.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs for a full disk: {proc.stderr.strip() or proc.returncode}")
    try:
        _populate(folder, files)
        _fill(folder / ".filler")
        yield folder
    finally:
        _unmount(folder)


def _fill(path: Path) -> None:
    """Take every free byte of the file system ``path`` lives on."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for chunk in (65536, 4096, 1):
            block = b"\0" * chunk
            while True:
                try:
                    if os.write(fd, block) < chunk:
                        break
                except OSError as exc:
                    if exc.errno != errno.ENOSPC:
                        raise
                    break
    finally:
        os.close(fd)


def _unmount(folder: Path) -> None:
    if _run("umount", str(folder)).returncode != 0:
        _run("umount", "-l", str(folder))


def listing(folder: Path) -> list[str]:
    """The names in ``folder`` a user would see (the filler of a full disk left out)."""
    return sorted(p.name for p in folder.iterdir() if p.name != ".filler")
