"""The command line end to end, in a fresh process, as a user runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import EXAMPLES, ROOT, run_cli

SCALEUP = str(EXAMPLES / "scaleup-all-signals.yaml")


def test_assess_prints_a_summary_and_writes_the_json_result(tmp_path):
    out = tmp_path / "result.json"
    proc = run_cli("assess", SCALEUP, "--json", str(out))
    assert proc.returncode == 0, proc.stderr
    assert "HIRE AN MLOPS ENGINEER" in proc.stdout
    assert "€95,000 – €130,000" in proc.stdout
    data = json.loads(out.read_text())
    assert data["decision"] == "hire"
    assert data["signals_present"] == 5
    assert {s["id"] for s in data["signals"]} == {
        "model_estate", "manual_retraining", "undetected_degradation", "infra_burden", "reproducibility_gap"}
    assert data["budget"]["base_min"] == 95000 and data["budget"]["base_max"] == 130000
    assert data["time_to_hire_weeks"]["min"] == 6 and data["time_to_hire_weeks"]["max"] == 10
    for item in data["rationale"]:
        assert set(item) >= {"text", "answers", "rule", "source"}
    assert {d["publisher"] for d in data["sources"]} == {"Bluecoders", "Optima Search Europe"}


def test_every_example_assesses(tmp_path):
    for example in sorted(EXAMPLES.glob("*.yaml")) + sorted(EXAMPLES.glob("*.json")):
        proc = run_cli("assess", str(example))
        assert proc.returncode == 0, (example.name, proc.stderr)
        # the summary speaks the document's language, frame included
        assert ("Décision :" if example.stem.endswith("-fr") else "Decision:") in proc.stdout


def test_explain_shows_answers_rules_and_passages():
    proc = run_cli("explain", SCALEUP)
    assert proc.returncode == 0, proc.stderr
    assert "rule:   decision.several_signals" in proc.stdout
    assert "answer: How many ML models run in production today? = 8" in proc.stdout
    assert "If several of these signals are present" in proc.stdout
    assert "ASSUMPTION" in proc.stdout  # assumptions are never hidden


def test_json_answers_and_no_questionnaire_key(tmp_path):
    import yaml

    data = yaml.safe_load((EXAMPLES / "scaleup-all-signals.yaml").read_text())
    path = tmp_path / "answers.json"
    path.write_text(json.dumps({"answers": data["answers"]}))
    proc = run_cli("assess", str(path))
    assert proc.returncode == 0, proc.stderr


def test_validate_and_schema():
    proc = run_cli("validate", str(ROOT / "questionnaires" / "mlops-readiness.yaml"))
    assert proc.returncode == 0 and "is valid" in proc.stdout
    proc = run_cli("schema")
    schemas = json.loads(proc.stdout)
    assert set(schemas) >= {"questionnaire", "answers", "rules", "result"}
    assert "sections" in schemas["questionnaire"]["properties"]
    proc = run_cli("schema", "answers")
    assert "answers" in json.loads(proc.stdout)["properties"]


def test_installed_console_script_and_module_agree():
    proc = run_cli("--version")
    assert proc.returncode == 0 and proc.stdout.startswith("readiness-app ")


def test_cli_does_not_import_qt_or_reportlab():
    code = (
        f"import sys, runpy; sys.argv = ['readiness-app', 'assess', {SCALEUP!r}];\n"
        "from readiness_app import cli\n"
        "try:\n    cli.main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'reportlab')))\n"
        "print('LOADED', bad)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert "LOADED []" in proc.stdout, proc.stdout + proc.stderr


def test_core_imports_no_qt_and_no_reportlab():
    code = ("import sys, readiness_app.core, readiness_app.cli;"
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'reportlab'))))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert proc.stdout.strip() == "[]", proc.stdout + proc.stderr


def test_assess_a_document_saved_by_the_app_with_its_notes(tmp_path):
    import yaml

    answers = yaml.safe_load((EXAMPLES / "scaleup-all-signals.yaml").read_text())["answers"]
    doc = {"format": "readiness-app/assessment", "format_version": 1, "questionnaire": "mlops-readiness",
           "answers": answers, "notes": {"mandate": "Sponsor confirmed by the CEO in the workshop."},
           "metadata": {"prepared_by": "Claire Dubois"}}
    path = tmp_path / "finlytics.json"
    path.write_text(json.dumps(doc))
    pdf = tmp_path / "finlytics.pdf"
    proc = run_cli("assess", str(path), "--pdf", str(pdf))
    assert proc.returncode == 0, proc.stderr
    assert "HIRE AN MLOPS ENGINEER" in proc.stdout
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout.split())
    assert "Sponsor confirmed by the CEO in the workshop." in text
    assert "Claire Dubois" in text


# -- outputs never destroy inputs ----------------------------------------------------------------

WORKSHOP = EXAMPLES / "workshop-finlytics.json"


def _copy(src, dest):
    dest.write_bytes(src.read_bytes())
    return dest


def _refused(proc, *names):
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "nothing was written" in proc.stderr.lower() and "Traceback" not in proc.stderr
    for name in names:
        assert name in proc.stderr, (name, proc.stderr)


@pytest.mark.parametrize("option", ["--json", "--pdf"])
@pytest.mark.parametrize("source", [EXAMPLES / "scaleup-all-signals.yaml", WORKSHOP], ids=["answers", "client-file"])
def test_an_output_onto_the_input_file_is_refused_and_the_file_is_unchanged(tmp_path, source, option):
    path = _copy(source, tmp_path / source.name)
    before = path.read_bytes()
    proc = run_cli("assess", str(path), option, str(path))
    _refused(proc, "answers file", str(path))
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [source.name]


@pytest.mark.parametrize("command, option", [("assess", "--json"), ("assess", "--pdf"), ("kit", "--md")])
@pytest.mark.parametrize("which, name", [("rules", "the rules file"), ("salary-bands", "the salary bands file")])
def test_an_output_onto_the_users_own_rules_or_bands_is_refused(config, command, option, which, name):
    """Read without being named on the command line, the user's own copy in their configuration folder is
    their work all the same."""
    made = run_cli("own-copy", which)
    assert made.returncode == 0, made.stderr
    own = Path(made.stdout.strip())
    before = own.read_bytes()
    proc = run_cli(command, str(EXAMPLES / "scaleup-all-signals.yaml"), option, str(own))
    _refused(proc, name, str(own))
    assert own.read_bytes() == before


@pytest.mark.parametrize("spelling", ["dot-slash", "up-and-back", "symlink", "hard-link"])
def test_another_spelling_of_the_input_is_refused_too(tmp_path, spelling):
    (tmp_path / "sub").mkdir()
    path = _copy(WORKSHOP, tmp_path / "client.json")
    before = path.read_bytes()
    if spelling == "dot-slash":
        target = "./client.json"
    elif spelling == "up-and-back":
        target = "sub/../client.json"
    elif spelling == "symlink":
        (tmp_path / "latest.json").symlink_to(path)
        target = "latest.json"
    else:
        os.link(path, tmp_path / "same-inode.json")
        target = "same-inode.json"
    proc = run_cli("assess", "client.json", "--json", target, cwd=tmp_path)
    _refused(proc, "the answers file client.json", str(Path(target)))
    assert path.read_bytes() == before


def test_the_json_and_the_pdf_into_one_file_is_refused(tmp_path):
    out = tmp_path / "out"
    proc = run_cli("assess", SCALEUP, "--json", str(out), "--pdf", str(out))
    _refused(proc, "JSON", "PDF")
    assert not out.exists()
    out.write_bytes(b"last week's report")
    proc = run_cli("assess", SCALEUP, "--json", str(out), "--pdf", str(tmp_path / "." / "out"))
    _refused(proc, "JSON", "PDF")
    assert out.read_bytes() == b"last week's report"


def test_an_output_onto_the_questionnaire_is_refused(tmp_path):
    questionnaire = _copy(ROOT / "questionnaires" / "mlops-readiness.yaml", tmp_path / "q.yaml")
    before = questionnaire.read_bytes()
    proc = run_cli("assess", SCALEUP, "--questionnaire", str(questionnaire), "--pdf", str(questionnaire))
    _refused(proc, "questionnaire", str(questionnaire))
    assert questionnaire.read_bytes() == before


def test_a_result_with_text_that_cannot_be_saved_is_a_clear_error_and_nothing_is_written(tmp_path):
    doc = json.loads(WORKSHOP.read_text())
    doc["answers"]["company_name"] = "Finlytics \udc80 SAS"
    path = tmp_path / "client.json"
    path.write_text(json.dumps(doc))  # a lone surrogate, as JSON can carry it ("\udc80")
    out, pdf = tmp_path / "out.json", tmp_path / "out.pdf"
    proc = run_cli("assess", str(path), "--json", str(out), "--pdf", str(pdf))
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "internal error" not in proc.stderr and "Traceback" not in proc.stderr
    assert not out.exists() and not pdf.exists()
