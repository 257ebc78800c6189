"""Every class of bad input gets a clear message naming the file, the place and
the problem; the CLI exits with status 2 and writes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from readiness_app.core import AnswersError, QuestionnaireError, load_ruleset
from readiness_app.core.session import assess_file
from tests.helpers import EXAMPLES, run_cli

BAD = Path(__file__).parent / "data" / "bad"
BAD_QUESTIONNAIRES = yaml.safe_load((BAD / "questionnaires" / "expected.yaml").read_text())
BAD_ANSWERS = yaml.safe_load((BAD / "answers" / "expected.yaml").read_text())


@pytest.mark.parametrize("name", sorted(BAD_QUESTIONNAIRES))
def test_broken_questionnaire_is_refused_with_a_located_message(name):
    path = BAD / "questionnaires" / name
    with pytest.raises(QuestionnaireError) as caught:
        load_ruleset(path)
    message = caught.value.render()
    assert BAD_QUESTIONNAIRES[name] in message
    assert name in message or "rules-unknown-question.yaml" in message


@pytest.mark.parametrize("name", sorted(BAD_ANSWERS))
def test_bad_answers_are_refused_with_a_located_message(name):
    path = BAD / "answers" / name
    with pytest.raises(AnswersError) as caught:
        assess_file(path)
    message = caught.value.render()
    assert BAD_ANSWERS[name] in message
    assert str(path) in message


def test_questionnaire_errors_give_the_line():
    with pytest.raises(QuestionnaireError) as caught:
        load_ruleset(BAD / "questionnaires" / "min-above-max.yaml")
    assert "min-above-max.yaml:8:" in caught.value.render()  # the question starts on line 8


def test_all_missing_answers_are_listed_at_once():
    with pytest.raises(AnswersError) as caught:
        assess_file(BAD / "answers" / "missing-required.yaml")
    message = caught.value.render()
    for qid in ("hiring_market", "retraining", "reproducibility", "executive_sponsor", "interview_process_defined"):
        assert qid in message


def test_unreadable_answers_file(tmp_path):
    with pytest.raises(AnswersError, match="no such file"):
        assess_file(tmp_path / "missing.yaml")
    with pytest.raises(AnswersError, match="is a folder"):
        assess_file(tmp_path)


@pytest.mark.parametrize("name", sorted(BAD_ANSWERS))
def test_cli_exits_2_without_traceback_and_writes_nothing(tmp_path, name):
    out_json = tmp_path / "result.json"
    proc = run_cli("assess", str(BAD / "answers" / name), "--json", str(out_json))
    assert proc.returncode == 2, proc.stderr
    assert BAD_ANSWERS[name] in proc.stderr
    assert "Traceback" not in proc.stderr
    assert proc.stdout == ""
    assert not out_json.exists()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", sorted(BAD_QUESTIONNAIRES))
def test_cli_refuses_a_broken_questionnaire(tmp_path, name):
    path = BAD / "questionnaires" / name
    proc = run_cli("validate", str(path))
    assert proc.returncode == 2
    assert BAD_QUESTIONNAIRES[name] in proc.stderr
    assert "Traceback" not in proc.stderr
    out_json = tmp_path / "r.json"
    proc = run_cli("assess", str(EXAMPLES / "scaleup-all-signals.yaml"), "--questionnaire", str(path),
                   "--json", str(out_json))
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert not out_json.exists()


def test_cli_refuses_an_unwritable_output_folder(tmp_path):
    proc = run_cli("assess", str(EXAMPLES / "scaleup-all-signals.yaml"), "--json",
                   str(tmp_path / "no" / "such" / "folder" / "r.json"))
    assert proc.returncode == 2
    assert "does not exist" in proc.stderr


def test_cli_keeps_an_existing_result_when_the_answers_are_bad(tmp_path):
    out_json = tmp_path / "result.json"
    out_json.write_text("previous result")
    proc = run_cli("assess", str(BAD / "answers" / "wrong-type.yaml"), "--json", str(out_json))
    assert proc.returncode == 2
    assert out_json.read_text() == "previous result"
