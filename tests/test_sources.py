"""Every passage the rules data cite is printed in quotation marks (report, wizard, command line, JSON):
each must occur word for word in the document it names. A paraphrase is kept as the source's summary."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from readiness_app.core.rules import SourceRef

from .quotes import documents, is_verbatim, normalise, quoted_spans


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
    return [*cited(ruleset.rules, "rules"), *cited(ruleset.bands, "salary-bands"),
            *cited(ruleset.questionnaire, "questionnaire")]


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
