"""Business case, what would change the decision, don't-know answers and
threshold sensitivity, on cases written from the source documents."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from readiness_app.core import AnswersError, assess, load_ruleset, validate_answers
from tests.helpers import ALL_SIGNALS, CALM, answers, run_cli
from tests.strategies import QUESTIONNAIRE, valid_answers

RULESET = load_ruleset()


def result_of(raw):
    return assess(RULESET, validate_answers(QUESTIONNAIRE, raw))


def test_infrastructure_heavy_team_has_a_business_case_in_fte():
    result = result_of(answers(ALL_SIGNALS, ml_practitioners=6, infra_time_share=70,
                               ml_practitioner_yearly_cost=90000))
    case = result.business_case
    infra = next(f for f in case.figures if f.id == "infrastructure")
    assert infra.fte == 4.2  # 6 people x 70%
    assert "6 data scientists and ML engineers × 70%" in infra.formula
    assert case.total_fte >= 4.2
    assert case.toil_cost == round(case.total_fte * 90000)
    # one engineer does not take all of it back: half of it at most, and no more than two FTE
    assert case.recoverable_fte == 2.0 and case.recoverable_cost == 180000
    # like with like: the base band with employer costs (x 1.45) against a loaded practitioner cost
    assert (case.hire_cost_min, case.hire_cost_max) == (95000 * 1.45, 130000 * 1.45)
    assert case.pays_for_itself is False
    assert "covers part of the cost" in case.sentence and "critical models (2)" in case.sentence
    costly = result_of(answers(ALL_SIGNALS, ml_practitioners=6, infra_time_share=70,
                               ml_practitioner_yearly_cost=120000)).business_case
    assert costly.pays_for_itself is True and "pays for the hire" in costly.sentence
    # the hours-per-FTE figure is not in the sources: it is shown as an assumption
    assert {a.id for a in case.assumptions} >= {"hours_per_fte_month", "engineers_per_incident"}


def test_small_toil_does_not_pay_for_the_hire():
    result = result_of(answers(ALL_SIGNALS, ml_practitioners=2, infra_time_share=55,
                               retraining_hours_per_month=10, degradation_incidents_12m=1,
                               ml_practitioner_yearly_cost=70000))
    assert result.business_case.pays_for_itself is False
    assert "does not pay for the hire" in result.business_case.sentence


def test_every_signal_without_sponsor_lists_the_sponsor_as_the_way_to_hire():
    result = result_of(answers(ALL_SIGNALS, executive_sponsor=False))
    assert result.decision == "secure_mandate_first"
    to_hire = [w for w in result.what_would_change if w.effect == "decision" and w.decision == "hire"]
    assert [c.question for c in to_hire[0].changes] == ["executive_sponsor"]
    assert to_hire[0].changes[0].needed is True
    assert "Hire an MLOps engineer" in to_hire[0].text


def test_two_missing_mandate_items_need_two_changes():
    result = result_of(answers(ALL_SIGNALS, executive_sponsor=False, budget_approved=False))
    to_hire = [w for w in result.what_would_change if w.effect == "decision" and w.decision == "hire"]
    assert {c.question for c in to_hire[0].changes} == {"executive_sponsor", "budget_approved"}


def test_no_impossible_change_is_proposed():
    result = result_of(answers(ALL_SIGNALS, models_in_production=3, critical_models=3))
    for item in result.what_would_change:
        values = {**answers(ALL_SIGNALS, models_in_production=3, critical_models=3),
                  **{c.question: c.needed for c in item.changes}}
        assert values["critical_models"] <= values["models_in_production"], item.text


def test_borderline_infrastructure_share_is_shown():
    result = result_of(answers(CALM, infra_time_share=48, models_in_production=4,
                               training_pipelines="ad_hoc_per_model"))
    near = [s for s in result.sensitivity if s.question == "infra_time_share"]
    assert near and near[0].borderline and not near[0].met
    assert near[0].threshold == 50
    assert "48" in near[0].text and "more than 50" in near[0].text


def test_dont_know_on_reproducibility_that_could_flip_is_provisional():
    # one signal (model estate) is present; a reproducibility gap would make it two
    result = result_of(answers(CALM, models_in_production=4, training_pipelines="ad_hoc_per_model",
                               reproducibility="dont_know"))
    assert result.confidence.provisional
    assert "hire" in result.confidence.possible_decisions
    item = next(v for v in result.to_verify if v.question == "reproducibility")
    assert "decision" in item.could_change
    assert result.confidence.known_share < 1
    shown = {q.id: q.display for s in result.answers for q in s.questions}
    assert shown["reproducibility"] == "don't know"


def test_dont_know_that_cannot_matter_leaves_the_decision_firm():
    result = result_of(answers(ALL_SIGNALS, reproducibility="dont_know"))
    assert result.decision == "hire"
    assert not result.confidence.provisional
    assert result.to_verify[0].could_change == []


def test_dont_know_on_the_sponsor_is_not_counted_as_a_mandate():
    result = result_of(answers(ALL_SIGNALS, executive_sponsor="dont_know"))
    assert result.decision == "secure_mandate_first"
    assert result.confidence.provisional
    assert "sponsor" in result.mandate.missing


def test_cli_prints_business_case_changes_and_to_verify(tmp_path):
    path = tmp_path / "answers.yaml"
    import yaml

    raw = answers(ALL_SIGNALS, executive_sponsor=False, ml_practitioner_yearly_cost=85000,
                  reproducibility="dont_know")
    path.write_text(yaml.safe_dump({"answers": raw}))
    for command in ("assess", "explain"):
        proc = run_cli(command, str(path))
        assert proc.returncode == 0, proc.stderr
        assert "full-time equivalents" in proc.stdout
        assert "executive sponsor: yes (now no)" in proc.stdout
        assert "To verify" in proc.stdout


@settings(max_examples=60, deadline=None)
@given(valid_answers())
def test_every_proposed_change_really_produces_its_decision(raw):
    result = result_of(raw)
    for item in result.what_would_change:
        changed = {**raw, **{c.question: c.needed for c in item.changes}}
        again = result_of(changed)
        assert again.decision == item.decision, item.text
        assert again.profile.seniority == item.seniority, item.text
        if item.effect == "band":
            assert (again.budget.base_min, again.budget.base_max) == (item.band_min, item.band_max)


@settings(max_examples=150, deadline=None)
@given(valid_answers(), st.sampled_from(sorted(q for q in QUESTIONNAIRE.questions if q != "company_name")))
def test_dont_know_keeps_the_decision_when_both_ways_agree(raw, qid):
    from readiness_app.core.support import decider_for
    from readiness_app.core.whatif import Domains

    decider = decider_for(RULESET)
    question = QUESTIONNAIRE.questions[qid]
    values = Domains(decider).values(question, None)
    if question.type in ("integer", "number", "percent"):
        values = sorted({question.lower or 0, *values})
    if question.type == "text" or not values:
        return
    decisions = set()
    for value in values:
        try:  # values the questionnaire's cross-field checks refuse are not possible answers
            decisions.add(result_of({**raw, qid: value}).decision)
        except AnswersError:
            continue
    unknown = result_of({**raw, qid: "dont_know"})
    if len(decisions) == 1:
        assert unknown.decision in decisions
        assert not unknown.confidence.provisional or any(
            v.question != qid and "decision" in v.could_change for v in unknown.to_verify)
    elif len(decisions) > 1 and qid in {v.question for v in unknown.to_verify}:
        assert unknown.confidence.provisional


def test_business_case_says_which_figure_a_dont_know_leaves_out():
    result = result_of(answers(ALL_SIGNALS, degradation_incidents_12m="dont_know"))
    case = result.business_case
    assert "incidents" not in {f.id for f in case.figures}
    assert case.not_counted == ["Degradation incidents: not counted, because \u201cDegradation incidents "
                                "(12 months)\u201d is not known."]


def test_an_unknown_number_reads_as_such_in_sentences_and_as_dont_know_in_the_answers():
    result = result_of(answers(ALL_SIGNALS, degradation_incidents_12m="dont_know"))
    evidence = next(s.evidence for s in result.signals if s.id == "undetected_degradation")
    assert evidence.startswith("an unknown number of degradation incidents in 12 months")
    shown = {q.id: q.display for s in result.answers for q in s.questions}
    assert shown["degradation_incidents_12m"] == "don't know"
