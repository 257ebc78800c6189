"""The result of an assessment: everything the CLI, the PDF and the wizard show,
computed once by the engine so that no shell recomputes anything.

Every sentence a user reads carries a :class:`Trace`: the answers that caused
it, the rule that fired and the document passage behind it (or the assumption
it rests on)."""

from __future__ import annotations

import copy
import dataclasses
import json
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal, Self

from pydantic import Field

RESULT_FORMAT = 1
Decision = Literal["hire", "secure_mandate_first", "not_yet", "cannot_assess_yet"]
Seniority = Literal["junior", "mid", "senior", "lead"]


class _Model:
    """Plain dataclasses: the engine builds a result on every change in the
    wizard, so its parts are cheap to make. Pydantic still gives the JSON
    Schema and validates result files (:func:`result_adapter`)."""

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and vars(other) == vars(self)

    def __repr__(self) -> str:
        fields = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in dataclasses.fields(self))  # type: ignore[arg-type]
        return f"{type(self).__name__}({fields})"

    __hash__ = None  # type: ignore[assignment]

    def model_dump(self, mode: str = "python") -> dict[str, Any]:
        plain: dict[str, Any] = _plain(self)
        return plain

    def model_dump_json(self, indent: int | None = None) -> str:
        return json.dumps(self.model_dump(), indent=indent, ensure_ascii=False)

    def model_copy(self, update: dict[str, Any] | None = None, deep: bool = False) -> Self:
        copied = copy.deepcopy(self) if deep else copy.copy(self)
        for name, value in (update or {}).items():
            setattr(copied, name, value)
        return copied

    @classmethod
    def model_validate(cls, data: Any) -> Self:
        from pydantic import TypeAdapter

        return TypeAdapter(cls).validate_python(data)

    @classmethod
    def model_json_schema(cls, by_alias: bool = True) -> dict[str, Any]:
        from pydantic import TypeAdapter

        return TypeAdapter(cls).json_schema(by_alias=by_alias)


