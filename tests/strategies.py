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
    "pay_cloud_engineer": (30000, 120000), "pay_top_engineering": (60000, 250000),
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
    if "pay_cloud_engineer" in out and "pay_top_engineering" in out:
        low, high = sorted((out["pay_cloud_engineer"], out["pay_top_engineering"]))
        out["pay_cloud_engineer"], out["pay_top_engineering"] = low, high
    return out


# -- what a hostile or careless file or user can bring -----------------------------------------

NASTY_PIECES = st.sampled_from([
    "\ud800", "a\udfffb", "\x00", "\x1b[2J", "\x07", "\x7f", "\x85", "tab\there", "line\nbreak", "cr\r\nlf",
    "\u202e", "\ufeff", "😀", "ÀÉÈÇ łńśźż", "R&D <b>Labs</b>", "dont_know",
])
NASTY_TEXT = st.lists(st.text(max_size=30) | NASTY_PIECES, max_size=5).map("".join)
"""Text with lone surrogates, control characters, markup, right-to-left marks and emoji."""

LONG_TEXT = st.tuples(st.integers(0, 25_000), st.sampled_from(["é", "😀", "a\n"])).map(lambda t: t[1] * t[0])
"""Text around and over the length limits, in one- to four-byte characters."""

HUGE_NUMBERS = st.sampled_from([10**15, -(10**15), 10**15 - 1, 10**40, 10**400, 2**63, float("inf"),
                                float("-inf"), float("nan"), 1e300, -1e-300, 1e15])
NUMBERS = st.integers() | st.floats() | HUGE_NUMBERS
"""Any number, including ones too large for the app and ones that are not finite."""

def _nested(depth: int) -> list[Any]:
    value: list[Any] = []
    for _ in range(depth - 1):
        value = [value]
    return value


DEEP = st.integers(1, 150).map(_nested)
"""Lists nested up to 150 levels deep (the app takes 64)."""


def hostile_value(question) -> st.SearchStrategy[Any]:
    """A valid answer, "don't know", or something no answer should be."""
    from readiness_app.core.answers import DONT_KNOW

    return (value_for(question) | st.just(DONT_KNOW) | NUMBERS | NASTY_TEXT | LONG_TEXT | DEEP
            | st.lists(NASTY_TEXT, max_size=3) | st.none())


@st.composite
def hostile_answers(draw) -> dict[str, Any]:
    """Answers to every question, each one valid, "don't know" or hostile; now and then an unknown id."""
    out: dict[str, Any] = {}
    for qid, question in QUESTIONNAIRE.questions.items():
        kind = draw(st.sampled_from(["valid", "valid", "dont_know", "hostile", "missing"]))
        if kind == "valid":
            out[qid] = draw(value_for(question))
        elif kind == "dont_know":
            out[qid] = "dont_know"
        elif kind == "hostile":
            out[qid] = draw(hostile_value(question))
    if draw(st.booleans()):
        out[draw(NASTY_TEXT)] = draw(NUMBERS)
    return out
