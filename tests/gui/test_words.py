"""Words a reader trusts in the wizard, in English and French: each tab of the result page
(with the banner above it) and each section page, as a person sees them, for every example,
the answer sets made for the singular and the plural and with "don't know" answers, and a
workshop with an unsettled disagreement. A check fails on a "(s)" plural, a doubled word or
bracket group, a count that disagrees with its noun or verb, English in French output, a
sentence repeated within one view, and a rule id or a strength decimal (the details behind a
sentence, shown when asked for, are the wizard's appendix and are not read here)."""

from __future__ import annotations

import pytest

from tests.rendering import INPUT_NAMES, LANGS, Where, exempt_for, inputs, render, report, word_problems

from .views import PAGES_FOR, wizard_views


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", INPUT_NAMES)
def test_every_view_of_the_wizard_reads_well(qtbot, make_window, in_language, name, lang):
    result = render(name, lang).result
    exempt = exempt_for(result, inputs()[name])
    in_language(lang)
    views = wizard_views(qtbot, make_window, inputs()[name], lang, pages=name in PAGES_FOR)
    problems = []
    for view, texts in views.items():
        problems += word_problems("\n".join(texts), Where("wizard", lang, name, view), result=result, exempt=exempt,
                                  repeats=True)
    assert not problems, report(problems)
