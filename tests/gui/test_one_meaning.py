"""The wizard's result page says what the CLI, the JSON and the PDF say: for every example,
the "don't know" answer sets and a workshop with an unsettled disagreement, the decision,
whether it is provisional, the missing mandate items, the band, the weeks and the business
case's FTE that the JSON result holds, read from the labels a person sees."""

from __future__ import annotations

import pytest

from tests.rendering import CONSISTENCY_NAMES, LANGS, fact_problems, facts, inputs, render

from .views import PAGES_FOR, wizard_views


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", CONSISTENCY_NAMES)
def test_the_result_page_shows_the_facts_of_the_json_result(qtbot, make_window, in_language, name, lang):
    expected = render(name, lang).result
    in_language(lang)
    views = wizard_views(qtbot, make_window, inputs()[name], lang, pages=name in PAGES_FOR)
    text = "\n".join(t for texts in views.values() for t in texts)
    problems = [f"[wizard · {lang} · {name}] {p}"
                for p in fact_problems(text, facts(expected), lang, expected["budget"]["currency"])]
    assert not problems, "\n".join(problems)
