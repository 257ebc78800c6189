"""A user answers every page, sees the recommendation, goes back and changes it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.helpers import ALL_SIGNALS, CALM

from .driver import (
    answer,
    answer_page,
    block,
    click_back,
    click_next,
    complete,
    current_page,
    focused,
    next_button,
    page_index,
)


def test_every_page_by_typing_and_clicking_reaches_the_recommendation(qtbot, window):
    assert page_index(window) == 0
    assert window.pages[0].title().endswith("Company and market")
    complete(qtbot, window, ALL_SIGNALS)
    result = window.result_page
    assert window.wizard.currentPage() is result
    assert result.decision.text() == "Hire an MLOps engineer"
    assert "5 of 5 hiring signals" in result.score.text()
    assert "senior" in result.headline.text().lower()
    assert "95,000" in result.budget_label.text()
    assert "6 to 10 weeks" in result.time_label.text()
    signals = result.signals.texts()  # each signal's line over its evidence, as the engine wrote them
    assert len(signals) == 5 and signals[0].startswith("✔ Model estate (present)\n")
    assert signals == [f"✔ {s.title} (present)\n{s.evidence}" for s in result.result.signals]
    assert window.model.answers["company_name"] == "Finlytics SAS"
    assert window.model.answers["versioned_artifacts"] == ["code"]


def test_going_back_and_changing_an_answer_changes_the_result(qtbot, window):
    complete(qtbot, window, ALL_SIGNALS)
    assert window.result_page.decision.text() == "Hire an MLOps engineer"
    click_back(qtbot, window)  # the mandate page
    answer(qtbot, window, "executive_sponsor", False)
    answer(qtbot, window, "budget_approved", False)
    click_next(qtbot, window)
    result = window.result_page
    assert result.decision.text() != "Hire an MLOps engineer"
    assert "Missing" in result.mandate_label.text()
    assert "sponsor" in result.mandate_label.text().lower()


def test_calm_company_is_told_not_yet(qtbot, window):
    complete(qtbot, window, CALM)
    assert window.result_page.result.decision == "not_yet"
    assert window.result_page.decision.text() == window.result_page.result.decision_label


def test_a_market_without_published_figures_says_so(qtbot, window):
    complete(qtbot, window, {**ALL_SIGNALS, "hiring_market": "DE"})
    assert "No published figure for Germany" in window.result_page.budget_label.text()


def press_next(qtbot, window) -> None:
    qtbot.mouseClick(next_button(window), Qt.MouseButton.LeftButton)


def test_a_fresh_page_is_calm_and_next_says_what_is_missing(qtbot, window):
    page = current_page(window)
    assert next_button(window).isEnabled()  # nothing looks refused before the user acts
    assert not page.reason.isVisible()
    combo = block(window, "sector").input.combo  # "Choose…" reads as a control to use, not a greyed one
    assert combo.currentIndex() == -1
    assert combo.palette().placeholderText().color() == combo.palette().buttonText().color()
    press_next(qtbot, window)
    assert page_index(window) == 0
    assert page.reason.isVisible()
    assert "Main hiring market" in page.reason.text()
    qtbot.waitUntil(lambda: focused() is block(window, "hiring_market").input.focus_target(), timeout=2000)
    answer_page(qtbot, window, {k: ALL_SIGNALS[k] for k in ("hiring_market", "company_stage", "ai_first")})
    assert "Sector" in page.reason.text() and "Main hiring market" not in page.reason.text()
    answer(qtbot, window, "sector", "finance")
    assert not page.reason.isVisible()
    click_next(qtbot, window)
    assert not current_page(window).reason.isVisible()  # the next page starts calm too


def test_cross_field_check_shows_inline_and_keeps_the_page(qtbot, window):
    answer_page(qtbot, window, ALL_SIGNALS)
    click_next(qtbot, window)
    answer_page(qtbot, window, ALL_SIGNALS)
    answer(qtbot, window, "models_in_production", 2)
    answer(qtbot, window, "critical_models", 5)
    problem = block(window, "critical_models").problem
    assert problem.isVisible() and "cannot outnumber" in problem.text()
    press_next(qtbot, window)
    assert page_index(window) == 1
    assert "cannot outnumber" in current_page(window).reason.text()
    answer(qtbot, window, "models_in_production", 8)
    assert not problem.isVisible()
    click_next(qtbot, window)


def test_conditional_questions_appear_and_disappear_live(qtbot, window):
    complete_until = 2  # the retraining page
    while page_index(window) < complete_until:
        answer_page(qtbot, window, ALL_SIGNALS)
        click_next(qtbot, window)
    hours = block(window, "retraining_hours_per_month")
    answer(qtbot, window, "retraining", "never")
    assert not hours.isVisible()
    answer(qtbot, window, "retraining", "manual_regular")
    assert hours.isVisible()
    answer(qtbot, window, "retraining_hours_per_month", 30)  # no number is answered until typed
    click_next(qtbot, window)
    detection = block(window, "incident_detection")
    answer(qtbot, window, "rollback", "manual")
    answer(qtbot, window, "degradation_incidents_12m", 0)
    assert not detection.isVisible()
    answer(qtbot, window, "degradation_incidents_12m", 3)
    assert detection.isVisible()
    press_next(qtbot, window)
    assert page_index(window) == 3 and "How were those incidents usually detected" in current_page(window).reason.text()


def test_hidden_answers_do_not_count(qtbot, window):
    complete(qtbot, window, ALL_SIGNALS)
    assert window.result_page.result.signals_present == 5
    while page_index(window) > 3:
        click_back(qtbot, window)
    answer(qtbot, window, "degradation_incidents_12m", 0)  # hides "how detected", still stored
    assert window.model.answers["incident_detection"] == "users_or_customers"
    complete(qtbot, window, {})
    signals = {s.id: s.present for s in window.result_page.result.signals}
    assert window.result_page.result.signals_present == 4
    assert signals["undetected_degradation"] is False


def test_side_panel_jumps_back_to_a_visited_section(qtbot, window):
    complete(qtbot, window, ALL_SIGNALS)
    side = window.side.list
    item = side.item(1)
    qtbot.mouseClick(side.viewport(), Qt.MouseButton.LeftButton, pos=side.visualItemRect(item).center())
    assert page_index(window) == 1
    assert "✔" in side.item(0).text()
    result_item = side.item(len(window.pages))
    qtbot.mouseClick(side.viewport(), Qt.MouseButton.LeftButton, pos=side.visualItemRect(result_item).center())
    assert window.wizard.currentPage() is window.result_page


def test_side_panel_cannot_skip_unfinished_sections(qtbot, window):
    side = window.side.list
    last = side.item(len(window.pages))
    assert not last.flags() & Qt.ItemFlag.ItemIsEnabled
    qtbot.mouseClick(side.viewport(), Qt.MouseButton.LeftButton, pos=side.visualItemRect(last).center())
    assert page_index(window) == 0


def test_clicking_an_answer_behind_a_sentence_jumps_to_the_question(qtbot, window):
    complete(qtbot, window, ALL_SIGNALS)
    item = next(i for i in window.result_page.why.items if "Model estate" in i.text.text())
    assert not item.details.isVisible()
    qtbot.mouseClick(item.toggle, Qt.MouseButton.LeftButton)
    assert item.details.isVisible()
    from PySide6.QtWidgets import QLabel, QPushButton

    texts = " ".join(label.text() for label in item.details.findChildren(QLabel))
    assert "3+ ML models in production" in texts  # the source passage
    buttons = item.details.findChildren(QPushButton)
    target = next(b for b in buttons if b.text().startswith("How many of them are critical?"))
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton)
    assert page_index(window) == 1
    spin = block(window, "critical_models").input.spin
    qtbot.waitUntil(spin.hasFocus, timeout=2000)


def test_every_input_has_an_accessible_name(qtbot, window):
    complete(qtbot, window, ALL_SIGNALS)
    for item in window.result_page.why.items:
        qtbot.mouseClick(item.toggle, Qt.MouseButton.LeftButton)
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QSlider,
        QWidget,
    )

    kinds = (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QSlider)
    for page in [*window.pages, window.result_page]:
        for widget in [w for w in page.findChildren(QWidget) if isinstance(w, kinds)]:
            if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QAbstractSpinBox):
                continue
            if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:  # e.g. a line edit's clear button
                continue
            assert widget.accessibleName() or (isinstance(widget, QAbstractButton) and widget.text()), widget
