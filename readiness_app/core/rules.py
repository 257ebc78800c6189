"""The scoring rules as data: signals, weights, decision, profile, salary bands,
time to hire and mandate. Every rule names the source passage it rests on, or
says that it is an assumption and which file to edit."""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from .conditions import Condition
from .datafile import line_of, load_model, render_loc
from .errors import Problem, QuestionnaireError
from .text import LocalText, pick, placeholders, template_problems

RULES_FORMAT = 1
Identifier = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$", max_length=64)]
Decision = Literal["hire", "secure_mandate_first", "not_yet", "cannot_assess_yet"]
Seniority = Literal["junior", "mid", "senior", "lead"]
SENIORITIES: tuple[Seniority, ...] = ("junior", "mid", "senior", "lead")
DECISIONS: tuple[Decision, ...] = ("hire", "secure_mandate_first", "not_yet", "cannot_assess_yet")
# The decisions that plan a hire (a profile, a budget, a time to hire).
HIRING_DECISIONS: tuple[Decision, ...] = ("hire", "secure_mandate_first")

# Figures the engine derives, by the stage from which a rule may use them.
FACTS_BY_STAGE = {
    "signals": set(),
    "score": set(),
    "decision": {"signals_present", "score", "mandate_missing"},
    "advice": {"signals_present", "score", "mandate_missing", "decision", "seniority"},  # after the profile
    "profile": {"signals_present", "score", "mandate_missing", "decision", "seniority"},
    "budget": {"signals_present", "score", "mandate_missing", "decision", "seniority"},
    "time_to_hire": {"signals_present", "score", "mandate_missing", "decision", "seniority"},
}
# Fields a text template may use besides question ids.
TEMPLATE_FIELDS = {
    "signals_present", "signals_total", "score", "decision", "seniority", "market", "currency",
    "band", "band_min", "band_max", "weeks_min", "weeks_max", "mandate_missing", "present_signals",
    "ceiling", "ceiling_gap", "company", "models_per_mlops_engineer", "teams_per_mlops_engineer",
    "known_inputs", "unknown_inputs", "total_inputs",
    # the steps of a band derived from the company's pay grid
    "cloud_pay", "top_pay", "level_band", "ratio_low", "ratio_high", "ratio",
}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True, defer_build=True)


class SourceRef(_Strict):
    document: Identifier
    passage: Annotated[str, StringConstraints(min_length=3, max_length=600)] = Field(
        description="Word for word from the document (it is printed in quotation marks)."
    )
    summary: LocalText | None = Field(
        default=None, description="What the passage says for this rule, in this tool's words; never quoted."
    )

    def summary_in(self, lang: str) -> str | None:
        return pick(self.summary, lang) or None


class Traced(_Strict):
    """A rule with its evidence: a source passage, or an assumption to edit."""

    source: SourceRef | None = None
    assumption: LocalText | None = Field(
        default=None, description="Why this figure or rule is an assumption, and where to change it."
    )

    @model_validator(mode="after")
    def _traced(self) -> Traced:
        if self.source is None and self.assumption is None:
            raise ValueError("give its source (document and passage) or mark it as an assumption")
        return self


class Scale(_Strict):
    q: Identifier
    start: float = Field(alias="from")
    end: float = Field(alias="to")

    @model_validator(mode="after")
    def _ordered(self) -> Scale:
        if self.start >= self.end:
            raise ValueError("'from' must be below 'to'")
        return self


class Term(_Strict):
    """Points towards a strength: fixed when a condition holds, or scaled linearly on an answer."""

    when: Condition | None = None
    scale: Scale | None = None
    points: float = Field(gt=0, le=1)

    @model_validator(mode="after")
    def _one(self) -> Term:
        if (self.when is None) == (self.scale is None):
            raise ValueError("give either 'when' or 'scale'")
        return self

    def questions(self) -> list[str]:
        return self.when.questions() if self.when else [self.scale.q]  # type: ignore[union-attr]


