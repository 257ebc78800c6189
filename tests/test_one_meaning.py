"""The CLI's text, the JSON result and the PDF say the same thing: for every example,
answer sets with "don't know" answers and a workshop with an unsettled disagreement,
each shows the decision, whether it is provisional, the missing mandate items, the
budget band, the weeks to hire and the business case's total in FTE that the JSON's
structured fields hold; the report leaves out the business case of a result that recommends no hire. (The wizard's part is in tests/gui/test_one_meaning.py.)"""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.rendering import CONSISTENCY_NAMES, LANGS, fact_problems, facts, flat, render

BUSINESS_CASE_HEADING = {"en": "The business case", "fr": "L'enjeu économique"}


def _problems(name: str, lang: str) -> list[str]:
    r = render(name, lang)
    f = facts(r.result)
    out = []
    pdf_text = "\n".join(p.body + "\n" + p.appendix for p in r.pdf)
    pdf_body = "\n".join(p.body for p in r.pdf)
    # The report has one shape per outcome: when the result recommends no profile (not yet, cannot
    # assess yet) it leaves out the business case by design, a payback for a role nobody should hire
    # yet. What the report shows must still agree with the result; what it leaves out is allowed, and
    # it must then be left out whole (no business-case section), not lost.
    pdf_facts = f
    if not r.result["profile"]["recommended"]:
        pdf_facts = replace(f, fte=None)
        if BUSINESS_CASE_HEADING[lang] in pdf_body:
            out.append(f"[PDF body · {lang} · {name}] a business case in a report that recommends no hire")
    shown = {
        "CLI text": (r.cli, f),
        "PDF text": (pdf_text, pdf_facts),
        # the report's body, without the appendix, has to carry the facts on its own
        "PDF body": (pdf_body, pdf_facts),
    }
    for renderer, (text, expected) in shown.items():
        for problem in fact_problems(text, expected, lang, r.result["budget"]["currency"]):
            out.append(f"[{renderer} · {lang} · {name}] {problem}")
    return out


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", CONSISTENCY_NAMES)
def test_every_rendering_shows_the_facts_of_the_json_result(name, lang):
    problems = _problems(name, lang)
    assert not problems, "\n".join(problems)


def test_the_inputs_cover_what_the_renderings_can_disagree_on():
    """The answer sets do what they are here for: a provisional decision, a "don't know"
    mandate item, a disputed answer in a workshop, a missing mandate item."""
    provisional = {n for n in CONSISTENCY_NAMES if render(n, "en").result["confidence"]["provisional"]}
    assert {"dont-know-provisional.yaml", "dont-know-decision.yaml", "workshop-disagreement.json"} <= provisional
    assert any(render(n, "en").result["mandate"]["missing"] for n in CONSISTENCY_NAMES)
    sponsor = render("dont-know-sponsor.yaml", "en").result
    answer = next(q for s in sponsor["answers"] for q in s["questions"] if q["id"] == "executive_sponsor")
    assert answer["value"] == "dont_know"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", CONSISTENCY_NAMES)
def test_the_json_agrees_with_itself(name, lang):
    """The sentences of the JSON result carry the facts of its own structured fields."""
    r = render(name, lang).result
    f = facts(r)
    problems = []
    if f.provisional != r["confidence"]["text"].casefold().startswith(
            {"en": "provisional", "fr": "provisoire"}[lang]):
        problems.append(f"confidence.provisional is {f.provisional} but confidence.text says "
                        f"“{r['confidence']['text']}”")
    if f.band is not None and not all(flat(x) in flat(r["budget"]["text"]) for x in f.band):
        problems.append(f"budget.text “{r['budget']['text']}” does not hold the band {f.band}")
    weeks = r["time_to_hire_weeks"]
    if f.weeks is not None and not all(str(x) in weeks["text"] for x in f.weeks):
        problems.append(f"time_to_hire_weeks.text “{weeks['text']}” does not hold {f.weeks}")
    if f.fte is not None and f.fte not in flat(r["business_case"]["sentence"]):
        problems.append(f"business_case.sentence “{r['business_case']['sentence']}” does not hold {f.fte} FTE")
    missing = set(r["mandate"]["missing"])
    for item in r["mandate"]["items"]:
        if (item["id"] in missing) == bool(item.get("in_place")):
            problems.append(f"mandate item {item['id']}: in_place={item.get('in_place')} but "
                            f"mandate.missing={sorted(missing)}")
    assert not problems, "\n".join(f"[JSON · {lang} · {name}] {p}" for p in problems)
