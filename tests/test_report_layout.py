"""The report as a board member reads it: the decision on page 1, type large enough to read on paper
and on a projector, each thing said once, a report whose length fits its outcome, chart labels
that never break inside a word, and a one-page summary for the board pack."""

from __future__ import annotations

import datetime
import io
import re
from collections import Counter

import pytest
from pypdf import PdfReader

from readiness_app.core.answers import DONT_KNOW
from readiness_app.core.engine import assess
from readiness_app.core.session import assess_file
from readiness_app.report import render_report_bytes, write_summary_report
from readiness_app.report.charts import radar_chart
from tests.helpers import ALL_SIGNALS, CALM, EXAMPLES, answers, run_cli

DAY = datetime.date(2026, 6, 9)
KEEP = ("company_name", "hiring_market", "salary_band_min", "salary_band_max")


def flat(text: str) -> str:
    return " ".join(text.split())


def outcome(ruleset, name: str, lang: str = "en"):
    if name == "hire":
        return assess(ruleset, answers(ALL_SIGNALS), lang)
    if name == "secure_mandate_first":
        return assess(ruleset, answers(ALL_SIGNALS, executive_sponsor=False, budget_approved=False), lang)
    if name == "not_yet":
        return assess(ruleset, answers(CALM), lang)
    raw = {q: DONT_KNOW for q in ruleset.questionnaire.questions if q not in KEEP}
    raw.update(company_name="Unknown Ltd", hiring_market="FR")
    return assess(ruleset, raw, lang)


def sizes(data: bytes) -> list[list[tuple[str, float]]]:
    """Per page, each piece of text with the size it is drawn at."""
    out = []
    for page in PdfReader(io.BytesIO(data)).pages:
        found: list[tuple[str, float]] = []

        def visit(text, cm, tm, font, size, found=found):
            scale = (tm[2] ** 2 + tm[3] ** 2) ** 0.5 * (cm[2] ** 2 + cm[3] ** 2) ** 0.5
            if text.strip():
                found.append((text, size * scale))

        page.extract_text(visitor_text=visit)
        out.append(found)
    return out


def body_pages(data: bytes) -> list[str]:
    """The text of the pages before the appendix (the appendix's page included up to its heading)."""
    pages = [flat(p.extract_text()) for p in PdfReader(io.BytesIO(data)).pages]
    body = []
    for page in pages:
        if "Appendix Sources" in page or "Annexe Sources" in page:
            body.append(re.split(r"Appendix Sources|Annexe Sources", page)[0])
            break
        body.append(page)
    return body


RUNNING = re.compile(r"MLOPS HIRING READINESS REPORT|RAPPORT .*?RECRUTEMENT MLOPS|\d+ June 2026|\d+ juin 2026|"
                     r"Page \d+ of \d+|Page \d+ sur \d+")


@pytest.mark.parametrize("name", ["hire", "secure_mandate_first", "not_yet", "cannot_assess_yet"])
def test_body_type_is_at_least_10_pt_and_nothing_is_under_8(ruleset, name):
    result = outcome(ruleset, name)
    data = render_report_bytes(result, date=DAY)
    pages = sizes(data)
    small = [(text, size) for page in pages for text, size in page
             if size < 8 - 0.01 and not re.fullmatch(r"[\d,\s]+", text)]  # reference marks: superscript digits
    assert not small, small[:5]
    marks = [size for page in pages for text, size in page if size < 8 - 0.01]
    assert all(size >= 7 for size in marks), min(marks)
    if name not in ("hire", "secure_mandate_first"):
        return  # a short report is mostly tables (at 9 pt); the floor above holds for it
    # the running text before the appendix: most characters at 10 pt or more
    body = [(text, size) for page in pages[:max(1, len(body_pages(data)) - 1)] for text, size in page]
    total = sum(len(text) for text, _ in body)
    large = sum(len(text) for text, size in body if size >= 10 - 0.01)
    assert large / total >= 0.45, (name, large / total)


def test_references_are_at_least_8_pt(ruleset):
    data = render_report_bytes(outcome(ruleset, "hire"), date=DAY)
    last = sizes(data)[-1]  # the end of the references
    assert last and min(size for _, size in last) >= 8 - 0.01


# (outcome, most pages, words on page 1, words nowhere in the body)
SHAPES = [
    ("hire", 8, ["Hire an MLOps engineer", "Hiring need", "Senior MLOps engineer", "6 to 10 weeks",
                 "€95,000 – €130,000"], []),
    ("secure_mandate_first", 9, ["Secure the mandate first", "Hiring need", "Platform mandate"],
     []),
    ("not_yet", 4, ["Not yet", "Hiring need", "Meanwhile"],
     ["Hiring plan", "The profile to look for", "Yearly gross base", "The business case"]),
    # who to ask: the questionnaire's judgement of who usually knows each part's answers
    ("cannot_assess_yet", 3, ["Cannot assess yet", "What to find out first", "Answers to find out",
                              "Ask: the ML or data science lead.", "Ask: the CTO, the CEO or finance."],
     ["Hiring need", "Hiring plan", "The profile to look for", "Yearly gross base", "Hiring signals Signal"]),
]


