""""Don't know" answers, honestly: the decisions the result calls possible cover every completion of the
unknown answers, alone and together, so a decision called firm is one no answer could change."""

from __future__ import annotations

import random
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from readiness_app.core.answers import DONT_KNOW, visible_questions
from readiness_app.core.engine import assess
from readiness_app.core.outcome import Decider
from readiness_app.core.ruleset import load_ruleset
from readiness_app.core.session import assess_file
from readiness_app.core.whatif import Domains, _valid, completions

from .helpers import EXAMPLES

RULESET = load_ruleset()
Q = RULESET.questionnaire
DECIDER = Decider(RULESET)
DOMAINS = Domains(DECIDER)
YAML_EXAMPLES = sorted(p.name for p in EXAMPLES.glob("*.yaml"))
NOT_DECISION_INPUTS = {"company_name", "hiring_market", "salary_band_min", "salary_band_max", "pay_cloud_engineer",
                       "pay_top_engineering"}


def _answers(name: str) -> dict[str, Any]:
    return dict(assess_file(EXAMPLES / name).answers)


def _random_value(qid: str, rng: random.Random) -> Any:
    question = Q.questions[qid]
    if question.type in ("integer", "number", "percent"):
        low = question.lower or 0
        high = question.upper if question.upper is not None else 60
        return rng.choice([rng.randint(int(low), int(high)), *completions(DOMAINS, question)])
    return rng.choice(completions(DOMAINS, question))


def _complete(answers: dict[str, Any], rng: random.Random) -> dict[str, Any] | None:
    """Every unknown answer replaced by a value, and every question that then shows answered too."""
    done = {k: (_random_value(k, rng) if v == DONT_KNOW else v) for k, v in answers.items()}
    for _ in range(5):
        visible = visible_questions(Q, done)
        missing = [q for q in visible if q not in done and q not in NOT_DECISION_INPUTS
                   and Q.questions[q].type != "text"]
        if not missing:
            break
        done.update({q: _random_value(q, rng) for q in missing})
    return done if _valid(Q, done) else None


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.sampled_from(YAML_EXAMPLES), data=st.data(), seed=st.integers(0, 2**32 - 1))
def test_the_possible_decisions_cover_every_completion_of_the_unknowns(name: str, data: st.DataObject,
                                                                        seed: int) -> None:
    answers = _answers(name)
    candidates = sorted(q for q in answers if q not in NOT_DECISION_INPUTS and Q.questions[q].type != "text")
    unknown = data.draw(st.lists(st.sampled_from(candidates), min_size=1, max_size=8, unique=True))
    for qid in unknown:
        answers[qid] = DONT_KNOW
    result = assess(RULESET, answers, "en")
    possible = set(result.confidence.possible_decisions)
    rng = random.Random(seed)
    for _ in range(40):
        completed = _complete(answers, rng)
        if completed is None:
            continue
        decision = DECIDER.outcome(completed).decision
        assert decision in possible, (
            f"{name} with {unknown} unknown: a completion gives '{decision}', the result allows only {possible} "
            f"(verdict {result.confidence.verdict})")
    if result.confidence.verdict in ("known", "firm"):
        assert possible == {result.decision}
    if result.decision == "cannot_assess_yet":  # no decision given while the unknowns could go either way
        assert "not_yet" in possible and possible & {"hire", "secure_mandate_first"}


def test_every_answer_unknown_is_not_read_as_a_firm_decision() -> None:
    # Bluecoders: "If several of these signals are present, a MLOps Engineer is necessary." With every
    # answer unknown, no signal can be read, so the answers cannot tell a hire from a "not yet".
    answers = {qid: DONT_KNOW for qid in Q.questions if qid not in NOT_DECISION_INPUTS}
    answers.update(company_name="Nobody knows", hiring_market="FR")
    result = assess(RULESET, answers, "en")
    assert result.decision == "cannot_assess_yet" and result.confidence.verdict == "open"
    assert {"hire", "not_yet"} <= set(result.confidence.possible_decisions)
    assert "Firm" not in result.confidence.text


def test_each_answer_to_find_out_says_who_usually_knows_it() -> None:
    """The questionnaire says, per section, who usually knows the answers; the sources do not, so the
    data marks it as a judgement. Every answer still to find out carries it, in the result's language."""
    assert all(s.ask is not None and s.ask.basis == "judgement" for s in Q.sections)
    answers = {qid: DONT_KNOW for qid in Q.questions if qid not in NOT_DECISION_INPUTS}
    answers.update(company_name="Nobody knows", hiring_market="FR")
    by_lang = {lang: assess(RULESET, answers, lang).to_verify for lang in ("en", "fr")}
    asks = {v.question: v.ask for v in by_lang["en"]}
    assert by_lang["en"] and all(asks.values())
    assert asks["models_in_production"] == "the ML or data science lead"
    assert asks["executive_sponsor"] == "the CTO, the CEO or finance"
    assert "DevOps" in asks["infrastructure"]
    french = {v.question: v.ask for v in by_lang["fr"]}
    assert french["executive_sponsor"] == "le CTO, le CEO ou la direction financière"


@pytest.mark.parametrize("name", YAML_EXAMPLES)
def test_a_firm_example_stays_firm(name: str) -> None:
    result = assess_file(EXAMPLES / name).result
    if not result.confidence.unknown:
        assert result.confidence.verdict == "known" and result.confidence.possible_decisions == [result.decision]
