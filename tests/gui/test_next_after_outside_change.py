"""Next on a section whose answers changed behind the page (set from elsewhere: undo, an import, a restore)
checks the answers as they are now: it moves on when they are complete, and never raises inside Qt's
QWizard.next() (an exception there takes the whole app down)."""

from __future__ import annotations

from tests.helpers import ALL_SIGNALS


def test_next_after_the_answers_were_completed_elsewhere_moves_on(qtbot, window):
    wizard = window.wizard
    first = wizard.currentPage()
    assert not first.is_ready()  # nothing answered yet: the page knows what is missing
    for qid in first.blocks:
        if qid in ALL_SIGNALS:
            window.model.set_answer(qid, ALL_SIGNALS[qid])
    wizard.next()
    assert wizard.currentPage() is not first


def test_next_on_a_page_still_missing_answers_stays_and_says_so(qtbot, window):
    wizard = window.wizard
    first = wizard.currentPage()
    wizard.next()
    assert wizard.currentPage() is first
    assert first.reason.isVisible() or first.reason.text()
