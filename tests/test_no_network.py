"""The guard behind "the app never uses the network" catches every way out:
any socket family and call, a name lookup, and Qt's network module; and it
holds for every test, not only those that ask for it."""

from __future__ import annotations

import socket

import pytest

from tests import network_guard


@pytest.fixture
def caught(no_network):
    """The attempts this test makes on purpose, taken off the session's record."""
    yield no_network
    if no_network:
        del network_guard.attempts[-len(no_network):]


def test_a_udp_datagram_is_caught(caught):
    with pytest.raises(Exception):  # noqa: B017 - whichever error the guard raises
        udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        try:
            udp.sendmsg([b"ping"], [], 0, ("127.0.0.1", 9))
        finally:
            udp.close()
    assert caught, "a UDP datagram went out unseen"


def test_a_udp_sendto_is_caught(caught):
    with pytest.raises(Exception):  # noqa: B017
        udp = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
        try:
            udp.sendto(b"ping", ("::1", 9))
        finally:
            udp.close()
    assert caught


@pytest.mark.parametrize("lookup", [
    lambda: socket.gethostbyname("example.com"),
    lambda: socket.gethostbyname_ex("example.com"),
    lambda: socket.getaddrinfo("example.com", 443),
    lambda: socket.create_connection(("example.com", 443), timeout=1),
], ids=["gethostbyname", "gethostbyname_ex", "getaddrinfo", "create_connection"])
def test_a_host_lookup_is_caught(caught, lookup):
    with pytest.raises(Exception):  # noqa: B017
        lookup()
    assert caught


def test_every_test_is_guarded_not_only_those_that_ask():
    assert issubclass(socket.socket, network_guard.GuardedSocket)
    attempts = len(network_guard.attempts)
    with pytest.raises(network_guard.NetworkBlocked):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    # recorded even when the code swallows the error: the test would then fail
    assert len(network_guard.attempts) == attempts + 1
    del network_guard.attempts[attempts:]


def test_local_sockets_stay_usable():
    """Qt, D-Bus and event loops talk over local sockets; those never leave the machine."""
    a, b = socket.socketpair()
    with a, b:
        a.sendall(b"local")
        assert b.recv(5) == b"local"


def test_qt_network_module_cannot_be_loaded(caught):
    with pytest.raises(ImportError):
        import PySide6.QtNetwork  # noqa: F401
    assert caught == ["import PySide6.QtNetwork"]


def test_the_processes_the_tests_start_are_guarded_too():
    """The command line runs in its own process (tests.helpers.run_cli): the same guard holds there."""
    import subprocess
    import sys

    code = "import socket; socket.socket(socket.AF_INET, socket.SOCK_DGRAM).sendto(b'x', ('127.0.0.1', 9))"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode != 0 and "network access attempted" in proc.stderr, proc.stderr
