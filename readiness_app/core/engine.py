"""The scoring engine: answers in, a complete :class:`Result` out.

The engine only follows the rules data; every threshold, weight, band and text
comes from the questionnaire, ``rules.yaml`` and ``salary-bands.yaml``."""

from __future__ import annotations

from typing import Any, Literal

from . import rules as R
from .answers import DONT_KNOW, visible_questions
from .conditions import MISSING, Condition
from .outcome import Scope, mandate_missing
from .phrases import phrase, phrase_n
from .questionnaire import Question, Questionnaire
from .result import (
    AnsweredQuestion,
    AnsweredSection,
    AreaScore,
    BandRow,
    Budget,
    CeilingGap,
    Decision,
    Document,
    FocusArea,
    Mandate,
    MandateItem,
    Methodology,
    Profile,
    QuestionnaireRef,
    Result,
    ScoreTerm,
    SignalResult,
    SourceRef,
    TimeToHire,
    Tooling,
    Trace,
    span,
)
from .rules import HIRING_DECISIONS
from .ruleset import Ruleset, editable, own_file, short_path
from .support import Support
from .text import fill, format_money, format_money_range, format_number, format_percent, lower_first, pick


class _Context(Scope):
    """The scope of one assessment, which also knows the hidden and the unknown answers."""

    __slots__ = ("answers", "visible", "unknown")

    def __init__(self, answers: dict[str, Any], visible: set[str]):
        super().__init__({k: v for k, v in answers.items() if k in visible and v is not None and v != DONT_KNOW})
        self.answers = answers
        self.visible = visible
        self.unknown = {k for k, v in answers.items() if k in visible and v == DONT_KNOW}

    def holds(self, cond: Condition | None) -> bool:
        return cond is None or cond.holds(self)


