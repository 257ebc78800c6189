"""The wizard never loses work: every bad file of the corpus opens with a clear
dialog and leaves the current work alone; a full disk during save, autosave or
export is a clear error with the previous files intact; nothing uses the network."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
import yaml
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from readiness_app.core.document import load_document
from tests.gui.driver import answer, complete
from tests.helpers import ALL_SIGNALS

BAD = Path(__file__).parent.parent / "data" / "bad" / "answers"
EXPECTED = yaml.safe_load((BAD / "expected.yaml").read_text())
# An unfinished assessment is still work one can open: the wizard shows what is
# missing or inconsistent on its pages instead of refusing the file.
OPENS_AS_UNFINISHED = {"missing-required.yaml", "critical-above-models.yaml"}


def _full_disk(*_args, **_kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_bad_file_of_the_corpus_opens_with_a_clear_dialog(qtbot, window, dialogs, name):
    answer(qtbot, window, "company_name", "Current Client")
    before = dict(window.model.answers)
    dialogs.answers["warning"] = QMessageBox.StandardButton.Discard
    dialogs.open_file = str(BAD / name)
    window.open_action.trigger()
    if name in OPENS_AS_UNFINISHED:
        assert "critical" not in dialogs.kinds()
        return
    message = dialogs.last("critical")
    assert EXPECTED[name] in message
    assert name in message
    assert window.model.answers == before
    assert window.isWindowModified()


def test_a_full_disk_during_save_keeps_the_previous_file_and_the_autosave(qtbot, window, dialogs, tmp_path,
                                                                          monkeypatch, data_dir):
    target = tmp_path / "client.json"
    complete(qtbot, window, ALL_SIGNALS)
    dialogs.save_file = str(target)
    assert window.save()
    previous = target.read_bytes()
    side = window.side.list
    qtbot.mouseClick(side.viewport(), Qt.MouseButton.LeftButton, pos=side.visualItemRect(side.item(0)).center())
    answer(qtbot, window, "company_name", "Renamed Client")
    window.autosaver.flush()
    autosaved = window.autosaver.path
    assert autosaved is not None and autosaved.is_file()
    monkeypatch.setattr(os, "fsync", _full_disk)
    assert not window.save()
    assert "No space left on device" in dialogs.last("critical")
    assert target.read_bytes() == previous
    assert window.isWindowModified()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".client")] == []
    # the autosave written before the disk filled up is intact and opens
    doc, _ = load_document(autosaved)
    assert doc.answers["company_name"] == "Renamed Client"


def test_a_full_disk_during_autosave_is_said_and_the_work_stays(qtbot, window, dialogs, monkeypatch, data_dir):
    answer(qtbot, window, "company_name", "First")
    window.autosaver.flush()
    autosaved = window.autosaver.path
    before = autosaved.read_bytes()
    monkeypatch.setattr(os, "fsync", _full_disk)
    answer(qtbot, window, "company_name", "Second")
    window.autosaver.flush()
    assert "Autosave failed" in window.statusBar().currentMessage()
    assert autosaved.read_bytes() == before
    assert window.model.answers["company_name"] == "Second"


def test_a_full_disk_during_export_keeps_the_previous_report(qtbot, window, dialogs, tmp_path, monkeypatch):
    complete(qtbot, window, ALL_SIGNALS)
    folder = tmp_path / "reports"
    folder.mkdir()
    target = folder / "report.pdf"
    target.write_bytes(b"%PDF-1.4 last week's report")
    dialogs.save_file = str(target)
    monkeypatch.setattr(os, "fsync", _full_disk)
    window.export_pdf()
    qtbot.waitUntil(lambda: window.job is None, timeout=20000)
    assert "No space left on device" in dialogs.last("critical")
    assert target.read_bytes() == b"%PDF-1.4 last week's report"
    assert sorted(p.name for p in folder.iterdir()) == ["report.pdf"]


def test_the_wizard_assessment_and_export_never_use_the_network(qtbot, make_window, dialogs, tmp_path,
                                                                 no_network):
    window = make_window()
    complete(qtbot, window, ALL_SIGNALS)
    dialogs.save_file = str(tmp_path / "report.pdf")
    window.export_pdf()
    qtbot.waitUntil(lambda: window.job is None, timeout=20000)
    assert (tmp_path / "report.pdf").stat().st_size > 10_000
    assert no_network == []


def test_closing_with_save_onto_a_full_disk_does_not_quit(qtbot, window, dialogs, full_disk_dir):
    folder = full_disk_dir()
    answer(qtbot, window, "company_name", "Unsaved Client")
    dialogs.answers["warning"] = QMessageBox.StandardButton.Save
    dialogs.save_file = str(folder / "client.json")
    assert not window.close()
    assert window.isVisible() and window.isWindowModified()
    message = dialogs.last("critical")
    assert "Cannot save" in message and "No space left on device" in message
    assert "stays open with all its changes" in message
    assert window.model.answers["company_name"] == "Unsaved Client"


def test_saving_into_a_read_only_folder_says_so_and_keeps_the_work(qtbot, window, dialogs, readonly_dir):
    folder = readonly_dir()
    answer(qtbot, window, "company_name", "Unsaved Client")
    dialogs.save_file = str(folder / "client.json")
    assert not window.save()
    assert "Cannot save" in dialogs.last("critical")
    assert window.isWindowModified()
    assert not (folder / "client.json").exists()


def test_text_that_cannot_be_written_keeps_the_window_open_with_a_dialog(qtbot, window, dialogs, tmp_path):
    answer(qtbot, window, "company_name", "Acme")
    window.model.doc.answers["company_name"] = "Acme \ud800 SA"  # as a hostile file could bring it
    dialogs.answers["warning"] = QMessageBox.StandardButton.Save
    dialogs.save_file = str(tmp_path / "acme.json")
    assert not window.close()
    assert window.isVisible() and window.isWindowModified()
    assert "Cannot save" in dialogs.last("critical")
    assert not (tmp_path / "acme.json").exists()


def test_text_is_checked_where_it_enters_and_what_is_written_opens_again(qtbot, window, dialogs, tmp_path):
    window.model.set_answer("company_name", "Acme\ud800 SA\x07")  # a bad copy-paste
    assert window.model.answers["company_name"] == "Acme\ufffd SA"
    assert "cannot be saved" in window.statusBar().currentMessage()
    window.model.add_respondent("Ana\ud83d", "CTO\x00")
    assert [(r.name, r.role) for r in window.model.respondents] == [("Ana\ufffd", "CTO")]
    dialogs.save_file = str(tmp_path / "acme.json")
    assert window.save()
    doc, _ = load_document(tmp_path / "acme.json")
    assert doc.answers["company_name"] == "Acme\ufffd SA"


def test_notes_keep_to_the_limit_reading_applies(qtbot, window, dialogs, tmp_path):
    from readiness_app.core.limits import MAX_NOTE_LENGTH

    notes = window.pages[0].notes
    notes.setPlainText("A long meeting. " * (MAX_NOTE_LENGTH // 16 + 100))  # a whole transcript pasted
    assert len(window.model.notes["company"]) == MAX_NOTE_LENGTH
    assert notes.toPlainText() == window.model.notes["company"]
    assert "limited to" in window.statusBar().currentMessage()
    dialogs.save_file = str(tmp_path / "long.json")
    assert window.save()
    assert load_document(tmp_path / "long.json")[0].notes["company"] == window.model.notes["company"]


def test_respondents_and_snapshots_keep_to_the_limits_reading_applies(qtbot, window, dialogs, monkeypatch):
    from readiness_app.core.errors import ReadinessError
    from readiness_app.ui import documents

    monkeypatch.setattr(documents, "MAX_RESPONDENTS", 2)
    monkeypatch.setattr(documents, "MAX_SNAPSHOTS", 1)
    window.model.add_respondent("Ana")
    window.model.add_respondent("Ben")
    with pytest.raises(ReadinessError, match="at most 2 respondents"):
        window.model.add_respondent("Cleo")
    assert [r.name for r in window.model.respondents] == ["Ana", "Ben"]
    window.model.show_respondent(None)
    for qid, value in ALL_SIGNALS.items():
        window.model.settle(qid, value)
    window.model.take_snapshot("Visit 1")
    with pytest.raises(ReadinessError, match="at most 1 snapshots"):
        window.model.take_snapshot("Visit 2")


@pytest.mark.parametrize("failure", [RecursionError("too deep"), ValueError("odd"), MemoryError()])
def test_every_error_a_file_can_cause_is_a_dialog_on_open_and_import(qtbot, window, dialogs, tmp_path,
                                                                      monkeypatch, failure):
    from readiness_app.ui import operations

    path = tmp_path / "odd.json"
    path.write_text("{}")
    answer(qtbot, window, "company_name", "Current Client")

    def fails(*_args, **_kwargs):
        raise failure

    monkeypatch.setattr(operations, "open_file", fails)
    dialogs.answers["warning"] = QMessageBox.StandardButton.Discard
    dialogs.open_file = str(path)
    window.open_action.trigger()
    assert "Cannot open this file" in dialogs.last("critical") and "odd.json" in dialogs.last("critical")
    window.import_respondent_action.trigger()
    assert "Cannot import these answers" in dialogs.last("critical")
    assert window.model.answers["company_name"] == "Current Client"
    assert window.isWindowModified()


def test_a_file_at_the_size_limit_opens_without_freezing_the_window(qtbot, window, dialogs, tmp_path, monkeypatch):
    import json
    import threading

    from readiness_app.core.limits import MAX_FILE_BYTES, MAX_NOTE_LENGTH, MAX_RESPONDENTS

    people = [{"id": f"r{i}", "name": f"Person {i}", "answers": {**ALL_SIGNALS}} for i in range(MAX_RESPONDENTS)]
    doc = {"format": "readiness-app/assessment", "format_version": 2, "questionnaire": "mlops-readiness",
           "questionnaire_version": "2026.1", "created": "2026-01-05T10:00:00Z",
           "modified": "2026-01-05T10:00:00Z", "answers": {**ALL_SIGNALS},
           "notes": {"company": "x" * MAX_NOTE_LENGTH}, "respondents": people}
    text = json.dumps(doc, indent=1)
    big = tmp_path / "big.json"
    big.write_text(text + " " * (MAX_FILE_BYTES - len(text) - 10))  # the largest file reading takes
    assert MAX_FILE_BYTES - 100 < big.stat().st_size <= MAX_FILE_BYTES
    qtbot.waitUntil(lambda: window._result_page is not None, timeout=10000)  # the start's own work is done
    from readiness_app.ui import main_window

    readers: list[bool] = []
    real = main_window.read_for_opening

    def recorded(*args, **kwargs):
        readers.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(main_window, "read_for_opening", recorded)
    window.open_path(big, ask=False)
    # the click returns before the file is read, with the pages unavailable meanwhile
    assert window.model.path != big and not window.stack.isEnabled()
    qtbot.waitUntil(lambda: window.model.path == big or bool(dialogs.shown), timeout=30000)
    assert readers == [False]  # read in the thread pool, never on the window's thread
    assert dialogs.shown == []
    assert len(window.model.respondents) == MAX_RESPONDENTS
    assert window.stack.isEnabled()


def test_the_client_list_shows_a_file_nobody_can_read_as_broken(qtbot, window, tmp_path, monkeypatch):
    from readiness_app.ui import operations
    from readiness_app.ui.client_list import read_client

    path = tmp_path / "deep.json"
    path.write_text("{}")

    def too_deep(*_args, **_kwargs):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(operations, "open_file", too_deep)
    info = read_client(path, window.model.ruleset, "en")
    assert info.state == "broken"


def test_the_client_list_reads_large_files_without_freezing_the_window(qtbot, window, dialogs, tmp_path,
                                                                        monkeypatch):
    import json
    import threading

    from readiness_app.core.limits import MAX_NOTE_LENGTH, MAX_RESPONDENTS
    from readiness_app.ui import client_list

    people = [{"id": f"r{i}", "name": f"Person {i}", "answers": {**ALL_SIGNALS}} for i in range(MAX_RESPONDENTS)]
    paths = []
    for n in range(3):
        doc = {"format": "readiness-app/assessment", "format_version": 2, "questionnaire": "mlops-readiness",
               "questionnaire_version": "2026.1", "created": "2026-01-05T10:00:00Z",
               "modified": "2026-01-05T10:00:00Z", "answers": {**ALL_SIGNALS, "company_name": f"Big Client {n}"},
               "notes": {"company": "x" * MAX_NOTE_LENGTH}, "respondents": people}
        text = json.dumps(doc, indent=1)
        path = tmp_path / f"big-{n}.json"
        path.write_text(text + " " * (4_900_000 - len(text)))
        window.recent.add(path)
        paths.append(path)
    qtbot.waitUntil(lambda: window._result_page is not None, timeout=10000)  # the start's own work is done
    on_main: dict[str, bool] = {}
    real = client_list.read_client

    def recorded(path, *args, **kwargs):
        on_main[path.name] = threading.current_thread() is threading.main_thread()
        return real(path, *args, **kwargs)

    monkeypatch.setattr(client_list, "read_client", recorded)
    window.show_clients()
    clients = window.clients
    qtbot.waitUntil(lambda: not clients.pending and clients.reading is None, timeout=30000)
    names = {clients.tree.topLevelItem(i).text(clients.CLIENT) for i in range(clients.tree.topLevelItemCount())}
    assert names == {"Big Client 0", "Big Client 1", "Big Client 2"}
    # every large file was read in the thread pool, never on the window's thread
    assert {name: on_main.get(name) for name in ("big-0.json", "big-1.json", "big-2.json")} == \
        {"big-0.json": False, "big-1.json": False, "big-2.json": False}
