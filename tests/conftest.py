from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

import pytest

from tests import network_guard
from tests.folders import full_disk_folder, readonly_folder

# For the whole session, before any app module loads: no socket but a local
# one, no name lookup, no Qt network module (see tests/network_guard.py); the
# Python processes the tests start (the command line) load the same guard.
network_guard.install()
_SITE = str(Path(__file__).resolve().parent / "network_site")
os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (_SITE, os.environ.get("PYTHONPATH")) if p)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The tests read the built-in rules and bands, whatever own copies the machine's user keeps.
os.environ["READINESS_APP_CONFIG_DIR"] = tempfile.mkdtemp(prefix="readiness-config-")

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
def no_network():
    """The network attempts made during the test (the session's guard refuses them all)."""
    seen: list[str] = []
    network_guard.listeners.append(seen)
    yield seen
    network_guard.listeners.remove(seen)


@pytest.fixture(autouse=True)
def _never_the_network():
    """No test uses the network: an attempt fails the test, even when the code caught the error."""
    before = len(network_guard.attempts)
    yield
    made = network_guard.attempts[before:]
    if made:
        del network_guard.attempts[before:]
        pytest.fail("the network was used: " + "; ".join(made), pytrace=False)


@pytest.fixture
def readonly_dir(tmp_path):
    """``readonly_dir(files={name: content})``: a new folder holding those files
    in which no file can be created, replaced or removed, root included (the
    files already there stay writable, as in a folder without write
    permission); undone after the test."""
    with contextlib.ExitStack() as stack:
        count = iter(range(1000))

        def make(files=None):
            return stack.enter_context(readonly_folder(tmp_path / f"read-only-{next(count)}", files))

        yield make


@pytest.fixture
def full_disk_dir(tmp_path):
    """``full_disk_dir(files={name: content})``: a new folder on a tiny file system
    holding those files, with no byte left; unmounted after the test."""
    with contextlib.ExitStack() as stack:
        count = iter(range(1000))

        def make(files=None, size="64k"):
            return stack.enter_context(full_disk_folder(tmp_path / f"full-disk-{next(count)}", files, size))

        yield make


@pytest.fixture
def config(tmp_path, monkeypatch) -> Path:
    """A configuration folder of the user's own, empty (their own rules and bands go there)."""
    folder = tmp_path / "config"
    monkeypatch.setenv("READINESS_APP_CONFIG_DIR", str(folder))
    monkeypatch.setenv("READINESS_APP_NO_CACHE", "1")
    return folder
