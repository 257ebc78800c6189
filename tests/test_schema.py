"""The answers file's JSON Schema helps an editor: written from the questionnaire, it lists every question
id with its type, range and choices (and "dont_know"), accepts every example and rejects a wrong value."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml

from readiness_app.core.ruleset import load_ruleset
from readiness_app.core.schema import answers_schema
from readiness_app.core.session import open_file

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
COMMITTED = EXAMPLES / "schemas" / "answers.schema.json"
ANSWER_FILES = sorted(EXAMPLES.glob("*.yaml"))


@pytest.fixture(scope="module")
def schema() -> dict:
    out = answers_schema(load_ruleset().questionnaire)
    jsonschema.Draft202012Validator.check_schema(out)
    return out


def errors(schema: dict, data: dict) -> list[str]:
    validator = jsonschema.Draft202012Validator(schema)
    return ["/".join(map(str, e.absolute_path)) for e in validator.iter_errors(data)]


def test_the_cli_prints_it_and_the_committed_copy_is_current(schema):
    proc = subprocess.run([sys.executable, "-m", "readiness_app", "schema", "answers"], capture_output=True,
                          text=True, check=True, cwd=ROOT)
    assert json.loads(proc.stdout) == schema
    assert json.loads(COMMITTED.read_text(encoding="utf-8")) == schema, \
        "run: readiness-app schema answers > examples/schemas/answers.schema.json"
    assert "``" not in proc.stdout  # plain words, no markup


def test_every_question_is_described_for_an_editor(schema):
    questions = load_ruleset().questionnaire.questions
    props = schema["properties"]["answers"]["properties"]
    assert list(props) == list(questions)
    estate = props["models_in_production"]
    assert estate["title"] == "How many ML models run in production today?"
    assert {"type": "integer", "minimum": 0, "maximum": 10000} in estate["anyOf"]
    choices = [c.get("const") for c in props["training_pipelines"]["oneOf"]]
    assert choices == ["none", "ad_hoc_per_model", "shared_automated", "dont_know"]
    assert "incident_detection" not in schema["properties"]["answers"]["required"]  # asked only after incidents


@pytest.mark.parametrize("path", ANSWER_FILES, ids=lambda p: p.name)
def test_every_example_names_the_schema_and_passes_it(schema, path):
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=schemas/answers.schema.json\n")
    assert errors(schema, yaml.safe_load(text)) == []


@pytest.mark.parametrize(("change", "where"), [
    ({"models_in_production": -1}, "answers/models_in_production"),
    ({"training_pipelines": "adhoc"}, "answers/training_pipelines"),
    ({"versioned_artifacts": ["code", "code"]}, "answers/versioned_artifacts"),
    ({"infra_time_share": 140}, "answers/infra_time_share"),
    ({"model_count": 3}, "answers"),  # not a question id
])
def test_a_wrong_value_is_flagged_where_it_is(schema, change, where):
    data = yaml.safe_load((EXAMPLES / "scaleup-all-signals.yaml").read_text(encoding="utf-8"))
    assert errors(schema, data) == []
    data["answers"].update(change)
    assert where in errors(schema, data)


def test_dont_know_is_a_valid_answer_everywhere(schema):
    data = yaml.safe_load((EXAMPLES / "scaleup-all-signals.yaml").read_text(encoding="utf-8"))
    data["answers"] = {qid: "dont_know" for qid in data["answers"]}
    assert errors(schema, data) == []


def test_an_answers_file_naming_its_schema_is_read_by_the_app(tmp_path):
    data = yaml.safe_load((EXAMPLES / "scaleup-all-signals.yaml").read_text(encoding="utf-8"))
    path = tmp_path / "answers.json"
    path.write_text(json.dumps({"$schema": "answers.schema.json", **data}), encoding="utf-8")
    assert open_file(path).answers["models_in_production"] == 8