class Signal(Traced):
    id: Identifier
    title: LocalText
    threshold: LocalText = Field(description="When the signal fires, in words.")
    weight: float = Field(gt=0)
    weight_note: LocalText | None = None
    present_if: Condition
    strength: list[Term] = Field(min_length=1)
    evidence: LocalText


class Area(_Strict):
    id: Identifier
    title: LocalText
    signal: Identifier | None = None
    terms: list[Term] = []

    @model_validator(mode="after")
    def _one(self) -> Area:
        if (self.signal is None) == (not self.terms):
            raise ValueError("give either 'signal' or 'terms'")
        return self


class ContextTerm(Traced):
    id: Identifier
    title: LocalText
    when: Condition
    points: float = Field(gt=0)


class ScoreRules(_Strict):
    context: list[ContextTerm] = []
    weights_note: LocalText


class DecisionRule(Traced):
    id: Identifier
    when: Condition | None = None
    decision: Decision
    text: LocalText


class CannotAssess(Traced):
    """When too much is unknown to decide: no decision rather than a guess."""

    id: Identifier
    max_known_share: float = Field(gt=0, le=1, description=(
        "Below this share of known answers among those the decision rests on, and when the unknown ones could "
        "lead either to a hire or to waiting, the result is 'cannot assess yet'."))
    text: LocalText


class DecisionRules(_Strict):
    labels: dict[Decision, LocalText]
    headlines: dict[Decision, LocalText]
    rules: list[DecisionRule] = Field(min_length=1)
    cannot_assess: CannotAssess | None = None

    @model_validator(mode="after")
    def _complete(self) -> DecisionRules:
        needed = [d for d in DECISIONS if d != "cannot_assess_yet" or self.cannot_assess is not None]
        for name in ("labels", "headlines"):
            missing = [d for d in needed if d not in getattr(self, name)]
            if missing:
                raise ValueError(f"{name} needs a text for {', '.join(missing)}")
        if self.rules[-1].when is not None:
            raise ValueError("the last decision rule must have no 'when', so every case gets a decision")
        return self


class Item(Traced):
    """A sentence that applies when its condition holds (always, without one)."""

    id: Identifier
    when: Condition | None = None
    text: LocalText


class Level(Traced):
    id: Seniority
    title: LocalText
    description: LocalText


class SeniorityRule(Item):
    seniority: Seniority


class BackgroundRule(Item):
    background: LocalText


class FocusArea(Traced):
    id: Identifier
    title: LocalText
    when: Condition
    reason: LocalText
    interview_checks: list[LocalText] = Field(min_length=1)
    tooling: list[str] = []


class ToolingRule(Item):
    tools: list[str] = Field(min_length=1)


class ProfileRules(_Strict):
    levels: list[Level] = Field(min_length=4, max_length=4)
    seniority: list[SeniorityRule] = Field(min_length=1)
    background: list[BackgroundRule] = Field(min_length=1)
    focus_areas: list[FocusArea]
    tooling: list[ToolingRule] = []
    must_have: list[Item] = []
    interview_checks: list[Item] = []
    soft_skills: list[Item] = []

    @model_validator(mode="after")
    def _fallbacks(self) -> ProfileRules:
        for name in ("seniority", "background"):
            if getattr(self, name)[-1].when is not None:
                raise ValueError(f"the last {name} rule must have no 'when', so every case gets one")
        return self


class Stretcher(Item):
    add_weeks: int = Field(ge=0, le=52)


class TimeToHire(Traced):
    min_weeks: int = Field(ge=1)
    max_weeks: int = Field(ge=1)
    stretchers: list[Stretcher] = []
    text: LocalText

    @model_validator(mode="after")
    def _ordered(self) -> TimeToHire:
        if self.min_weeks > self.max_weeks:
            raise ValueError("min_weeks is greater than max_weeks")
        return self


class MandateItem(Traced):
    id: Identifier
    question: Identifier
    title: LocalText
    action: LocalText


