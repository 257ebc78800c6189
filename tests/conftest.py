from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hypothesis import settings  # noqa: E402

# On CI the property tests replay the same examples every run, so a result
# depends on the commit, not on the draw; locally they keep exploring.
settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

from readiness_app.core import assess, load_ruleset, validate_answers  # noqa: E402


@pytest.fixture(scope="session")
def ruleset():
    return load_ruleset()


@pytest.fixture
def score(ruleset):
    """Validate and assess a dict of answers, as the CLI does."""

    def run(raw, lang="en"):
        return assess(ruleset, validate_answers(ruleset.questionnaire, raw), lang)

    return run


@pytest.fixture
def no_network(monkeypatch):
    """Every way out to the network fails and is recorded: the list of attempts."""
    import socket

    attempts = []

    def blocked(*args, **_kwargs):
        attempts.append(args)
        raise OSError("network access attempted")

    for name in ("connect", "connect_ex", "sendto"):
        monkeypatch.setattr(socket.socket, name, blocked)
    monkeypatch.setattr(socket, "create_connection", blocked)
    monkeypatch.setattr(socket, "getaddrinfo", blocked)
    return attempts
