"""The consultant's workshop: respondents, disagreements ordered by what they
change, settled answers, snapshots between visits, and older files."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from readiness_app.core import AnswersError, load_ruleset
from readiness_app.core.answers import DONT_KNOW, validate_answers
from readiness_app.core.document import AssessmentDocument, document_from_data, load_document, save_document
from readiness_app.core.engine import assess
from readiness_app.core.workshop import (
    add_respondent,
    agreed_answers,
    compare,
    disagreements,
    import_respondent,
    settle,
    since_last_snapshot,
    summary_of,
    take_snapshot,
)
from tests.helpers import ALL_SIGNALS, answers, run_cli

DOCS = Path(__file__).parent / "data" / "documents"
RULESET = load_ruleset()


def result_of(doc: AssessmentDocument):
    return assess(RULESET, validate_answers(RULESET.questionnaire, agreed_answers(doc)))


@pytest.fixture
def workshop() -> AssessmentDocument:
    """The CTO, the head of data and a lead ML engineer of a scale-up with every signal, whose
    sponsor is uncertain. They disagree on two things: whether there is an executive sponsor
    (which moves the decision) and how many teams consume the models (which does not)."""
    doc = AssessmentDocument(questionnaire="mlops-readiness")
    cto = answers(ALL_SIGNALS, teams_consuming_models=4)
    head = answers(ALL_SIGNALS, teams_consuming_models=5, executive_sponsor=False)
    lead = answers(ALL_SIGNALS, teams_consuming_models=4)
    for name, role, given in (("Anna Keller", "CTO", cto), ("Marc Roux", "Head of Data", head),
                              ("Sofia Nowak", "Lead ML engineer", lead)):
        doc, _ = add_respondent(doc, name, role, given)
    return doc


def test_three_respondents_two_disagreements_the_decisive_one_first(workshop):
    found = disagreements(workshop, RULESET)
    assert [d.question for d in found] == ["executive_sponsor", "teams_consuming_models"]
    sponsor = found[0]
    assert sponsor.moves_decision and not found[1].moves_decision
    by_name = {a.name: a for a in sponsor.answers}
    assert by_name["Marc Roux"].decision == "secure_mandate_first"
    assert by_name["Anna Keller"].decision == "hire"
    assert len(sponsor.answers) == 3


def test_unsettled_disagreement_is_dont_know_and_makes_the_result_provisional(workshop):
    assert agreed_answers(workshop)["executive_sponsor"] == DONT_KNOW
    result = result_of(workshop)
    assert result.confidence.provisional
    assert "executive_sponsor" in {v.question for v in result.to_verify}


def test_settling_changes_the_result_and_keeps_every_respondents_answer(workshop):
    before = [r.model_copy(deep=True) for r in workshop.respondents]
    settled = settle(workshop, "executive_sponsor", False, note="The CEO has not signed off yet.")
    assert result_of(settled).decision == "secure_mandate_first"
    settled = settle(settled, "executive_sponsor", True, note="CEO confirmed on the call.")
    assert result_of(settled).decision == "hire"
    assert not result_of(settled).confidence.provisional
    assert settled.respondents == before
    assert settled.settled["executive_sponsor"].note == "CEO confirmed on the call."
    # the settled question is still listed as disputed, with its settlement
    assert disagreements(settled, RULESET)[0].settled.value is True


def test_first_respondent_starts_from_the_existing_answers():
    doc = AssessmentDocument(questionnaire="mlops-readiness", answers=dict(ALL_SIGNALS))
    doc, person = add_respondent(doc, "Anna Keller", "CTO")
    assert person.answers == dict(ALL_SIGNALS)
    assert agreed_answers(doc) == dict(ALL_SIGNALS)


def test_import_a_respondent_from_an_answers_file(tmp_path, workshop):
    path = tmp_path / "tom.json"
    path.write_text(json.dumps({"answers": answers(ALL_SIGNALS, reproducibility="yes")}))
    doc, person = import_respondent(workshop, RULESET, path, "Tom Weber", "ML engineer")
    assert person.imported_from == "tom.json" and person.answers["reproducibility"] == "yes"
    assert "reproducibility" in {d.question for d in disagreements(doc, RULESET)}
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"answers": {"gpu_budget": 3}}))
    with pytest.raises(AnswersError, match="gpu_budget"):
        import_respondent(workshop, RULESET, bad, "Nobody")


def test_snapshot_change_snapshot_shows_what_moved(tmp_path, workshop):
    doc = settle(workshop, "executive_sponsor", False)
    doc = take_snapshot(doc, RULESET, "First visit", taken=datetime(2026, 5, 4, tzinfo=UTC))
    doc = settle(doc, "executive_sponsor", True)
    for person in doc.respondents:
        person.answers["reproducibility"] = "yes"
        person.answers["versioned_artifacts"] = ["code", "data", "models"]
    doc = settle(doc, "reproducibility", "yes")
    doc = take_snapshot(doc, RULESET, "Three months later", taken=datetime(2026, 8, 4, tzinfo=UTC))
    first, second = doc.snapshots
    progress = compare(first.summary, second.summary, first.label, second.label)
    assert progress.decision_changed
    assert progress.disappeared == ["reproducibility_gap"]
    assert "Decision: Secure the mandate first → Hire an MLOps engineer" in progress.lines
    assert any(line.startswith("Signals that disappeared: Reproducibility gap") for line in progress.lines)
    path = tmp_path / "client.json"
    save_document(doc, path)
    proc = run_cli("compare", str(path))
    assert proc.returncode == 0, proc.stderr
    assert "First visit → Three months later" in proc.stdout
    assert "Secure the mandate first → Hire an MLOps engineer" in proc.stdout
    # since the last snapshot, nothing moved: said in words, not as "79 → 79 (+0)"
    still = since_last_snapshot(doc, result_of(doc)).lines
    assert still[0] == f"Score unchanged: {second.summary.score}"
    assert still[1].startswith("Decision unchanged")


def test_compare_two_files_from_the_command_line(tmp_path):
    old, new = tmp_path / "may.json", tmp_path / "august.json"
    old.write_text(json.dumps({"answers": answers(ALL_SIGNALS, executive_sponsor=False)}))
    new.write_text(json.dumps({"answers": answers(ALL_SIGNALS)}))
    proc = run_cli("compare", str(old), str(new))
    assert proc.returncode == 0, proc.stderr
    assert "Decision: Secure the mandate first → Hire an MLOps engineer" in proc.stdout
    proc = run_cli("compare", str(old))
    assert proc.returncode == 2 and "no saved visit" in proc.stderr


def test_a_file_of_the_previous_format_opens_and_keeps_every_answer(tmp_path):
    original = json.loads((DOCS / "v1-finlytics.json").read_text())
    doc, _ = load_document(DOCS / "v1-finlytics.json")
    assert doc.format_version == 2
    assert doc.answers == original["answers"]
    assert doc.notes == original["notes"] and doc.metadata == original["metadata"]
    assert doc.respondents == [] and doc.language == "en"
    path = tmp_path / "migrated.json"
    save_document(doc, path)
    again, _ = load_document(path)
    assert again.answers == original["answers"]
    assert json.loads(path.read_text())["format_version"] == 2


def test_this_versions_files_are_refused_by_the_previous_reader(tmp_path, workshop, monkeypatch):
    import readiness_app.core.document as document

    path = tmp_path / "client.json"
    save_document(workshop, path)
    monkeypatch.setattr(document, "READS", (1,))  # the previous release read format 1 only
    with pytest.raises(AnswersError, match="saved by a newer readiness-app"):
        document_from_data(json.loads(path.read_text()), path)


def test_save_and_open_keeps_respondents_settlements_and_snapshots(tmp_path, workshop):
    doc = settle(workshop, "executive_sponsor", True, note="Confirmed")
    doc = take_snapshot(doc, RULESET, "Visit 1")
    path = tmp_path / "client.json"
    save_document(doc, path)
    again, _ = load_document(path)
    assert [r.name for r in again.respondents] == ["Anna Keller", "Marc Roux", "Sofia Nowak"]
    assert again.respondents[1].answers["executive_sponsor"] is False
    assert again.settled["executive_sponsor"].value is True
    assert again.snapshots[0].summary == summary_of(result_of(doc))


def test_cli_assesses_the_agreed_answers_of_a_client_file(tmp_path, workshop):
    path = tmp_path / "client.json"
    save_document(settle(workshop, "executive_sponsor", True), path)
    proc = run_cli("assess", str(path))
    assert proc.returncode == 0 and "HIRE AN MLOPS ENGINEER" in proc.stdout


def test_french_phrases_are_complete():
    from readiness_app.core.phrases import missing

    assert missing("fr") == []