def _plain(value: Any) -> Any:
    """Dataclasses to dicts, recursively; a result holds only JSON-ready values, so
    nothing needs the deep copy that ``dataclasses.asdict`` makes of each."""
    if isinstance(value, _Model):
        return {name: _plain(item) for name, item in vars(value).items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    return value


@dataclass(kw_only=True, repr=False, eq=False)
class SourceRef(_Model):
    document: Annotated[str, Field(description="Document id, see Result.sources.")]
    passage: Annotated[str, Field(description="Word for word from the document; shown in quotation marks.")]
    summary: Annotated[str | None, Field(
        description="The passage's point for this rule in this tool's words; shown as a summary, not quoted.")] = None


@dataclass(kw_only=True, repr=False, eq=False)
class Trace(_Model):
    """One sentence and why it is there."""

    text: str
    answers: Annotated[list[str], Field(description="Question ids that caused it.")] = field(default_factory=list)
    rule: Annotated[str, Field(description="Rule id in the rules file, e.g. decision.several_signals.")]
    source: SourceRef | None = None
    assumption: Annotated[str | None, Field(description="Set when the rule is an editable assumption.")] = None
    emphasis: Annotated[list[tuple[int, int]], Field(
        description="Spans [start, end) of `text` a renderer shows in bold (the figure a reader looks for).")] = \
        field(default_factory=list)


@dataclass(kw_only=True, repr=False, eq=False)
class Document(_Model):
    id: str
    publisher: str
    title: str
    year: int


@dataclass(kw_only=True, repr=False, eq=False)
class QuestionnaireRef(_Model):
    id: str
    version: str
    title: str
    rules_id: str
    rules_version: str


@dataclass(kw_only=True, repr=False, eq=False)
class SignalResult(_Model):
    id: str
    title: str
    present: bool
    strength: Annotated[float, Field(ge=0, le=1)]
    evidence: str
    threshold: str
    answers: list[str]
    rule: str
    source: SourceRef | None = None
    assumption: str | None = None
    trace: Annotated[Trace, Field(description="The signal and its evidence as one traced sentence.")]


@dataclass(kw_only=True, repr=False, eq=False)
class AreaScore(_Model):
    id: str
    title: str
    value: Annotated[float, Field(ge=0, le=1, description="Size of the gap, 0 (none) to 1 (large).")]


@dataclass(kw_only=True, repr=False, eq=False)
class FocusArea(_Model):
    id: str
    title: str
    reason: str
    interview_checks: list[str]
    tooling: list[str]
    trace: Trace


@dataclass(kw_only=True, repr=False, eq=False)
class Tooling(_Model):
    id: str
    text: str
    tools: list[str]
    trace: Trace


@dataclass(kw_only=True, repr=False, eq=False)
class Profile(_Model):
    seniority: Seniority
    seniority_title: str
    seniority_description: str
    seniority_trace: Trace
    background: str
    background_trace: Trace
    focus: Annotated[list[str], Field(description="Skill area ids.")]
    focus_areas: list[FocusArea]
    tooling: list[Tooling]
    must_have: list[Trace]
    interview_checks: list[Trace]
    soft_skills: list[Trace]
    recommended: Annotated[bool, Field(
        description="False when the decision is not to hire yet: the profile is shown for later, not as advice.")] = True


@dataclass(kw_only=True, repr=False, eq=False)
class BandRow(_Model):
    seniority: Seniority
    title: str
    base_min: float | None
    base_max: float | None
    recommended: bool


@dataclass(kw_only=True, repr=False, eq=False)
class CeilingGap(_Model):
    ceiling: float
    amount: Annotated[float, Field(description="How far the ceiling is below the band's lower end.")]
    text: str
    advice: list[Trace]
    trace: Annotated[Trace, Field(description="The comparison: the ceiling answer against the band.")]


@dataclass(kw_only=True, repr=False, eq=False)
class Budget(_Model):
    market: str
    market_label: str
    currency: str
    seniority: Seniority
    base_min: float | None
    base_max: float | None
    published: Annotated[bool, Field(description="True when the band is a figure from the sources.")]
    user_set: Annotated[bool, Field(description="True when the band comes from the user's answers.")] = False
    text: str
    note: str | None = None
    bands: list[BandRow]
    total_comp_note: str
    total_comp: list[Trace]
    source: Annotated[str, Field(description=(
        "Where the band comes from: a document, your answers, your pay grid, your figures in a file, or "
        "'assumption: edit <file>'."))]
    trace: Trace
    ceiling: float | None = None
    ceiling_gap: CeilingGap | None = None
    recommended: Annotated[bool, Field(
        description="False when the decision is not to hire yet: no budget is advised.")] = True
    ceiling_check: Annotated[Trace | None, Field(
        description="The ceiling compared with the band, when a ceiling was given (below, within, or no band).")] = None
    derived: Annotated[bool, Field(
        description="True when the band follows from the company's own pay grid (the market has no figures).")] = False
    derivation: Annotated[list[Trace], Field(
        description="How a derived band follows from the pay grid: one sentence per step, each with its answers, "
                    "passage and assumption (the ratio it uses).")] = field(default_factory=list)


@dataclass(kw_only=True, repr=False, eq=False)
class TimeToHire(_Model):
    min: int
    max: int
    text: str
    stretched_by: list[Trace]
    trace: Trace


@dataclass(kw_only=True, repr=False, eq=False)
class MandateItem(_Model):
    id: str
    title: str
    question: str
    in_place: Annotated[bool | None, Field(description="None when not answered or not known.")]
    status: Annotated[Literal["in_place", "missing", "unknown", "not_answered"], Field(
        description="'unknown' is a don't-know answer; it counts as missing (see Mandate.missing).")]
    missing: Annotated[bool, Field(description="True when the item counts as missing: answered no, or not known.")]
    status_label: Annotated[str, Field(description="The status in words.")]
    action: str
    trace: Trace


@dataclass(kw_only=True, repr=False, eq=False)
class Mandate(_Model):
    items: list[MandateItem]
    missing: Annotated[list[str], Field(description="Ids of the mandate items not in place.")]


@dataclass(kw_only=True, repr=False, eq=False)
class AnsweredQuestion(_Model):
    id: str
    label: str
    short: Annotated[str, Field(description="A short name for the answer, for tables and references.")] = ""
    type: str
    value: Any = None
    display: str
    visible: bool
    answered: bool


@dataclass(kw_only=True, repr=False, eq=False)
class AnsweredSection(_Model):
    id: str
    title: str
    questions: list[AnsweredQuestion]


@dataclass(kw_only=True, repr=False, eq=False)
class ScoreTerm(_Model):
    id: str
    title: str
    weight: float
    strength: float
    points: float


@dataclass(kw_only=True, repr=False, eq=False)
class Methodology(_Model):
    score_formula: str
    score_terms: list[ScoreTerm]
    weights_note: str
    signals: Annotated[list[str], Field(description="Each signal's threshold in words.")]
    decision_rules: list[str]
    rules_file: str
    bands_file: str


@dataclass(kw_only=True, repr=False, eq=False)
class Assumption(_Model):
    id: str
    key: Annotated[str, Field(description="Its short name in the business case: A1, A2, ...")]
    value: float
    display: Annotated[str, Field(description="The value formatted in the result's language.")]
    text: str
    used: Annotated[bool, Field(description="True when a figure or the money comparison rests on it.")]


@dataclass(kw_only=True, repr=False, eq=False)
class BusinessFigure(_Model):
    id: str
    title: str
    fte: Annotated[float, Field(description="Full-time equivalents of engineer time.")]
    hours_per_month: float | None = None
    formula: str
    answers: list[str]
    assumptions: Annotated[list[str], Field(description="Ids of the assumptions the figure uses.")]
    trace: Trace


@dataclass(kw_only=True, repr=False, eq=False)
class BusinessCase(_Model):
    figures: list[BusinessFigure]
    total_fte: float
    currency: str
    practitioner_cost: float | None = None
    toil_cost: Annotated[float | None, Field(description="Yearly cost of the time lost, when a cost was given.")] = None
    hire_cost_min: float | None = None
    hire_cost_max: float | None = None
    pays_for_itself: bool | None = None
    sentence: str
    assumptions: list[Assumption]
    aim: Annotated[str, Field(description="The sources' statement of what the role frees people for.")]
    source: SourceRef | None = None
    not_counted: Annotated[list[str], Field(description="Figures left out because an answer is not known.")] = \
        field(default_factory=list)
    money_trace: Annotated[Trace | None, Field(
        description="The comparison in money, when the practitioners' cost was given.")] = None
    recoverable_fte: Annotated[float, Field(
        description="What one MLOps engineer can take back of total_fte (bounded by two assumptions).")] = 0.0
    recoverable_cost: Annotated[float | None, Field(description="recoverable_fte in money, when a cost was given.")] = None
    recoverable_title: str = ""
    recoverable_formula: str = ""
    recoverable_trace: Trace | None = None
    recoverable_assumptions: Annotated[list[str], Field(
        description="Ids of the assumptions that bound what one engineer takes back.")] = field(default_factory=list)
    other_reasons: Annotated[list[str], Field(
        description="Reasons to hire beyond engineer time (critical models, regulation), when the time does not pay.")] = \
        field(default_factory=list)


@dataclass(kw_only=True, repr=False, eq=False)
class Change(_Model):
    question: str
    label: str
    current: Any = None
    current_display: str
    needed: Any
    needed_display: str
    kind: Annotated[Literal["step", "fact"], Field(
        description="step: a move the company can make; fact: something it may learn or see happen.")] = "step"
    kind_label: Annotated[str, Field(description="The kind in words.")] = ""


@dataclass(kw_only=True, repr=False, eq=False)
class WhatWouldChange(_Model):
    changes: list[Change]
    effect: Literal["decision", "seniority", "band"]
    current: str
    becomes: str
    decision: Annotated[Decision, Field(description="The decision with these changes.")]
    seniority: Seniority
    band_min: float | None = None
    band_max: float | None = None
    text: str


@dataclass(kw_only=True, repr=False, eq=False)
class Confidence(_Model):
    known_share: Annotated[float, Field(ge=0, le=1, description="Share of the decision's inputs that are known.")]
    inputs: int
    known: int
    unknown: list[str]
    provisional: Annotated[bool, Field(description="True when a don't-know answer could change the decision.")]
    possible_decisions: list[Decision]
    verdict: Annotated[Literal["known", "firm", "provisional", "open"], Field(
        description="known: no answer the decision rests on is unknown; firm: unknowns cannot change it; "
                    "provisional: they could; open: too much is unknown to give a decision.")]
    verdict_label: Annotated[str, Field(description="The verdict in words ('Provisional').")]
    detail: Annotated[str, Field(description="The verdict explained, without the verdict word.")]
    text: Annotated[str, Field(description="The verdict and its detail as one sentence.")]


@dataclass(kw_only=True, repr=False, eq=False)
class ToVerify(_Model):
    question: str
    label: str
    could_change: list[Literal["decision", "seniority", "band"]]
    text: str
    emphasis: Annotated[list[tuple[int, int]], Field(description="Spans of `text` shown in bold.")] = \
        field(default_factory=list)
    ask: Annotated[str | None, Field(description="Who usually knows the answer ('the ML or data science lead'): "
                                                 "a judgement of the questionnaire, not of the sources.")] = None


@dataclass(kw_only=True, repr=False, eq=False)
class Sensitivity(_Model):
    rule: str
    about: Annotated[Literal["signal", "decision"], Field(
        description="A signal's threshold, or a decision rule's count of signals.")]
    title: str
    question: str
    label: str
    value: float
    op: str
    threshold: float
    met: bool
    distance: float
    borderline: bool
    text: str


@dataclass(kw_only=True, repr=False, eq=False)
class Result(_Model):
    format_version: int = RESULT_FORMAT
    language: str
    questionnaire: QuestionnaireRef
    company_name: str
    market: str
    decision: Decision
    decision_label: str
    headline: str
    rationale: list[Trace]
    score: Annotated[int, Field(ge=0, le=100)]
    score_trace: Trace
    signals: list[SignalResult]
    signals_present: int
    signals_text: Annotated[str, Field(description="'2 of 5 hiring signals present', in the result's language.")] = ""
    areas: list[AreaScore]
    profile: Profile
    budget: Budget
    time_to_hire_weeks: TimeToHire
    mandate: Mandate
    advice: list[Trace]
    answers: list[AnsweredSection]
    methodology: Methodology
    sources: list[Document]
    business_case: BusinessCase | None = None
    what_would_change: list[WhatWouldChange] = field(default_factory=list)
    confidence: Confidence | None = None
    to_verify: list[ToVerify] = field(default_factory=list)
    sensitivity: list[Sensitivity] = field(default_factory=list)
    watch: Annotated[list[Trace], Field(
        description="When the decision is not to hire yet: each signal and how far it is from appearing.")] = \
        field(default_factory=list)

    def traces(self) -> list[Trace]:
        """Every traced sentence in reading order, for numbered references."""
        out = list(self.rationale)
        out += [self.profile.seniority_trace, self.profile.background_trace]
        out += [f.trace for f in self.profile.focus_areas] + [t.trace for t in self.profile.tooling]
        out += [self.budget.trace] + self.budget.derivation + self.budget.total_comp
        if self.budget.ceiling_gap:
            out += self.budget.ceiling_gap.advice
        out += [self.time_to_hire_weeks.trace] + self.time_to_hire_weeks.stretched_by
        out += [m.trace for m in self.mandate.items if m.missing]
        out += self.advice
        return out


def span(text: str, part: str, start: int = 0) -> list[tuple[int, int]]:
    """Where ``part`` first appears in ``text`` (from ``start``), as an emphasis span; none when absent."""
    at = text.find(part, start) if part else -1
    return [(at, at + len(part))] if at >= 0 else []
