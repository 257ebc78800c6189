"""Undo and redo of answers, notes and settlements, from the Edit menu and with the usual keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from readiness_app.core.answers import DONT_KNOW
from tests.helpers import ALL_SIGNALS

from .driver import answer, answer_page, block, click_next, current_page, page_index, type_into
from .test_workshop import _workshop


def shortcut(qtbot, widget, which: QKeySequence.StandardKey) -> None:
    keys = QKeySequence.keyBindings(which)[0][0]
    qtbot.keyClick(widget, keys.key(), keys.keyboardModifiers())


def test_the_edit_menu_offers_undo_and_redo_with_the_standard_keys(window):
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles[:2] == ["File", "Edit"]
    assert window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert window.redo_action.shortcut() in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
    assert not window.undo_action.isEnabled()  # nothing done yet


def test_an_answer_typed_is_undone_in_one_step_and_redone(qtbot, window):
    name = block(window, "company_name").input.edit
    type_into(qtbot, name, "Acme")
    answer(qtbot, window, "hiring_market", "FR")
    assert window.undo_action.text() == "Undo answer to “Hiring market”"
    market = block(window, "hiring_market").input
    shortcut(qtbot, market.focus_target(), QKeySequence.StandardKey.Undo)
    assert "hiring_market" not in window.model.answers
    assert market.value() is None
    shortcut(qtbot, name, QKeySequence.StandardKey.Undo)  # in the field too: the assessment's undo
    assert "company_name" not in window.model.answers
    assert name.text() == ""
    assert not window.undo_action.isEnabled()
    shortcut(qtbot, name, QKeySequence.StandardKey.Redo)
    assert window.model.answers["company_name"] == "Acme"  # the whole word, not one letter
    assert name.text() == "Acme"
    window.redo_action.trigger()
    assert window.model.answers["hiring_market"] == "FR"
    assert market.value() == "FR"


def test_undo_of_a_number_and_a_note_shows_them_on_their_page(qtbot, window):
    answer_page(qtbot, window, ALL_SIGNALS)
    click_next(qtbot, window)
    answer(qtbot, window, "models_in_production", 12)
    answer(qtbot, window, "critical_models", DONT_KNOW)
    type_into(qtbot, current_page(window).notes, "Two teams share one model.")
    window.undo_action.trigger()
    assert current_page(window).notes.toPlainText() == ""
    window.undo_action.trigger()
    assert "critical_models" not in window.model.answers
    assert not block(window, "critical_models").input.is_dont_know()
    qtbot.mouseClick(window.wizard.button(window.wizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    assert page_index(window) == 0
    window.undo_action.trigger()  # the models answer: its page comes back
    assert page_index(window) == 1
    assert "models_in_production" not in window.model.answers
    assert block(window, "models_in_production").input.spin.lineEdit().text().strip() == ""
    window.redo_action.trigger()
    assert block(window, "models_in_production").input.value() == 12


def test_a_settlement_is_undone_and_redone(qtbot, window, dialogs, tmp_path):
    _workshop(qtbot, window, dialogs, tmp_path)
    window.show_agreed()
    assert "executive_sponsor" not in window.model.doc.settled  # Marc says no, the others yes
    window.model.settle("executive_sponsor", True, "Confirmed by the CEO")
    assert window.model.agreed["executive_sponsor"] is True
    window.undo_action.trigger()
    assert "executive_sponsor" not in window.model.doc.settled
    assert window.model.agreed["executive_sponsor"] != True  # noqa: E712 - disputed again
    window.redo_action.trigger()
    assert window.model.doc.settled["executive_sponsor"].note == "Confirmed by the CEO"
    assert window.model.agreed["executive_sponsor"] is True


def test_opening_or_starting_another_assessment_empties_the_history(qtbot, window):
    answer(qtbot, window, "company_name", "Acme")
    assert window.undo_action.isEnabled()
    window.new_action.trigger()
    assert not window.undo_action.isEnabled()
    assert window.model.answers == {}
