"""Two windows (in one process, and two real processes) on different files and on
the same file: a save never silently drops what another window or program saved."""

from __future__ import annotations

import json
import os
import signal
import time
from pathlib import Path

import pytest

from readiness_app.core.document import load_document
from tests.helpers import ALL_SIGNALS

from .driver import answer
from .test_autosave import _finish, _lines_until, _run_app, autosaved


def client_file(path: Path, company: str, notes: dict[str, str] | None = None) -> Path:
    path.write_text(json.dumps({"format": "readiness-app/assessment", "format_version": 2,
                                "questionnaire": "mlops-readiness", "questionnaire_version": "2026.1",
                                "created": "2026-01-05T10:00:00Z", "modified": "2026-01-05T10:00:00Z",
                                "answers": {**ALL_SIGNALS, "company_name": company}, "notes": notes or {}}))
    return path


class Conflicts:
    """Answers the 'file changed' question as told, and records each time it is asked."""

    def __init__(self, monkeypatch, *windows, choice: str = "cancel"):
        self.asked: list[tuple[str, bool]] = []
        self.choice = choice
        for window in windows:
            monkeypatch.setattr(window, "ask_conflict", self._ask, raising=False)

    def _ask(self, path: Path, changed: bool) -> str:
        self.asked.append((path.name, changed))
        return self.choice


def test_two_windows_on_different_files_save_without_a_question(qtbot, make_window, dialogs, tmp_path,
                                                                 monkeypatch, data_dir):
    first, second = make_window(), make_window()
    a, b = client_file(tmp_path / "a.json", "Alpha"), client_file(tmp_path / "b.json", "Beta")
    assert first.open_path(a) and second.open_path(b)
    conflicts = Conflicts(monkeypatch, first, second)
    answer(qtbot, first, "company_name", "Alpha Two")
    answer(qtbot, second, "company_name", "Beta Two")
    qtbot.waitUntil(lambda: {"Alpha Two", "Beta Two"} <= set(autosaved(data_dir)), timeout=3000)
    assert first.save() and second.save()
    assert conflicts.asked == []
    assert load_document(a)[0].answers["company_name"] == "Alpha Two"
    assert load_document(b)[0].answers["company_name"] == "Beta Two"


def test_two_windows_on_the_same_file_never_drop_the_others_notes(qtbot, make_window, dialogs, tmp_path,
                                                                  monkeypatch, data_dir):
    client = client_file(tmp_path / "client.json", "Client")
    first, second = make_window(), make_window()
    assert first.open_path(client) and second.open_path(client)
    conflicts = Conflicts(monkeypatch, first, second, choice="overwrite")
    second.model.set_note("company", "Second window's note")
    assert second.save()  # asked first: the file is open in the other window
    assert conflicts.asked == [("client.json", False)]
    assert load_document(client)[0].notes == {"company": "Second window's note"}

    first.model.set_note("company", "First window's note")
    conflicts.choice = "reload"
    assert not first.save()  # the file changed since the first window opened it
    assert conflicts.asked[-1] == ("client.json", True)
    # the first window now shows what the second saved, and its own version is kept aside
    assert first.model.notes == {"company": "Second window's note"}
    assert not first.isWindowModified()
    kept = [json.loads(p.read_text()) for p in (data_dir / "set-aside").glob("*.json")]
    assert [k["notes"] for k in kept] == [{"company": "First window's note"}]
    assert "your version is kept" in first.statusBar().currentMessage()


def test_a_file_changed_by_another_program_asks_before_saving(qtbot, window, dialogs, tmp_path, monkeypatch):
    client = client_file(tmp_path / "client.json", "Client")
    assert window.open_path(client)
    time.sleep(0.01)
    client_file(client, "Changed Elsewhere", {"company": "Written by a colleague"})
    conflicts = Conflicts(monkeypatch, window, choice="cancel")
    answer(qtbot, window, "company_name", "Mine")
    assert not window.save()
    assert conflicts.asked == [("client.json", True)]
    assert load_document(client)[0].notes == {"company": "Written by a colleague"}
    assert window.isWindowModified()
    # Save As writes elsewhere and leaves the colleague's file alone
    conflicts.choice = "save_as"
    dialogs.save_file = str(tmp_path / "mine.json")
    assert window.save()
    assert load_document(tmp_path / "mine.json")[0].answers["company_name"] == "Mine"
    assert load_document(client)[0].answers["company_name"] == "Changed Elsewhere"
    # a file only touched (same content) is no conflict
    os.utime(tmp_path / "mine.json", None)
    answer(qtbot, window, "company_name", "Mine Again")
    assert window.save()
    assert len(conflicts.asked) == 2  # the two saves onto the changed file, none since


def test_the_conflict_question_offers_reload_save_as_and_overwrite(qtbot, window, tmp_path):
    client = client_file(tmp_path / "client.json", "Client")
    assert window.open_path(client)
    box = window.conflict_box(client, changed=True)
    names = [b.objectName() for b in box.buttons()]
    assert sorted(names) == ["cancel", "overwrite", "reload", "save_as"]
    assert "client.json" in box.text() and "changed on disk" in box.text()
    assert "Reload" in box.informativeText()
    box.deleteLater()
    box = window.conflict_box(client, changed=False)  # open in another window: nothing new to reload
    assert sorted(b.objectName() for b in box.buttons()) == ["cancel", "overwrite", "save_as"]
    assert "another window" in box.text() and "Reload" not in box.informativeText()
    box.deleteLater()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_two_real_instances_keep_their_own_work_and_a_killed_ones_is_offered_back(tmp_path):
    data_dir = tmp_path / "user-data"
    client = client_file(tmp_path / "client.json", "Client")
    first = _run_app(data_dir, "--type", " Alpha", "--every-ms", "20", str(client))
    try:
        _lines_until(first, "STARTED")
        _lines_until(first, "TYPED 6")
        deadline = time.monotonic() + 10
        while "Client Alpha" not in autosaved(data_dir) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert "Client Alpha" in autosaved(data_dir)
        # a second instance started meanwhile: the first one's autosave is not a crash
        second = _run_app(data_dir, "--quit", str(client))
        out, err = _finish(second)
        assert "STARTED Client" in out, err
        assert "QUESTION" not in out
        assert "Client Alpha" in autosaved(data_dir)
        from readiness_app.ui.autosave import OpenFileLock

        os.environ["READINESS_APP_DATA_DIR"] = str(data_dir)
        try:
            assert OpenFileLock().open_elsewhere(client)  # another instance has the file open
        finally:
            del os.environ["READINESS_APP_DATA_DIR"]
        os.kill(first.pid, signal.SIGKILL)
        first.wait(10)
    finally:
        first.kill()
        first.wait(10)
    # the first one was killed: its lock has no owner now, and its work is offered back
    third = _run_app(data_dir, "--quit")
    out, err = _finish(third)
    assert "QUESTION" in out and "Client Alpha" in out, err
    assert "STARTED Client Alpha" in out