class PayStep(Traced):
    """One step from the company's own pay to a band: the level's position in the sources, and the
    ratios (an assumption) that turn an anchor into figures. ``text`` and ``assumption`` may use
    {cloud_pay}, {top_pay}, {level_band}, {ratio_low} and {ratio_high}."""

    low: float = Field(ge=0)
    high: float = Field(ge=0)
    text: LocalText

    @model_validator(mode="after")
    def _ordered(self) -> PayStep:
        if self.low > self.high:
            raise ValueError(f"low ({self.low:g}) is greater than high ({self.high:g})")
        return self


class MissingAnchor(Traced):
    """When only one anchor is given, the other follows from this ratio of the top of the grid to the
    cloud engineer's pay. ``text_no_top`` and ``text_no_cloud`` may use {cloud_pay}, {top_pay} and {ratio}."""

    ratio: float = Field(ge=1)
    text_no_top: LocalText
    text_no_cloud: LocalText


@dataclass(frozen=True)
class PayGridBands:
    cloud: float
    top: float
    inferred: Literal["top", "cloud"] | None
    bands: dict[Seniority, tuple[float, float]]


class PayGrid(_Strict):
    """A band for a market without figures, from what the company pays: the junior band around a strong
    cloud engineer's pay, senior and lead up to the top of its engineering grid, mid-level between."""

    cloud_question: Identifier = "pay_cloud_engineer"
    top_question: Identifier = "pay_top_engineering"
    junior: PayStep = Field(description="low and high multiply the cloud engineer's pay.")
    mid: PayStep = Field(description="low and high are shares of the way from the cloud engineer's pay to the top.")
    senior: PayStep = Field(description="low and high multiply the top of the grid; lead takes the same band.")
    missing_anchor: MissingAnchor
    round_to: float = Field(1000, gt=0)
    round_small_to: float = Field(500, gt=0, description="Step for amounts below small_below.")
    small_below: float = Field(20000, ge=0)

    def round(self, amount: float) -> float:
        step = self.round_small_to if amount < self.small_below else self.round_to
        return float(step * math.floor(amount / step + 0.5))

    def derive(self, cloud: float | None, top: float | None) -> PayGridBands | None:
        """The four bands from the anchors given (None without either)."""
        inferred: Literal["top", "cloud"] | None = None
        if cloud is None and top is None:
            return None
        if top is None:
            top, inferred = self.round(cloud * self.missing_anchor.ratio), "top"  # type: ignore[operator]
        elif cloud is None:
            cloud, inferred = self.round(top / self.missing_anchor.ratio), "cloud"
        assert cloud is not None
        spread = max(0.0, top - cloud)
        senior = (self.round(top * self.senior.low), self.round(top * self.senior.high))
        bands: dict[Seniority, tuple[float, float]] = {
            "junior": (self.round(cloud * self.junior.low), self.round(cloud * self.junior.high)),
            "mid": (self.round(cloud + spread * self.mid.low), self.round(cloud + spread * self.mid.high)),
            "senior": senior, "lead": senior,
        }
        return PayGridBands(cloud, top, inferred, bands)


class BudgetRules(_Strict):
    bands_file: str = Field("salary-bands.yaml", description="Salary bands, relative to this rules file.")
    text: LocalText
    total_comp_notes: list[Item] = []
    ceiling_advice: list[Item] = []
    pay_grid: PayGrid | None = Field(default=None, description=(
        "A band from the company's own pay where the market has no figures and the user gives no band."))


class Assumed(_Strict):
    """A figure the sources do not give: always shown as an editable assumption."""

    value: float = Field(ge=0)
    assumption: LocalText


class BusinessCaseRules(Traced):
    hours_per_fte_month: Assumed
    engineers_per_incident: Assumed
    hours_per_incident_engineer: Assumed
    hire_cost_factor: Assumed
    recoverable_share: Assumed
    max_fte_per_engineer: Assumed


class SensitivityRules(_Strict):
    borderline_share: float = Field(gt=0, le=1, description="Within this share of a threshold counts as borderline.")
    borderline_min: float = Field(ge=0, description="...and always within this absolute distance.")
    assumption: LocalText


class Document(_Strict):
    id: Identifier
    publisher: str
    title: str
    year: int
    file: str | None = None


