"""Unanswered means unanswered: number fields start empty, progress counts what was really answered, and the
wizard, the command line and the client list agree on it."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from readiness_app.core.answers import DONT_KNOW
from readiness_app.ui.client_list import read_client
from tests.helpers import ALL_SIGNALS, run_cli

from .driver import answer, answer_page, block, click_next, current_page, next_button, page_index


def _answered(window) -> tuple[int, int]:
    counts = [window.model.section_progress(s) for s in window.model.questionnaire.sections]
    return sum(d for d, _ in counts), sum(t for _, t in counts)


def test_a_blank_assessment_has_nothing_answered(qtbot, window):
    assert window.model.answers == {}
    assert _answered(window)[0] == 0
    assert window.side.progress.value() == 0
    answer_page(qtbot, window, ALL_SIGNALS)
    click_next(qtbot, window)  # the models page: numbers only
    for qid in ("models_in_production", "critical_models", "teams_consuming_models"):
        spin = block(window, qid).input.spin
        assert spin.lineEdit().text().strip() == "", f"{qid} shows {spin.lineEdit().text()!r}"
        assert block(window, qid).input.value() is None
    done, _total = _answered(window)
    assert done == 5  # the first page's, nothing more


def test_a_number_can_be_typed_stepped_cleared_and_not_known(qtbot, window):
    answer_page(qtbot, window, ALL_SIGNALS)
    click_next(qtbot, window)
    number = block(window, "models_in_production").input
    answer(qtbot, window, "models_in_production", 0)  # zero is a real answer once typed
    assert window.model.answers["models_in_production"] == 0
    edit = number.spin.lineEdit()
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert window.model.answers["models_in_production"] == 1
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert "models_in_production" not in window.model.answers
    assert edit.text().strip() == ""
    fresh = block(window, "critical_models").input.spin
    fresh.setFocus()
    qtbot.keyClick(fresh, Qt.Key.Key_Up)  # from empty, the arrow starts at the minimum
    assert window.model.answers["critical_models"] == 0
    answer(qtbot, window, "models_in_production", DONT_KNOW)
    assert window.model.answers["models_in_production"] == DONT_KNOW
    answer(qtbot, window, "models_in_production", 7)
    assert window.model.answers["models_in_production"] == 7


def test_a_percentage_starts_empty(qtbot, window):
    while page_index(window) < 5:  # the team page
        answer_page(qtbot, window, ALL_SIGNALS)
        click_next(qtbot, window)
    answer(qtbot, window, "ml_practitioners", 4)
    share = block(window, "infra_time_share").input
    assert share.value() is None and share.spin.lineEdit().text().strip() == ""
    answer(qtbot, window, "infra_time_share", 0)
    assert window.model.answers["infra_time_share"] == 0


def test_the_wizard_the_command_line_and_the_client_list_agree(qtbot, window, dialogs, tmp_path):
    answer_page(qtbot, window, ALL_SIGNALS)
    click_next(qtbot, window)
    answer(qtbot, window, "models_in_production", 3)
    answer(qtbot, window, "critical_models", DONT_KNOW)
    target = tmp_path / "half.json"
    dialogs.save_file = str(target)
    window.save_as()
    saved = json.loads(target.read_text())["answers"]
    assert "teams_consuming_models" not in saved
    done, total = _answered(window)
    assert done == 7

    cli = run_cli("assess", str(target))
    assert cli.returncode != 0
    assert "teams_consuming_models" in cli.stderr and "models_in_production" not in cli.stderr.split("missing:")[-1]

    info = read_client(target, window.model.ruleset, "en")
    assert info.state == "unfinished"
    assert (info.answered, info.total) == (done, total)
    assert not next_button(window).isEnabled() or current_page(window).validatePage() is False
