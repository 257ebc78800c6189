"""What would change the recommendation lists only moves a company could make or learn: a practice only
improves, a count only grows (never to "no model at all"), a mandate decision goes either way, and who the
company is (its market, sector, stage) never appears. Each move says whether it is a step or a fact."""

from __future__ import annotations

from hypothesis import given, settings

from readiness_app.core.engine import assess
from readiness_app.core.ruleset import load_ruleset
from tests.helpers import ALL_SIGNALS, answers
from tests.strategies import valid_answers

RULESET = load_ruleset()
LEVERS = RULESET.rules.levers
assert LEVERS is not None


def _rank(qid: str, value: object) -> int:
    key = str(value).lower() if isinstance(value, bool) else str(value)
    return LEVERS.steps[qid][key]


@settings(max_examples=80, deadline=None)
@given(valid_answers())
def test_every_proposed_change_is_a_move_forward(raw):
    result = assess(RULESET, raw, "en")
    for item in result.what_would_change:
        for c in item.changes:
            assert c.kind in ("step", "fact") and c.kind_label, item.text
            if c.current in (None, "dont_know"):
                assert c.kind == "fact", item.text  # finding out an unknown answer
                continue
            if c.question in LEVERS.steps:
                assert _rank(c.question, c.needed) > _rank(c.question, c.current), item.text
            elif c.question in LEVERS.grow_sets:
                assert set(c.current) < set(c.needed), item.text
            elif c.question in LEVERS.counts:
                assert c.needed > c.current and c.kind == "fact", item.text
            else:
                assert c.question in LEVERS.either, f"{c.question} is not something a company changes: {item.text}"


def test_no_move_backwards_to_vms_ad_hoc_pipelines_or_no_model():
    # A company on Kubernetes with shared pipelines is never told that going back would change anything.
    raw = answers(ALL_SIGNALS, training_pipelines="shared_automated", infrastructure="kubernetes")
    result = assess(RULESET, raw, "en")
    moves = {(c.question, str(c.needed)) for w in result.what_would_change for c in w.changes}
    assert ("infrastructure", "cloud_vms") not in moves and ("infrastructure", "none") not in moves
    assert ("training_pipelines", "ad_hoc_per_model") not in moves
    assert ("models_in_production", "0") not in moves
    assert not {q for q, _ in moves} & {"sector", "hiring_market", "company_stage", "existing_mlops_engineers"}
