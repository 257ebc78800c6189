"""Saving, reopening, the unsaved-changes prompt, crash recovery and bad files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from readiness_app.core.document import load_document
from tests.helpers import ALL_SIGNALS

from .driver import answer, answer_page, click_next, complete, current_page, page_index, type_into
from .test_autosave import crash


def press(qtbot, window, sequence: str | QKeySequence.StandardKey) -> None:
    """Press a shortcut as the user would (Ctrl+S and friends)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    keys = QKeySequence(sequence)[0]
    qtbot.keyClick(window, keys.key(), keys.keyboardModifiers())


def test_save_and_reopen_gives_back_every_answer_and_note(qtbot, window, dialogs, tmp_path):
    complete(qtbot, window, ALL_SIGNALS)
    side = window.side.list
    qtbot.mouseClick(side.viewport(), Qt.MouseButton.LeftButton, pos=side.visualItemRect(side.item(0)).center())
    notes = current_page(window).notes
    type_into(qtbot, notes, "CTO wants a hire before Q3.")
    assert window.isWindowModified()
    assert window.windowTitle().startswith("Finlytics SAS[*]")  # named after the company until saved
    target = tmp_path / "finlytics.json"
    dialogs.save_file = str(target)
    press(qtbot, window, "Ctrl+S")
    assert target.is_file()
    assert not window.isWindowModified()
    assert "finlytics.json" in window.windowTitle()
    saved = json.loads(target.read_text())
    assert saved["format"] == "readiness-app/assessment" and saved["format_version"] == 2
    assert saved["notes"] == {"company": "CTO wants a hire before Q3."}

    other = type(window)()
    qtbot.addWidget(other)
    dialogs.open_file = str(target)
    other.show()
    press(qtbot, other, "Ctrl+O")
    assert other.model.answers == window.model.answers == ALL_SIGNALS
    assert other.pages[0].notes.toPlainText() == "CTO wants a hire before Q3."
    assert other.pages[0].blocks["company_name"].input.edit.text() == "Finlytics SAS"
    complete(qtbot, other, {})
    assert other.result_page.decision.text() == "Hire an MLOps engineer"
    assert target.resolve() in other.recent.paths()


def test_unsaved_changes_prompt_cancel_keeps_work_discard_drops_it(qtbot, window, dialogs):
    answer(qtbot, window, "company_name", "Acme")
    dialogs.answers["warning"] = QMessageBox.StandardButton.Cancel
    window.new_action.trigger()
    assert dialogs.kinds() == ["warning"]
    assert window.model.answers["company_name"] == "Acme"
    assert window.isWindowModified()
    dialogs.answers["warning"] = QMessageBox.StandardButton.Discard
    window.new_action.trigger()
    assert "company_name" not in window.model.answers
    assert not window.isWindowModified()
    assert window.pages[0].blocks["company_name"].input.edit.text() == ""


def test_unsaved_changes_prompt_on_close(qtbot, window, dialogs, tmp_path):
    answer(qtbot, window, "company_name", "Acme")
    dialogs.answers["warning"] = QMessageBox.StandardButton.Cancel
    assert not window.close()
    assert window.isVisible()
    dialogs.answers["warning"] = QMessageBox.StandardButton.Save
    dialogs.save_file = str(tmp_path / "acme")
    assert window.close()
    assert load_document(tmp_path / "acme.json")[0].answers["company_name"] == "Acme"


def test_no_prompt_without_changes(qtbot, window, dialogs):
    assert window.close()
    assert dialogs.shown == []


def autosave_of(qtbot, window) -> Path:
    """The window's autosave, once written."""
    qtbot.waitUntil(lambda: window.autosaver.path is not None and window.autosaver.path.is_file(), timeout=3000)
    return window.autosaver.path


