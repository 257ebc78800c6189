"""The hiring kit: from an assessment that calls for a hire, a first draft of the job post, the
interview plan and the scorecards, for the hiring manager to edit rather than write.

Everything a reader sees is decided here, in the result's language: the Markdown and Word exports
(``report/kit_markdown.py``, ``report/kit_docx.py``), and any other view of the kit, only lay it out.
Every line is a :class:`Trace` (the answers, the rule, the source passage or the assumption behind
it), like the rest of the result; the kit's data lives in ``assets/kit.yaml``."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated, Any

from pydantic import Field

from .answers import DONT_KNOW
from .catalogue import text as catalogue_text
from .conditions import Condition, Scope
from .errors import ReadinessError
from .kit_rules import KitRules, kit_path, load_kit_rules
from .phrases import phrase, phrase_counted
from .result import Decision, Result, Seniority, SourceRef, Trace, _Model
from .rules import HIRING_DECISIONS, Item, Traced
from .ruleset import Ruleset
from .text import fill, format_list, format_money_range, lower_first, pick, placeholders


class NoKit(ReadinessError):
    """The assessment does not call for a hire: there is nothing to recruit for yet."""


@dataclass(kw_only=True, repr=False, eq=False)
class KitLabels(_Model):
    """The kit's headings and labels in its language, so that no renderer writes a word of its own."""

    draft: str
    job_post: str
    about: str
    missions: str
    team: str
    must_have: str
    nice_to_have: str
    soft_skills: str
    compensation: str
    offer: str
    open_points: str
    interview_plan: str
    stages: str
    how_it_runs: str
    panel: str
    timeline: str
    scorecards: str
    rating: str
    who: str
    when: str
    validate: str
    operated: str
    studied: str
    stage: str
    rating_cell: str
    evidence_cell: str
    sources: str
    summary: str
    assumption: str


@dataclass(kw_only=True, repr=False, eq=False)
class JobPost(_Model):
    title: Trace
    about: list[Trace]
    missions: list[Trace]
    team: list[Trace]
    must_have: list[Trace]
    nice_to_have: list[Trace]
    soft_skills: list[Trace]
    compensation: list[Trace]
    offer: list[Trace]


@dataclass(kw_only=True, repr=False, eq=False)
class KitStage(_Model):
    id: str
    title: Annotated[str, Field(description="The stage with its length, for a heading.")]
    name: Annotated[str, Field(description="The stage alone, to name it in a sentence.")]
    days_min: int
    days_max: int
    timing: Trace
    panel: Trace
    purpose: Trace
    assesses: Trace | None = None


@dataclass(kw_only=True, repr=False, eq=False)
class InterviewPlan(_Model):
    stages: list[KitStage]
    weeks_min: int
    weeks_max: int
    timeline: Trace
    longer_because: list[Trace]
    notes: list[Trace]
    panel: list[Trace]


@dataclass(kw_only=True, repr=False, eq=False)
class ScoreAttribute(_Model):
    id: str
    title: str
    stage: str
    stage_title: str
    validate: Trace
    operated: Trace
    studied: Trace


@dataclass(kw_only=True, repr=False, eq=False)
class ScoreCategory(_Model):
    id: str
    title: str
    attributes: list[ScoreAttribute]


@dataclass(kw_only=True, repr=False, eq=False)
class Scorecard(_Model):
    scale: list[Trace]
    categories: list[ScoreCategory]


@dataclass(kw_only=True, repr=False, eq=False)
class Reference(_Model):
    publisher: str
    title: str
    passage: str
    summary: str | None = None


@dataclass(kw_only=True, repr=False, eq=False)
class HiringKit(_Model):
    language: str
    company_name: str
    decision: Decision
    seniority: Seniority
    heading: str
    draft: bool
    draft_note: Trace | None
    labels: KitLabels
    job_post: JobPost
    open_points: list[Trace]
    interview_plan: InterviewPlan
    scorecard: Scorecard
    references: list[Reference] = field(default_factory=list)
    assumptions: list[str] = field(default_factory=list)

    def traces(self) -> list[Trace]:
        """Every traced line of the kit, in reading order."""
        jp, plan = self.job_post, self.interview_plan
        out = [self.draft_note] if self.draft_note else []
        out += [jp.title, *jp.about, *jp.missions, *jp.team, *jp.must_have, *jp.nice_to_have, *jp.soft_skills,
                *jp.compensation, *jp.offer, *self.open_points]
        for stage in plan.stages:
            out += [stage.timing, stage.panel, stage.purpose] + ([stage.assesses] if stage.assesses else [])
        out += [plan.timeline, *plan.longer_because, *plan.notes, *plan.panel, *self.scorecard.scale]
        for category in self.scorecard.categories:
            for attr in category.attributes:
                out += [attr.validate, attr.operated, attr.studied]
        return out


