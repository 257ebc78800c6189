"""Properties that must hold for every possible set of answers."""

from __future__ import annotations

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from readiness_app.core import AnswersError, assess, load_ruleset, validate_answers
from tests.strategies import QUESTIONNAIRE, valid_answers

RULESET = load_ruleset()

# What "more pain" means for each answer, from the source documents, least painful first.
# This is the tests' own reading of the documents, independent of rules.yaml.
PAIN_ORDER = {
    "training_pipelines": ["shared_automated", "ad_hoc_per_model", "none"],
    "retraining": ["never", "automated_drift_triggered", "automated_scheduled", "manual_occasional", "manual_regular"],
    "incident_detection": ["automated_alerts", "manual_checks", "users_or_customers", "not_detected"],
    "rollback": ["automatic", "manual", "none"],
    "reproducibility": ["yes", "partially", "no"],
    "platform_team": [True, False],
    "infrastructure": ["kubernetes", "containers", "cloud_vms", "none"],
}
MORE_IS_WORSE = ["models_in_production", "critical_models", "teams_consuming_models", "retraining_hours_per_month",
                 "degradation_incidents_12m", "infra_time_share", "ml_practitioners"]
MANDATE = ["executive_sponsor", "budget_approved", "ownership_defined"]


def result_of(raw):
    return assess(RULESET, validate_answers(QUESTIONNAIRE, raw))


def worse_variants(raw, data):
    """One answer made more painful, everything else unchanged."""
    choice = data.draw(st.sampled_from(sorted(PAIN_ORDER) + MORE_IS_WORSE + ["versioned_artifacts"]))
    worse = dict(raw)
    if choice in PAIN_ORDER:
        order = PAIN_ORDER[choice]
        current = raw.get(choice, order[0])
        index = order.index(current)
        assume(index < len(order) - 1)
        worse[choice] = data.draw(st.sampled_from(order[index + 1:]))
    elif choice == "versioned_artifacts":
        current = raw.get("versioned_artifacts", [])
        assume(current)
        worse[choice] = [v for v in current if v != data.draw(st.sampled_from(current))]
    else:
        upper = 100 if choice == "infra_time_share" else 60
        current = raw.get(choice, 0)
        assume(current < upper)
        worse[choice] = data.draw(st.integers(int(current) + 1, upper))
        if choice == "critical_models":
            worse["models_in_production"] = max(worse["models_in_production"], worse[choice])
    return choice, worse


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(valid_answers(), st.data())
def test_more_pain_never_lowers_the_score_or_a_signal(raw, data):
    before = result_of(raw)
    choice, worse = worse_variants(raw, data)
    after = result_of(worse)
    assert after.score >= before.score, choice
    for old, new in zip(before.signals, after.signals, strict=True):
        assert new.strength >= old.strength, (choice, old.id)
        assert new.present or not old.present, (choice, old.id)


@settings(max_examples=300, deadline=None)
@given(valid_answers(), st.sampled_from(MANDATE))
def test_removing_the_mandate_never_turns_a_case_into_hire(raw, item):
    before = result_of(raw)
    after = result_of({**raw, item: False})
    if before.decision == "secure_mandate_first":
        assert after.decision == "secure_mandate_first"
    if before.decision != "hire":
        assert after.decision != "hire"


@settings(max_examples=200, deadline=None)
@given(valid_answers())
def test_result_is_always_complete_and_traced(raw):
    result = result_of(raw)
    assert result.decision in {"hire", "secure_mandate_first", "not_yet"}
    assert 0 <= result.score <= 100
    assert result.signals_present == sum(s.present for s in result.signals)
    assert (result.decision == "hire") <= (result.signals_present >= 2 and not result.mandate.missing)
    for item in result.traces():
        assert item.source is not None or item.assumption


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=10,
)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(sorted(QUESTIONNAIRE.questions)) | st.text(max_size=12), json_values,
                       max_size=30))
def test_arbitrary_answers_raise_only_the_projects_own_error(raw):
    try:
        result_of(raw)
    except AnswersError as exc:
        assert exc.render()


section_notes = st.dictionaries(st.sampled_from([s.id for s in QUESTIONNAIRE.sections]), st.text(max_size=200),
                                max_size=3)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(valid_answers(), section_notes, st.sampled_from(["en", "fr"]))
def test_save_then_open_gives_back_the_same_assessment(tmp_path_factory, raw, notes, language):
    from readiness_app.core.document import AssessmentDocument, load_document, save_document

    answers = validate_answers(QUESTIONNAIRE, raw)
    doc = AssessmentDocument(questionnaire=QUESTIONNAIRE.id, questionnaire_version=QUESTIONNAIRE.version,
                             answers=answers, notes=notes, language=language)
    path = tmp_path_factory.mktemp("docs") / "client.json"
    save_document(doc, path, touch=False)
    again, _ = load_document(path)
    assert again == doc
