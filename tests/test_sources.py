"""Every passage the rules data cite is printed in quotation marks (report, wizard, command line, JSON):
each must occur word for word in the document it names. A paraphrase is kept as the source's summary."""

from __future__ import annotations

import datetime
import io
import json
from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel
from pypdf import PdfReader

from readiness_app.core import assess, validate_answers
from readiness_app.core.result import SourceRef as ResultSourceRef
from readiness_app.core.rules import SourceRef
from readiness_app.core.summary import explain
from readiness_app.report import render_report_bytes
from tests.helpers import ALL_SIGNALS, CALM, answers

from .quotes import documents, is_verbatim, misquoted, normalise, quoted_spans, summaries_quoted, unwrapped


def cited(node: Any, path: str) -> Iterator[tuple[str, SourceRef]]:
    """Every source passage under a loaded model, with where it sits in the data."""
    if isinstance(node, SourceRef):
        yield path, node
    elif isinstance(node, BaseModel):
        for name in type(node).model_fields:
            yield from cited(getattr(node, name), f"{path}.{name}")
    elif isinstance(node, list | tuple):
        for i, item in enumerate(node):
            label = getattr(item, "id", None) or i
            yield from cited(item, f"{path}[{label}]")
    elif isinstance(node, dict):
        for key, item in node.items():
            yield from cited(item, f"{path}.{key}")


def all_cited(ruleset) -> list[tuple[str, SourceRef]]:
    from readiness_app.core.kit_rules import kit_path, load_kit_rules

    kit = load_kit_rules(kit_path(ruleset.rules_path), ruleset.rules, set(ruleset.questionnaire.questions))
    return [*cited(ruleset.rules, "rules"), *cited(ruleset.bands, "salary-bands"),
            *cited(ruleset.questionnaire, "questionnaire"), *cited(kit, "kit")]


def test_the_rules_cite_the_documents_they_quote(ruleset):
    docs = documents()
    refs = all_cited(ruleset)
    assert len(refs) >= 60, "the walk over the rules data misses passages"
    assert {ref.document for _, ref in refs} <= set(docs)


def test_every_passage_is_word_for_word_in_its_document(ruleset):
    documents()  # skips, saying why, without the documents
    not_verbatim = [f"{where} ({ref.document}): {ref.passage}"
                    for where, ref in all_cited(ruleset) if not is_verbatim(ref.passage, ref.document)]
    assert not not_verbatim, f"{len(not_verbatim)} passages are not word for word in their document:\n" + \
        "\n".join(not_verbatim)


def test_a_summary_is_ours_not_a_quote(ruleset):
    """A summary says what a passage means in the tool's words, next to the passage it summarises:
    it is not the passage again, and it carries no quotation of its own."""
    documents()
    problems = []
    for where, ref in all_cited(ruleset):
        for lang, text in (getattr(ref, "summary", None) or {}).items():
            if normalise(text) == normalise(ref.passage):
                problems.append(f"{where} [{lang}]: the summary repeats the passage")
            if quoted_spans(text):
                problems.append(f"{where} [{lang}]: the summary quotes: {text}")
    assert not problems, "\n".join(problems)


def test_the_check_tells_a_quote_from_a_paraphrase():
    documents()
    # the same words with other quotation marks, dashes, spacing or first capital are a quote
    assert is_verbatim("if you are hiring MLOps to 'fix everything' without clear executive mandate, "
                       "budget, or ownership  boundaries, senior candidates will often decline.", "optima")
    assert is_verbatim("Junior €50K-€70K, mid-level €70K-€95K", "bluecoders")
    # a dropped word, an added clause, a changed ending or the wrong document are not
    assert not is_verbatim("If you are hiring MLOps to 'fix everything' without clear executive mandate, "
                           "budget, or ownership boundaries, senior candidates will decline.", "optima")
    assert not is_verbatim("Junior €50K–€70K, mid-level €70K–€95K, senior/lead €95K–€130K (France, 2026).",
                           "bluecoders")
    assert not is_verbatim("Candidates assess the maturity of your stack.", "bluecoders")


# -- what the renderers print: quotes from the documents, summaries in our words ---------------------------

CASES = {
    "hire": ALL_SIGNALS,
    "mandate missing": answers(ALL_SIGNALS, budget_approved=False, hiring_market="DE"),
    "not yet": CALM,
    "junior beside a team": answers(CALM, existing_mlops_engineers=2, models_in_production=4,
                                    training_pipelines="ad_hoc_per_model",
                                    hiring_market="UK", company_stage="scaleup"),
}


