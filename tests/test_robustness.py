"""Nothing is lost: full disks, read-only folders, a network that must never be
used, huge files and any text a user may type."""

from __future__ import annotations

import errno
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from readiness_app.core import AnswersError, OutputError, assess, load_ruleset, validate_answers
from readiness_app.core.session import assess_file
from readiness_app.core.storage import atomic_write_text
from tests.helpers import ALL_SIGNALS, EXAMPLES, run_cli

SCALEUP = EXAMPLES / "scaleup-all-signals.yaml"


def _full_disk(*_args, **_kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


def test_disk_full_while_writing_keeps_the_previous_file(tmp_path, monkeypatch):
    target = tmp_path / "result.json"
    target.write_text("yesterday's result")
    monkeypatch.setattr(os, "fsync", _full_disk)
    with pytest.raises(OutputError, match="No space left on device; any existing file is unchanged"):
        atomic_write_text(target, "today's result")
    assert target.read_text() == "yesterday's result"
    assert [p.name for p in tmp_path.iterdir()] == ["result.json"]


def test_pdf_export_on_a_full_disk_keeps_the_previous_report(tmp_path, monkeypatch):
    from readiness_app.report import write_report

    result = assess_file(SCALEUP).result
    target = tmp_path / "report.pdf"
    target.write_bytes(b"%PDF-1.4 previous report")
    monkeypatch.setattr(os, "fsync", _full_disk)
    with pytest.raises(OutputError, match="No space left"):
        write_report(result, target)
    assert target.read_bytes() == b"%PDF-1.4 previous report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_cli_reports_a_full_disk_with_exit_2(tmp_path, monkeypatch, capsys):
    from readiness_app import cli

    for name in ("r.json", "r.pdf"):
        (tmp_path / name).write_text("previous")
    monkeypatch.setattr(os, "fsync", _full_disk)
    for option, name in (("--json", "r.json"), ("--pdf", "r.pdf")):
        code = cli.main(["assess", str(SCALEUP), option, str(tmp_path / name)])
        err = capsys.readouterr().err
        assert code == 2
        assert "No space left on device" in err and "Traceback" not in err
        assert (tmp_path / name).read_text() == "previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.json", "r.pdf"]


