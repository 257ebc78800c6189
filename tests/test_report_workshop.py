"""The report in French, and the workshop sections of a client file: the
disputed answers with every respondent's, the settled one and its note, and
what changed since the previous visit."""

from __future__ import annotations

import datetime
import io
import re
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from readiness_app.core import catalogue
from readiness_app.core.document import load_document, save_document
from readiness_app.core.session import assess_file
from readiness_app.core.text import placeholders
from readiness_app.core.workshop import unsettle, workshop_summary
from readiness_app.report import render_report_bytes
from readiness_app.report.texts import Texts
from tests.helpers import EXAMPLES, run_cli


def report_table(lang: str) -> dict[str, str]:
    """The report's own texts in the catalogue, a plural's forms as key_one and key_other."""
    texts = catalogue.catalogue(lang)
    table = {key[7:]: value for key, value in texts.texts.items() if key.startswith("report.")}
    for key, forms in texts.plurals.items():
        if key.startswith("report."):
            table[key[7:] + "_one"], table[key[7:] + "_other"] = forms[0], forms[max(forms)]
    return table


EN, FR = report_table("en"), report_table("fr")

DAY = datetime.date(2026, 11, 22)
SCALEUP = EXAMPLES / "scaleup-all-signals.yaml"
CLIENT_FR = EXAMPLES / "workshop-finlytics-fr.json"
CLIENT_EN = EXAMPLES / "workshop-finlytics.json"
# the report of every signal, page 1 to the last reference (see tests/test_report_layout.py)
ENGLISH_HIRE_PAGES, FRENCH_HIRE_PAGES = 8, 10


def flat(text: str) -> str:
    """Whitespace flattened; no-break and narrow no-break spaces read as spaces."""
    return " ".join(text.replace("\u202f", " ").replace("\u00a0", " ").split())


def pages_of(data: bytes) -> list[str]:
    return [flat(page.extract_text()) for page in PdfReader(io.BytesIO(data)).pages]


def body_of(pages: list[str]) -> str:
    """The main body: from page 1, which carries the decision, to the appendix heading."""
    text = " ".join(pages)
    for heading in ("Annexe Sources.", "Appendix Sources."):
        if heading in text:
            return text[:text.index(heading)]
    raise AssertionError("no appendix")


def fields(template: str) -> set[str]:
    return set(placeholders(template))


# -- the text table -------------------------------------------------------------------------------------------


def test_no_french_text_is_missing_and_each_takes_the_same_values():
    missing = sorted(set(EN) - set(FR))
    assert missing == [], f"French texts missing: {missing}"
    assert sorted(set(FR) - set(EN)) == []
    for key, english in EN.items():
        # a French text asks for no value the English one lacks (but the seniority in lower case, for word order)
        assert fields(FR[key]) <= fields(english) | {"level_lower"}, key
        assert FR[key].count("<b>") == FR[key].count("</b>"), key
    for key in EN:
        if key.endswith("_one"):
            assert key[:-4] + "_other" in EN, key


def test_a_missing_french_text_falls_back_to_english(monkeypatch):
    monkeypatch.delitem(catalogue.catalogue("fr").texts, "report.why")
    assert Texts("fr")("why") == EN["why"]
    assert Texts("fr")("next_steps") == FR["next_steps"]
    assert Texts("de")("why") == EN["why"]  # a language without a table reads English


def test_french_dates_plurals_and_lists():
    t = Texts("fr")
    assert t.date(datetime.date(2026, 11, 22)) == "22 novembre 2026"
    assert t.date(datetime.date(2026, 8, 1)) == "1er août 2026"
    assert Texts("en").date(datetime.date(2026, 8, 1)) == "1 August 2026"
    assert t.plural("further_reasons", 1) == "1 autre raison en section 1, Signaux de recrutement."
    assert t.plural("further_reasons", 2).startswith("2 autres raisons")
    assert t.join(["a", "b", "c"]) == "a, b et c"


# -- the French report ----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def french():
    result = assess_file(SCALEUP, lang="fr").result
    return result, pages_of(render_report_bytes(result, date=DAY))


@pytest.fixture(scope="module")
def english():
    result = assess_file(SCALEUP, lang="en").result
    return result, pages_of(render_report_bytes(result, date=DAY))


def _strip_markup(text: str) -> str:
    return re.sub(r"<[^>]+>", " ", text)


