"""The app's own words: one gettext catalogue per language, nouns that agree with their counts (CLDR
plural rules through Babel), numbers and money as each language writes them, and a command line
that speaks the document's language from its first line to its last."""

from __future__ import annotations

import gettext
import json
import re
from pathlib import Path

import pytest

from readiness_app.cli import main
from readiness_app.core import assess, catalogue, load_ruleset, validate_answers
from readiness_app.core.text import (
    LANGUAGES,
    fill,
    format_money,
    format_money_range,
    format_number,
    format_percent,
    template_problems,
)
from tests.helpers import ALL_SIGNALS, EXAMPLES, ROOT, answers
from tests.strategies import QUESTIONNAIRE

RULESET = load_ruleset()
LOCALE = ROOT / "assets" / "locale"


def result_of(lang: str, **changes: object):
    return assess(RULESET, validate_answers(QUESTIONNAIRE, answers(ALL_SIGNALS, **changes)), lang)


def evidence(result, signal: str) -> str:
    return next(s.evidence for s in result.signals if s.id == signal)


# -- nouns and verbs agree with their counts ------------------------------------------------------------

AGREEMENT = {
    # (signal, question): {lang: {count: the words the evidence must start with}}
    ("model_estate", "models_in_production"): {
        "en": {0: "0 models in production", 1: "1 model in production", 2: "2 models in production"},
        "fr": {0: "0 modèle en production", 1: "1 modèle en production", 2: "2 modèles en production"},
    },
    ("undetected_degradation", "degradation_incidents_12m"): {
        "en": {0: "0 degradation incidents in", 1: "1 degradation incident in", 2: "2 degradation incidents in"},
        "fr": {0: "0 incident de dégradation en", 1: "1 incident de dégradation en",
               2: "2 incidents de dégradation en"},
    },
    ("infra_burden", "ml_practitioners"): {
        "en": {0: "0 data scientists and ML engineers spend", 1: "1 data scientist or ML engineer spends",
               2: "2 data scientists and ML engineers spend"},
        "fr": {0: "0 data scientist ou ingénieur ML consacre", 1: "1 data scientist ou ingénieur ML consacre",
               2: "2 data scientists et ingénieurs ML consacrent"},
    },
}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("signal,question", list(AGREEMENT))
def test_a_count_agrees_with_its_noun_for_0_1_and_2(lang, signal, question):
    extra = {"critical_models": 0} if question == "models_in_production" else {}
    for count, start in AGREEMENT[(signal, question)][lang].items():
        said = evidence(result_of(lang, **{question: count}, **extra), signal)
        assert said.startswith(start), (count, said)


@pytest.mark.parametrize("lang,expected", [
    ("en", "an unknown number of degradation incidents in 12 months"),
    ("fr", "un nombre inconnu d'incidents de dégradation en 12 mois"),
])
def test_a_dont_know_count_reads_naturally_inside_the_sentence(lang, expected):
    said = evidence(result_of(lang, degradation_incidents_12m="dont_know"), "undetected_degradation")
    assert said.startswith(expected)


def test_the_headline_agrees_with_the_number_of_signals():
    one = result_of("en", models_in_production=1, critical_models=0, degradation_incidents_12m=0,
                    ml_practitioners=2, infra_time_share=10, reproducibility="yes",
                    versioned_artifacts=["code", "data", "models"])
    assert one.signals_present == 1
    assert "1 hiring signal out of 5 is present" in one.headline
    many = result_of("en")
    assert f"{many.signals_present} hiring signals out of 5 are present" in many.headline


def test_the_business_case_formula_agrees_with_each_count():
    result = result_of("en", degradation_incidents_12m=1)
    formula = next(f.formula for f in result.business_case.figures if f.id == "incidents")
    assert formula.startswith("1 incident a year × 2 engineers × 16 hours each")
    result = result_of("fr", degradation_incidents_12m=3)
    formula = next(f.formula for f in result.business_case.figures if f.id == "incidents")
    assert formula.startswith("3 incidents par an × 2 ingénieurs × 16 heures chacun")


def test_plural_blocks_follow_the_language_rule_and_are_checked():
    template = "{n, plural, =0 {no model} one {# model} other {# models}}"
    assert [fill(template, {"n": str(n)}, "en", {"n": n}) for n in (0, 1, 2)] == ["no model", "1 model",
                                                                                  "2 models"]
    french = "{n, plural, one {# modèle} other {# modèles}}"
    assert [fill(french, {"n": str(n)}, "fr", {"n": n}) for n in (0, 1, 2)] == ["0 modèle", "1 modèle",
                                                                               "2 modèles"]
    assert template_problems(template) == []
    assert template_problems("{n, plural, one {# model}}") == ["plural block of 'n' has no 'other' branch"]
    assert "not a plural category" in template_problems("{n, plural, single {a} other {b}}")[0]


def test_the_rules_file_rejects_a_plural_block_without_other(tmp_path):
    from readiness_app.core.errors import QuestionnaireError
    from readiness_app.core.rules import load_rules

    text = (ROOT / "assets" / "rules.yaml").read_text(encoding="utf-8")
    broken = tmp_path / "rules.yaml"
    assert text.count("{# model} other {# models}} in production") == 1
    broken.write_text(text.replace("{# model} other {# models}} in production", "{# model}} in production"),
                      encoding="utf-8")
    with pytest.raises(QuestionnaireError, match="no 'other' branch"):
        load_rules(broken, set(QUESTIONNAIRE.questions))


