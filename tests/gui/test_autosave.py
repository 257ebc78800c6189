"""Autosave: one per open document, a live window's never offered as a crash, each
crashed document offered back, set-aside copies never overwritten, bad autosaves
never stopping the start, and autosave within a bounded delay even while typing
(in a real process killed with SIGKILL)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from tests.helpers import ALL_SIGNALS, ROOT

from .driver import answer

Yes, No = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


def autosaved(data_dir: Path) -> dict[str, Path]:
    """The company name in every autosave in the data folder (set-aside copies apart)."""
    found = {}
    for path in data_dir.rglob("*.json"):
        if "set-aside" in path.parts:
            continue
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        found[str(data.get("answers", {}).get("company_name"))] = path
    return found


def set_aside(data_dir: Path) -> list[str]:
    """The company name in every copy set aside."""
    return sorted(str(json.loads(p.read_text())["answers"].get("company_name"))
                  for p in (data_dir / "set-aside").glob("*.json"))


def crash(window) -> None:
    """The window's process dies: no close, no prompt, its autosave lock left without an owner."""
    window.autosaver.flush()
    window.autosaver.timer.stop()
    window.autosaver.deadline.stop()
    window.autosaver.lock.unlock()
    window.autosaver.lock = window.autosaver.name = None
    window.file_lock.release()
    window.model.set_modified(False)
    window.hide()


def test_a_live_windows_autosave_is_never_offered_and_each_window_has_its_own(qtbot, make_window, dialogs,
                                                                              data_dir):
    first = make_window()
    answer(qtbot, first, "company_name", "Alpha")
    qtbot.waitUntil(lambda: "Alpha" in autosaved(data_dir), timeout=3000)
    second = make_window()
    second.startup(None)
    assert "question" not in dialogs.kinds()  # the first window is alive: nothing crashed
    answer(qtbot, second, "company_name", "Beta")
    qtbot.waitUntil(lambda: "Beta" in autosaved(data_dir), timeout=3000)
    assert set(autosaved(data_dir)) == {"Alpha", "Beta"}  # the second never replaced the first's
    assert first.model.answers["company_name"] == "Alpha"


def test_after_a_crash_each_documents_work_is_offered_back(qtbot, make_window, dialogs, data_dir):
    alpha, beta = make_window(), make_window()
    answer(qtbot, alpha, "company_name", "Alpha")
    answer(qtbot, beta, "company_name", "Beta")
    qtbot.waitUntil(lambda: {"Alpha", "Beta"} <= set(autosaved(data_dir)), timeout=3000)
    crash(alpha)
    crash(beta)

    third = make_window()
    dialogs.answers["question"] = Yes
    third.startup(None)
    questions = [text for kind, _title, text in dialogs.shown if kind == "question"]
    assert len(questions) == 2
    assert any("Alpha" in q for q in questions) and any("Beta" in q for q in questions)
    from readiness_app.ui import main_window

    others = list(main_window._windows)
    for other in others:
        qtbot.addWidget(other)
    restored = {w.model.answers.get("company_name") for w in [third, *others]}
    assert restored == {"Alpha", "Beta"}
    assert all(w.isWindowModified() for w in [third, *others])
    # restored work goes on being autosaved under the restoring window's lock: not a crash any more
    fourth = make_window()
    dialogs.shown.clear()
    fourth.startup(None)
    assert "question" not in dialogs.kinds()


@pytest.mark.parametrize("hard_links", [True, False])
def test_declined_autosaves_are_kept_side_by_side(qtbot, make_window, dialogs, data_dir, monkeypatch, hard_links):
    if not hard_links:  # a FAT drive: no hard links

        def no_link(*_args, **_kwargs):
            raise PermissionError(1, "Operation not permitted")

        monkeypatch.setattr(os, "link", no_link)
    dialogs.answers["question"] = No
    for company in ("First Client", "Second Client", "Third Client"):
        window = make_window()
        window.startup(None)  # declines what the previous one left
        answer(qtbot, window, "company_name", company)
        qtbot.waitUntil(lambda c=company: c in autosaved(data_dir), timeout=3000)
        crash(window)
    make_window().startup(None)
    assert set_aside(data_dir) == ["First Client", "Second Client", "Third Client"]
    assert autosaved(data_dir) == {}


@pytest.mark.parametrize("content", ["{ not json at all", "[" * 100_000 + "]" * 100_000, "\x00\x01binary"])
def test_a_bad_autosave_is_set_aside_and_the_file_named_on_the_command_line_opens(qtbot, make_window, dialogs,
                                                                                  data_dir, tmp_path, content):
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "autosave.json").write_text(content)  # where earlier versions kept their single autosave
    client = tmp_path / "client.json"
    client.write_text(json.dumps({"format": "readiness-app/assessment", "format_version": 2,
                                  "questionnaire": "mlops-readiness", "questionnaire_version": "2026.1",
                                  "created": "2026-01-05T10:00:00Z", "modified": "2026-01-05T10:00:00Z",
                                  "answers": {**ALL_SIGNALS}, "notes": {}}))
    window = make_window()
    window.startup(client)
    assert "Cannot restore unsaved work" in dialogs.last("critical")
    assert window.model.path == client
    assert window.model.answers["company_name"] == ALL_SIGNALS["company_name"]
    # the first edit writes a new autosave; the unreadable one is kept as it was
    answer(qtbot, window, "company_name", "Edited")
    window.autosaver.flush()
    kept = list((data_dir / "set-aside").glob("*.json"))
    assert [p.read_text() for p in kept] == [content]