def test_crash_leaves_an_autosave_that_the_next_start_restores(qtbot, make_window, dialogs, data_dir):
    first = make_window()
    answer_page(qtbot, first, ALL_SIGNALS)
    click_next(qtbot, first)
    answer(qtbot, first, "models_in_production", 12)
    autosave = autosave_of(qtbot, first)
    qtbot.waitUntil(lambda: load_document(autosave)[0].answers.get("models_in_production") == 12, timeout=3000)
    crash(first)

    second = make_window()
    dialogs.answers["question"] = QMessageBox.StandardButton.Yes
    second.startup(None)
    assert "did not close normally" in dialogs.last("question")
    assert "Finlytics SAS" in dialogs.last("question")
    assert second.model.answers["models_in_production"] == 12
    assert second.model.answers["sector"] == "finance"
    assert second.isWindowModified()
    assert second.pages[0].blocks["company_name"].input.edit.text() == "Finlytics SAS"


def test_declining_the_restore_keeps_a_copy_aside(qtbot, make_window, dialogs, data_dir):
    first = make_window()
    answer(qtbot, first, "company_name", "Lost & Found")
    autosave = autosave_of(qtbot, first)
    crash(first)
    second = make_window()
    dialogs.answers["question"] = QMessageBox.StandardButton.No
    second.startup(None)
    assert "company_name" not in second.model.answers
    assert not autosave.exists()
    kept = list((data_dir / "set-aside").glob("*.json"))
    assert len(kept) == 1
    assert load_document(kept[0])[0].answers["company_name"] == "Lost & Found"


def test_a_clean_close_leaves_no_autosave(qtbot, window, dialogs, data_dir, tmp_path):
    answer(qtbot, window, "company_name", "Acme")
    autosave = autosave_of(qtbot, window)
    dialogs.answers["warning"] = QMessageBox.StandardButton.Discard
    assert window.close()
    assert not autosave.exists()
    assert list((data_dir / "autosave").iterdir()) == []


def _good() -> dict:
    return {"format": "readiness-app/assessment", "format_version": 1, "questionnaire": "mlops-readiness",
            "questionnaire_version": "2026.1", "created": "2026-01-05T10:00:00Z",
            "modified": "2026-01-05T10:00:00Z", "answers": {"company_name": "Other Co"}, "notes": {}}


BAD_FILES = {
    "not-json": ("{ this is not json", "not valid JSON"),
    "newer-version": ({**_good(), "format_version": 7}, "newer readiness-app"),
    "unknown-question": ({**_good(), "answers": {"company_name": "X", "favourite_colour": "blue"}},
                         "favourite_colour: no such question"),
    "unknown-questionnaire": ({**_good(), "questionnaire": "data-team-readiness"},
                              "'data-team-readiness', a questionnaire this installation does not have"),
    "wrong-value": ({**_good(), "answers": {"models_in_production": "eight"}}, "expected a number"),
    "not-an-assessment": ([1, 2, 3], "not a readiness-app assessment"),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_files_open_with_a_clear_dialog_and_leave_the_work_alone(qtbot, window, dialogs, tmp_path, case):
    content, expected = BAD_FILES[case]
    path = tmp_path / f"{case}.json"
    path.write_text(content if isinstance(content, str) else json.dumps(content))
    answer(qtbot, window, "company_name", "Current Client")
    answer(qtbot, window, "company_stage", "startup")
    before = dict(window.model.answers)
    dialogs.answers["warning"] = QMessageBox.StandardButton.Discard
    dialogs.open_file = str(path)
    window.open_action.trigger()
    assert "critical" in dialogs.kinds()
    message = dialogs.last("critical")
    assert "Cannot open this file" in message
    assert expected in message
    assert path.name in message
    assert window.model.answers == before
    assert window.pages[0].blocks["company_name"].input.edit.text() == "Current Client"
    assert window.isWindowModified()
    assert page_index(window) == 0


def test_opening_a_file_from_the_command_line(qtbot, window, dialogs, tmp_path):
    path = tmp_path / "client.json"
    path.write_text(json.dumps({**_good(), "answers": {**ALL_SIGNALS}}))
    window.startup(Path(path))
    assert window.model.path == path
    assert window.model.answers["critical_models"] == 2
    assert "client.json" in window.windowTitle() and not window.isWindowModified()