# -- no "(s)" anywhere ------------------------------------------------------------------------------------


def data_texts() -> dict[Path, str]:
    files = [*LOCALE.glob("*.po"), *LOCALE.glob("*.pot"), *(ROOT / "assets").glob("*.yaml"),
             *(ROOT / "questionnaires").glob("*.yaml")]
    return {path: path.read_text(encoding="utf-8") for path in files}


def test_no_catalogue_or_data_template_writes_a_plural_in_brackets():
    for path, text in data_texts().items():
        found = re.findall(r"\w+\((s|x|es|e)\)", text)
        assert not found, f"{path.name}: {found}"


# -- the catalogue -----------------------------------------------------------------------------------------


def test_every_key_of_the_catalogue_has_a_french_translation():
    assert catalogue.catalogue_problems() == []
    english, french = catalogue.catalogue("en"), catalogue.catalogue("fr")
    assert set(french.texts) == set(english.texts)
    assert set(french.plurals) == set(english.plurals)


def test_each_compiled_catalogue_matches_its_source(tmp_path):
    """A .mo older than its .po: run `python -m readiness_app.core.catalogue` and commit the result."""
    for name in ("readiness_app.pot", *(f"{lang}.po" for lang in LANGUAGES if lang != "en")):
        (tmp_path / name).write_bytes((LOCALE / name).read_bytes())
    catalogue.compile_catalogues(tmp_path)
    for lang in LANGUAGES:
        with open(LOCALE / f"{lang}.mo", "rb") as shipped, open(tmp_path / f"{lang}.mo", "rb") as fresh:
            ours, theirs = gettext.GNUTranslations(shipped), gettext.GNUTranslations(fresh)
        texts = [{key: text for key, text in t._catalog.items() if key != ""}  # type: ignore[attr-defined]
                 for t in (ours, theirs)]  # the header names the Babel that compiled it: not a text
        assert texts[0] == texts[1], f"{lang}.mo is stale"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_cldr_extract_matches_the_installed_babel(lang):
    """The app formats from an extract of Babel's data; after a Babel upgrade, compile the catalogues."""
    shipped = json.loads((LOCALE / f"{lang}.cldr.json").read_text(encoding="utf-8"))
    assert shipped == json.loads(json.dumps(catalogue.cldr_extract(lang)))


def test_formatting_from_the_extract_equals_babel_with_its_full_data():
    from babel import Locale
    from babel.numbers import format_currency, format_decimal

    for lang in LANGUAGES:
        extract, full = catalogue.babel_locale(lang), Locale.parse(lang)
        for value in (0, 1, 2, 1234.5, 95000, -3):
            assert format_decimal(value, locale=extract) == format_decimal(value, locale=full)
            assert format_currency(value, "EUR", locale=extract) == format_currency(value, "EUR", locale=full)
            assert format_currency(value, "GBP", locale=extract) == format_currency(value, "GBP", locale=full)
            assert extract.plural_form(value) == full.plural_form(value)


def test_french_plural_forms_count_zero_as_singular():
    assert catalogue.plural("report.further_reasons", 0, "fr").startswith("{n} autre raison ")
    assert catalogue.plural("report.further_reasons", 2, "fr").startswith("{n} autres raisons")
    assert catalogue.plural("report.further_reasons", 0, "en").startswith("{n} further reasons")


# -- numbers, money, percent per language -----------------------------------------------------------------


def test_money_and_numbers_are_written_as_each_language_writes_them():
    assert format_money(95000, "EUR", "en") == "€95,000"
    assert format_money(95000, "EUR", "fr") == "95\u202f000\u00a0€"  # narrow no-break space, then no-break space
    assert format_money_range(95000, 130000, "EUR", "en") == "€95,000 – €130,000"
    assert format_money(72000.4, "GBP", "en") == "£72,000"
    assert format_number(1234.56, "en", 1) == "1,234.6"
    assert format_number(1234.56, "fr", 1) == "1\u202f234,6"
    assert format_percent(35, "en") == "35%"
    assert format_percent(35, "fr") == "35\u00a0%"


# -- the command line speaks the document's language --------------------------------------------------------

ENGLISH_FRAME = ("Decision:", "Signals", "Profile:", "Focus:", "Budget:", "Hiring:", "Mandate:", "Why:",
                 "Confidence:", "To verify", "Business case", "Assumptions:", "What would change",
                 "Close to a threshold", "Run 'readiness-app explain'", "written to", "yearly gross base",
                 "weeks to a signed offer", "strength", "answer:", "rule:", "source:", "ASSUMPTION",
                 "Time to hire", "Advice\n")


@pytest.mark.parametrize("example", sorted(EXAMPLES.glob("*.yaml")), ids=lambda p: p.stem)
def test_assess_and_explain_in_french_print_no_english_frame(example, tmp_path, capsys):
    assert main(["assess", str(example), "--lang", "fr", "--json", str(tmp_path / "r.json")]) == 0
    assert main(["explain", str(example), "--lang", "fr"]) == 0
    out = capsys.readouterr().out
    assert "Décision :" in out and "Résultat écrit dans" in out
    for words in ENGLISH_FRAME:
        assert words not in out, words


def test_the_summary_shows_no_strength_decimals_or_rule_ids(capsys):
    assert main(["assess", str(EXAMPLES / "scaleup-all-signals.yaml")]) == 0
    out = capsys.readouterr().out
    assert "strength" not in out and not re.search(r"\(\d\.\d\d\)", out)
    assert "decision." not in out and "signals." not in out
