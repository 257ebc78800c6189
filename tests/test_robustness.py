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
    from readiness_app.report import render_report_bytes

    ruleset = load_ruleset()
    raw = dict(ALL_SIGNALS, company_name=company[:300])
    result = assess(ruleset, validate_answers(ruleset.questionnaire, raw))
    pdf = render_report_bytes(result, notes={"company": note, "mandate": note}, prepared_for=company,
                              prepared_by=note[:80])
    assert pdf.startswith(b"%PDF")
