"""The command line end to end, in a fresh process, as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys

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
