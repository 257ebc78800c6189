"""The wizard's own words in French through Qt's translation system: every
message translated, none missing from the sources, and a window that speaks
French when asked to."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWizard

from readiness_app.core.engine import assess
from readiness_app.core.ruleset import load_ruleset
from readiness_app.ui.workshop_view import RespondentDialog
from tests.helpers import EXAMPLES

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "assets" / "translations" / "readiness_app_fr.ts"
UI = ROOT / "readiness_app" / "ui"


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out[(name, message.findtext("source") or "")] = message.find("translation")
    return out


def test_every_french_message_is_finished_and_filled():
    messages = _messages(TS)
    assert len(messages) > 200
    unfinished = [src for src, t in messages.items() if t is None or t.get("type") in ("unfinished", "vanished",
                                                                                         "obsolete")]
    empty = [src for src, t in messages.items() if t is not None and not (t.text or "").strip()]
    assert not unfinished, unfinished
    assert not empty, empty
    for (_context, source), translation in messages.items():  # placeholders survive translation
        for n in range(4):
            assert (f"{{{n}}}" in source) == (f"{{{n}}}" in translation.text), (source, translation.text)


def test_every_tr_string_of_the_wizard_has_a_translation(tmp_path):
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.is_file():
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in UI.glob("*.py"))
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    wanted = set(_messages(fresh))
    shipped = set(_messages(TS))
    assert wanted, "lupdate found no tr() strings"
    assert not wanted - shipped, sorted(wanted - shipped)


@pytest.fixture
def french(monkeypatch, tmp_path):
    monkeypatch.setenv("READINESS_APP_LANGUAGE", "fr")
    monkeypatch.setenv("READINESS_APP_CACHE_DIR", str(tmp_path / "cache"))
    yield
    app = QApplication.instance()
    for translator in getattr(app, "_translators", []):
        app.removeTranslator(translator)
    app._translators = []


def test_the_window_speaks_french(qtbot, french, make_window, dialogs):
    window = make_window()
    menus = [a.text() for a in window.menuBar().actions()]
    assert {"&Fichier", "A&telier", "Affic&hage", "&Aide"} <= set(menus)  # each with its own letter
    wizard = window.wizard
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "&Suivant >"
    assert window.pages[0].title() == "1. Entreprise et marché"  # the questionnaire in the app's language
    assert "Nom de l'entreprise" in window.pages[0].blocks["company_name"].label.text().replace("&", "")
    assert window.side.list.item(len(window.pages)).text() == "★ Recommandation"
    assert window.windowTitle().startswith("Évaluation sans titre")
    window.add_respondent_action.trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), RespondentDialog), timeout=3000)
    dialog = QApplication.activeModalWidget()
    assert dialog.windowTitle() == "Ajouter un participant"
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuler"  # Qt's own
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    window.model.set_modified(False)


def test_a_french_client_gets_a_french_result_in_an_english_app(qtbot, window, dialogs):
    assert window.open_path(EXAMPLES / "workshop-finlytics-fr.json")
    assert window.model.report_lang == "fr"
    window.disagreements_action.trigger()
    page = window.result_page
    expected = assess(load_ruleset(), window.model.counted_answers(), "fr").decision_label
    assert page.decision.text() == expected
    assert page.language.currentText() == "Français"
    assert page.tabs.tabText(0) == "&Recommendation"
    qtbot.waitUntil(lambda: not page.support_pending(), timeout=5000)
    card = page.disagreements.shown_cards()[0]
    assert card.rows[0][1].text() in ("oui", "non")
