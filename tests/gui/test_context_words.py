"""Solo and workshop wording: a CTO alone is never told about the room or the client; a workshop is."""

from __future__ import annotations

from readiness_app.ui.widgets import QuestionBlock

from .driver import answer_page, click_next
from .test_workshop import _add_respondent


def _words(window) -> tuple[str, str]:
    page = window.wizard.currentPage()
    tips = " ".join(b.input.dont_know.toolTip() for b in page.blocks.values() if b.input.dont_know is not None)
    return tips, page.notes.placeholderText()


def test_solo_wording_until_there_are_respondents(qtbot, window, dialogs):
    answer_page(qtbot, window, {"company_name": "Acme", "hiring_market": "FR", "company_stage": "startup",
                                "ai_first": False, "sector": "finance"})
    click_next(qtbot, window)
    tips, notes = _words(window)
    assert tips and "room" not in tips and "client" not in notes.lower()
    _add_respondent(qtbot, window, "Anna Keller", "CTO")
    tips, notes = _words(window)
    assert "nobody in the room" in tips
    assert "What the client said" in notes


def test_a_label_that_already_says_optional_is_not_marked_twice(qtbot, make_window, in_language):
    in_language("fr")
    window = make_window()
    question = window.model.questionnaire.questions["budget_ceiling"]
    assert not question.required
    said = question.model_copy(update={"label": {"en": "Budget ceiling (optional)", "fr": "Plafond (facultatif)"}})
    assert QuestionBlock(said, "fr").label.text().count("facultatif") == 1
    assert QuestionBlock(question, "fr").label.text().endswith("(facultatif)")
    assert QuestionBlock(said, "en").label.text().lower().count("optional") == 1