class Levers(_Strict):
    """Which answers "what would change" may move, and which way. A company moves toward maturity: a practice
    only improves, a count only grows, a mandate decision goes either way; anything not listed is who the
    company is, not something it changes."""

    steps: dict[str, dict[str, int]] = Field(
        default_factory=dict, description="Practices: question id -> option -> maturity rank; moves only up.")
    grow_sets: list[str] = Field(default_factory=list, description="Multiple choices that only gain options.")
    either: list[str] = Field(default_factory=list, description="Decisions a company can take either way.")
    counts: list[str] = Field(default_factory=list, description="Numbers that may grow: facts, not steps.")


class Rules(_Strict):
    format_version: int = RULES_FORMAT
    id: Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_.-]*$", max_length=64)]
    version: str
    documents: list[Document] = Field(min_length=1)
    signals: list[Signal] = Field(min_length=1)
    areas: list[Area] = []
    score: ScoreRules
    decision: DecisionRules
    advice: list[Item] = []
    mandate: list[MandateItem] = []
    profile: ProfileRules
    budget: BudgetRules
    time_to_hire: TimeToHire
    business_case: BusinessCaseRules | None = None
    sensitivity: SensitivityRules | None = None
    levers: Levers | None = None

    @model_validator(mode="after")
    def _format(self) -> Rules:
        if self.format_version > RULES_FORMAT:
            raise ValueError(f"format_version {self.format_version} was written by a newer readiness-app; "
                             f"this one reads format {RULES_FORMAT}")
        return self


def _walk_traced(rules: Rules) -> Iterator[tuple[list[str | int], str, Any]]:
    """(location, stage, object) for every rule-bearing object."""
    for i, s in enumerate(rules.signals):
        yield ["signals", i], "signals", s
    for i, a in enumerate(rules.areas):
        yield ["areas", i], "signals", a
    for i, c in enumerate(rules.score.context):
        yield ["score", "context", i], "score", c
    for i, r in enumerate(rules.decision.rules):
        yield ["decision", "rules", i], "decision", r
    if rules.decision.cannot_assess is not None:
        yield ["decision", "cannot_assess"], "decision", rules.decision.cannot_assess
    for i, advice in enumerate(rules.advice):
        yield ["advice", i], "advice", advice
    for i, m in enumerate(rules.mandate):
        yield ["mandate", i], "decision", m
    for name in ("seniority", "background", "focus_areas", "tooling", "must_have", "interview_checks", "soft_skills"):
        for i, r in enumerate(getattr(rules.profile, name)):
            yield ["profile", name, i], "profile", r
    for i, note in enumerate(rules.budget.total_comp_notes):
        yield ["budget", "total_comp_notes", i], "budget", note
    for i, item in enumerate(rules.budget.ceiling_advice):
        yield ["budget", "ceiling_advice", i], "budget", item
    if rules.budget.pay_grid is not None:
        for name in ("junior", "mid", "senior", "missing_anchor"):
            yield ["budget", "pay_grid", name], "budget", getattr(rules.budget.pay_grid, name)
    if rules.business_case is not None:
        yield ["business_case"], "time_to_hire", rules.business_case
    yield ["time_to_hire"], "time_to_hire", rules.time_to_hire
    for i, stretcher in enumerate(rules.time_to_hire.stretchers):
        yield ["time_to_hire", "stretchers", i], "time_to_hire", stretcher


def _conditions(obj: object) -> list[tuple[str, Condition]]:
    found: list[tuple[str, Condition]] = []
    for name in ("when", "present_if"):
        cond = getattr(obj, name, None)
        if isinstance(cond, Condition):
            found.append((name, cond))
    for i, term in enumerate(getattr(obj, "strength", None) or getattr(obj, "terms", None) or []):
        if term.when is not None:
            found.append((f"strength[{i}].when" if hasattr(obj, "strength") else f"terms[{i}].when", term.when))
    return found


def _texts(obj: object) -> list[tuple[str, dict[str, str]]]:
    out: list[tuple[str, dict[str, str]]] = []
    names = ["text", "evidence", "reason", "action"]
    if isinstance(obj, PayStep | MissingAnchor):  # their assumptions state the ratios they use
        names += ["assumption", "text_no_top", "text_no_cloud"]
    for name in names:
        value = getattr(obj, name, None)
        if isinstance(value, dict):
            out.append((name, value))
    return out


