"""Hypothesis strategies for answers to the default questionnaire."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from readiness_app.core import load_ruleset

QUESTIONNAIRE = load_ruleset().questionnaire

# Small but realistic ranges keep the search near the thresholds that matter.
NUMBER_RANGES = {
    "models_in_production": (0, 30), "critical_models": (0, 30), "teams_consuming_models": (0, 8),
    "retraining_hours_per_month": (0, 80), "degradation_incidents_12m": (0, 10), "ml_practitioners": (0, 20),
    "existing_mlops_engineers": (0, 5), "budget_ceiling": (30000, 160000),
    "salary_band_min": (30000, 90000), "salary_band_max": (90000, 160000),
}


def value_for(question) -> st.SearchStrategy[Any]:
    kind = question.type
    if kind == "integer":
        lo, hi = NUMBER_RANGES.get(question.id, (int(question.lower or 0), int(min(question.upper or 100, 100))))
        return st.integers(lo, hi)
    if kind == "number":
        lo, hi = NUMBER_RANGES.get(question.id, (question.lower or 0, min(question.upper or 100, 100)))
        return st.integers(int(lo), int(hi)) | st.floats(lo, hi, allow_nan=False)
    if kind == "percent":
        return st.integers(0, 100)
    if kind == "yes_no":
        return st.booleans()
    if kind == "single_choice":
        return st.sampled_from(question.option_values())
    if kind == "multiple_choice":
        values = question.option_values()
        return st.lists(st.sampled_from(values), unique=True).map(lambda v: sorted(v, key=values.index))
    return st.text(max_size=40)


@st.composite
def valid_answers(draw) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for qid, question in QUESTIONNAIRE.questions.items():
        if not question.required and draw(st.booleans()):
            continue
        out[qid] = draw(value_for(question))
    out["critical_models"] = min(out["critical_models"], out["models_in_production"])
    if "salary_band_min" in out and "salary_band_max" in out:
        low, high = sorted((out["salary_band_min"], out["salary_band_max"]))
        out["salary_band_min"], out["salary_band_max"] = low, high
    return out