@pytest.mark.parametrize(("lang", "most"), [("en", 8), ("fr", 10)])
def test_the_report_of_every_signal_says_things_once_in_a_few_pages(lang, most):
    """The example with every signal: its body, and references that name each list once."""
    result = assess_file(EXAMPLES / "scaleup-all-signals.yaml", lang=lang).result
    pages = PdfReader(io.BytesIO(render_report_bytes(result, date=DAY))).pages
    assert len(pages) <= most, (lang, len(pages))


@pytest.mark.parametrize(("name", "most", "first", "absent"), SHAPES)
def test_each_outcome_has_its_own_report_shape_and_length(ruleset, name, most, first, absent):
    result = outcome(ruleset, name)
    assert result.decision == name
    data = render_report_bytes(result, date=DAY)
    pages = [flat(p.extract_text()) for p in PdfReader(io.BytesIO(data)).pages]
    assert len(pages) <= most, (name, len(pages))
    for words in first:
        assert words in pages[0], (name, words)
    body = " ".join(body_pages(data))
    for words in absent:
        assert words not in body, (name, words)
    if name == "secure_mandate_first":  # who must decide what comes before the hire that follows
        assert body.index("Who must decide what first") < body.index("Hiring signals")
        assert body.index("Who must decide what first") < body.index("The profile to look for")


def sentences(text: str) -> list[str]:
    text = RUNNING.sub(" ", text)
    return [flat(s) for s in re.split(r"(?<=[.!?])\s+(?=[A-Z«“])", text) if len(flat(s)) >= 40]


FIGURE = re.compile(r"\b\d+ (?:hiring signals? out of \d+|of the \d+(?: hiring signals?)?|of \d+ hiring signals?)")


@pytest.mark.parametrize("name", ["hire", "secure_mandate_first", "not_yet", "cannot_assess_yet", "workshop"])
def test_each_sentence_and_figure_is_said_once_in_the_body(ruleset, name):
    if name == "workshop":
        assessed = assess_file(EXAMPLES / "workshop-finlytics.json")
        data = render_report_bytes(assessed.result, date=DAY, workshop=assessed.workshop)
    else:
        data = render_report_bytes(outcome(ruleset, name), date=DAY)
    body = " ".join(body_pages(data))
    repeated = [s for s, n in Counter(sentences(body)).items() if n > 1]
    assert not repeated, (name, repeated)
    figures = [f for f, n in Counter(FIGURE.findall(body)).items() if n > 1]
    assert not figures, (name, figures)


def test_the_repetition_check_can_fail():
    text = "Five signals are present in the answers of the company today. " * 2
    assert [s for s, n in Counter(sentences(text)).items() if n > 1]
    assert len(FIGURE.findall("5 of the 5 are present; 5 hiring signals out of 5; 5 of 5")) == 2


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_chart_labels_break_only_between_words(ruleset, lang):
    result = outcome(ruleset, "hire", lang)
    drawing = radar_chart(result.areas, 300, 160)
    drawn = [s.text for s in drawing.getContents() if hasattr(s, "text")]
    words = {w for a in result.areas for w in a.title.split()}
    assert any(len(w) > 15 for w in words) or lang == "en"  # "Reproductibilité" is longer than a line
    for line in drawn:
        for word in line.split():
            assert word in words, (lang, line)


def test_the_one_page_summary_holds_the_decision(ruleset, tmp_path):
    result = outcome(ruleset, "hire")
    path = write_summary_report(result, tmp_path / "summary.pdf", date=DAY)
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    text = flat(reader.pages[0].extract_text())
    assert "Hire an MLOps engineer" in text and "€95,000 – €130,000" in text and "One-page summary" in text


def test_the_cli_writes_the_summary_and_refuses_to_overwrite_an_input(tmp_path):
    out = tmp_path / "summary.pdf"
    done = run_cli("assess", str(EXAMPLES / "scaleup-all-signals.yaml"), "--summary-pdf", str(out))
    assert done.returncode == 0, done.stderr
    assert len(PdfReader(out).pages) == 1 and "hiring need" in done.stdout
    same = run_cli("assess", str(EXAMPLES / "scaleup-all-signals.yaml"), "--summary-pdf", str(out), "--pdf", str(out))
    assert same.returncode == 2 and "two different files" in same.stderr


@pytest.mark.parametrize("example", ["workshop-finlytics.json", "workshop-finlytics-fr.json"])
def test_the_summary_of_a_workshop_holds_on_one_page(tmp_path, example):
    """A French workshop names its respondents and its visits on page 1: what would change gives way
    (the full report has it) rather than run onto a second page."""
    out = tmp_path / "summary.pdf"
    done = run_cli("assess", str(EXAMPLES / example), "--summary-pdf", str(out))
    assert done.returncode == 0, done.stderr
    pages = PdfReader(out).pages
    assert len(pages) == 1
    assert "79" in pages[0].extract_text()