def test_huge_answers_file_is_refused(tmp_path):
    from readiness_app.core.limits import MAX_FILE_BYTES

    path = tmp_path / "huge.yaml"
    with path.open("w") as handle:
        handle.write("answers:\n  company_name: x\n")
        handle.write("# " + "padding " * (MAX_FILE_BYTES // 8 + 1) + "\n")
    with pytest.raises(AnswersError, match="far too large"):
        assess_file(path)
    proc = run_cli("assess", str(path), "--json", str(tmp_path / "r.json"))
    assert proc.returncode == 2 and "far too large" in proc.stderr
    assert not (tmp_path / "r.json").exists()


def test_a_full_assessment_and_pdf_export_never_touch_the_network(tmp_path, no_network):
    from readiness_app.report import write_report

    assessed = assess_file(SCALEUP)
    write_report(assessed.result, tmp_path / "report.pdf")
    assert (tmp_path / "report.pdf").stat().st_size > 10_000
    assert no_network == []


MARKUP = st.sampled_from(["R&D <b>Labs</b> <font", "</para>", "<br/>", "&amp;", "]]>", "\u202e", "שלום",
                          "مرحبا", "\x00", "\ufeff", "😀", "ÀÉÈÇ äöüß łńśźż čřšž őű ășț € £"])
TEXT = st.lists(st.text(max_size=60) | MARKUP, max_size=6).map("".join)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(company=TEXT, note=TEXT)
def test_pdf_export_never_crashes_on_any_text(tmp_path, company, note):
    from readiness_app.core.limits import clean_text
    from readiness_app.report import render_report_bytes

    ruleset = load_ruleset()
    raw = dict(ALL_SIGNALS, company_name=clean_text(company, 300, multiline=False)[0])
    result = assess(ruleset, validate_answers(ruleset.questionnaire, raw))
    pdf = render_report_bytes(result, notes={"company": note, "mandate": note}, prepared_for=company,
                              prepared_by=note[:80])
    assert pdf.startswith(b"%PDF")


def test_a_stored_snapshot_summary_is_never_shown_as_it_is_when_the_rules_cannot_show_it(tmp_path):
    """A damaged or hand-edited summary (a score of 1000000, a decision the rules do not have) is worked
    out again from the snapshot's own answers."""
    import json

    data = json.loads((EXAMPLES / "workshop-finlytics.json").read_text(encoding="utf-8"))
    data["snapshots"][0]["summary"].update(score=1000000, decision="hire_everyone")
    path = tmp_path / "client.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    progress = assess_file(path).workshop.progress
    assert progress is not None and 0 <= progress.before.score <= 100
    assert progress.before.decision in {"hire", "secure_mandate_first", "not_yet", "cannot_assess_yet"}
    proc = run_cli("assess", str(path))
    assert proc.returncode == 0, proc.stderr
    assert "1000000" not in proc.stdout and "1,000,000" not in proc.stdout and "hire_everyone" not in proc.stdout


def test_the_largest_document_the_limits_allow_is_saved_and_read_back(tmp_path):
    """Every limit reached at once, in four-byte characters: the file stays under the read limit."""
    from readiness_app.core.document import (
        AssessmentDocument,
        Respondent,
        Settlement,
        Snapshot,
        SnapshotSummary,
        save_document,
    )
    from readiness_app.core.limits import (
        MAX_FILE_BYTES,
        MAX_FILE_NAME_LENGTH,
        MAX_NAME_LENGTH,
        MAX_NOTE_LENGTH,
        MAX_RESPONDENTS,
        MAX_SNAPSHOTS,
        MAX_TEXT_LENGTH,
    )
    from readiness_app.core.session import open_file

    ruleset = load_ruleset()
    q, wide = ruleset.questionnaire, "😀"
    answers = {}
    for qid, question in q.questions.items():
        if question.type == "text":
            answers[qid] = wide * question.max_length
        elif question.type == "multiple_choice":
            answers[qid] = question.option_values()
        elif question.type in ("integer", "number", "percent"):
            answers[qid] = question.upper if question.upper is not None else 10**15 - 1
        elif question.type == "yes_no":
            answers[qid] = False
        else:
            answers[qid] = max(question.option_values(), key=len)
    signals = [s.id for s in ruleset.rules.signals]
    summary = SnapshotSummary(decision="secure_mandate_first", decision_label=wide * MAX_NAME_LENGTH, score=100,
                              signals=signals, signal_titles=dict.fromkeys(signals, wide * MAX_NAME_LENGTH),
                              seniority="senior", seniority_title=wide * MAX_NAME_LENGTH,
                              band_min=10.0**14, band_max=10.0**14)
    doc = AssessmentDocument(
        questionnaire=q.id, questionnaire_version=q.version, answers=answers,
        notes={s.id: wide * MAX_NOTE_LENGTH for s in q.sections},
        respondents=[Respondent(id=f"{i:040d}", name=wide * MAX_NAME_LENGTH, role=wide * MAX_NAME_LENGTH,
                                answers=answers, imported_from=wide * MAX_FILE_NAME_LENGTH)
                     for i in range(MAX_RESPONDENTS)],
        settled={qid: Settlement(value=value, note=wide * MAX_TEXT_LENGTH) for qid, value in answers.items()},
        snapshots=[Snapshot(label=wide * MAX_NAME_LENGTH, answers=answers, summary=summary)] * MAX_SNAPSHOTS,
    )
    path = save_document(doc, tmp_path / "largest.json")
    assert path.stat().st_size < MAX_FILE_BYTES
    again = open_file(path).document
    assert len(again.respondents) == MAX_RESPONDENTS and len(again.snapshots) == MAX_SNAPSHOTS


def test_text_is_checked_where_it_enters():
    from readiness_app.core.limits import clean_text, text_problem

    assert text_problem("Acme\ud800 Labs") == "contains a character that cannot be saved (U+D800, half of a pair)"
    assert text_problem("Acme\x1b[2J") == "contains an invisible control character (U+001B)"
    assert text_problem("two\nlines\tand a tab") is None
    assert text_problem("two\nlines", multiline=False) == "contains an invisible control character (U+000A)"
    assert text_problem("x" * 11, limit=10) == "is 11 characters long, the limit is 10"
    assert clean_text("Acme\ud800\x07 Labs\r\n", multiline=True) == (
        "Acme\ufffd Labs\n", ["characters that cannot be saved were replaced by \ufffd",
                              "invisible control characters were removed"])
    assert clean_text("a\nb", multiline=False) == ("a b", ["line breaks and tabs became spaces"])
    assert clean_text("é" * 12, limit=10) == ("é" * 10, ["the text was cut at 10 characters"])
