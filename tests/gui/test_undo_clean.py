"""Undoing back to what was saved leaves nothing to save; a change undo cannot take back (a respondent
added) keeps the document modified whatever is undone after it."""

from __future__ import annotations


def test_undo_back_to_the_saved_state_is_not_modified(qtbot, window, tmp_path):
    model = window.model
    model.set_answer("company_name", "Acme")
    model.save(tmp_path / "acme.json")
    assert not model.is_modified() and not window.isWindowModified()
    model.set_answer("company_name", "Acme Robotics")
    assert model.is_modified()
    model.undo_stack.undo()
    assert model.answers["company_name"] == "Acme"
    assert not model.is_modified() and not window.isWindowModified()
    model.undo_stack.redo()
    assert model.is_modified()


def test_a_change_undo_cannot_take_back_keeps_the_document_modified(qtbot, window, tmp_path):
    model = window.model
    model.set_answer("company_name", "Acme")
    model.save(tmp_path / "acme.json")
    model.set_note(model.questionnaire.sections[0].id, "first visit")
    model.add_respondent("Anna Keller", "CTO")
    model.set_answer("company_name", "Acme Robotics")
    model.undo_stack.undo()
    assert model.is_modified()  # the new respondent is still there, unsaved