class _Assessment:
    def __init__(self, ruleset: Ruleset, answers: dict[str, Any], lang: str, decision_support: bool = True):
        self.decision_support = decision_support
        self.rs = ruleset
        self.q: Questionnaire = ruleset.questionnaire
        self.r: R.Rules = ruleset.rules
        self.lang = lang
        self.ctx = _Context(answers, visible_questions(self.q, answers))
        self.signal_questions: dict[str, list[str]] = {}
        self.fields: dict[str, str] = {}
        # the numbers the templates' plural blocks agree with (None: the answer is "don't know")
        self.counts: dict[str, float | None] = {}

    # -- small helpers ---------------------------------------------------
    def t(self, text: dict[str, str] | None) -> str:
        return pick(text, self.lang)

    def display(self, question: Question) -> str:
        if question.id in self.ctx.unknown:
            return phrase("dont_know", self.lang)
        value = self.ctx.answer(question.id)
        if value is MISSING:
            return phrase("not_answered", self.lang)
        return display_value(question, value, self.lang)

    def answered(self, ids: list[str]) -> list[str]:
        return [i for i in dict.fromkeys(ids) if self.ctx.answer(i) is not MISSING]

    def cond_answers(self, cond: Condition | None) -> list[str]:
        if cond is None:
            return []
        ids = cond.questions()
        for fact in cond.facts():
            if fact == "signals_present":
                for sig in self.ctx.present:
                    ids += self.signal_questions.get(sig, [])
            elif fact == "mandate_missing":
                ids += [m.question for m in self.r.mandate
                        if mandate_missing(m.question, self.ctx.shown, self.ctx.unknown)]
        for sig in cond.signals():
            ids += self.signal_questions.get(sig, [])
        return self.answered(ids)

    def trace(self, obj: R.Traced, rule: str, text: str, answers: list[str]) -> Trace:
        src = obj.source
        return Trace(
            text=text, answers=answers, rule=rule,
            source=SourceRef(document=src.document, passage=src.passage,
                             summary=src.summary_in(self.lang)) if src else None,
            assumption=self.t(obj.assumption) or None,
        )

    def render(self, template: dict[str, str] | None) -> str:
        return fill(self.t(template), self.fields, self.lang, self.counts)

    def points(self, terms: list[R.Term]) -> float:
        total = 0.0
        for term in terms:
            if term.when is not None:
                total += term.points if term.when.holds(self.ctx) else 0.0
            else:
                value = self.ctx.answer(term.scale.q)  # type: ignore[union-attr]
                if isinstance(value, (int, float)) and not isinstance(value, bool):
                    lo, hi = term.scale.start, term.scale.end  # type: ignore[union-attr]
                    total += term.points * min(1.0, max(0.0, (value - lo) / (hi - lo)))
        return round(min(1.0, total), 4)

    # -- stages ------------------------------------------------------------
    def run(self) -> Result:
        self.shown_answers: dict[str, str] = {}
        # a question hidden because the answer it depends on is unknown is itself unknown, not unanswered
        behind_unknown = {qid for qid, cond in self.q.conditional_questions
                          if qid not in self.ctx.visible and set(cond.questions()) & self.ctx.unknown}
        for qid, question in self.q.questions.items():
            self.shown_answers[qid] = self.fields[qid] = self.display(question)
            if qid in behind_unknown:
                self.fields[qid] = phrase("dont_know", self.lang)
            if qid in self.ctx.unknown and question.type in ("integer", "number", "percent"):
                # inside a sentence ("{n} incidents in 12 months") a number nobody knows reads as such
                self.fields[qid] = phrase("unknown_number", self.lang)
                self.counts[qid] = None
            elif question.type in ("integer", "number", "percent"):
                value = self.ctx.answer(qid)
                self.counts[qid] = float(value) if isinstance(value, (int, float)) else None
        self.team_capacity()
        signals = self.signals()
        score, terms = self.score(signals)
        mandate = self.mandate()
        self.ctx.facts.update(signals_present=len(self.ctx.present), score=score,
                              mandate_missing=len(mandate.missing))
        decision_rule = next(rule for rule in self.r.decision.rules if self.ctx.holds(rule.when))
        decision: Decision = decision_rule.decision
        support = Support(self.rs, self.ctx.answers, self.lang, lambda q, v: display_value(q, v, self.lang),
                          {qid: self.t(q.short or q.label) for qid, q in self.q.questions.items()},
                          {d: self.t(text) for d, text in self.r.decision.labels.items()},
                          {lv.id: self.t(lv.title) for lv in self.r.profile.levels})
        support._shown = (self.ctx.shown, self.ctx.unknown)  # the engine's own reading of the answers
        open_inputs: list[str] = []
        too_open = self.r.decision.cannot_assess
        if too_open is not None and self.ctx.unknown:
            # Too much unknown to tell a hire from a wait: no decision rather than a guess.
            possible, relevant, unknown_inputs = support.openness()
            known_share = 1 - len(unknown_inputs) / len(relevant) if relevant else 1.0
            if "not_yet" in possible and possible & set(HIRING_DECISIONS) \
                    and known_share < too_open.max_known_share:
                decision = "cannot_assess_yet"
                open_inputs = [q for q in self.q.questions if q in unknown_inputs]
                self.fields.update(known_inputs=str(len(relevant) - len(unknown_inputs)),
                                   unknown_inputs=str(len(unknown_inputs)), total_inputs=str(len(relevant)))
                self.counts.update(known_inputs=len(relevant) - len(unknown_inputs),
                                   unknown_inputs=len(unknown_inputs), total_inputs=len(relevant))
        self.ctx.facts["decision"] = decision
        profile = self.profile()
        budget = self.budget(profile)
        time_to_hire = self.time_to_hire()
        advice = [self.trace(a, f"advice.{a.id}", self.render(a.text), self.cond_answers(a.when))
                  for a in self.r.advice if self.ctx.holds(a.when)]
        present = [s for s in signals if s.present]
        # The decision, then what is missing from the mandate (what blocks the search), then the signals.
        if decision == "cannot_assess_yet" and too_open is not None:  # the unknowns are the whole reason
            rationale = [self.trace(too_open, f"decision.{too_open.id}", self.render(too_open.text), open_inputs)]
        else:
            rationale = [self.trace(decision_rule, f"decision.{decision_rule.id}", self.render(decision_rule.text),
                                    self.cond_answers(decision_rule.when))]
            rationale += [m.trace for m in mandate.items if m.missing]
            rationale += [s.trace for s in present]
        hiring = decision in HIRING_DECISIONS
        profile.recommended = budget.recommended = hiring
        watch = [] if hiring or decision == "cannot_assess_yet" else [
            s.trace.model_copy(update={"text": phrase("watch_present", self.lang, title=s.title, evidence=s.evidence)
                                       if s.present else phrase("watch_absent", self.lang, title=s.title,
                                                                evidence=s.evidence,
                                                                threshold=lower_first(s.threshold))})
            for s in signals]
        confidence, to_verify = support.confidence(decision) if self.decision_support else (None, [])
        return Result(
            language=self.lang,
            questionnaire=QuestionnaireRef(id=self.q.id, version=self.q.version, title=self.t(self.q.title),
                                           rules_id=self.r.id, rules_version=self.r.version),
            company_name=self.ctx.answers.get("company_name", "") or "",
            market=budget.market,
            decision=decision,
            decision_label=self.t(self.r.decision.labels[decision]),
            headline=self.render(self.r.decision.headlines[decision]),
            rationale=rationale,
            score=score,
            score_trace=Trace(text=phrase("score_formula", self.lang),
                              answers=list(dict.fromkeys(q for sig in signals for q in sig.answers)), rule="score",
                              assumption=self.t(self.r.score.weights_note) or None),
            signals=signals,
            signals_present=len(present),
            signals_text=phrase_n("signals_count", len(present), self.lang, total=len(signals)),
            areas=self.areas(signals),
            profile=profile,
            budget=budget,
            time_to_hire_weeks=time_to_hire,
            mandate=mandate,
            advice=advice,
            answers=self.answer_sections(),
            methodology=self.methodology(terms),
            sources=[Document(id=d.id, publisher=d.publisher, title=d.title, year=d.year)
                     for d in self.r.documents],
            business_case=support.business_case((budget.base_min, budget.base_max), budget.currency,
                                                profile.seniority, hiring),
            # while the decision cannot be assessed, the way forward is the answers to find out, not changes
            what_would_change=support.what_would_change(budget.currency)
            if self.decision_support and decision != "cannot_assess_yet" else [],
            confidence=confidence,
            to_verify=to_verify,
            sensitivity=support.sensitivity(len(present)),
            watch=watch,
        )

    def signals(self) -> list[SignalResult]:
        out = []
        for s in self.r.signals:
            refs = s.present_if.questions() + [q for t in s.strength for q in t.questions()]
            self.signal_questions[s.id] = self.answered(refs)
            present = s.present_if.holds(self.ctx)
            if present:
                self.ctx.present.add(s.id)
            title, evidence = self.t(s.title), self.render(s.evidence)
            source = SourceRef(document=s.source.document, passage=s.source.passage,
                               summary=s.source.summary_in(self.lang)) if s.source else None
            assumption = self.t(s.assumption) or None
            out.append(SignalResult(
                id=s.id, title=title, present=present, strength=self.points(s.strength),
                evidence=evidence, threshold=self.t(s.threshold),
                answers=self.signal_questions[s.id], rule=f"signals.{s.id}", source=source, assumption=assumption,
                trace=Trace(text=phrase("signal_evidence", self.lang, title=title, evidence=evidence),
                            answers=self.signal_questions[s.id], rule=f"signals.{s.id}", source=source,
                            assumption=assumption),
            ))
        present_titles = [s.title for s in out if s.present]
        self.fields["present_signals"] = (", ".join(lower_first(t) for t in present_titles)
                                          or phrase("none", self.lang))
        self.fields["signals_present"] = str(len(present_titles))
        self.fields["signals_total"] = str(len(out))
        self.counts.update(signals_present=len(present_titles), signals_total=len(out))
        return out

    def team_capacity(self) -> None:
        """Models and consuming teams per MLOps engineer already in place, for the team-capacity advice."""
        people = self.ctx.answer("existing_mlops_engineers")
        if not isinstance(people, (int, float)) or isinstance(people, bool) or people < 1:
            return
        for name, qid in (("models_per_mlops_engineer", "models_in_production"),
                          ("teams_per_mlops_engineer", "teams_consuming_models")):
            value = self.ctx.answer(qid)
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                ratio = value / people
                self.fields[name] = format_number(ratio, self.lang, 0 if float(ratio).is_integer() else 1)
                self.counts[name] = float(round(ratio, 1))

    def score(self, signals: list[SignalResult]) -> tuple[int, list[ScoreTerm]]:
        terms = [ScoreTerm(id=s.id, title=s.title, weight=rule.weight, strength=s.strength,
                           points=rule.weight * s.strength)
                 for s, rule in zip(signals, self.r.signals, strict=True)]
        for c in self.r.score.context:
            fired = c.when.holds(self.ctx)
            terms.append(ScoreTerm(id=c.id, title=self.t(c.title), weight=c.points, strength=1.0 if fired else 0.0,
                                   points=c.points if fired else 0.0))
        total = sum(t.weight for t in terms)
        score = round(100 * sum(t.points for t in terms) / total) if total else 0
        self.fields["score"] = str(score)
        return score, terms

    def areas(self, signals: list[SignalResult]) -> list[AreaScore]:
        strength = {s.id: s.strength for s in signals}
        return [AreaScore(id=a.id, title=self.t(a.title),
                          value=strength[a.signal] if a.signal else self.points(a.terms))
                for a in self.r.areas]

    def mandate(self) -> Mandate:
        items = []
        for m in self.r.mandate:
            value = self.ctx.answer(m.question)
            counts_missing = mandate_missing(m.question, self.ctx.shown, self.ctx.unknown)
            status: Literal["in_place", "missing", "unknown", "not_answered"]
            if m.question in self.ctx.unknown:
                status = "unknown"
            elif value is MISSING:
                status = "not_answered"
            else:
                status = "in_place" if value else "missing"
            items.append(MandateItem(id=m.id, title=self.t(m.title), question=m.question,
                                     in_place=None if value is MISSING else bool(value), status=status,
                                     missing=counts_missing, status_label=phrase(f"status_{status}", self.lang),
                                     action=self.t(m.action),
                                     trace=self.trace(m, f"mandate.{m.id}", self.t(m.action), [m.question])))
        missing = [i for i in items if i.missing]
        joiner = phrase("and", self.lang)
        titles = [lower_first(i.title) for i in missing]
        self.fields["mandate_missing"] = (", ".join(titles[:-1]) + joiner + titles[-1]) if len(titles) > 1 \
            else (titles[0] if titles else phrase("none", self.lang))
        self.counts["mandate_missing"] = len(titles)
        return Mandate(items=items, missing=[i.id for i in missing])

    def first(self, rules: list[Any], section: str) -> tuple[Any, Trace]:
        rule = next(r for r in rules if self.ctx.holds(r.when))
        return rule, self.trace(rule, f"profile.{section}.{rule.id}", self.render(rule.text),
                                self.cond_answers(rule.when))

    def items(self, rules: list[Any], section: str) -> list[Trace]:
        return [self.trace(r, f"{section}.{r.id}", self.render(r.text), self.cond_answers(r.when))
                for r in rules if self.ctx.holds(r.when)]

    def profile(self) -> Profile:
        p = self.r.profile
        level_rule, seniority_trace = self.first(p.seniority, "seniority")
        self.ctx.facts["seniority"] = level_rule.seniority
        level = next(lv for lv in p.levels if lv.id == level_rule.seniority)
        self.fields["seniority"] = lower_first(self.t(level.title))
        background_rule, background_trace = self.first(p.background, "background")
        focus = [FocusArea(id=f.id, title=self.t(f.title), reason=self.t(f.reason),
                           interview_checks=[self.t(c) for c in f.interview_checks], tooling=list(f.tooling),
                           trace=self.trace(f, f"profile.focus_areas.{f.id}", self.t(f.reason),
                                            self.cond_answers(f.when)))
                 for f in p.focus_areas if self.ctx.holds(f.when)]
        tooling = [Tooling(id=t.id, text=self.render(t.text), tools=list(t.tools),
                           trace=self.trace(t, f"profile.tooling.{t.id}", self.render(t.text),
                                            self.cond_answers(t.when)))
                   for t in p.tooling if self.ctx.holds(t.when)]
        return Profile(
            seniority=level.id, seniority_title=self.t(level.title), seniority_description=self.t(level.description),
            seniority_trace=seniority_trace, background=self.t(background_rule.background),
            background_trace=background_trace, focus=[f.id for f in focus], focus_areas=focus, tooling=tooling,
            must_have=self.items(p.must_have, "profile.must_have"),
            interview_checks=self.items(p.interview_checks, "profile.interview_checks"),
            soft_skills=self.items(p.soft_skills, "profile.soft_skills"),
        )

    def budget(self, profile: Profile) -> Budget:
        rs, lang = self.rs, self.lang
        market_id = self.ctx.answer("hiring_market")
        market_id = market_id if isinstance(market_id, str) else "OTHER"
        market = rs.bands.market(market_id) or rs.bands.markets[-1]
        currency = market.currency
        seniority = profile.seniority
        titles = {lv.id: self.t(lv.title) for lv in self.r.profile.levels}
        user_min, user_max = self.ctx.answer("salary_band_min"), self.ctx.answer("salary_band_max")
        user_set = user_min is not MISSING and user_max is not MISSING
        figures = market.figures or {}
        grid = self.r.budget.pay_grid
        # The user's own band first, then the market's figures, then the company's own pay grid.
        derived = None
        if not user_set and not figures and grid is not None:
            derived = grid.derive(self.amount(grid.cloud_question), self.amount(grid.top_question))
        levels: dict[R.Seniority, tuple[float, float]]
        if user_set:
            levels = {seniority: (float(user_min), float(user_max))}
        elif figures:
            levels = {s: (band.min, band.max) for s, band in figures.items()}
        else:
            levels = dict(derived.bands) if derived else {}
        low, high = levels.get(seniority, (None, None))
        rows = [BandRow(seniority=s, title=titles[s], base_min=levels[s][0] if s in levels else None,
                        base_max=levels[s][1] if s in levels else None, recommended=s == seniority)
                for s in R.SENIORITIES]
        published = market.source is not None and market.figures is not None and not user_set
        bands_file = editable(rs.bands_path)
        derivation: list[Trace] = []
        if user_set:
            source = phrase("user_band_source", lang)
            trace = Trace(text="", answers=["salary_band_min", "salary_band_max", "hiring_market"],
                          rule="budget.user_band", assumption=phrase("user_band_assumption", lang))
        elif published:
            doc = next(d for d in self.r.documents if d.id == market.source.document)  # type: ignore[union-attr]
            source = f"{doc.publisher}, {doc.title}"
            if own_file(rs.bands_path):  # the user's file may have changed what it cites
                source = phrase("own_file_cited_source", lang, source=source, file=bands_file)
            trace = self.trace(market, f"salary_bands.{market.id}", "", self.answered(["hiring_market"]))
        elif figures and own_file(rs.bands_path):
            source = phrase("own_file_source", lang, file=bands_file)
            trace = self.trace(market, f"salary_bands.{market.id}", "", self.answered(["hiring_market"]))
        elif derived is not None and grid is not None:
            derivation = self.pay_grid_steps(grid, derived, currency)
            level_trace = next(d for d in derivation if d.rule == f"budget.pay_grid.{self.step_name(seniority)}")
            source = phrase(f"pay_grid_source{'_' + derived.inferred if derived.inferred else ''}", lang,
                            cloud=format_money(derived.cloud, currency, lang),
                            top=format_money(derived.top, currency, lang))
            trace = Trace(text="", answers=self.answered(["hiring_market", grid.cloud_question, grid.top_question]),
                          rule="budget.pay_grid", source=level_trace.source,
                          assumption=level_trace.assumption)
        else:
            source = phrase("assumption_source", lang, file=bands_file)
            trace = self.trace(market, f"salary_bands.{market.id}", "", self.answered(["hiring_market"]))
            if not figures and grid is not None:  # the questions that give a band, one click away in the wizard
                trace = trace.model_copy(update={"answers": [q for q in (
                    "hiring_market", grid.cloud_question, grid.top_question) if q in self.ctx.visible]})
        self.fields.update(market=self.t(market.label), currency=currency,
                           band=format_money_range(low, high, currency, lang),
                           band_min=format_money(low, currency, lang), band_max=format_money(high, currency, lang))
        if low is None:
            text = phrase("no_band", lang, market=self.t(market.label), file=bands_file)
            answers = list(dict.fromkeys(trace.answers + self.answered(["hiring_market"])))
        else:
            text = self.render(self.r.budget.text)
            answers = self.answered(trace.answers + ["hiring_market"])
        trace = trace.model_copy(update={"text": text, "answers": answers,
                                         "emphasis": span(text, self.fields["band"]) if low is not None else []})
        total_comp = self.items(self.r.budget.total_comp_notes, "budget.total_comp_notes")
        ceiling = self.ctx.answer("budget_ceiling")
        gap = check = None
        if ceiling is not MISSING:
            self.fields["ceiling"] = format_money(ceiling, currency, lang)
            if low is None:
                said = phrase("ceiling_no_band", lang, ceiling=self.fields["ceiling"])
            elif ceiling < low:
                self.fields["ceiling_gap"] = format_money(low - ceiling, currency, lang)
                said = phrase("ceiling_gap", lang, ceiling=self.fields["ceiling"], gap=self.fields["ceiling_gap"],
                              seniority=self.fields["seniority"], band=self.fields["band"])
            else:
                said = phrase("ceiling_within", lang, ceiling=self.fields["ceiling"],
                              seniority=self.fields["seniority"], low=self.fields["band_min"])
            # The comparison rests on the ceiling answer and on everything the band rests on.
            check = trace.model_copy(update={
                "text": said, "rule": "budget.ceiling", "emphasis": [],
                "answers": self.answered(["budget_ceiling", *trace.answers])})
            if low is not None and ceiling < low:
                gap = CeilingGap(ceiling=float(ceiling), amount=float(low - ceiling), text=said,
                                 advice=self.items(self.r.budget.ceiling_advice, "budget.ceiling_advice"),
                                 trace=check)
        return Budget(
            market=market.id, market_label=self.t(market.label), currency=currency, seniority=seniority,
            base_min=low, base_max=high, published=published, user_set=user_set, text=text,
            note=self.t(market.note) or None, bands=rows,
            total_comp_note=" ".join(t.text for t in total_comp), total_comp=total_comp, source=source,
            trace=trace, ceiling=None if ceiling is MISSING else float(ceiling), ceiling_gap=gap,
            ceiling_check=check, derived=bool(derivation), derivation=derivation,
        )

    def amount(self, qid: str) -> float | None:
        value = self.ctx.answer(qid)
        return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None

    @staticmethod
    def step_name(seniority: str) -> str:
        return "senior" if seniority == "lead" else seniority

    def pay_grid_steps(self, grid: R.PayGrid, derived: R.PayGridBands, currency: str) -> list[Trace]:
        """One traced sentence per step from the company's pay to the bands: the missing anchor when only
        one was given, then junior, mid-level, and senior with lead."""
        lang = self.lang
        cloud_q, top_q = grid.cloud_question, grid.top_question
        fields = dict(self.fields, cloud_pay=format_money(derived.cloud, currency, lang),
                      top_pay=format_money(derived.top, currency, lang),
                      ratio=_ratio(grid.missing_anchor.ratio, lang))

        def step(obj: R.Traced, name: str, template: dict[str, str] | None, answers: list[str],
                 **extra: str) -> Trace:
            values = dict(fields, **extra)
            text = fill(self.t(template), values, lang, self.counts)
            assumption = fill(self.t(obj.assumption), values, lang, self.counts) or None
            return self.trace(obj, f"budget.pay_grid.{name}", text, self.answered(answers)).model_copy(
                update={"assumption": assumption})

        out = []
        if derived.inferred is not None:
            anchor = grid.missing_anchor
            out.append(step(anchor, "missing_anchor",
                            anchor.text_no_top if derived.inferred == "top" else anchor.text_no_cloud,
                            [cloud_q, top_q]))
        percent = {"mid"}  # shares of the way from one anchor to the other read as percentages
        for name, obj, answers in (("junior", grid.junior, [cloud_q, top_q] if derived.inferred == "cloud" else [cloud_q]),
                                   ("mid", grid.mid, [cloud_q, top_q]),
                                   ("senior", grid.senior, [cloud_q, top_q] if derived.inferred == "top" else [top_q])):
            low, high = derived.bands[name]  # type: ignore[index]
            ratios = [format_percent(100 * x, lang) if name in percent else _ratio(x, lang) for x in (obj.low, obj.high)]
            out.append(step(obj, name, obj.text, answers, level_band=format_money_range(low, high, currency, lang),
                            ratio_low=ratios[0], ratio_high=ratios[1]))
        return out

    def time_to_hire(self) -> TimeToHire:
        tth = self.r.time_to_hire
        stretchers = [s for s in tth.stretchers if self.ctx.holds(s.when)]
        extra = sum(s.add_weeks for s in stretchers)
        low, high = tth.min_weeks + extra, tth.max_weeks + extra
        self.fields.update(weeks_min=str(low), weeks_max=str(high))
        text = self.render(tth.text)
        return TimeToHire(
            min=low, max=high, text=text,
            stretched_by=[self.trace(s, f"time_to_hire.stretchers.{s.id}",
                                     self.render(s.text) + (phrase("plus_weeks", self.lang, weeks=s.add_weeks)
                                                            if s.add_weeks else ""),
                                     self.cond_answers(s.when)) for s in stretchers],
            trace=self.trace(tth, "time_to_hire", text, []).model_copy(update={"emphasis": _range_span(
                text, self.fields["weeks_min"], self.fields["weeks_max"])}),
        )

    def answer_sections(self) -> list[AnsweredSection]:
        out = []
        for section in self.q.sections:
            rows = []
            for question in section.questions:
                value = self.ctx.answers.get(question.id)
                visible = question.id in self.ctx.visible
                rows.append(AnsweredQuestion(
                    id=question.id, label=self.t(question.label), short=self.t(question.short or question.label),
                    type=question.type, value=value,
                    display=self.shown_answers[question.id] if visible else "—", visible=visible,
                    answered=visible and value is not None,
                ))
            out.append(AnsweredSection(id=section.id, title=self.t(section.title), questions=rows))
        return out

    def methodology(self, terms: list[ScoreTerm]) -> Methodology:
        return Methodology(
            score_formula=phrase("score_formula", self.lang),
            score_terms=terms,
            weights_note=self.t(self.r.score.weights_note),
            signals=[f"{self.t(s.title)}: {self.t(s.threshold)}." for s in self.r.signals],
            decision_rules=[
                phrase("rule_if", self.lang, condition=rule.when.describe(self.lang),
                       decision=lower_first(self.t(self.r.decision.labels[rule.decision]))) if rule.when else
                phrase("rule_otherwise", self.lang, decision=lower_first(self.t(self.r.decision.labels[rule.decision])))
                for rule in self.r.decision.rules
            ],
            rules_file=short_path(self.rs.rules_path),
            bands_file=short_path(self.rs.bands_path),
        )