def english_report_phrases() -> set[str]:
    """Pieces of the report's own English texts that French must not show: the parts between the values,
    of two words or more (or one long word), when French says it differently."""
    out = set()
    french = " | ".join(flat(_strip_markup(x)) for x in FR.values())
    for key, english in EN.items():
        if FR.get(key) == english:
            continue
        for piece in re.split(r"\{[^}]*\}", _strip_markup(english)):
            piece = flat(piece).strip(" .,;:()\u201c\u201d-\u2192")
            words = piece.split()
            long_enough = len(words) >= 2 or (len(words) == 1 and len(piece) >= 6 and piece.isalpha())
            if long_enough and not re.search(rf"(?<!\w){re.escape(piece)}(?!\w)", french):  # "Signal" is French too
                out.add(piece)
    return out


def english_data_phrases(en, fr) -> set[str]:
    """Texts the engine and the data files give in English for the same answers (and every decision label)."""
    from readiness_app.core.text import pick

    rules = assess_file(SCALEUP).ruleset.rules
    texts = {pick(label, "en") for label in rules.decision.labels.values()}
    texts |= {en.decision_label, en.headline, en.profile.seniority_description, en.profile.background,
              en.budget.text, en.time_to_hire_weeks.text, en.confidence.text}
    texts |= {tr.text for tr in en.traces()}
    texts |= {s.title for s in en.signals} | {s.evidence for s in en.signals} | {a.title for a in en.areas}
    texts |= {s.title for s in en.answers} | {m.title for m in en.mandate.items} | {m.action for m in en.mandate.items}
    texts |= {w.text for w in en.what_would_change} | {x.text for x in en.sensitivity}
    texts |= {f.title for f in en.profile.focus_areas} | {f.reason for f in en.profile.focus_areas}
    french = {flat(x) for x in [fr.decision_label, fr.headline, *(tr.text for tr in fr.traces())]}
    return {flat(x) for x in texts if x and len(x.split()) >= 2} - french


def english_found(text: str, phrases: set[str]) -> list[str]:
    """The phrases found as words (not inside an identifier such as the rules' id, mlops-hiring-2026)."""
    return sorted(p for p in phrases if re.search(rf"(?<![\w-]){re.escape(p)}(?![\w-])", text))


def test_a_french_report_holds_the_french_decision_and_band(french):
    result, pages = french
    assert result.language == "fr"
    assert result.decision_label == "Recruter un ingénieur MLOps"
    summary = pages[0]  # page 1 carries the decision
    assert "RECOMMANDATION" in summary and "RECOMMENDATION" not in summary
    assert result.decision_label in summary
    assert "95 000 € – 130 000 €" in summary  # spaces as French readers expect, after normalising
    assert "€95,000" not in " ".join(pages)
    assert "22 novembre 2026" in summary and "22 novembre 2026" in pages[1]  # and in the running header
    assert f"Page 2 sur {len(pages)}" in pages[1]
    assert any(FR["sec_signals"] + " " + FR["signals_intro"][:30] in page for page in pages[1:3])
    assert len(pages) <= FRENCH_HIRE_PAGES


def test_the_body_of_a_french_report_has_no_english_sentence(french, english):
    (fr, fr_pages), (en, en_pages) = french, english
    own, data = english_report_phrases(), english_data_phrases(en, fr)
    # the check finds the English report's own texts in the English report ...
    assert len(english_found(body_of(en_pages), own)) >= 60
    assert len(english_found(body_of(en_pages), data)) >= 20
    # ... and none of them in the French one
    body = body_of(fr_pages)
    assert english_found(body, own) == []
    assert english_found(body, data) == []
    for english_heading in ("EXECUTIVE SUMMARY", "Hiring signals", "Next steps", "Where the gaps are", "Appendix"):
        assert english_heading not in " ".join(fr_pages)


def test_french_numbers_use_a_decimal_comma(french):
    result, pages = french
    text = " ".join(pages)
    fig = result.business_case.figures[0]
    assert f"{fig.fte:.2f}".replace(".", ",") in text
    assert "Environ 5,7 équivalents temps plein" in pages[0]


# -- the workshop ------------------------------------------------------------------------------------------


def workshop_pdf(path, lang=None, **changes):
    assessed = assess_file(path, lang=lang)
    doc, ruleset = load_document(path, assessed.ruleset)
    summary = workshop_summary(doc, ruleset, assessed.result)
    assert summary is not None
    data = render_report_bytes(assessed.result, date=DAY, notes=assessed.notes, workshop=summary)
    return assessed.result, summary, pages_of(data)