def result_sources(node: Any) -> list[ResultSourceRef]:
    """Every source a result cites, wherever it sits (traces, signals, business case...)."""
    if isinstance(node, ResultSourceRef):
        return [node]
    if isinstance(node, list | tuple):
        return [ref for item in node for ref in result_sources(item)]
    if isinstance(node, dict):
        return [ref for item in node.values() for ref in result_sources(item)]
    if hasattr(node, "__dataclass_fields__"):
        return [ref for item in vars(node).values() for ref in result_sources(item)]
    return []


def results(ruleset, with_case_summary: bool = False):
    """(name, result) for each case in both languages. With ``with_case_summary``, the business case's
    source also carries a summary, so that every place a source is printed has one to print."""
    for name, raw in CASES.items():
        for lang in ("en", "fr"):
            result = assess(ruleset, validate_answers(ruleset.questionnaire, raw), lang)
            bc = result.business_case
            if with_case_summary and bc and bc.source and not bc.source.summary:
                bc.source.summary = {"en": "What the role frees engineers for.",
                                     "fr": "Ce que le poste libère comme temps."}[lang]
            yield f"{name} [{lang}]", result


def check_printed(where: str, text: str, result) -> list[str]:
    """What a reader would catch in ``text``: a quotation that is not in the documents, a summary in
    quotation marks, or a passage quoted without the summary beside it."""
    refs = result_sources(result)
    assert refs, where
    text = unwrapped(text)
    problems = [f"{where}: quoted but not in the documents: {span}"
                for span in misquoted(text, [(r.passage, r.summary) for r in refs])]
    summaries = list(dict.fromkeys(r.summary for r in refs if r.summary))
    problems += [f"{where}: a summary in quotation marks: {s}" for s in summaries_quoted(text, summaries)]
    flat_text = normalise(text)
    problems += [f"{where}: quoted without its summary: {r.passage}" for r in refs
                 if r.summary and normalise(r.passage) in flat_text and normalise(r.summary) not in flat_text]
    return problems


def test_the_report_quotes_only_the_documents_and_labels_summaries(ruleset):
    documents()
    problems, summaries = [], 0
    for where, result in results(ruleset, with_case_summary=True):
        pdf = PdfReader(io.BytesIO(render_report_bytes(result, date=datetime.date(2026, 6, 9))))
        text = "\n".join(page.extract_text() for page in pdf.pages)
        problems += check_printed(f"PDF {where}", text, result)
        summaries += text.count("Summary:" if result.language == "en" else "En résumé")
    assert not problems, "\n".join(problems)
    assert summaries >= 8  # labelled as summaries


def test_the_report_with_the_kit_annex_quotes_only_the_documents_and_labels_summaries(ruleset):
    from readiness_app.core.kit import build_kit, kit_refusal

    documents()
    problems, annexed = [], 0
    for where, result in results(ruleset):
        if kit_refusal(result) is not None:
            continue
        kit = build_kit(result, ruleset)
        pdf = PdfReader(io.BytesIO(render_report_bytes(result, date=datetime.date(2026, 6, 9), kit=kit)))
        text = "\n".join(page.extract_text() for page in pdf.pages)
        assert normalise(kit.heading) in normalise(text), where
        problems += check_printed(f"PDF with the kit {where}", text, (result, kit))
        annexed += 1
    assert not problems, "\n".join(problems)
    assert annexed >= 4


def test_explain_quotes_only_the_documents_and_labels_summaries(ruleset):
    documents()
    problems = []
    for where, result in results(ruleset):
        text = explain(result)
        problems += check_printed(f"explain {where}", text, result)
        assert ("Summary: " if result.language == "en" else "En résumé : ") in text, where
    assert not problems, "\n".join(problems)


def test_the_json_result_keeps_the_passage_and_its_summary_apart(ruleset):
    documents()
    result = next(r for name, r in results(ruleset) if name == "hire [fr]")
    data = json.loads(result.model_dump_json())
    refs = {signal["id"]: signal["source"] for signal in data["signals"]}
    assert all(is_verbatim(ref["passage"], ref["document"]) for ref in refs.values())
    gap = refs["reproducibility_gap"]
    assert gap["passage"].startswith("reproducibility problems")
    assert gap["summary"].startswith("Le guide ajoute")  # in our words, in the result's language
    assert refs["manual_retraining"]["summary"] is None  # the passage says it all
    schema = json.dumps(type(result).model_json_schema())
    assert "shown as a summary, not quoted" in schema


def test_the_checks_catch_a_misquote():
    documents()
    sources = [("The senior pool is thin", "Few seniors, many employers.")]
    assert misquoted("Optima: “The senior pool is thin”. Summary: Few seniors, many employers.", sources) == []
    assert misquoted("Optima: “The senior pool is thin. Global competition is intense.”", sources)
    assert misquoted("Optima: « Few seniors, many employers. »", sources)
    assert summaries_quoted("“Few seniors, many employers.”", ["Few seniors, many employers."])
    assert unwrapped("ML-\n      specific deployment") == "ML-specific deployment"