def _ratio(value: float, lang: str) -> str:
    """A ratio as the language writes it, with no more decimals than it has ('0.83', '1', '2,17')."""
    written = f"{value:g}"
    return format_number(value, lang, len(written.split(".")[1]) if "." in written else 0)


def _range_span(text: str, low: str, high: str) -> list[tuple[int, int]]:
    """The span from the first figure of a range to the end of the second ('6 to 10')."""
    first = span(text, low)
    last = span(text, high, first[0][1]) if first else []
    return [(first[0][0], last[0][1])] if last else first


def display_value(question: Question, value: Any, lang: str = "en") -> str:
    """An answer as a reader sees it: option labels, yes/no, grouped numbers."""
    kind = question.type
    if kind == "yes_no":
        return phrase("yes" if value else "no", lang)
    if kind == "single_choice":
        return question.option_label(value, lang)
    if kind == "multiple_choice":
        return ", ".join(question.option_label(v, lang) for v in value) or phrase("none", lang)
    if kind in ("integer", "number", "percent"):
        decimals = 0 if float(value).is_integer() else 1
        return format_number(value, lang, decimals)
    return str(value)


def assess(ruleset: Ruleset, answers: dict[str, Any], lang: str = "en", *, decision_support: bool = True) -> Result:
    """Score validated, normalised answers (see ``answers.validate_answers``).

    ``decision_support=False`` skips the search for what would change the
    decision and the don't-know analysis (the rest of the result is the same)."""
    return _Assessment(ruleset, answers, lang, decision_support).run()
