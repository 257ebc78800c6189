"""A consultant's workshop driven as a user: respondents added and imported,
the disagreements listed and settled, snapshots and the progress between
visits, the report language, the client list at start and older files."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from readiness_app.core.answers import DONT_KNOW
from readiness_app.core.document import load_document
from readiness_app.core.engine import assess
from readiness_app.core.ruleset import load_ruleset
from readiness_app.core.workshop import agreed_answers
from readiness_app.ui.client_list import ClientList
from readiness_app.ui.workshop_view import RespondentDialog, SnapshotDialog
from tests.helpers import ALL_SIGNALS

from .driver import answer, click_indicator, complete, current_page, page_index, type_into

SPONSOR_NO = {**ALL_SIGNALS, "executive_sponsor": False}
FEWER_TEAMS = {**ALL_SIGNALS, "teams_consuming_models": 1}


def _dialog(qtbot, kind):
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind), timeout=3000)
    return QApplication.activeModalWidget()


def _fill_dialog(qtbot, dialog: RespondentDialog, name: str, role: str) -> None:
    type_into(qtbot, dialog.name, name)
    type_into(qtbot, dialog.role, role)
    qtbot.keyClick(dialog.role, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)


def _add_respondent(qtbot, window, name: str, role: str) -> None:
    window.add_respondent_action.trigger()
    _fill_dialog(qtbot, _dialog(qtbot, RespondentDialog), name, role)


def _answers_file(tmp_path: Path, name: str, answers: dict) -> Path:
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps({"questionnaire": "mlops-readiness", "answers": answers}), encoding="utf-8")
    return path


def _import(qtbot, window, dialogs, path: Path, name: str, role: str) -> None:
    dialogs.open_file = str(path)
    qtbot.mouseClick(window.side.switcher.import_button, Qt.MouseButton.LeftButton)
    _fill_dialog(qtbot, _dialog(qtbot, RespondentDialog), name, role)


def _workshop(qtbot, window, dialogs, tmp_path) -> None:
    """Anna answers in the app, Marc and Sofia filled in answers files beforehand."""
    complete(qtbot, window, ALL_SIGNALS)
    _add_respondent(qtbot, window, "Anna Keller", "CTO")
    _import(qtbot, window, dialogs, _answers_file(tmp_path, "marc", SPONSOR_NO), "Marc Roux", "Head of data")
    _import(qtbot, window, dialogs, _answers_file(tmp_path, "sofia", FEWER_TEAMS), "Sofia Nowak", "Lead ML engineer")


def _choose(qtbot, window, text: str) -> None:
    """Pick whose answers the pages show, with the keyboard."""
    combo = window.side.switcher.combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    while combo.currentText() != text:
        before = combo.currentIndex()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentIndex() != before, f"{text} is not in the list"


def test_three_respondents_two_disagreements_settled(qtbot, window, dialogs, tmp_path):
    _workshop(qtbot, window, dialogs, tmp_path)
    switcher = window.side.switcher
    assert switcher.isVisible()
    assert switcher.combo.currentText() == "Sofia Nowak, Lead ML engineer"  # the last one added is shown
    assert "Sofia Nowak" in switcher.hint.text()
    assert [switcher.combo.itemText(i) for i in range(switcher.combo.count())] == [
        "Agreed answers", "Anna Keller, CTO", "Marc Roux, Head of data", "Sofia Nowak, Lead ML engineer"]
    doc_before = window.model.snapshot()
    own = {r.id: dict(r.answers) for r in doc_before.respondents}

    window.disagreements_action.trigger()
    page = window.result_page
    assert window.wizard.currentPage() is page
    assert switcher.combo.currentText() == "Agreed answers"
    qtbot.waitUntil(lambda: not page.support_pending(), timeout=5000)
    cards = page.disagreements.shown_cards()
    assert [c.qid for c in cards] == ["executive_sponsor", "teams_consuming_models"]
    sponsor = cards[0]
    assert "Moves the decision" in sponsor.badge.text()
    assert "Moves the decision" not in cards[1].badge.text()
    rows = [(who.text(), value.text()) for who, value, _d, _b in sponsor.rows if who.isVisible()]
    assert rows == [("Anna Keller, CTO", "yes"), ("Marc Roux, Head of data", "no"),
                    ("Sofia Nowak, Lead ML engineer", "yes")]
    assert page.tabs.tabText(page.DISAGREEMENTS_TAB) == "Disa&greements (2)"
    assert "2 disputed answers, 2 still to settle" in page.workshop_line.text()

    # settle the sponsor on Marc's "no", with a note, by keyboard
    ruleset = load_ruleset()
    type_into(qtbot, sponsor.note, "The CEO has not signed off yet.")
    use_marc = sponsor.rows[1][3]
    use_marc.setFocus()
    qtbot.keyClick(use_marc, Qt.Key.Key_Space)
    expected = assess(ruleset, {**agreed_answers(window.model.doc)}, "en").decision_label
    assert window.model.doc.settled["executive_sponsor"].value is False
    assert window.model.doc.settled["executive_sponsor"].note == "The CEO has not signed off yet."
    qtbot.waitUntil(lambda: page.decision.text() == expected, timeout=3000)
    assert page.decision.text() == "Secure the mandate first"
    qtbot.waitUntil(lambda: "1 still to settle" in page.workshop_line.text(), timeout=3000)
    assert "Settled: no" in page.disagreements.shown_cards()[0].status.text()

    # settle it the other way with the agreed-answer input and the Settle button
    card = page.disagreements.shown_cards()[0]
    click_indicator(qtbot, card.input.buttons[0])  # Yes
    qtbot.mouseClick(card.settle_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.decision.text() == "Hire an MLOps engineer", timeout=3000)
    # unsettle: back to "don't know" in the agreed answers
    qtbot.mouseClick(page.disagreements.shown_cards()[0].unsettle_button, Qt.MouseButton.LeftButton)
    assert "executive_sponsor" not in window.model.doc.settled
    assert window.model.agreed["executive_sponsor"] == DONT_KNOW

    # nobody's own answers moved
    assert {r.id: dict(r.answers) for r in window.model.doc.respondents} == own


def test_the_pages_edit_the_chosen_respondent(qtbot, window, dialogs, tmp_path):
    _workshop(qtbot, window, dialogs, tmp_path)
    _choose(qtbot, window, "Marc Roux, Head of data")
    assert "Marc Roux" in window.windowTitle()
    window.wizard.go_to(0)
    assert page_index(window) == 0
    assert current_page(window).blocks["company_name"].input.edit.text() == "Finlytics SAS"
    answer(qtbot, window, "company_name", "Finlytics")
    marc = next(r for r in window.model.doc.respondents if r.name == "Marc Roux")
    anna = next(r for r in window.model.doc.respondents if r.name == "Anna Keller")
    assert marc.answers["company_name"] == "Finlytics"
    assert anna.answers["company_name"] == "Finlytics SAS"
    assert window.model.agreed["company_name"] == DONT_KNOW  # they now differ, nothing settled
    _choose(qtbot, window, "Anna Keller, CTO")
    assert current_page(window).blocks["company_name"].input.edit.text() == "Finlytics SAS"


def test_a_bad_answers_file_changes_nothing(qtbot, window, dialogs, tmp_path):
    complete(qtbot, window, ALL_SIGNALS)
    _add_respondent(qtbot, window, "Anna Keller", "CTO")
    before = window.model.snapshot()
    bad = tmp_path / "bad.json"
    bad.write_text('{"answers": {"no_such_question": 3}}', encoding="utf-8")
    dialogs.open_file = str(bad)
    window.import_respondent_action.trigger()
    assert "Cannot import these answers" in dialogs.last("critical")
    assert "no_such_question" in dialogs.last("critical")
    assert QApplication.activeModalWidget() is None
    assert window.model.doc.respondents == before.respondents
    assert window.model.agreed == before.answers


def test_snapshots_show_what_moved_between_visits(qtbot, window, dialogs, tmp_path):
    complete(qtbot, window, SPONSOR_NO)
    page = window.result_page
    assert not page.tabs.isTabVisible(page.PROGRESS_TAB)
    window.snapshot_action.trigger()
    dialog = _dialog(qtbot, SnapshotDialog)
    assert dialog.label.text() == "Visit 1"
    qtbot.keyClick(dialog.label, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    assert [s.label for s in window.model.doc.snapshots] == ["Visit 1"]

    # three months later: the sponsor is there, retraining runs on a schedule
    window.jump_to_question("executive_sponsor")
    answer(qtbot, window, "executive_sponsor", True)
    window.jump_to_question("retraining")
    answer(qtbot, window, "retraining", "automated_scheduled")
    window.snapshot_action.trigger()
    dialog = _dialog(qtbot, SnapshotDialog)
    assert dialog.label.text() == "Visit 2"
    qtbot.keyClick(dialog.label, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)

    window.progress_action.trigger()
    assert window.wizard.currentPage() is page
    assert page.tabs.currentIndex() == page.PROGRESS_TAB
    view = page.progress_view
    qtbot.waitUntil(lambda: view.progress is not None and "Visit 1" in view.title.text(), timeout=3000)
    text = view.lines.text()
    assert "Secure the mandate first → Hire an MLOps engineer" in text
    assert view.progress.decision_changed
    assert view.table.topLevelItemCount() == 2
    assert [view.table.topLevelItem(i).text(1) for i in range(2)] == ["Visit 1", "Visit 2"]
    assert view.progress.disappeared == ["manual_retraining"] and not view.progress.appeared
    assert view.progress.after.signal_titles["manual_retraining"] in text


def test_report_language_is_per_assessment_and_the_export_carries_the_workshop(qtbot, window, dialogs, tmp_path):
    complete(qtbot, window, ALL_SIGNALS)
    page = window.result_page
    assert page.decision.text() == "Hire an MLOps engineer"
    page.language.setFocus()
    qtbot.keyClick(page.language, Qt.Key.Key_Down)
    assert window.model.doc.language == "fr"
    french = assess(load_ruleset(), window.model.counted_answers(), "fr")
    qtbot.waitUntil(lambda: page.decision.text() == french.decision_label, timeout=3000)
    assert french.decision_label != "Hire an MLOps engineer"
    assert "95\u202f000" in page.facts.text() or "95\u00a0000" in page.facts.text() or "95 000" in page.facts.text()
    assert page.tabs.tabText(0) == "&Recommendation"  # the app's own words stay in the app's language
    _add_respondent(qtbot, window, "Anna Keller", "CTO")
    target = tmp_path / "rapport.pdf"
    dialogs.save_file = str(target)
    window.export_action.trigger()
    qtbot.waitUntil(lambda: page.open_pdf.isVisible(), timeout=60000)
    assert target.is_file()
    saved = tmp_path / "client.json"
    dialogs.save_file = str(saved)
    window.save_as_action.trigger()
    assert load_document(saved)[0].language == "fr"


def test_the_client_list_opens_thursdays_client(qtbot, make_window, dialogs, data_dir, tmp_path):
    first = make_window()
    complete(qtbot, first, ALL_SIGNALS)
    saved = tmp_path / "clients" / "finlytics.json"
    saved.parent.mkdir()
    dialogs.save_file = str(saved)
    first.save_as_action.trigger()
    assert saved.is_file()
    broken = tmp_path / "clients" / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    first.recent.add(broken)
    first.recent.add(tmp_path / "clients" / "gone.json")
    first.recent.add(saved)
    first.close()

    second = make_window()
    second.startup(None)
    clients = second.clients
    assert second.stack.currentWidget() is clients
    tree = clients.tree
    qtbot.waitUntil(lambda: not clients.pending, timeout=5000)
    rows = {tree.topLevelItem(i).text(0): tree.topLevelItem(i) for i in range(tree.topLevelItemCount())}
    assert set(rows) == {"finlytics.json", "broken.json", "gone.json"}  # the file's name first
    row = rows["finlytics.json"]
    assert row.text(clients.CLIENT) == "Finlytics SAS"
    assert row.text(clients.DECISION) == "Hire an MLOps engineer"
    assert row.text(clients.WHEN)  # the date it was last changed
    assert rows["broken.json"].text(clients.DECISION) == "Cannot be read"
    assert rows["gone.json"].text(clients.DECISION) == "File not found"
    assert tree.currentItem() is row and tree.hasFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert second.stack.currentWidget() is second.assessment
    assert second.model.path == saved.resolve() or second.model.path == saved
    assert second.model.agreed["company_name"] == "Finlytics SAS"


def test_the_client_list_reads_nothing_before_it_is_painted(qtbot, data_dir, tmp_path):
    listing = ClientList(load_ruleset)
    qtbot.addWidget(listing)
    listing.show_paths([tmp_path / "a.json"])
    assert listing.pending and not listing.infos  # read on the next event-loop turn
    qtbot.waitUntil(lambda: not listing.pending, timeout=3000)
    assert listing.infos[tmp_path / "a.json"].state == "missing"


def test_a_format_1_file_opens_with_every_answer(qtbot, window, dialogs, tmp_path):
    old = tmp_path / "old.json"
    old.write_text(json.dumps({
        "format": "readiness-app/assessment", "format_version": 1, "questionnaire": "mlops-readiness",
        "questionnaire_version": "2026.1", "created": "2025-01-10T09:00:00Z", "modified": "2025-01-10T10:00:00Z",
        "answers": ALL_SIGNALS, "notes": {}, "metadata": {}}), encoding="utf-8")
    assert window.open_path(old)
    assert window.model.agreed == ALL_SIGNALS
    assert not window.side.switcher.isVisible()
    assert current_page(window).blocks["company_name"].input.edit.text() == "Finlytics SAS"
    window.wizard.go_to(len(window.pages))
    assert window.result_page.decision.text() == "Hire an MLOps engineer"
    assert not window.result_page.workshop_line.isVisible()
    dialogs.save_file = str(tmp_path / "new.json")
    window.save_as_action.trigger()
    data = json.loads((tmp_path / "new.json").read_text(encoding="utf-8"))
    assert data["format_version"] == 2 and data["answers"] == ALL_SIGNALS


def test_the_example_workshop_opens_on_the_agreed_answers(qtbot, window, dialogs):
    from tests.helpers import EXAMPLES

    assert window.open_path(EXAMPLES / "workshop-finlytics.json")
    assert window.side.switcher.combo.currentText() == "Agreed answers"
    window.disagreements_action.trigger()
    page = window.result_page
    qtbot.waitUntil(lambda: not page.support_pending(), timeout=5000)
    assert page.disagreements.shown_cards()[0].qid == "executive_sponsor"
    assert page.tabs.isTabVisible(page.PROGRESS_TAB)


def test_dialogs_cancel_with_escape(qtbot, window, dialogs):
    window.add_respondent_action.trigger()
    dialog = _dialog(qtbot, QDialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()  # a respondent needs a name
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    assert window.model.respondents == []