def kit_refusal(result: Result) -> str | None:
    """Why there is no kit for this result, in its language; None when there is one."""
    if result.decision in HIRING_DECISIONS:
        return None
    key = "kit.no_kit_cannot_assess" if result.decision == "cannot_assess_yet" else "kit.no_kit_not_yet"
    return phrase(key, result.language, decision=result.decision_label)


def build_kit(result: Result, ruleset: Ruleset) -> HiringKit:
    """The hiring kit of a result that calls for a hire (``NoKit`` otherwise, saying why)."""
    refusal = kit_refusal(result)
    if refusal is not None:
        raise NoKit(None, refusal)
    kit = load_kit_rules(kit_path(ruleset.rules_path), ruleset.rules, set(ruleset.questionnaire.questions))
    return _Builder(result, ruleset, kit).build()


class _Builder:
    def __init__(self, result: Result, ruleset: Ruleset, kit: KitRules):
        self.result, self.ruleset, self.kit, self.lang = result, ruleset, kit, result.language
        shown: dict[str, Any] = {}
        self.fields: dict[str, str] = {}
        self.counts: dict[str, float | None] = {}
        numeric = ("integer", "number", "percent")
        for section in result.answers:
            for q in section.questions:
                unknown = q.visible and q.value == DONT_KNOW
                if q.visible and q.answered and not unknown:
                    shown[q.id] = q.value
                self.fields[q.id] = phrase("unknown_number", self.lang) if unknown and q.type in numeric \
                    else q.display
                if q.type in numeric:
                    self.counts[q.id] = float(q.value) if isinstance(q.value, int | float) and not unknown else None
        self.fields["company"] = result.company_name.strip() or phrase("kit.the_company", self.lang)
        self.fields["seniority"] = lower_first(result.profile.seniority_title)
        self.scope = Scope(shown)
        self.scope.present = {s.id for s in result.signals if s.present}
        self.scope.facts.update(decision=result.decision, seniority=result.profile.seniority,
                                signals_present=result.signals_present, mandate_missing=len(result.mandate.missing))
        self.signal_answers = {s.id: s.answers for s in result.signals}
        self.mandate_questions = [m.question for m in result.mandate.items if m.missing]

    # -- small helpers ---------------------------------------------------------------------------------
    def t(self, text: dict[str, str] | None) -> str:
        return fill(pick(text, self.lang), self.fields, self.lang, self.counts)

    def holds(self, cond: Condition | None) -> bool:
        return cond is None or cond.holds(self.scope)

    def answers_of(self, cond: Condition | None, *texts: dict[str, str] | None) -> list[str]:
        """The answers a line rests on: those its condition reads, and those its text shows."""
        ids: list[str] = []
        if cond is not None:
            ids += cond.questions()
            for sig in cond.signals():
                ids += self.signal_answers.get(sig, [])
            for fact in cond.facts():
                if fact == "seniority":
                    ids += self.result.profile.seniority_trace.answers
                elif fact == "mandate_missing":
                    ids += self.mandate_questions
                elif fact in ("decision", "signals_present"):
                    ids += self.result.rationale[0].answers
        for text in texts:
            ids += [f for f in placeholders(pick(text, self.lang)) if f in self.counts or f in self.scope.shown]
        return [i for i in dict.fromkeys(ids) if i in self.fields and i not in ("company", "seniority")]

    def trace(self, obj: Traced, rule: str, text: str, answers: list[str]) -> Trace:
        src = obj.source
        return Trace(text=text, answers=answers, rule=rule,
                     source=SourceRef(document=src.document, passage=src.passage,
                                      summary=src.summary_in(self.lang)) if src else None,
                     assumption=pick(obj.assumption, self.lang) or None)

    def items(self, items: list[Item], section: str) -> list[Trace]:
        return [self.trace(i, f"kit.{section}.{i.id}", self.t(i.text), self.answers_of(i.when, i.text))
                for i in items if self.holds(i.when)]

    # -- the kit ---------------------------------------------------------------------------------------
    def build(self) -> HiringKit:
        r, lang = self.result, self.lang
        title = pick(self.kit.titles[r.profile.seniority], lang)
        company = r.company_name.strip()
        heading = phrase("kit.heading_company" if company else "kit.heading", lang, title=title, company=company)
        draft = r.decision == "secure_mandate_first"
        draft_note = None
        if draft:
            missing = [lower_first(m.title) for m in r.mandate.items if m.missing]
            draft_note = r.rationale[0].model_copy(update={
                "text": phrase("kit.draft_note", lang, missing=format_list(missing, lang)),
                "rule": "kit.draft", "emphasis": []})
        job_post = self.job_post(title)
        plan = self.interview_plan()
        kit = HiringKit(language=lang, company_name=company, decision=r.decision, seniority=r.profile.seniority,
                        heading=heading, draft=draft, draft_note=draft_note, labels=labels(lang), job_post=job_post,
                        open_points=self.open_points(), interview_plan=plan, scorecard=self.scorecard(plan))
        kit.references, kit.assumptions = self.references(kit.traces())
        return kit

    def job_post(self, title: str) -> JobPost:
        r, jp, lang = self.result, self.kit.job_post, self.lang
        p = r.profile
        level = p.seniority_trace.model_copy(update={"emphasis": []})
        must = [level.model_copy(update={"text": p.seniority_description, "rule": f"kit.level.{p.seniority}"}),
                p.background_trace.model_copy(update={
                    "text": phrase("kit.background", lang, background=p.background), "rule": "kit.background"})]
        must += [t for t in p.must_have if not t.rule.endswith(".experience")]  # the years are advice, not a bar
        areas = {f.id: f for f in p.focus_areas}
        must += [self.trace(i, f"kit.job_post.focus_requirements.{i.id}", self.t(i.text), areas[i.id].trace.answers)
                 for i in jp.focus_requirements if i.id in areas]
        nice = [t.trace.model_copy(update={
            "text": phrase("kit.tools", lang, text=t.text, tools=format_list(t.tools, lang, "or"))})
            for t in p.tooling]
        nice += self.items(jp.nice_to_have, "job_post.nice_to_have")
        return JobPost(
            title=level.model_copy(update={"text": title, "rule": f"kit.titles.{p.seniority}"}),
            about=self.items(jp.about, "job_post.about"),
            missions=self.items(jp.missions, "job_post.missions"),
            team=self.items(jp.team, "job_post.team"),
            must_have=must, nice_to_have=nice,
            soft_skills=list(p.soft_skills) + self.items(jp.soft_skills, "job_post.soft_skills"),
            compensation=[self.compensation()],
            offer=self.items(jp.offer, "job_post.offer"),
        )

    def compensation(self) -> Trace:
        b, lang = self.result.budget, self.lang
        trace = b.trace.model_copy(update={"emphasis": [], "rule": "kit.compensation"})
        if b.base_min is None:
            return trace.model_copy(update={"text": phrase("kit.no_band", lang, market=b.market_label)})
        band = format_money_range(b.base_min, b.base_max, b.currency, lang)
        unapproved = "budget" in self.result.mandate.missing
        key = "kit.band_unapproved" if unapproved else "kit.band"
        answers = trace.answers + (["budget_approved"] if unapproved else [])
        return trace.model_copy(update={"text": phrase(key, lang, band=band, market=b.market_label),
                                        "answers": list(dict.fromkeys(answers))})

    def open_points(self) -> list[Trace]:
        b = self.result.budget
        out = self.items(self.kit.open_points, "open_points")
        if b.ceiling_gap is not None:
            out.append(b.ceiling_gap.trace)
        return out + list(b.total_comp)

    def interview_plan(self) -> InterviewPlan:
        r, lang, rules = self.result, self.lang, self.kit.interview_plan
        stages = []
        for i, s in enumerate(rules.stages):
            low, high = s.days
            if i == 0:
                timing = phrase("kit.timing_start", lang)
            elif low >= 14 and low % 7 == 0 and high % 7 == 0:
                timing = phrase_counted("kit.timing_weeks", lang, low=low // 7, high=high // 7)
            else:
                timing = phrase_counted("kit.timing_days", lang, low=low, high=high)
            rule = f"kit.interview_plan.stages.{s.id}"
            title = self.t(s.title)
            stages.append(KitStage(
                id=s.id, title=phrase_counted("kit.stage_minutes", lang, {"title": title}, minutes=s.minutes)
                if s.minutes else title, name=title, days_min=low, days_max=high,
                timing=self.trace(s, rule, timing, []),
                panel=self.trace(s, rule, self.t(s.panel), self.answers_of(None, s.panel)),
                purpose=self.trace(s, rule, self.t(s.purpose), self.answers_of(None, s.purpose))))
        days_min, days_max = sum(s.days[0] for s in rules.stages), sum(s.days[1] for s in rules.stages)
        weeks_min, weeks_max = int(days_min / 7 + 0.5), int(days_max / 7 + 0.5)
        tth, base = r.time_to_hire_weeks, self.ruleset.rules.time_to_hire
        values = dict(low=weeks_min, high=weeks_max, base_low=base.min_weeks, base_high=base.max_weeks,
                      exp_low=tth.min, exp_high=tth.max)
        if tth.max > base.max_weeks:
            key = "kit.timeline_longer"
        elif weeks_max > base.max_weeks:
            key = "kit.timeline_plan_longer"
        else:
            key = "kit.timeline_within"
        timeline = tth.trace.model_copy(update={"text": phrase(key, lang, **values), "rule": "kit.timeline",
                                                "emphasis": [],
                                                "answers": [a for t in tth.stretched_by for a in t.answers]})
        return InterviewPlan(stages=stages, weeks_min=weeks_min, weeks_max=weeks_max, timeline=timeline,
                             longer_because=list(tth.stretched_by),
                             notes=self.items(rules.notes, "interview_plan.notes"),
                             panel=self.items(rules.panel, "interview_plan.panel"))

    def scorecard(self, plan: InterviewPlan) -> Scorecard:
        sc, lang = self.kit.scorecard, self.lang
        focus = set(self.result.profile.focus)
        stage_titles = {s.id: s.name for s in plan.stages}
        categories = []
        for c in sc.categories:
            chosen = [a for a in sc.attributes if a.category == c.id and self.holds(a.when)
                      and (not a.focus or focus & set(a.focus))][:sc.max_attributes]
            attributes = []
            for a in chosen:
                answers = self.answers_of(a.when, a.validate_)
                if a.focus:  # an attribute chosen for a focus area rests on what chose the area
                    answers = list(dict.fromkeys(answers + [q for f in self.result.profile.focus_areas
                                                            if f.id in a.focus for q in f.trace.answers]))
                rule = f"kit.scorecard.attributes.{a.id}"
                attributes.append(ScoreAttribute(
                    id=a.id, title=self.t(a.title), stage=a.stage, stage_title=stage_titles[a.stage],
                    validate=self.trace(a, rule, self.t(a.validate_), answers),
                    operated=self.trace(a, rule, self.t(a.operated), answers),
                    studied=self.trace(a, rule, self.t(a.studied), answers)))
            if attributes:
                categories.append(ScoreCategory(id=c.id, title=self.t(c.title), attributes=attributes))
        for stage in plan.stages:
            titles = [lower_first(a.title) for c in categories for a in c.attributes if a.stage == stage.id]
            if titles:
                stage.assesses = Trace(text=phrase("kit.stage_assesses", lang,
                                                   attributes=phrase("kit.list_sep", lang).join(titles)),
                                       rule=f"kit.interview_plan.stages.{stage.id}", source=stage.purpose.source,
                                       assumption=stage.purpose.assumption,
                                       answers=list(dict.fromkeys(q for c in categories for a in c.attributes
                                                                  if a.stage == stage.id
                                                                  for q in a.validate.answers)))
        return Scorecard(scale=self.items(sc.scale, "scorecard.scale"), categories=categories)

    def references(self, traces: list[Trace]) -> tuple[list[Reference], list[str]]:
        docs = {d.id: d for d in self.result.sources}
        refs: dict[tuple[str, str], Reference] = {}
        assumptions: dict[str, None] = {}
        for t in traces:
            if t.source is not None and (t.source.document, t.source.passage) not in refs:
                doc = docs.get(t.source.document)
                refs[(t.source.document, t.source.passage)] = Reference(
                    publisher=doc.publisher if doc else t.source.document, title=doc.title if doc else "",
                    passage=t.source.passage, summary=t.source.summary)
            if t.assumption:
                assumptions[t.assumption] = None
        listed = list(refs.values())
        flat = [_plain_quote(ref.passage) for ref in listed]
        # a passage another one holds, or the same one quoted with other marks, is listed once
        kept = [ref for i, ref in enumerate(listed)
                if not any(j != i and flat[i] in flat[j] and (len(flat[j]) > len(flat[i]) or j < i)
                           for j in range(len(listed)))]
        return kept, list(assumptions)


def _plain_quote(text: str) -> str:
    """A passage compared with another whatever its quotation marks, dashes, spacing and first capital."""
    flat = " ".join(text.translate(_MARKS).split())
    return flat[:1].lower() + flat[1:]


_MARKS = str.maketrans({c: '"' for c in "'‘’“”«»"} | {c: "-" for c in "‐‑‒–—"})


_LABELS = ("draft", "job_post", "about", "missions", "team", "must_have", "nice_to_have", "soft_skills",
           "compensation", "offer", "open_points", "interview_plan", "stages", "how_it_runs", "panel", "timeline",
           "scorecards", "rating", "who", "when", "validate", "operated", "studied", "stage", "rating_cell",
           "evidence_cell", "sources", "summary", "assumption")


def labels(lang: str) -> KitLabels:
    return KitLabels(**{name: catalogue_text(f"kit.label.{name}", lang) for name in _LABELS})
