"""The result of an assessment: everything the CLI, the PDF and the wizard show,
computed once by the engine so that no shell recomputes anything.

Every sentence a user reads carries a :class:`Trace`: the answers that caused
it, the rule that fired and the document passage behind it (or the assumption
it rests on)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

RESULT_FORMAT = 1
Decision = Literal["hire", "secure_mandate_first", "not_yet"]
Seniority = Literal["junior", "mid", "senior", "lead"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SourceRef(_Model):
    document: str = Field(description="Document id, see Result.sources.")
    passage: str


class Trace(_Model):
    """One sentence and why it is there."""

    text: str
    answers: list[str] = Field(default_factory=list, description="Question ids that caused it.")
    rule: str = Field(description="Rule id in the rules file, e.g. decision.several_signals.")
    source: SourceRef | None = None
    assumption: str | None = Field(default=None, description="Set when the rule is an editable assumption.")


class Document(_Model):
    id: str
    publisher: str
    title: str
    year: int


class QuestionnaireRef(_Model):
    id: str
    version: str
    title: str
    rules_id: str
    rules_version: str


class SignalResult(_Model):
    id: str
    title: str
    present: bool
    strength: float = Field(ge=0, le=1)
    evidence: str
    threshold: str
    answers: list[str]
    rule: str
    source: SourceRef | None = None
    assumption: str | None = None


class AreaScore(_Model):
    id: str
    title: str
    value: float = Field(ge=0, le=1, description="Size of the gap, 0 (none) to 1 (large).")


class FocusArea(_Model):
    id: str
    title: str
    reason: str
    interview_checks: list[str]
    tooling: list[str]
    trace: Trace


class Tooling(_Model):
    id: str
    text: str
    tools: list[str]
    trace: Trace


class Profile(_Model):
    seniority: Seniority
    seniority_title: str
    seniority_description: str
    seniority_trace: Trace
    background: str
    background_trace: Trace
    focus: list[str] = Field(description="Skill area ids.")
    focus_areas: list[FocusArea]
    tooling: list[Tooling]
    must_have: list[Trace]
    interview_checks: list[Trace]
    soft_skills: list[Trace]


class BandRow(_Model):
    seniority: Seniority
    title: str
    base_min: float | None
    base_max: float | None
    recommended: bool


class CeilingGap(_Model):
    ceiling: float
    amount: float = Field(description="How far the ceiling is below the band's lower end.")
    text: str
    advice: list[Trace]


class Budget(_Model):
    market: str
    market_label: str
    currency: str
    seniority: Seniority
    base_min: float | None
    base_max: float | None
    published: bool = Field(description="True when the band is a figure from the sources.")
    user_set: bool = Field(default=False, description="True when the band comes from the user's answers.")
    text: str
    note: str | None = None
    bands: list[BandRow]
    total_comp_note: str
    total_comp: list[Trace]
    source: str = Field(description="Which document, or 'assumption: edit <file>'.")
    trace: Trace
    ceiling: float | None = None
    ceiling_gap: CeilingGap | None = None


class TimeToHire(_Model):
    min: int
    max: int
    text: str
    stretched_by: list[Trace]
    trace: Trace


class MandateItem(_Model):
    id: str
    title: str
    question: str
    in_place: bool | None = Field(description="None when not answered.")
    action: str
    trace: Trace


class Mandate(_Model):
    items: list[MandateItem]
    missing: list[str] = Field(description="Ids of the mandate items not in place.")


class AnsweredQuestion(_Model):
    id: str
    label: str
    type: str
    value: Any = None
    display: str
    visible: bool
    answered: bool


class AnsweredSection(_Model):
    id: str
    title: str
    questions: list[AnsweredQuestion]


class ScoreTerm(_Model):
    id: str
    title: str
    weight: float
    strength: float
    points: float


class Methodology(_Model):
    score_formula: str
    score_terms: list[ScoreTerm]
    weights_note: str
    signals: list[str] = Field(description="Each signal's threshold in words.")
    decision_rules: list[str]
    rules_file: str
    bands_file: str


class Assumption(_Model):
    id: str
    value: float
    text: str


class BusinessFigure(_Model):
    id: str
    title: str
    fte: float = Field(description="Full-time equivalents of engineer time.")
    hours_per_month: float | None = None
    formula: str
    answers: list[str]
    assumptions: list[str] = Field(description="Ids of the assumptions the figure uses.")


class BusinessCase(_Model):
    figures: list[BusinessFigure]
    total_fte: float
    currency: str
    practitioner_cost: float | None = None
    toil_cost: float | None = Field(default=None, description="Yearly cost of the time lost, when a cost was given.")
    hire_cost_min: float | None = None
    hire_cost_max: float | None = None
    pays_for_itself: bool | None = None
    sentence: str
    assumptions: list[Assumption]
    aim: str = Field(description="The sources' statement of what the role frees people for.")


class Change(_Model):
    question: str
    label: str
    current: Any = None
    current_display: str
    needed: Any
    needed_display: str


class WhatWouldChange(_Model):
    changes: list[Change]
    effect: Literal["decision", "seniority", "band"]
    current: str
    becomes: str
    decision: Decision = Field(description="The decision with these changes.")
    seniority: Seniority
    band_min: float | None = None
    band_max: float | None = None
    text: str


class Confidence(_Model):
    known_share: float = Field(ge=0, le=1, description="Share of the decision's inputs that are known.")
    inputs: int
    known: int
    unknown: list[str]
    provisional: bool = Field(description="True when a don't-know answer could change the decision.")
    possible_decisions: list[Decision]
    text: str


class ToVerify(_Model):
    question: str
    label: str
    could_change: list[Literal["decision", "seniority", "band"]]
    text: str


class Sensitivity(_Model):
    rule: str
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
    score: int = Field(ge=0, le=100)
    signals: list[SignalResult]
    signals_present: int
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
    what_would_change: list[WhatWouldChange] = []
    confidence: Confidence | None = None
    to_verify: list[ToVerify] = []
    sensitivity: list[Sensitivity] = []

    def traces(self) -> list[Trace]:
        """Every traced sentence in reading order, for numbered references."""
        out = list(self.rationale)
        out += [self.profile.seniority_trace, self.profile.background_trace]
        out += [f.trace for f in self.profile.focus_areas] + [t.trace for t in self.profile.tooling]
        out += [self.budget.trace] + self.budget.total_comp
        if self.budget.ceiling_gap:
            out += self.budget.ceiling_gap.advice
        out += [self.time_to_hire_weeks.trace] + self.time_to_hire_weeks.stretched_by
        out += [m.trace for m in self.mandate.items if not m.in_place]
        out += self.advice
        return out
