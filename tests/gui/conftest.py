"""Qt test fixtures: the window is built in a fixture, the data folder points
at tmp_path, and every modal dialog is patched to answer as the test says."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QDesktopServices  # noqa: E402
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox  # noqa: E402


class Dialogs:
    """Records every dialog the app shows and answers it like a user would."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []
        self.answers: dict[str, Any] = {}
        self.open_file: str = ""
        self.save_file: str = ""
        self.urls: list[str] = []

    def _message(self, kind: str, default: Any):
        def show(_parent, title, text, *args, **kwargs):
            self.shown.append((kind, title, text))
            return self.answers.get(kind, default)
        return show

    def kinds(self) -> list[str]:
        return [k for k, _t, _x in self.shown]

    def last(self, kind: str) -> str:
        texts = [f"{t}\n{x}" for k, t, x in self.shown if k == kind]
        assert texts, f"no {kind} dialog was shown (shown: {self.shown})"
        return texts[-1]


@pytest.fixture(scope="session", autouse=True)
def _qt_network_never_loaded():
    """After every wizard test has run, Qt's network module was never loaded
    (its C++ sockets are out of reach of the Python socket guard)."""
    yield
    import sys

    loaded = sorted(name for name in sys.modules if name.endswith(".QtNetwork"))
    assert not loaded, f"the wizard loaded Qt's network module: {loaded}"


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "user-data"
    monkeypatch.setenv("READINESS_APP_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    d = Dialogs()
    monkeypatch.setattr(QMessageBox, "warning", d._message("warning", QMessageBox.StandardButton.Discard))
    monkeypatch.setattr(QMessageBox, "question", d._message("question", QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QMessageBox, "critical", d._message("critical", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "information", d._message("information", QMessageBox.StandardButton.Ok))

    def get_open(*_args, **_kwargs):
        d.shown.append(("open-dialog", "", d.open_file))
        return d.open_file, ""

    def get_save(_parent, title, start, *_args, **_kwargs):
        d.shown.append(("save-dialog", title, start))
        return d.save_file, ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", get_open)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save)

    def open_url(url):
        d.urls.append(url.toLocalFile())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    return d


@pytest.fixture
def make_window(qtbot, dialogs, data_dir):
    """Build (and show) a main window, as the app does at start."""
    from readiness_app.ui.app import create_window

    def make():
        _app, window = create_window()
        qtbot.addWidget(window)
        window.resize(1280, 720)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def window(make_window):
    return make_window()


@pytest.fixture
def in_language(monkeypatch, tmp_path):
    """The app's own words in the language asked for (the translators are removed afterwards)."""

    def use(lang: str) -> None:
        monkeypatch.setenv("READINESS_APP_LANGUAGE", lang)
        monkeypatch.setenv("READINESS_APP_CACHE_DIR", str(tmp_path / "cache"))

    yield use
    app = QApplication.instance()
    for translator in getattr(app, "_translators", []):
        app.removeTranslator(translator)
    if app is not None:
        app._translators = []
