"""The assessment document format (pure core, no Qt): round trip and every refusal."""

from __future__ import annotations

import json

import pytest

from readiness_app.core.document import (
    DOCUMENT_FORMAT,
    DOCUMENT_VERSION,
    assess_document,
    load_document,
    new_document,
    save_document,
)
from readiness_app.core.errors import AnswersError
from tests.helpers import ALL_SIGNALS


def test_round_trip_keeps_answers_notes_and_metadata(tmp_path):
    doc = new_document()
    doc.answers.update(ALL_SIGNALS)
    doc.notes["team"] = "Two data scientists leave in June."
    doc.metadata["prepared_by"] = "A. Consultant"
    path = save_document(doc, tmp_path / "a.json")
    data = json.loads(path.read_text())
    assert data["format"] == DOCUMENT_FORMAT and data["format_version"] == DOCUMENT_VERSION
    assert data["questionnaire"] == "mlops-readiness" and data["questionnaire_version"]
    again, ruleset = load_document(path)
    assert again.answers == ALL_SIGNALS
    assert again.notes == doc.notes and again.metadata == doc.metadata
    assert again.created == doc.created
    result, _ = assess_document(path)
    assert result.decision == "hire"


def test_unfinished_documents_load(tmp_path):
    path = save_document(new_document(), tmp_path / "new.json")
    doc, _ = load_document(path)
    assert doc.answers["models_in_production"] == 0
    with pytest.raises(AnswersError, match="required answer"):
        assess_document(path)


def test_saving_is_atomic(tmp_path, monkeypatch):
    path = save_document(new_document(), tmp_path / "a.json")
    before = path.read_bytes()
    doc = new_document()
    doc.answers["company_name"] = "Changed"
    monkeypatch.setattr("readiness_app.core.document.AssessmentDocument.to_json",
                        lambda self: (_ for _ in ()).throw(OSError("disk full")))
    with pytest.raises(OSError):
        save_document(doc, path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["a.json"]


@pytest.mark.parametrize("content, message", [
    ("", "is empty"),
    ("not json at all", "not valid JSON"),
    ('{"format": "readiness-app/assessment", "format_version": 99, "questionnaire": "mlops-readiness"}',
     "newer readiness-app"),
    ('{"format": "something-else", "questionnaire": "mlops-readiness"}', "not a readiness-app assessment"),
    ('{"format": "readiness-app/assessment", "questionnaire": "nope"}', "does not have"),
    ('{"format": "readiness-app/assessment", "questionnaire": "mlops-readiness", "answers": {"bogus": 1}}',
     "bogus: no such question"),
    ('{"format": "readiness-app/assessment", "questionnaire": "mlops-readiness", '
     '"answers": {"infra_time_share": 140}}', "above the maximum"),
    ('{"format": "readiness-app/assessment", "questionnaire": "mlops-readiness", "notes": {"nowhere": "x"}}',
     "no such section"),
])
def test_bad_documents_say_what_is_wrong(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_text(content)
    with pytest.raises(AnswersError, match=message) as caught:
        load_document(path)
    assert "bad.json" in caught.value.render()


def test_a_plain_answers_file_opens_as_a_new_assessment(tmp_path):
    path = tmp_path / "answers.json"
    path.write_text(json.dumps({"answers": {"company_name": "Plain"}}))
    doc, _ = load_document(path)
    assert doc.answers == {"company_name": "Plain"} and doc.format_version == DOCUMENT_VERSION