def section(text: str, start: str, end: str) -> str:
    return text[text.index(start):text.index(end, text.index(start))]


def test_the_french_workshop_lists_each_disputed_answer_and_the_settlement():
    result, summary, pages = workshop_pdf(CLIENT_FR)
    assert result.language == "fr"
    text = " ".join(pages)
    part = section(text, FR["sec_workshop"], FR["sec_since"])
    for name, role in summary.respondents:
        assert name in part and role in part
    disputed = summary.disagreements
    assert len(disputed) == 3
    # the one that moves the decision comes first and is marked; no other is
    movers = [d for d in disputed if d.moves_decision]
    assert [d.question for d in movers] == ["executive_sponsor"]
    positions = [part.index(d.label) for d in disputed]
    assert positions[0] == min(positions)
    assert part.count("Change la décision") == 1
    first = part[positions[0]:sorted(positions)[1]]
    assert "Change la décision" in first
    for d in disputed:
        start = part.index(d.label)
        later = [p for p in positions if p > start]
        row = part[start:min(later) if later else len(part)]
        for answer in d.answers:  # every respondent's answer, in the row of its question
            assert answer.display in row, (d.question, answer.name)
        assert d.settled is not None and flat(d.settled.note) in row  # the consultant's note
        assert "Tranchée le 22 novembre 2026" in row
    # the answer that moves the decision shows the decision each answer gives
    assert "→ Sécuriser le mandat d'abord" in first and "→ Recruter un ingénieur MLOps" in first
    # the appendix says which answers were disputed
    answers = section(text, "A Vos réponses", "B Méthode")
    assert answers.count("(réponse débattue)") == 3
    assert "Sponsor exécutif : oui (réponse débattue)" in answers


def test_the_french_workshop_shows_the_change_since_the_last_visit():
    result, summary, pages = workshop_pdf(CLIENT_FR)
    p = summary.progress
    assert p.decision_changed
    text = " ".join(pages)
    part = section(text, FR["sec_since"], FR["sec_signals"] + " " + FR["signals_intro"][:30])
    assert "visite précédente (Premier atelier, 20 août 2026)" in part
    assert f"{p.before.decision_label} {p.after.decision_label} Changement" in part
    assert "Sécuriser le mandat d'abord" in part and "Recruter un ingénieur MLOps" in part
    assert "Besoin de recrutement 79 / 100 79 / 100 Pas de changement" in part
    # one line of it on page 1
    summary_page = pages[0]
    assert "Depuis la dernière visite" in summary_page
    assert "Décision : Sécuriser le mandat d'abord → Recruter un ingénieur MLOps" in summary_page
    assert "3 réponses divergentes entre 3 répondants" in summary_page
    assert "Anna Keller (Directrice technique (CTO))" in pages[0]  # the cover names who took part
    assert len(pages) <= FRENCH_HIRE_PAGES + 1


def test_an_unsettled_question_reads_dont_know_to_settle(tmp_path):
    doc, _ = load_document(CLIENT_EN)
    path = save_document(unsettle(doc, "teams_consuming_models"), tmp_path / "client.json")
    result, summary, pages = workshop_pdf(path)
    text = " ".join(pages)
    part = section(text, EN["sec_workshop"], EN["sec_since"])
    row = part[part.index("Teams consuming the models"):]
    assert "Don't know / to settle" in row
    assert "Counts as \u201cdon't know\u201d until the group settles it." in row
    assert part.count("Don't know / to settle") == 1
    assert "Moves the decision" in part
    assert "1 still to settle" in pages[0]


def test_the_english_workshop_sections_and_none_without_a_workshop():
    result, summary, pages = workshop_pdf(CLIENT_EN)
    text = " ".join(pages)
    assert EN["sec_workshop"] in text and EN["sec_since"] in text
    # what the group agreed comes first, before the signals
    assert text.index(EN["sec_workshop"]) < text.index(EN["sec_since"]) < text.index(EN["signals_intro"])
    assert "Decision: Secure the mandate first → Hire an MLOps engineer" in pages[0]
    assert "Executive sponsor: yes (disputed)" in text
    assert len(pages) <= ENGLISH_HIRE_PAGES + 1  # the report of every signal and the two workshop sections
    plain = " ".join(pages_of(render_report_bytes(result, date=DAY)))
    assert "Workshop" not in plain and "Since the last" not in plain and "disputed" not in plain


