"""The hiring kit as an annex to the PDF report, when asked for (`assess --pdf OUT --kit`): the job post, the
interview plan and the scorecards after the appendix, every line of the kit printed; none for an assessment
that does not call for a hire, whose report is still written, the reason said on stderr."""

from __future__ import annotations

import datetime
import io

import pytest
import yaml
from pypdf import PdfReader

from readiness_app.core import assess, validate_answers
from readiness_app.core.kit import build_kit
from readiness_app.report import render_report_bytes
from tests.helpers import EXAMPLES, run_cli
from tests.quotes import unwrapped

DAY = datetime.date(2026, 6, 9)


def _pages(data: bytes) -> list[str]:
    return [unwrapped(page.extract_text() or "") for page in PdfReader(io.BytesIO(data)).pages]


def _flat(text: str) -> str:
    return " ".join(text.split())


def _result(ruleset, name: str, lang: str):
    raw = yaml.safe_load((EXAMPLES / name).read_text(encoding="utf-8"))["answers"]
    return assess(ruleset, validate_answers(ruleset.questionnaire, raw), lang)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_assess_with_kit_appends_the_job_post_and_the_scorecards(ruleset, tmp_path, lang):
    example = EXAMPLES / "scaleup-all-signals.yaml"
    kit = build_kit(_result(ruleset, example.name, lang), ruleset)
    plain, annexed = tmp_path / "plain.pdf", tmp_path / "annexed.pdf"
    assert run_cli("assess", str(example), "--pdf", str(plain), "--lang", lang).returncode == 0
    done = run_cli("assess", str(example), "--pdf", str(annexed), "--kit", "--lang", lang)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    without, with_kit = _pages(plain.read_bytes()), _pages(annexed.read_bytes())
    assert len(with_kit) >= len(without) + 4
    annex = _flat("\n".join(with_kit[len(without):]))
    first = _flat(with_kit[len(without)])
    assert _flat(kit.heading) in first and kit.labels.job_post in first  # on a page of its own, after the appendix
    assert kit.job_post.title.text in annex
    for title in [kit.labels.job_post, kit.labels.interview_plan, kit.labels.scorecards, kit.labels.rating_cell]:
        assert title in annex
    for category in kit.scorecard.categories:
        assert _flat(category.title) in annex, category.title
    assert kit.labels.scorecards not in _flat("\n".join(without))  # no annex unless asked for


@pytest.mark.parametrize(("name", "lang"), [("retailer-no-mandate.yaml", "en"), ("industrial-germany.yaml", "fr")])
def test_every_line_of_the_kit_is_printed_in_the_annex(ruleset, name, lang):
    result = _result(ruleset, name, lang)
    kit = build_kit(result, ruleset)
    text = _flat("\n".join(_pages(render_report_bytes(result, date=DAY, kit=kit))))
    missing = [t.text for t in kit.traces() if _flat(t.text) not in text]
    assert missing == [], missing[:3]
    if kit.draft:
        assert _flat(f"{kit.labels.draft} {kit.draft_note.text}") in text
    assert all(_flat(a) in text for a in kit.assumptions)


def test_no_annex_for_a_not_yet_the_report_is_still_written(tmp_path):
    target = tmp_path / "report.pdf"
    done = run_cli("assess", str(EXAMPLES / "dont-know-provisional.yaml"), "--pdf", str(target), "--kit")
    assert done.returncode == 0, done.stderr
    assert "No hiring kit" in done.stderr and "does not call for a hire yet" in done.stderr
    text = _flat("\n".join(_pages(target.read_bytes())))
    assert "Hiring kit" not in text and "Scorecards" not in text


def test_kit_without_a_pdf_is_refused(tmp_path):
    done = run_cli("assess", str(EXAMPLES / "scaleup-all-signals.yaml"), "--kit")
    assert done.returncode == 2
    assert "--pdf" in done.stderr
