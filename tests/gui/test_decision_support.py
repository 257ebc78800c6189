"""Decision support in the wizard: "don't know" answers, a provisional decision and
what to verify, what would change the recommendation, the business case and the
thresholds, all following the answers when the user goes back and changes one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from readiness_app.core.answers import DONT_KNOW
from tests.helpers import ALL_SIGNALS, CALM, answers

from .driver import answer, block, click_back, click_next, complete, current_page, page_index, type_into

RECOMMENDATION, WHAT_WOULD_CHANGE, BUSINESS_CASE, THRESHOLDS = range(4)


def result_shown(qtbot, window):
    """The result page once its decision support has caught up with the answers."""
    page = window.result_page
    assert window.wizard.currentPage() is page
    qtbot.waitUntil(lambda: not page.support_pending(), timeout=3000)
    return page


def open_tab(qtbot, page, index: int) -> None:
    bar = page.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert page.tabs.currentIndex() == index


def activate(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)


def back_to(qtbot, window, qid: str) -> None:
    while qid not in getattr(current_page(window), "blocks", {}):
        click_back(qtbot, window)


def test_dont_know_on_reproducibility_makes_it_provisional_until_answered(qtbot, window):
    activate(qtbot, window)
    # one signal (model estate, 4 models) short of several: reproducibility decides
    complete(qtbot, window, answers(CALM, models_in_production=4, training_pipelines="ad_hoc_per_model",
                                    reproducibility=DONT_KNOW))
    assert window.model.answers["reproducibility"] == DONT_KNOW
    page = result_shown(qtbot, window)
    assert page.decision.text() == "Not yet"
    assert page.provisional.isVisible() and page.provisional.text() == "PROVISIONAL"
    assert "Provisional" in page.confidence.text()
    assert page.to_verify.isVisible()
    items = page.to_verify.list.shown_items()
    assert "Models reproducible" in items[0].text.text() and "could change the decision" in items[0].text.text()
    assert items[0].marked

    qtbot.mouseClick(items[0].buttons[0], Qt.MouseButton.LeftButton)  # jumps to the question
    unknown = block(window, "reproducibility").input.dont_know
    assert unknown.isChecked()
    qtbot.waitUntil(lambda: window.focusWidget() is unknown, timeout=2000)  # the window's focus
    answer(qtbot, window, "reproducibility", "yes")
    assert window.model.answers["reproducibility"] == "yes"
    complete(qtbot, window, {})
    page = result_shown(qtbot, window)
    assert page.decision.text() == "Not yet"
    assert not page.provisional.isVisible()
    assert "Provisional" not in page.confidence.text()
    assert not page.to_verify.isVisible()


def test_nobody_knowing_most_answers_gives_no_decision_no_score_and_the_questions_first(qtbot, window):
    unknown = {qid: DONT_KNOW for qid in CALM if qid not in ("company_name", "hiring_market")
               and qid not in ("retraining_hours_per_month", "versioned_artifacts")}
    complete(qtbot, window, answers(CALM, **unknown))
    page = result_shown(qtbot, window)
    assert page.decision.text() == "Cannot assess yet"
    assert not page.provisional.isVisible()  # no decision, so none that could change
    assert not page.score.isVisible()  # a score of unknown answers would read as a measure
    assert not page.hire_box.isVisible() and not page.watch_box.isVisible()
    assert "find out the answers" in page.facts.text()
    items = page.to_verify.list.shown_items()
    assert page.to_verify.isVisible() and items[0].marked and "could change the decision" in items[0].text.text()


def test_a_dont_know_that_changes_nothing_leaves_the_decision_firm(qtbot, window):
    complete(qtbot, window, answers(ALL_SIGNALS, teams_consuming_models=DONT_KNOW))
    page = result_shown(qtbot, window)
    assert page.decision.text() == "Hire an MLOps engineer"
    assert not page.provisional.isVisible()
    items = page.to_verify.list.shown_items()
    assert page.to_verify.isVisible() and len(items) == 1 and not items[0].marked


def test_dont_know_with_the_keyboard_counts_as_an_answer_and_unticks_back(qtbot, window):
    from .test_keyboard import key, tab_to

    activate(qtbot, window)
    for qid in ("company_name", "hiring_market", "company_stage", "ai_first"):
        answer(qtbot, window, qid, ALL_SIGNALS[qid])
    assert not current_page(window).is_ready()  # the sector is required
    sector = block(window, "sector").input
    assert sector.dont_know.accessibleName().endswith("don't know")
    tab_to(qtbot, sector.dont_know)
    key(qtbot, Qt.Key.Key_Space)
    assert window.model.answers["sector"] == DONT_KNOW
    assert not sector.combo.isEnabled()
    assert current_page(window).is_ready()  # "don't know" answers a required question
    click_next(qtbot, window)

    models = block(window, "models_in_production").input
    type_into(qtbot, models.spin.lineEdit(), "8")
    tab_to(qtbot, models.dont_know)
    assert QApplication.focusWidget() is models.dont_know  # the next stop after the spin box
    key(qtbot, Qt.Key.Key_Space)
    assert window.model.answers["models_in_production"] == DONT_KNOW
    key(qtbot, Qt.Key.Key_Space)  # unticked: the number typed before comes back
    assert window.model.answers["models_in_production"] == 8
    assert models.spin.isEnabled()


def test_what_would_change_names_the_sponsor_and_jumps_to_it(qtbot, window):
    activate(qtbot, window)
    complete(qtbot, window, answers(ALL_SIGNALS, executive_sponsor=False))
    page = result_shown(qtbot, window)
    assert page.decision.text() == "Secure the mandate first"
    open_tab(qtbot, page, WHAT_WOULD_CHANGE)
    assert page.tabs.tabText(WHAT_WOULD_CHANGE).startswith("What would &change (")
    items = page.what_would_change.shown_items()
    first = items[0]  # decision changes come first
    assert "executive sponsor" in first.text.text() and "Hire an MLOps engineer" in first.text.text()
    assert first.isVisible()
    link = next(b for b in first.buttons if b.text().startswith("Executive sponsor"))
    assert link.text() == "Executive sponsor: no → yes"
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton)
    assert "executive_sponsor" in current_page(window).blocks
    sponsor = block(window, "executive_sponsor").input
    qtbot.waitUntil(lambda: sponsor.isAncestorOf(window.focusWidget()), timeout=2000)

    answer(qtbot, window, "executive_sponsor", True)  # the change it proposed
    complete(qtbot, window, {})
    page = result_shown(qtbot, window)
    assert page.decision.text() == "Hire an MLOps engineer"
    texts = [i.text.text() for i in page.what_would_change.shown_items()]
    assert not any("Hire an MLOps engineer" in t and "executive sponsor" in t for t in texts)
    assert any("“Secure the mandate first”" in t for t in texts)


def test_business_case_in_fte_with_its_assumptions_then_in_money(qtbot, window):
    complete(qtbot, window, ALL_SIGNALS)
    page = result_shown(qtbot, window)
    open_tab(qtbot, page, BUSINESS_CASE)
    view = page.business_case
    rows = [(t.text(), f.text(), x.text()) for t, f, _h, x in view.rows if t.isVisible()]
    infra = next(r for r in rows if r[0].startswith("Infrastructure"))
    assert infra[1] == "5.40 FTE" and "9 data scientists" in infra[2] and "60%" in infra[2]
    retraining = next(r for r in rows if r[0] == "Manual retraining")
    assert "(assumption A1)" in retraining[2]
    assert "5.7 FTE" in view.total.text()
    assert "Assumption A1" in view.assumptions.text() and "140" in view.assumptions.text()
    assert "full-time equivalents" in view.sentence.text()
    assert "(5.7 FTE)" in page.tabs.tabText(BUSINESS_CASE)
    assert view.cost_link.isVisible()

    qtbot.mouseClick(view.cost_link, Qt.MouseButton.LeftButton)  # to the optional cost question
    assert "ml_practitioner_yearly_cost" in current_page(window).blocks
    answer(qtbot, window, "ml_practitioner_yearly_cost", 90000)
    complete(qtbot, window, {})
    page = result_shown(qtbot, window)
    assert page.tabs.currentIndex() == BUSINESS_CASE
    assert "€" in view.total.text() and "a year" in view.total.text()
    assert "can take back about 2.0" in view.sentence.text() and "covers part of the cost" in view.sentence.text()
    assert not view.cost_link.isVisible()


def test_a_borderline_threshold_shows_after_going_back_to_change_the_infrastructure_share(qtbot, window):
    complete(qtbot, window, ALL_SIGNALS)
    page = result_shown(qtbot, window)
    open_tab(qtbot, page, THRESHOLDS)
    infra = next(i for i in page.thresholds.shown_items() if "Time on infrastructure" in i.text.text())
    assert not infra.marked  # 60 % is well past "more than 50"

    back_to(qtbot, window, "infra_time_share")
    answer(qtbot, window, "infra_time_share", 48)
    complete(qtbot, window, {})
    page = result_shown(qtbot, window)
    assert page.tabs.currentIndex() == THRESHOLDS
    first = page.thresholds.shown_items()[0]  # borderline ones first
    assert "Time on infrastructure (%): 48" in first.text.text() and "more than 50" in first.text.text()
    assert first.marked and first.badge.isVisible() and first.badge.text() == "Borderline"
    assert "borderline)" in page.tabs.tabText(THRESHOLDS)
    qtbot.mouseClick(first.buttons[0], Qt.MouseButton.LeftButton)
    assert "infra_time_share" in current_page(window).blocks


def test_the_support_follows_answers_changed_while_the_result_shows(qtbot, window):
    """A change arriving while the result is on screen (an opened file, a script) updates it."""
    complete(qtbot, window, ALL_SIGNALS)
    page = result_shown(qtbot, window)
    assert not page.provisional.isVisible()
    window.model.set_answer("models_in_production", 4)
    window.model.set_answer("critical_models", 0)
    window.model.set_answer("retraining", "automated_scheduled")
    window.model.set_answer("retraining_hours_per_month", 1)
    window.model.set_answer("degradation_incidents_12m", 0)
    window.model.set_answer("infra_time_share", 15)
    window.model.set_answer("reproducibility", DONT_KNOW)
    assert page.decision.text() == "Not yet"  # the main result at once
    page = result_shown(qtbot, window)
    assert page.provisional.isVisible()
    assert page_index(window) == len(window.pages)