def test_the_cli_adds_the_workshop_of_a_client_file(tmp_path):
    out = tmp_path / "client.pdf"
    proc = run_cli("assess", str(CLIENT_FR), "--pdf", str(out))
    assert proc.returncode == 0, proc.stderr
    text = flat(" ".join(p.extract_text() for p in PdfReader(out).pages))
    assert FR["sec_workshop"] in text and FR["sec_since"] in text
    plain = tmp_path / "plain.pdf"
    assert run_cli("assess", str(SCALEUP), "--pdf", str(plain), "--lang", "fr").returncode == 0
    text = flat(" ".join(p.extract_text() for p in PdfReader(plain).pages))
    assert "Recruter un ingénieur MLOps" in text and "Atelier" not in text


# -- scale ------------------------------------------------------------------------------------------------------


def large_workshop(tmp_path, people: int, visits: int):
    """A client file with ``people`` respondents who differ on four questions (one moves the decision),
    ``visits`` snapshots, and a settled answer whose note is as long as a note may be."""
    from readiness_app.core.document import Respondent, Settlement

    longest = next(m.max_length for m in Settlement.model_fields["note"].metadata if getattr(m, "max_length", None))

    doc, _ = load_document(CLIENT_EN)
    base = doc.respondents[0].answers
    respondents = [
        Respondent(id=f"r{i:03d}", name=f"Respondent {i:03d}", role=("CTO", "Head of data", "ML engineer")[i % 3],
                   answers={**base, "executive_sponsor": i % 2 == 0, "models_in_production": (2, 5, 8, 12, 30)[i % 5],
                            "infra_time_share": (10, 30, 60, 80)[i % 4],
                            "reproducibility": ("partially", "no", "yes")[i % 3]})
        for i in range(people)]
    first = doc.snapshots[0]
    snapshots = [first.model_copy(update={"taken": first.taken + datetime.timedelta(days=i),
                                          "label": f"Visit {i:03d}"}) for i in range(visits)]
    sentences = " ".join(f"Finding {i} of the settled note." for i in range(2000))[:longest].strip()
    settled = {**doc.settled, "reproducibility": Settlement(value="partially", note=sentences,
                                                             settled=doc.settled["reproducibility"].settled)}
    doc = doc.model_copy(update={"respondents": respondents, "snapshots": snapshots, "settled": settled})
    return save_document(doc, tmp_path / "large.json"), sentences


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_a_workshop_of_300_respondents_and_300_visits_exports_with_every_answer(tmp_path):
    path, note = large_workshop(tmp_path, 300, 300)
    out = tmp_path / "large.pdf"
    proc = run_cli("assess", str(path), "--pdf", str(out))  # the path a user takes
    assert proc.returncode == 0, proc.stderr
    pages = [flat(p.extract_text()) for p in PdfReader(out).pages]
    start = next(i for i, p in enumerate(pages) if EN["sec_workshop"] in p)
    end = next(i for i, p in enumerate(pages) if EN["sec_since"] in p)
    part = " ".join(pages[start:end + 1])
    part = part[part.index(EN["sec_workshop"]):part.index(EN["sec_since"])]
    # the table runs over many pages, its header on each
    assert end - start >= 5
    assert all("Disputed question Each respondent's answer Agreed answer and note" in p for p in pages[start + 1:end])
    # every respondent's answer to each disputed question, and the whole of the settled note
    for question in ("Executive sponsor", "Models reproducible", "Models in production", "Time on infrastructure"):
        assert question in part
    for i in range(300):
        assert part.count(f"Respondent {i:03d}: ") == 4, i  # one answer per disputed question
    # the column of agreed answers read down the pages, past the running header, footer and table header:
    # the note is there whole, cut only where a page ends
    column = subprocess.run(["pdftotext", "-f", str(start + 1), "-l", str(end + 1), "-x", "392", "-y", "0",
                             "-W", "210", "-H", "842", str(out), "-"], capture_output=True, text=True, check=True).stdout
    running = re.compile(r"^(\d+ \w+ \d{4}|Page \d+ of \d+|Agreed answer and note)$")
    assert flat(note) in flat("\n".join(line for line in column.splitlines() if not running.match(line.strip())))
    text = " ".join(pages)
    assert all(f"Visit {i:03d}" in text for i in range(300))  # the cover and section 7 list every visit
