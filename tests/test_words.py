"""Words a reader trusts, in every shell that does not need Qt: the CLI's summary, ``explain``,
every sentence of the JSON result and each page of the PDF, in English and French, for every
example, answer sets made to put each template in the singular and the plural and with "don't
know" answers, and answer sets drawn at random. A check fails on a "(s)" plural, a doubled word
or bracket group, a count that disagrees with its noun or verb, English in French output, a
sentence repeated on one PDF page, and a rule id or a strength decimal outside the appendix and
``explain``. (The wizard's views are checked in tests/gui/test_words.py.)"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from readiness_app.core.answers import DONT_KNOW
from tests.rendering import (
    INPUT_NAMES,
    LANGS,
    Exempt,
    Where,
    exempt_for,
    flat,
    inputs,
    json_sentences,
    render,
    report,
    word_problems,
)
from tests.strategies import QUESTIONNAIRE, valid_answers


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", INPUT_NAMES)
def test_the_cli_summary_and_explain_read_well(name, lang):
    r = render(name, lang)
    exempt = exempt_for(r.result, inputs()[name])
    problems = word_problems(r.cli, Where("CLI summary", lang, name), result=r.result, exempt=exempt)
    problems += word_problems(r.explain, Where("explain", lang, name), result=r.result, exempt=exempt,
                              ids_allowed=True)
    assert not problems, report(problems)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", INPUT_NAMES)
def test_every_sentence_of_the_json_result_reads_well(name, lang):
    r = render(name, lang)
    exempt = exempt_for(r.result, inputs()[name])
    problems = []
    for path, sentence in json_sentences(r.result):
        problems += word_problems(sentence, Where("JSON", lang, name, path), result=r.result, exempt=exempt)
    assert not problems, report(problems)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", INPUT_NAMES)
def test_every_page_of_the_pdf_reads_well(name, lang):
    r = render(name, lang)
    assert any(p.appendix for p in r.pdf), f"[PDF · {lang} · {name}] no page starts the appendix"
    exempt = exempt_for(r.result, inputs()[name])
    problems = []
    for page in r.pdf:
        where = Where("PDF", lang, name, f"page {page.number}")
        if page.body.strip():
            problems += word_problems(page.body, where, result=r.result, exempt=exempt)
        if page.appendix.strip():
            problems += word_problems(page.appendix, Where("PDF", lang, name, f"page {page.number}, appendix"),
                                      result=r.result, exempt=exempt, ids_allowed=True)
        # the same sentence twice on one page, body and appendix together
        problems += [p for p in word_problems(page.body + "\n" + page.appendix, where, result=r.result,
                                              exempt=exempt, ids_allowed=True, repeats=True)
                     if "repeated" in p]
    assert not problems, report(problems)


# -- answer sets drawn at random ----------------------------------------------

UNKNOWABLE = [qid for qid, q in QUESTIONNAIRE.questions.items() if q.type != "text"]


@st.composite
def answers_with_unknowns(draw) -> dict[str, Any]:
    values = draw(valid_answers())
    for qid in draw(st.lists(st.sampled_from(UNKNOWABLE), max_size=3, unique=True)):
        values[qid] = DONT_KNOW
    return values


@settings(max_examples=8, deadline=None, phases=[Phase.explicit, Phase.reuse, Phase.generate],
          suppress_health_check=[HealthCheck.too_slow])
@given(values=answers_with_unknowns(), lang=st.sampled_from(LANGS))
def test_drawn_answer_sets_read_well(ruleset, values, lang):
    """The summary, ``explain`` and the JSON sentences of random answers (no shrinking: every
    problem of the first failing set is listed instead)."""
    from readiness_app.core import assess, validate_answers
    from readiness_app.core.summary import explain, summary

    result = assess(ruleset, validate_answers(ruleset.questionnaire, values), lang)
    data = result.model_dump(mode="json")
    typed = [flat(v) for v in values.values() if isinstance(v, str) and v.strip() and v != DONT_KNOW]
    exempt = exempt_for(data, None)
    exempt = Exempt(exempt.strings + typed)
    name = "drawn answers (listed below)"
    problems = word_problems(summary(result), Where("CLI summary", lang, name), result=data, exempt=exempt)
    problems += word_problems(explain(result), Where("explain", lang, name), result=data, exempt=exempt,
                              ids_allowed=True)
    for path, sentence in json_sentences(data):
        problems += word_problems(sentence, Where("JSON", lang, name, path), result=data, exempt=exempt)
    assert not problems, f"{report(problems)}\nthe drawn answers: {values!r}"
