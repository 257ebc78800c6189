"""The PDF report as a reader and a user see it: the text it holds, what it
does with hostile or long input, its pages, and how it is written to disk."""

from __future__ import annotations

import datetime
import io
import os
import re
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from readiness_app.core.errors import OutputError
from readiness_app.core.text import format_money_range
from readiness_app.report import render_report_bytes, write_report
from tests.helpers import ALL_SIGNALS, CALM, EXAMPLES, answers, run_cli

DAY = datetime.date(2026, 6, 9)
UNICODE = "ÀÉÈÇ äöüß łńśźż čřšž őű ășț € £"
MARKUP = "R&D <b>Labs</b> <font"
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


def flat(text: str) -> str:
    return " ".join(text.split())


def pdf_text(data: bytes) -> list[str]:
    """The text of each page, whitespace flattened."""
    return [flat(page.extract_text()) for page in PdfReader(io.BytesIO(data)).pages]


def pdftotext(path, *args: str) -> str:
    return subprocess.run(["pdftotext", *args, str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.fixture
def scaleup(score):
    return score(ALL_SIGNALS)


@pytest.fixture
def scaleup_pdf(scaleup):
    return render_report_bytes(scaleup, date=DAY)


def test_text_holds_the_decision_the_band_figures_and_every_answer(scaleup, scaleup_pdf):
    pages = pdf_text(scaleup_pdf)
    text = " ".join(pages)
    assert scaleup.decision_label == "Hire an MLOps engineer"
    # page 1 carries the decision, the sentence that decides it, the profile, the budget and the time to hire
    assert scaleup.decision_label in pages[0]
    assert flat(scaleup.rationale[0].text) in pages[0]
    assert "Senior MLOps engineer" in pages[0]
    for row in scaleup.budget.bands:
        assert format_money_range(row.base_min, row.base_max, "EUR") in text, row.title
    assert "€95,000 – €130,000" in pages[0]  # the recommended band, on page 1
    assert "6 to 10 weeks" in pages[0]
    shown = 0
    for section in scaleup.answers:
        assert section.title in text
        for q in section.questions:
            if q.visible and q.answered:  # under the short name of the question
                assert q.short and f"{flat(q.short)}: {q.display}" in text, q.id
                shown += 1
    assert shown >= 20


def test_every_reference_number_resolves_to_answers_and_a_passage(scaleup, scaleup_pdf):
    # a reference may run on to the next page: read the pages without their running header
    header = re.compile(r"^.*? Page \d+ of \d+ " + re.escape(flat(scaleup.company_name)) + " ")
    text = " ".join(header.sub("", page) for page in pdf_text(scaleup_pdf))
    refs = text[text.index("C References"):]
    # the budget band: its answer and the passage of the role guide
    assert "Hiring market France" in refs  # the short name of the question
    assert flat(scaleup.budget.trace.source.passage) in refs
    # the decision rule rests on an assumption, which is said as such
    decision = scaleup.rationale[0]
    assert decision.assumption and flat(decision.assumption) in refs
    # each entry: its number, its topic, then the answers (or "Always applies"), or for a list under one
    # number, its first item's name
    numbers = [int(n) for n in re.findall(
        r"(?:^| )(\d{1,2}) [A-Z][a-zA-Z/:\- ]+\. (?:Answers|Always|[A-Z][^.:]{2,60}:)", refs)]
    assert numbers == list(range(1, len(numbers) + 1)) and len(numbers) >= 15
    for trace in scaleup.traces():
        if trace.source:
            assert flat(trace.source.passage) in refs, trace.rule
    # a list's items share one number, each named in the appendix with its own answers and passage
    focus = re.search(r"(\d+) Focus areas\. ", refs)
    assert focus is not None
    entry = refs[focus.start():re.search(rf" {int(focus.group(1)) + 1} [A-Z]", refs).start()]
    for area in scaleup.profile.focus_areas:
        assert f"{area.title}: " in entry and flat(area.trace.source.passage) in entry, area.id


def test_a_market_without_published_figures_says_so_and_invents_none(score):
    result = score(answers(ALL_SIGNALS, hiring_market="DE"))
    assert result.budget.base_min is None
    text = " ".join(pdf_text(render_report_bytes(result, date=DAY)))
    assert "No published figure for Germany" in text
    assert "salary_band_min" in text  # how to set one
    assert "€95,000" not in text and "€130,000 " not in text


def test_a_ceiling_below_the_band_shows_the_gap_and_what_to_do(score):
    result = score(answers(ALL_SIGNALS, budget_ceiling=80000, executive_sponsor=False))
    text = " ".join(pdf_text(render_report_bytes(result, date=DAY)))
    assert "Secure the mandate first" in text
    assert "€15,000 below the band" in text
    for advice in result.budget.ceiling_gap.advice:
        assert flat(advice.text) in text
    sponsor = next(m for m in result.mandate.items if m.id == "sponsor")
    assert "Missing" in text and flat(sponsor.action) in text


def test_user_markup_prints_literally_everywhere(score):
    result = score(answers(CALM, company_name=MARKUP))
    data = render_report_bytes(result, date=DAY, prepared_for=MARKUP, prepared_by="A & B <i>",
                               notes={"company": f"Note with {MARKUP} and <br/> & <para>"})
    pages = pdf_text(data)
    assert MARKUP in pages[0]  # the heading of page 1
    assert MARKUP in pages[1]  # the footer of the next pages
    text = " ".join(pages)
    assert "A & B <i>" in text
    assert f"Note with {MARKUP} and <br/> & <para>" in text
    assert PdfReader(io.BytesIO(data)).metadata.title.endswith(MARKUP)


@needs_poppler
def test_european_letters_and_currency_signs_survive_pdftotext(score, tmp_path):
    result = score(answers(CALM, company_name=UNICODE))
    path = write_report(result, tmp_path / "unicode.pdf", date=DAY, prepared_by=UNICODE,
                        notes={"models": UNICODE})
    text = pdftotext(path)
    assert text.count(UNICODE) >= 3  # cover, summary, notes (and footers)
    fonts = {str(f.get("/BaseFont")) for page in PdfReader(path).pages
             for f in page["/Resources"]["/Font"].values()}
    assert any("DejaVuSans" in f for f in fonts)


@needs_poppler
def test_long_name_and_long_note_wrap_and_paginate_inside_the_page(score, tmp_path):
    name = ("Société Générale d'Analyse Prédictive et de Modélisation Industrielle " * 5)[:300]
    note = " ".join(f"Observation {i}: the retraining job failed again on the night shift." for i in range(80))
    assert len(name) == 300 and len(note) > 5000
    result = score(answers(ALL_SIGNALS, company_name=name))
    short = write_report(score(ALL_SIGNALS), tmp_path / "short.pdf", date=DAY)
    path = write_report(result, tmp_path / "long.pdf", date=DAY, notes={"retraining": note})
    assert len(PdfReader(path).pages) > len(PdfReader(short).pages)
    # read on past the running footer and header where a sentence crosses a page, as a reader does
    running = re.compile(r"^(MLOPS HIRING READINESS REPORT|9 June 2026|Page \d+ of \d+|Société Générale.*…)$")
    text = flat("\n".join(line for line in pdftotext(path).splitlines() if not running.match(line.strip())))
    # nothing cut: every sentence of the note is there, even where it crosses a column or a page
    assert all(f"Observation {i}: the" in text for i in range(80))
    assert text.count("again on the night shift.") == 80
    assert flat(name) in text
    width, height = (float(v) for v in PdfReader(path).pages[0].mediabox[2:])
    words = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"',
                       pdftotext(path, "-bbox"))
    assert len(words) > 1000
    for x0, y0, x1, y1 in ((float(a), float(b), float(c), float(d)) for a, b, c, d in words):
        assert x0 >= 20 and x1 <= width - 20 and y0 >= 10 and y1 <= height - 10, (x0, y0, x1, y1)


def test_the_decision_is_on_page_one_and_the_report_stays_short(scaleup_pdf):
    pages = pdf_text(scaleup_pdf)
    # no title page: page 1 is the decision; then the signals, the profile, the budget, the plan, the
    # business case and the appendix
    assert len(pages) <= 8
    assert "Hire an MLOps engineer" in pages[0] and "Hiring need" in pages[0]
    assert "Hiring signals" in pages[1] and "Hiring signals Signal" not in pages[0]
    assert "The business case" in " ".join(pages[2:-1])
    assert any("Appendix" in page for page in pages[-3:])
    assert "C References" in " ".join(pages[-3:])
    for number, page in enumerate(pages, 1):
        if number > 1:
            assert f"Page {number} of {len(pages)}" in page


def test_the_radar_chart_is_drawn_on_the_signals_page(scaleup):
    def signals_page(result):
        reader = PdfReader(io.BytesIO(render_report_bytes(result, date=DAY)))
        page = reader.pages[1]
        return page.get_contents().get_data().decode("latin-1"), page

    content, page = signals_page(scaleup)
    without, _ = signals_page(scaleup.model_copy(update={"areas": []}))
    lines = len(re.findall(r" l\b", content))
    # the rings, spokes and the data polygon of the radar are line segments
    assert lines - len(re.findall(r" l\b", without)) >= 5 * len(scaleup.areas)
    # the data polygon is filled translucently
    states = page["/Resources"].get("/ExtGState", {})
    assert any(0 < float(s.get_object().get("/ca", 1)) < 1 for s in states.values())
    for area in scaleup.areas:
        assert area.title.split()[0] in flat(page.extract_text())


def test_same_inputs_and_date_give_the_same_bytes(scaleup, scaleup_pdf):
    assert render_report_bytes(scaleup, date=DAY) == scaleup_pdf
    assert render_report_bytes(scaleup, date=DAY + datetime.timedelta(days=1)) != scaleup_pdf


def test_a4_by_default_and_us_letter_on_request(scaleup, scaleup_pdf):
    a4 = PdfReader(io.BytesIO(scaleup_pdf)).pages[0].mediabox
    letter = PdfReader(io.BytesIO(render_report_bytes(scaleup, date=DAY, paper="letter"))).pages[0].mediabox
    assert (round(float(a4.width)), round(float(a4.height))) == (595, 842)
    assert (round(float(letter.width)), round(float(letter.height))) == (612, 792)
    with pytest.raises(ValueError):
        render_report_bytes(scaleup, paper="a3")


def test_metadata_names_the_company_the_decision_and_the_author(scaleup_pdf, scaleup):
    meta = PdfReader(io.BytesIO(render_report_bytes(scaleup, date=DAY, prepared_by="Jane Roe"))).metadata
    assert meta.title == "MLOps hiring readiness report: Finlytics SAS"
    assert meta.author == "Jane Roe"
    assert scaleup.decision_label in meta.subject
    assert "MLOps" in meta["/Keywords"] and "Finlytics SAS" in meta["/Keywords"]
    from readiness_app import __version__  # which app and which rules wrote it, for a reader who asks later

    assert meta.creator == (f"readiness_app {__version__}; rules {scaleup.questionnaire.rules_id} "
                            f"{scaleup.questionnaire.rules_version}; questionnaire mlops-readiness 2026.1")


def test_notes_are_printed_with_their_section(scaleup):
    notes = {"retraining": "The retraining script lives on a laptop.", "mandate": "CFO confirmed the budget."}
    text = " ".join(pdf_text(render_report_bytes(scaleup, date=DAY, notes=notes)))
    appendix = text[text.index("A Your answers"):text.index("B Methodology")]
    assert appendix.index("Retraining Retraining:") < appendix.index(notes["retraining"]) \
        < appendix.index("Monitoring and incidents")
    assert appendix.index("Platform mandate and hiring") < appendix.index(notes["mandate"])


def test_progress_is_reported_up_to_done(scaleup, tmp_path):
    calls = []
    write_report(scaleup, tmp_path / "r.pdf", date=DAY, progress=lambda pct, msg: calls.append((pct, msg)))
    percents = [p for p, _ in calls]
    assert len(calls) >= 4 and percents == sorted(percents) and percents[-1] == 100
    assert all(isinstance(m, str) and m for _, m in calls)


def test_a_failed_build_leaves_the_existing_file_untouched(scaleup, tmp_path, monkeypatch):
    from readiness_app.report import renderer

    target = tmp_path / "report.pdf"
    target.write_bytes(b"the report from last week")

    def broken(self):
        raise RuntimeError("layout failed half way")

    monkeypatch.setattr(renderer.ReportRenderer, "_hiring_plan", broken)
    with pytest.raises(RuntimeError, match="half way"):
        write_report(scaleup, target, date=DAY)
    assert target.read_bytes() == b"the report from last week"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]  # no temporary file left