def test_autosave_is_written_within_two_seconds_while_the_user_keeps_typing(qtbot, window, data_dir):
    edit = window.pages[0].blocks["company_name"].input.edit
    typed: list[tuple[float, str]] = []
    text = "Steady Typist Consulting " * 4
    latest_lag = 0.0

    def type_one() -> None:
        nonlocal latest_lag
        edit.end(False)
        edit.insert(text[len(typed)])
        typed.append((time.monotonic(), edit.text().strip()))
        saved = autosaved(data_dir)
        if saved:  # how far behind the typing the autosave is
            name = next(iter(saved))
            when = next((t for t, value in typed if value == name), None)
            latest_lag = max(latest_lag, typed[-1][0] - when) if when is not None else latest_lag

    timer = QTimer()
    timer.timeout.connect(type_one)
    timer.start(60)  # never a 250 ms pause
    qtbot.waitUntil(lambda: len(typed) >= 60, timeout=20000)
    timer.stop()
    assert typed[-1][0] - typed[0][0] > 3
    saved = autosaved(data_dir)
    assert saved, "nothing was autosaved while the user typed"
    assert 0 < latest_lag < 2.6


def _run_app(data_dir: Path, *args: str) -> subprocess.Popen:
    path = os.pathsep.join(p for p in (os.environ.get("PYTHONPATH"), str(ROOT)) if p)  # the tests' guards stay
    env = {**os.environ, "READINESS_APP_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": path}
    return subprocess.Popen([sys.executable, "-m", "tests.gui.app_process", *args], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _finish(process: subprocess.Popen, timeout: float = 60) -> tuple[str, str]:
    """The output of an app process run to its end; one that hangs is killed (never left behind)."""
    try:
        return process.communicate(timeout=timeout)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()


def _lines_until(process: subprocess.Popen, prefix: str, timeout: float = 60) -> list[str]:
    lines = []
    deadline = time.monotonic() + timeout
    assert process.stdout is not None
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        lines.append(line.strip())
        if line.startswith(prefix):
            return lines
    raise AssertionError(f"no {prefix!r} from the app: {lines} {process.stderr.read() if process.stderr else ''}")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_kill_9_while_typing_loses_at_most_the_last_seconds(tmp_path):
    data_dir = tmp_path / "user-data"
    text = "".join(f"{i:03d}," for i in range(60))  # the length typed shows in the text itself
    app = _run_app(data_dir, "--type", text, "--every-ms", "40")
    try:
        _lines_until(app, "STARTED")
        typed = []
        while len(typed) < 100:  # about four seconds of steady typing
            line = app.stdout.readline()
            if line.startswith("TYPED"):
                _, count, when = line.split()
                typed.append((int(count), float(when)))
        killed_at = time.time()
        os.kill(app.pid, signal.SIGKILL)
    finally:
        app.kill()
        app.wait(10)
    saved = autosaved(data_dir)
    assert len(saved) == 1, saved
    company = next(iter(saved))
    assert text.startswith(company)
    # everything typed up to 2.5 seconds before the kill is in the autosave
    assert len(company) >= max(n for n, when in typed if when <= killed_at - 2.5)

    # the next start offers it back
    again = _run_app(data_dir, "--quit")
    out, err = _finish(again)
    assert "did not close normally" in out, err
    assert f"STARTED {company}" in out


def test_restored_work_and_the_file_named_on_the_command_line_each_get_a_window(qtbot, make_window, dialogs,
                                                                               data_dir, tmp_path):
    from readiness_app.ui import main_window

    first = make_window()
    answer(qtbot, first, "company_name", "Crashed Co")
    qtbot.waitUntil(lambda: "Crashed Co" in autosaved(data_dir), timeout=3000)
    crash(first)
    client = tmp_path / "client.json"
    client.write_text(json.dumps({"format": "readiness-app/assessment", "format_version": 2,
                                  "questionnaire": "mlops-readiness", "questionnaire_version": "2026.1",
                                  "created": "2026-01-05T10:00:00Z", "modified": "2026-01-05T10:00:00Z",
                                  "answers": {"company_name": "Named Co"}, "notes": {}}))
    second = make_window()
    dialogs.answers["question"] = Yes
    second.startup(client)
    for other in main_window._windows:
        qtbot.addWidget(other)
    assert "warning" not in dialogs.kinds()  # nobody is asked to drop the restored work
    assert second.model.answers["company_name"] == "Crashed Co" and second.isWindowModified()
    assert [w.model.path for w in main_window._windows] == [client]
    assert "Crashed Co" in autosaved(data_dir)


def test_locks_left_by_dead_windows_are_removed_at_start_and_live_ones_kept(qtbot, make_window, dialogs, data_dir,
                                                                            tmp_path):
    import socket

    live = make_window()
    client = tmp_path / "client.json"
    client.write_text(json.dumps({"format": "readiness-app/assessment", "format_version": 2,
                                  "questionnaire": "mlops-readiness", "questionnaire_version": "2026.1",
                                  "created": "2026-01-05T10:00:00Z", "modified": "2026-01-05T10:00:00Z",
                                  "answers": {"company_name": "Live Co"}, "notes": {}}))
    assert live.open_path(client)
    answer(qtbot, live, "company_name", "Live Co Edited")
    qtbot.waitUntil(lambda: "Live Co Edited" in autosaved(data_dir), timeout=3000)
    live_locks = set((data_dir / "autosave").glob("*.lock")) | set((data_dir / "open").glob("*.lock"))
    assert len(live_locks) == 2
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    stale = [data_dir / "autosave" / "gone-0123.lock", data_dir / "open" / "gone-4567.lock"]
    for path in stale:
        path.write_text(f"{dead.stdout.strip()}\npython\n{socket.gethostname()}\n")
    make_window().startup(None)
    assert "question" not in dialogs.kinds()
    assert not any(p.exists() for p in stale)
    assert all(p.exists() for p in live_locks)
