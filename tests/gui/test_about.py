"""The Help menu (About, the user guide, the settings folder), Close, Revert and the window's title."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QApplication

import readiness_app
from readiness_app.ui.help import AboutDialog, GuideDialog
from tests.helpers import ROOT

from .driver import answer, type_into


def _shown(qtbot, kind):
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind), timeout=3000)
    return QApplication.activeModalWidget()


def test_about_names_the_version_licence_sources_and_rule_versions(qtbot, window):
    window.about_action.trigger()
    about = _shown(qtbot, AboutDialog)
    text = about.body.text()
    assert f"Version {readiness_app.__version__}" in text
    licence = (ROOT / "LICENSE").read_text().splitlines()[0] if (ROOT / "LICENSE").is_file() else "see LICENSE"
    assert licence in text
    for document in window.model.ruleset.rules.documents:
        assert document.publisher in text
    rules, questionnaire = window.model.ruleset.rules, window.model.ruleset.questionnaire
    assert f"version {rules.version}" in text and rules.id in text and questionnaire.id in text
    about.reject()


def test_the_user_guide_opens_from_the_help_menu(qtbot, window):
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Help")
    assert window.guide_action in help_menu.actions() and window.about_action in help_menu.actions()
    window.guide_action.trigger()
    guide = _shown(qtbot, GuideDialog)
    assert "Don't know" in guide.body.text() and "own-copy" in guide.body.text()
    guide.reject()


def test_the_settings_folder_is_made_opened_and_explained(qtbot, window, dialogs, tmp_path, monkeypatch):
    folder = tmp_path / "config" / "readiness-app"
    monkeypatch.setenv("READINESS_APP_CONFIG_DIR", str(folder))
    window.settings_folder_action.trigger()
    assert folder.is_dir()
    assert dialogs.urls == [str(folder)]
    assert "own-copy" in dialogs.last("information") and str(folder) in dialogs.last("information")


def test_the_title_follows_the_company_until_the_file_has_a_name(qtbot, window, dialogs, tmp_path):
    assert window.windowTitle().startswith("Untitled assessment")
    type_into(qtbot, window.pages[0].blocks["company_name"].input.edit, "Finlytics SAS")
    assert window.windowTitle().startswith("Finlytics SAS[*]")
    dialogs.save_file = str(tmp_path / "finlytics-visit-2.json")
    window.save()
    assert window.windowTitle().startswith("finlytics-visit-2.json")


def test_revert_asks_then_shows_the_saved_file(qtbot, window, dialogs, tmp_path):
    answer(qtbot, window, "company_name", "Acme")
    target = tmp_path / "acme.json"
    dialogs.save_file = str(target)
    window.save()
    answer(qtbot, window, "company_name", "Acme Robotics")
    window.revert_action.trigger()
    assert dialogs.kinds()[-1] == "question"  # asked first
    assert window.model.answers["company_name"] == "Acme"
    assert window.pages[0].blocks["company_name"].input.edit.text() == "Acme"
    assert not window.isWindowModified()
    assert json.loads(target.read_text())["answers"]["company_name"] == "Acme"


def test_close_puts_the_assessment_away_after_asking(qtbot, window, dialogs, tmp_path):
    answer(qtbot, window, "company_name", "Acme")
    target = tmp_path / "acme.json"
    dialogs.save_file = str(target)
    window.save()
    answer(qtbot, window, "company_name", "Acme Robotics")
    window.close_action.trigger()
    assert dialogs.kinds()[-1] == "warning"  # unsaved changes: asked (the test answers Discard)
    assert window.model.path is None and window.model.answers == {}
    assert window.stack.currentWidget() is window.clients  # the client list, where Acme is
    assert Path(window.clients.tree.topLevelItem(0).data(0, 256)) == target.resolve()
    assert window.isVisible()