def cross_reference_problems(rules: Rules, question_ids: set[str]) -> list[tuple[list[str | int], str]]:
    from .questionnaire import _suggest

    problems: list[tuple[list[str | int], str]] = []
    doc_ids = {d.id for d in rules.documents}
    signal_ids = [s.id for s in rules.signals]
    for dupes_of, ids in (("signal", signal_ids), ("area", [a.id for a in rules.areas])):
        for dup in sorted({x for x in ids if ids.count(x) > 1}):
            problems.append(([f"{dupes_of}s"], f"{dupes_of} id '{dup}' is used twice"))
    for loc, stage, obj in _walk_traced(rules):
        source = getattr(obj, "source", None)
        if source is not None and source.document not in doc_ids:
            problems.append((loc + ["source", "document"], f"unknown document '{source.document}' "
                             f"(documents: {', '.join(sorted(doc_ids))})"))
        for name, cond in _conditions(obj):
            for ref in cond.questions():
                if ref not in question_ids:
                    problems.append((loc + [name], f"refers to question '{ref}', which the questionnaire does not "
                                     f"have{_suggest(ref, question_ids)}"))
            for fact in cond.facts():
                if fact not in FACTS_BY_STAGE[stage]:
                    allowed = ", ".join(sorted(FACTS_BY_STAGE[stage])) or "none"
                    problems.append((loc + [name], f"fact '{fact}' is not known at this stage (known: {allowed})"))
            for sig in cond.signals():
                if sig not in signal_ids or stage == "signals":
                    problems.append((loc + [name], f"refers to signal '{sig}', which is not defined "
                                     "or not yet computed here"))
        for i, term in enumerate(getattr(obj, "strength", None) or getattr(obj, "terms", None) or []):
            if term.scale is not None and term.scale.q not in question_ids:
                problems.append((loc + ["strength" if hasattr(obj, "strength") else "terms", i, "scale", "q"],
                                 f"refers to question '{term.scale.q}', which does not exist"))
        if getattr(obj, "signal", None) and obj.signal not in signal_ids:
            problems.append((loc + ["signal"], f"refers to signal '{obj.signal}', which is not defined"))
        for name, text in _texts(obj):
            for lang, template in text.items():
                problems += [(loc + [name, lang], problem) for problem in template_problems(template)]
                for field in placeholders(template):
                    if field not in question_ids and field not in TEMPLATE_FIELDS:
                        problems.append((loc + [name, lang], f"text uses '{{{field}}}', which is neither a "
                                         "question id nor a known figure"))
    grid = rules.budget.pay_grid
    if grid is not None:
        for name in ("cloud_question", "top_question"):
            if getattr(grid, name) not in question_ids:
                problems.append((["budget", "pay_grid", name], f"refers to question '{getattr(grid, name)}', "
                                 "which does not exist"))
    for i, item in enumerate(rules.mandate):
        if item.question not in question_ids:
            problems.append((["mandate", i, "question"], f"refers to question '{item.question}', which does not exist"))
    if rules.levers is not None:
        lv = rules.levers
        for name, ids in (("steps", list(lv.steps)), ("grow_sets", lv.grow_sets), ("either", lv.either),
                          ("counts", lv.counts)):
            for qid in ids:
                if qid not in question_ids:
                    problems.append((["levers", name], f"refers to question '{qid}', which does not exist"
                                     f"{_suggest(qid, question_ids)}"))
    return problems


def load_rules(path: Path, question_ids: set[str]) -> Rules:
    rules, data, text = load_model(path, Rules, QuestionnaireError, "a rules file (YAML)",
                                   "id, version, documents and signals")
    found = cross_reference_problems(rules, question_ids)
    if found:
        raise QuestionnaireError(path, [Problem(render_loc(loc, data), msg, line_of(text, loc, path))
                                        for loc, msg in found])
    return rules