def test_a_successful_write_replaces_the_file_with_a_complete_pdf(scaleup, scaleup_pdf, tmp_path):
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    assert write_report(scaleup, str(target), date=DAY) == target
    assert target.read_bytes() == scaleup_pdf
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]


def test_a_missing_folder_is_a_clear_error(scaleup, tmp_path):
    with pytest.raises(OutputError, match="does not exist"):
        write_report(scaleup, tmp_path / "missing" / "report.pdf")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can write anywhere")
def test_an_unwritable_folder_is_a_clear_error(scaleup, tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(OutputError, match="not writable"):
            write_report(scaleup, folder / "report.pdf")
    finally:
        folder.chmod(0o700)


def test_cli_writes_the_pdf_end_to_end(tmp_path):
    out = tmp_path / "report.pdf"
    proc = run_cli("assess", str(EXAMPLES / "scaleup-all-signals.yaml"), "--pdf", str(out), "--paper", "letter",
                   "--prepared-for", "Board of Finlytics")
    assert proc.returncode == 0, proc.stderr
    assert f"Report written to {out}" in proc.stdout
    reader = PdfReader(out)
    assert round(float(reader.pages[0].mediabox.height)) == 792
    text = flat(" ".join(p.extract_text() for p in reader.pages))
    assert "Board of Finlytics" in text and "Hire an MLOps engineer" in text
    assert "€95,000 – €130,000" in text


def test_cli_reports_a_missing_folder_without_a_traceback(tmp_path):
    proc = run_cli("assess", str(EXAMPLES / "scaleup-all-signals.yaml"), "--pdf", str(tmp_path / "no" / "r.pdf"))
    assert proc.returncode == 2
    assert "does not exist" in proc.stderr and "Traceback" not in proc.stderr


# -- decision support: the business case, what would change, "don't know", thresholds ----------------------


@pytest.fixture
def provisional(score):
    return score(answers(ALL_SIGNALS, models_in_production=2, critical_models=0, degradation_incidents_12m="dont_know",
                         reproducibility="dont_know", infra_time_share=35, ml_practitioner_yearly_cost=85000))


def test_the_business_case_names_each_fte_figure_and_marks_its_assumptions(scaleup, scaleup_pdf):
    bc = scaleup.business_case
    assert bc and len(bc.figures) == 3
    text = " ".join(pdf_text(scaleup_pdf))
    section = text[text.index("The business case What the status quo"):text.index("Appendix Sources")]
    for fig in bc.figures:
        assert fig.title in section and f"{fig.fte:.2f}" in section, fig.id
        assert flat(fig.formula) in section
    assert f"Total {bc.total_fte:.2f}" in section
    # every assumed figure is said to be one, beside the formula that uses it and in the note below the table
    hours = next(a for a in bc.assumptions if a.id == "hours_per_fte_month")
    assert re.search(r"Assumptions?: A1 = 140", section)
    assert "Assumptions. The sources publish none of these figures" in section
    assert f"A1 = 140: {flat(hours.text).rstrip('.')}" in section
    # the summary carries the business case in one line, with the references of its figures
    summary = pdf_text(scaleup_pdf)[0]
    assert f"About {bc.total_fte:.1f} full-time equivalents of engineer time lost today" in summary
    refs = text[text.index("C References"):]
    # the figures share one reference, each with its answers, and its assumptions said as such
    assert re.search(r"\d+ Business case\. Manual retraining: Answers: Retraining hours a month 30\..{0,200}"
                     r"Assumption: Rests on A1 = 140", refs)
    assert re.search(r"Infrastructure work by ML practitioners: Answers: Data scientists and ML "
                     r"engineers 9; Time on infrastructure \(%\) 60\.", refs)


def test_a_given_practitioner_cost_puts_the_time_in_money_next_to_the_band(score):
    result = score(answers(ALL_SIGNALS, ml_practitioner_yearly_cost=80000))
    bc = result.business_case
    assert bc.toil_cost and bc.pays_for_itself is False  # two FTE taken back do not cover a loaded senior band
    text = " ".join(pdf_text(render_report_bytes(result, date=DAY)))
    assert f"In money. {flat(bc.sentence)}" in text
    factor = next(a for a in bc.assumptions if a.id == "hire_cost_factor")
    assert f"{factor.key} = 1.45:" in text  # the factor the comparison uses is shown as an assumption too


def test_the_summary_says_what_would_change_the_decision(scaleup, scaleup_pdf):
    top = scaleup.what_would_change[0]
    assert top.effect == "decision" and top.changes[0].label == "Budget approved"
    summary = pdf_text(scaleup_pdf)[0]
    assert "What would change the recommendation" in summary
    assert "budget approved" in summary and f"\u201c{top.becomes}\u201d" in summary
    # the full list in section 5, one row per set of changes
    text = " ".join(pdf_text(scaleup_pdf))
    section = text[text.index("What would change the recommendation", len(summary)):text.index("Appendix Sources")]
    for item in scaleup.what_would_change:
        for change in item.changes:
            assert f"{change.label}: {change.needed_display}" in section, item.text
        assert item.becomes.lower() in section.lower(), item.text


def test_a_dont_know_that_could_flip_the_decision_makes_it_provisional(provisional):
    assert provisional.confidence.provisional
    verify = {v.question: v for v in provisional.to_verify}
    assert "reproducibility" in verify
    pages = pdf_text(render_report_bytes(provisional, date=DAY))
    summary = pages[0]
    assert "RECOMMENDATION PROVISIONAL" in summary
    assert "To verify before deciding: " in summary and verify["reproducibility"].label in summary
    body = " ".join(pages[1:])
    assert f"Provisional. {flat(provisional.confidence.detail)}" in body and "To verify before deciding" in body
    assert flat(verify["reproducibility"].text) in body
    answers_text = body[body.index("A Your answers"):body.index("B Methodology")]
    assert "Models reproducible: don't know" in answers_text


def test_a_firm_decision_is_not_labelled_provisional(scaleup, scaleup_pdf):
    assert not scaleup.confidence.provisional
    text = " ".join(pdf_text(scaleup_pdf))
    assert "PROVISIONAL" not in text and "To verify before deciding" not in text
    assert flat(scaleup.confidence.text) in text


def test_borderline_thresholds_are_shown_and_flagged(scaleup, scaleup_pdf):
    borderline = [x for x in scaleup.sensitivity if x.borderline]
    assert borderline
    text = " ".join(pdf_text(scaleup_pdf))
    section = text[text.index("How close the answers are to the thresholds"):text.index("Appendix Sources")]
    first = borderline[0]
    assert re.search(rf"{re.escape(first.label)} {first.value:g} {re.escape(first.title)}: \u2265 {first.threshold:g}"
                     r"\d* \(met\) Borderline", section), section[:400]
    for x in scaleup.sensitivity:
        assert x.label in section and x.title in section
    assert section.count("Borderline") == len(borderline)  # the flag of each borderline row, and no other


@pytest.mark.parametrize("example", sorted(p.name for p in EXAMPLES.glob("*.yaml")))
def test_every_example_gives_its_decision_on_page_one_and_stays_short(example):
    from readiness_app.core.session import assess_file

    result = assess_file(EXAMPLES / example).result
    pages = pdf_text(render_report_bytes(result, date=DAY))
    assert result.decision_label in pages[0]
    assert len(pages) <= 9, (example, len(pages))


def test_the_dont_know_example_is_provisional():
    from readiness_app.core.session import assess_file

    result = assess_file(EXAMPLES / "dont-know-provisional.yaml").result
    assert result.confidence.provisional and result.to_verify
    assert "RECOMMENDATION PROVISIONAL" in pdf_text(render_report_bytes(result, date=DAY))[0]


# -- scale: notes of any length ------------------------------------------------------------------------------

RUNNING = re.compile(r"^(MLOPS HIRING READINESS REPORT|9 June 2026|Page \d+ of \d+|Finlytics SAS)$")
NOTE_SIZE = 110_000  # characters: more than any note a client file may hold (core/limits.py)


def long_note(kind: str, size: int) -> str:
    """Numbered sentences on many lines, all on one line, or one word (a pasted URL)."""
    if kind == "word":
        return "https://example.com/" + "".join(chr(97 + i % 26) for i in range(size))
    sentences, i = [], 0
    while sum(map(len, sentences)) < size:
        sentences.append(f"Observation {i}: the retraining job failed again on the night shift.")
        i += 1
    if kind == "lines":
        return "\n".join(" ".join(sentences[j:j + 3]) for j in range(0, len(sentences), 3))
    return " ".join(sentences)


def broken_lines(monkeypatch) -> list[int]:
    """Counts the lines reportlab breaks text into, each time it does: the work of laying out text."""
    from reportlab.platypus.paragraph import Paragraph

    counted: list[int] = []
    original = Paragraph.breakLines

    def breakLines(self, width):  # noqa: N802 (reportlab's name)
        lines = original(self, width)
        counted.append(len(lines.lines))
        return lines

    monkeypatch.setattr(Paragraph, "breakLines", breakLines)
    return counted


@needs_poppler
@pytest.mark.parametrize("kind", ["lines", "one_line", "word"])
def test_a_note_of_a_hundred_kilobytes_prints_whole_inside_the_pages(score, tmp_path, kind):
    note = long_note(kind, NOTE_SIZE)
    assert len(note) >= NOTE_SIZE
    path = write_report(score(ALL_SIGNALS), tmp_path / "long.pdf", date=DAY, notes={"retraining": note})
    text = "\n".join(line for line in pdftotext(path).splitlines() if not RUNNING.match(line.strip()))
    if kind == "word":  # broken wherever the column ends, and every letter there
        assert "".join(note.split("/")[-1]) in "".join(text.split())
    else:
        count = note.count("Observation ")
        found = flat(text)
        assert all(f"Observation {i}: the retraining job failed again on the night shift." in found
                   for i in range(count))
    width, height = (float(v) for v in PdfReader(path).pages[0].mediabox[2:])
    words = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"',
                       pdftotext(path, "-bbox"))
    for x0, y0, x1, y1 in ((float(a), float(b), float(c), float(d)) for a, b, c, d in words):
        assert x0 >= 20 and x1 <= width - 20 and y0 >= 10 and y1 <= height - 10, (x0, y0, x1, y1)


@pytest.mark.parametrize("kind", ["lines", "one_line"])
def test_laying_out_a_note_takes_work_in_proportion_to_its_length(score, monkeypatch, kind):
    result = score(ALL_SIGNALS)
    counted = broken_lines(monkeypatch)
    work = []
    for size in (0, 20_000, 80_000):
        counted.clear()
        render_report_bytes(result, date=DAY, notes={"retraining": long_note(kind, size)} if size else None)
        work.append(sum(counted))
    base, one, four = work
    # four times the text is four times the lines to break (a note broken again on every page: sixteen)
    assert (four - base) / (one - base) < 5, work


def test_a_note_of_normal_length_keeps_its_one_box(score):
    from readiness_app.report.appendix import NOTE_PIECE, note_pieces

    note = long_note("lines", NOTE_PIECE - 100)
    assert note_pieces(note) == [note]
    pieces = note_pieces(long_note("lines", 10 * NOTE_PIECE))
    assert 10 <= len(pieces) <= 12 and all(len(p) <= NOTE_PIECE for p in pieces)
