"""No network during the tests, checked where every Python connection starts.

Installed once for the whole test session (see ``conftest.py``):

* ``socket.socket`` is replaced by a subclass that refuses every family but
  ``AF_UNIX``, whatever the type (TCP, UDP, raw) and whatever the call that
  follows (connect, sendto, bind): the socket is never usable. ``AF_UNIX``
  stays allowed because it cannot leave the machine and local machinery relies
  on it (Qt's platform and accessibility plumbing over D-Bus, ``socketpair``
  for event loops and subprocesses); ``AF_NETLINK`` and ``AF_PACKET`` are
  refused because only network code needs them.
* Name lookups (``getaddrinfo``, ``gethostbyname``, ...) are refused, so a
  lookup that would leak a name to a DNS server is caught even without a socket.
* ``PySide6.QtNetwork`` cannot be imported: Qt's own networking is C++ a
  Python guard cannot see, so the app must never load it.

Every attempt is recorded with a short description; the session fixture makes
the test during which one happened fail, even if the code caught the error.
"""

from __future__ import annotations

import importlib.abc
import socket
import sys
from collections.abc import Callable, Sequence
from typing import Any

ALLOWED_FAMILIES = frozenset({getattr(socket, "AF_UNIX", -1)})
LOOKUPS = ("getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr", "getnameinfo", "getfqdn")
FORBIDDEN_MODULES = ("PySide6.QtNetwork", "PyQt6.QtNetwork")

attempts: list[str] = []
listeners: list[list[str]] = []
_original: dict[str, Any] = {}


class NetworkBlocked(RuntimeError):
    """Raised where a test run would have used the network (not an OSError, so
    code that quietly handles network failures cannot swallow it unseen)."""


def record(what: str) -> NetworkBlocked:
    attempts.append(what)
    for listener in listeners:
        listener.append(what)
    return NetworkBlocked(f"network access attempted during the tests: {what}")


class GuardedSocket(socket.socket):
    """A socket that exists only for local (``AF_UNIX``) use."""

    def __init__(self, family: int = -1, type: int = -1, proto: int = -1, fileno: int | None = None) -> None:
        super().__init__(family, type, proto, fileno)
        if self.family not in ALLOWED_FAMILIES:
            description = f"socket({_name(self.family)}, {_name(self.type)})"
            self.close()
            raise record(description)


def _name(value: object) -> str:
    return getattr(value, "name", str(value))


def _blocked_lookup(name: str) -> Callable[..., Any]:
    def lookup(*args: Any, **_kwargs: Any) -> Any:
        raise record(f"{name}{args!r}")

    lookup.__name__ = name
    return lookup


class _QtNetworkBlocker(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname: str, path: Sequence[str] | None, target: object = None) -> None:
        if fullname in FORBIDDEN_MODULES:
            raise ImportError(str(record(f"import {fullname}")), name=fullname)
        return None


_blocker = _QtNetworkBlocker()


def install() -> None:
    """Guard the process for good (idempotent)."""
    if _original:
        return
    _original["socket"] = socket.socket
    socket.socket = GuardedSocket  # type: ignore[misc]
    for name in LOOKUPS:
        _original[name] = getattr(socket, name)
        setattr(socket, name, _blocked_lookup(name))
    sys.meta_path.insert(0, _blocker)
    for name in FORBIDDEN_MODULES:
        if name in sys.modules:
            record(f"{name} was imported before the tests started")


def uninstall() -> None:
    """Put the real socket module back (used only to prove the guard itself)."""
    if not _original:
        return
    socket.socket = _original.pop("socket")  # type: ignore[misc]
    for name in LOOKUPS:
        setattr(socket, name, _original.pop(name))
    if _blocker in sys.meta_path:
        sys.meta_path.remove(_blocker)
