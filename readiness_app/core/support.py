"""Decision support computed with the result: the business case in engineer
time, what would change the decision, how sure it is given "don't know"
answers, and how close the answers sit to each threshold."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any, Literal, cast

from . import catalogue
from .answers import DONT_KNOW
from .conditions import MISSING
from .outcome import Decider, Scope
from .phrases import phrase, phrase_counted, phrase_n
from .questionnaire import Question, Questionnaire
from .result import (
    Assumption,
    BusinessCase,
    BusinessFigure,
    Change,
    Confidence,
    Sensitivity,
    SourceRef,
    ToVerify,
    Trace,
    WhatWouldChange,
    span,
)
from .rules import Decision, SensitivityRules
from .ruleset import Ruleset, editable
from .text import fill, format_list, format_money, format_money_range, format_number, lower_first, pick
from .whatif import Effect, lever_kind, possible_outcomes, unknown_effects, what_would_change

_DECIDERS: dict[int, tuple[Ruleset, Decider]] = {}
# Optima: "regulated industries (financial services, insurance, healthcare, industrial, critical infrastructure)"
REGULATED_SECTORS = ("finance", "insurance", "healthcare", "industrial", "critical_infrastructure")


def decider_for(ruleset: Ruleset) -> Decider:
    entry = _DECIDERS.get(id(ruleset))
    if entry is None or entry[0] is not ruleset:
        entry = _DECIDERS[id(ruleset)] = (ruleset, Decider(ruleset))
    return entry[1]


class Support:
    def _ask(self, question: str) -> str | None:
        """Who usually knows the answer, from the questionnaire's section (a judgement, not a source)."""
        section = next((s for s in self.q.sections if any(q.id == question for q in s.questions)), None)
        return pick(section.ask.who, self.lang) if section and section.ask else None

    def __init__(self, ruleset: Ruleset, answers: dict[str, Any], lang: str,
                 display: Callable[[Question, Any], str], labels: dict[str, str],
                 decision_labels: dict[str, str], seniority_titles: dict[str, str]):
        self.rs = ruleset
        self.q: Questionnaire = ruleset.questionnaire
        self.answers = answers
        self.lang = lang
        self.display = display  # (question, value) -> text
        self.labels = labels
        self.decision_labels = decision_labels
        self.seniority_titles = seniority_titles
        self.decider = decider_for(ruleset)
        self._shown: tuple[dict[str, Any], set[str]] | None = None
        self._openness: tuple[set[str], set[str], set[str]] | None = None
        self._inputs: set[str] = set()

    def shown(self) -> tuple[dict[str, Any], set[str]]:
        """The known visible answers and the visible "don't know" ones (computed once)."""
        if self._shown is None:
            self._shown = self.decider.shown(self.answers)
        return self._shown

    def show(self, qid: str, value: Any) -> str:
        if value is None or value is MISSING:
            return phrase("not_answered", self.lang)
        if value == DONT_KNOW:
            return phrase("dont_know", self.lang)
        return self.display(self.q.questions[qid], value)

    # -- what would change ---------------------------------------------------
    def what_would_change(self, currency: str) -> list[WhatWouldChange]:
        out = []
        for changes, outcome, effects in what_would_change(self.decider, self.answers):
            items = []
            for q, v in changes:
                kind = lever_kind(self.decider, q, self.answers.get(q), v) or "step"
                items.append(Change(question=q, label=self.labels[q], current=self.answers.get(q),
                                    current_display=self.show(q, self.answers.get(q)), needed=v,
                                    needed_display=self.show(q, v), kind=kind,
                                    kind_label=phrase(f"lever_{kind}", self.lang)))
            what, old, new = effects[0]
            lang = self.lang
            if what == "decision":
                old_text, new_text = self.decision_labels[old], self.decision_labels[new]
                result = phrase("effect_decision", lang, value=new_text)
            elif what == "seniority":
                old_text, new_text = self.seniority_titles[old], self.seniority_titles[new]
                result = phrase("effect_seniority", lang, value=lower_first(new_text))
            else:
                old_low, old_high = old or (None, None)
                old_text = format_money_range(old_low, old_high, currency, lang)
                new_text = format_money_range(new[0], new[1], currency, lang)
                result = phrase("effect_band", lang, value=new_text)
            said = phrase("and", lang).join(
                phrase("change_item", lang, label=lower_first(c.label), needed=c.needed_display,
                       current=c.current_display) for c in items)
            out.append(WhatWouldChange(
                changes=items, effect=what, current=old_text, becomes=new_text, decision=outcome.decision,
                seniority=outcome.seniority, band_min=outcome.band[0] if outcome.band else None,
                band_max=outcome.band[1] if outcome.band else None,
                text=phrase("with_changes", lang, changes=said, effect=result)))
        order = {"decision": 0, "seniority": 1, "band": 2}
        return sorted(out, key=lambda w: (order[w.effect], len(w.changes)))

    # -- don't know ----------------------------------------------------------
    def openness(self) -> tuple[set[str], set[str], set[str]]:
        """(every decision some completion of the "don't know" answers could give, alone or together; the
        answers the decision rests on that are shown; those of them answered "don't know"). Computed once."""
        if self._openness is None:
            r = self.rs.rules
            shown, unknown = self.shown()
            possible = possible_outcomes(self.decider, self.answers) if unknown else None
            decisions: set[str]
            if not unknown:
                decisions = {self.decider.outcome(self.answers).decision}
            else:  # all of them when too many answers are unknown to go through their completions
                decisions = possible[0] if possible is not None else \
                    {d for d in self.decision_labels if d != "cannot_assess_yet"}
            inputs: set[str] = set()
            for signal in r.signals:
                inputs.update(signal.present_if.questions())
            for rule in r.decision.rules:
                if rule.when:
                    inputs.update(rule.when.questions())
            inputs.update(m.question for m in r.mandate)
            self._inputs = inputs
            relevant = {q for q in inputs if q in shown or q in unknown}
            self._openness = (decisions, relevant, relevant & unknown)
        return self._openness

    def confidence(self, decision: Decision) -> tuple[Confidence, list[ToVerify]]:
        effects, unknown = unknown_effects(self.decider, self.answers)
        decisions, _, _ = self.openness()
        inputs = self._inputs
        shown, _ = self.shown()
        relevant = {q for q in inputs if q in shown or q in unknown}
        known = len(relevant - unknown)
        to_verify = []
        base = self.decider.outcome(self.answers)
        for qid in sorted(unknown, key=list(self.q.questions).index):
            outcomes = [o for _, o in effects.get(qid, ())]
            changes: list[tuple[Effect, str]] = []
            lang = self.lang
            if any(o.decision != base.decision for o in outcomes):
                options = sorted({self.decision_labels[o.decision] for o in outcomes})
                changes.append(("decision", phrase("the_decision", lang, options=format_list(options, lang, "or"))))
            elif len(decisions) > 1 and qid in inputs:  # it matters together with the other unknowns
                options = sorted(self.decision_labels[d] for d in decisions)
                changes.append(("decision", phrase("the_decision", lang, options=format_list(options, lang, "or"))))
            if any(o.seniority != base.seniority for o in outcomes):
                options = sorted({lower_first(self.seniority_titles[o.seniority]) for o in outcomes})
                changes.append(("seniority", phrase("the_seniority", lang, options=format_list(options, lang, "or"))))
            if any(o.band != base.band for o in outcomes if o.band):
                changes.append(("band", phrase("the_band", lang)))
            label = self.labels[qid].rstrip("?")
            if changes:
                text = phrase("could_change", lang, label=label, what=", ".join(c[1] for c in changes))
            else:
                text = phrase("cannot_change", lang, label=label)
            to_verify.append(ToVerify(question=qid, label=self.labels[qid], could_change=[c[0] for c in changes],
                                      text=text, emphasis=span(text, label), ask=self._ask(qid)))
        open_ = decision == "cannot_assess_yet"  # no decision given, so none that could change
        provisional = not open_ and any(d != decision for d in decisions)
        share = known / len(relevant) if relevant else 1.0
        verdict: Literal["known", "firm", "provisional", "open"] = \
            "open" if open_ else "provisional" if provisional else "firm" if unknown else "known"
        label = phrase(f"verdict_{verdict}", self.lang)
        if not unknown:
            detail = text = phrase("all_known", self.lang)
        else:
            detail = phrase_n(verdict, len(unknown), self.lang, count=len(unknown))
            text = phrase("verdict_text", self.lang, label=label, detail=detail)
        return (Confidence(known_share=round(share, 3), inputs=len(relevant), known=known,
                           unknown=sorted(unknown, key=list(self.q.questions).index), provisional=provisional,
                           possible_decisions=sorted(cast("set[Decision]", decisions if open_ else decisions | {decision})), verdict=verdict, verdict_label=label,
                           detail=detail, text=text),
                [v for v in to_verify if v.could_change] + [v for v in to_verify if not v.could_change])

    # -- thresholds ----------------------------------------------------------
    def sensitivity(self, signals_present: int) -> list[Sensitivity]:
        rules = self.rs.rules
        cfg = rules.sensitivity
        if cfg is None:
            return []
        shown, _ = self.shown()
        out = []
        for signal in rules.signals:
            for node in signal.present_if.walk():
                if node.q is None or node.q not in shown:
                    continue
                op, threshold = node.comparison()
                value = shown[node.q]
                if op not in ("gt", "ge", "lt", "le", "eq", "ne") or isinstance(threshold, (bool, str)) or isinstance(value, bool):
                    continue
                out.append(self._item(f"signals.{signal.id}", "signal", pick(signal.title, self.lang), node.q,
                                      self.labels[node.q], value, op, threshold, node.holds(Scope(shown)), cfg))
        for rule in rules.decision.rules:
            for node in rule.when.walk() if rule.when else []:
                if node.fact == "signals_present":
                    op, threshold = node.comparison()
                    met = {"ge": signals_present >= threshold, "gt": signals_present > threshold}.get(op, False)
                    out.append(self._item(f"decision.{rule.id}", "decision", self.decision_labels[rule.decision],
                                          "signals_present", phrase("signals_present_label", self.lang),
                                          signals_present, op,
                                          threshold, met, cfg))
        unique = {(s.question, s.op, s.threshold): s for s in reversed(out)}
        return sorted(unique.values(), key=lambda s: (not s.borderline, s.distance / (abs(s.threshold) + 1)))

    def _item(self, rule: str, about: Literal["signal", "decision"], title: str, qid: str, label: str,
              value: float, op: str, threshold: float, met: bool, cfg: SensitivityRules) -> Sensitivity:
        distance = abs(float(value) - float(threshold))
        borderline = distance <= max(cfg.borderline_min, cfg.borderline_share * abs(float(threshold)))
        shown_value = format_number(value, self.lang, 0 if float(value).is_integer() else 1)
        shown_threshold = format_number(threshold, self.lang, 0 if float(threshold).is_integer() else 1)
        lang = self.lang
        state = phrase("met" if met else "not_met", lang) + (", " + phrase("borderline", lang) if borderline else "")
        text = phrase("threshold", lang, label=label.rstrip("?"), value=shown_value, title=title,
                      op=phrase(f"op_{op}", lang), threshold=shown_threshold, state=state)
        return Sensitivity(rule=rule, about=about, title=title, question=qid, label=label, value=float(value), op=op,
                           threshold=float(threshold), met=met, distance=distance, borderline=borderline, text=text)

    # -- business case ------------------------------------------------------
    def business_case(self, band: tuple[float | None, float | None], currency: str, seniority: str,
                      hiring: bool = True) -> BusinessCase | None:
        """The engineer time the status quo costs; compared with the cost of the hire only when one is advised."""
        bc = self.rs.rules.business_case
        if bc is None:
            return None
        shown, unknown = self.shown()
        lang = self.lang
        h = bc.hours_per_fte_month.value
        not_counted = [phrase("bc_not_counted", lang, figure=phrase(key, lang), answer=self.labels[qid])
                       for key, qids in (("bc_retraining", ["retraining_hours_per_month"]),
                                         ("bc_infrastructure", ["ml_practitioners", "infra_time_share"]),
                                         ("bc_incidents", ["degradation_incidents_12m"]))
                       for qid in qids if qid in unknown]
        engineers, hours = bc.engineers_per_incident.value, bc.hours_per_incident_engineer.value
        figures = []
        if "retraining_hours_per_month" in shown:
            value = shown["retraining_hours_per_month"]
            figures.append(_figure(
                id="retraining", title=phrase("bc_retraining", lang), hours_per_month=float(value), fte=value / h,
                formula=phrase_counted("bc_retraining_formula", lang, hours=value, h=h),
                answers=["retraining_hours_per_month"], assumptions=["hours_per_fte_month"]))
        if "ml_practitioners" in shown and "infra_time_share" in shown:
            people, share = shown["ml_practitioners"], shown["infra_time_share"]
            figures.append(_figure(
                id="infrastructure", title=phrase("bc_infrastructure", lang),
                hours_per_month=people * share / 100 * h, fte=people * share / 100,
                formula=phrase_counted("bc_infrastructure_formula", lang, people=people, share=share),
                answers=["ml_practitioners", "infra_time_share"], assumptions=[]))
        if "degradation_incidents_12m" in shown:
            n = shown["degradation_incidents_12m"]
            monthly = n * engineers * hours / 12
            figures.append(_figure(
                id="incidents", title=phrase("bc_incidents", lang), hours_per_month=monthly, fte=monthly / h,
                formula=phrase_counted("bc_incidents_formula", lang, n=n, engineers=engineers, hours=hours, h=h),
                answers=["degradation_incidents_12m"],
                assumptions=["engineers_per_incident", "hours_per_incident_engineer", "hours_per_fte_month"]))
        for f in figures:
            f.fte = round(f.fte, 2)
            f.hours_per_month = round(f.hours_per_month or 0, 1)
        total = round(sum(f.fte for f in figures), 2)
        cost = shown.get("ml_practitioner_yearly_cost")
        factor = bc.hire_cost_factor.value
        low, high = band if hiring else (None, None)
        hire_min = low * factor if low is not None else None
        hire_max = high * factor if high is not None else None
        toil_cost = round(total * cost) if cost is not None else None
        # What one engineer can take back: the share a platform can automate, at most one person's capacity.
        share, cap = bc.recoverable_share.value, bc.max_fte_per_engineer.value
        recovered = round(min(total * share, cap), 2)
        recovered_cost = round(recovered * cost) if cost is not None else None
        money_uses = ["hire_cost_factor"] if toil_cost is not None and hire_min is not None else []
        # The assumptions a figure or the comparison rests on get short names (A1, A2...) in the order
        # they are listed; the others are listed too, unnamed, for the methodology.
        names = ("hours_per_fte_month", "engineers_per_incident", "hours_per_incident_engineer",
                 "recoverable_share", "max_fte_per_engineer", "hire_cost_factor")
        recovery_uses = ["recoverable_share", "max_fte_per_engineer"] if figures else []
        used = {a for f in figures for a in f.assumptions} | set(money_uses) | set(recovery_uses)
        keys = {name: f"A{i}" for i, name in enumerate((n for n in names if n in used), 1)}
        assumptions = [Assumption(id=name, key=keys.get(name, ""), value=getattr(bc, name).value,
                                  display=_n(getattr(bc, name).value, lang),
                                  text=pick(getattr(bc, name).assumption, lang), used=name in used)
                       for name in names]
        source = SourceRef(document=bc.source.document, passage=bc.source.passage,
                           summary=bc.source.summary_in(lang)) if bc.source else None
        rules_file = editable(self.rs.rules_path)

        def rests_on(ids: list[str]) -> str | None:
            listed = [phrase("assumption_value", lang, name=a.key, value=a.display) for a in assumptions if a.id in ids]
            return phrase("assumption_refs", lang, listed=", ".join(listed), file=rules_file) if listed else None

        for f in figures:
            f.trace = Trace(text=phrase("figure_trace", lang, title=f.title, formula=f.formula), answers=f.answers,
                            rule=f"business_case.{f.id}", source=source, assumption=rests_on(f.assumptions))
        pays = None
        recovered_text = format_number(recovered, lang, 1)
        money = {"cost": format_money(toil_cost, currency, lang),
                 "recovered_cost": format_money(recovered_cost, currency, lang)}
        reasons = self._other_reasons(shown)
        if not hiring:
            sentence = _counted("bc_not_yet_money" if toil_cost is not None else "bc_not_yet", lang, {"fte": total},
                               cost=money["cost"])
        elif toil_cost is None:
            sentence = _counted("bc_fte_only", lang, {"fte": total}, recovered=recovered_text)
        elif hire_min is None:
            sentence = _counted("bc_no_band", lang, {"fte": total}, recovered=recovered_text, **money)
        else:
            # like with like: the practitioner cost includes employer costs, so the base band is loaded too
            pays = (recovered_cost or 0) >= (hire_max or hire_min)
            why = (phrase("bc_reasons", lang, reasons=phrase("and", lang).join(reasons)) if reasons
                   else phrase("bc_no_reason", lang))
            verdict = phrase("bc_pays", lang) if pays else phrase(
                "bc_partly" if (recovered_cost or 0) >= hire_min else "bc_not", lang, reasons=why)
            sentence = _counted("bc_compare", lang, {"fte": total}, recovered=recovered_text,
                                band=format_money_range(hire_min, hire_max, currency, lang),
                                seniority=lower_first(self.seniority_titles[seniority]),
                                factor=_n(factor, lang), verdict=verdict, **money)
        src = bc.source
        back_title = phrase("bc_recoverable", lang)
        back_formula = _counted("bc_recoverable_formula", lang, {"fte": total}, share=_n(share, lang),
                                cap=_n(cap, lang))
        recoverable_trace = Trace(
            text=phrase("figure_trace", lang, title=back_title, formula=back_formula),
            rule="business_case.recoverable", source=source, assumption=rests_on(recovery_uses),
            answers=list(dict.fromkeys(q for f in figures for q in f.answers))) if figures else None
        money_trace = None if toil_cost is None else Trace(
            text=sentence, rule="business_case.money", source=source, assumption=rests_on(money_uses),
            answers=list(dict.fromkeys(["ml_practitioner_yearly_cost", *(q for f in figures for q in f.answers)])))
        return BusinessCase(
            figures=figures, total_fte=total, currency=currency,
            practitioner_cost=float(cost) if cost is not None else None, toil_cost=toil_cost,
            hire_cost_min=hire_min, hire_cost_max=hire_max, pays_for_itself=pays, sentence=sentence,
            assumptions=assumptions,
            aim=src.passage if src else "",
            source=source,
            not_counted=not_counted, money_trace=money_trace, recoverable_fte=recovered,
            recoverable_cost=recovered_cost, recoverable_trace=recoverable_trace,
            recoverable_assumptions=recovery_uses,
            recoverable_title=back_title if figures else "", recoverable_formula=back_formula if figures else "",
            other_reasons=reasons if hiring and not pays else [],
        )

    def _other_reasons(self, shown: dict[str, Any]) -> list[str]:
        """Reasons to hire that engineer time does not measure: critical models and a regulated sector
        (Optima: regulated industries make monitoring, lineage and secure deployment baseline)."""
        reasons = []
        critical = shown.get("critical_models")
        if isinstance(critical, (int, float)) and critical >= 1:
            reasons.append(phrase("bc_reason_critical", self.lang, n=format_number(critical, self.lang)))
        if shown.get("sector") in REGULATED_SECTORS:
            reasons.append(phrase("bc_reason_regulated", self.lang))
        return reasons


def _counted(key: str, lang: str, counts: dict[str, float], **values: str) -> str:
    """A phrase whose nouns agree with the figures it shows: each count is written with one decimal (none
    when whole) and its plural form is chosen for the number as written ('1,8 équivalent temps plein')."""
    shown = {name: format_number(v, lang, 0 if float(v).is_integer() else 1) for name, v in counts.items()}
    exact = {name: Decimal(f"{v:.0f}" if float(v).is_integer() else f"{v:.1f}") for name, v in counts.items()}
    return fill(catalogue.text(key, lang), {**values, **shown}, lang, exact)


def _figure(**fields: Any) -> BusinessFigure:
    """A figure whose trace is written once the assumptions it rests on are named."""
    return BusinessFigure(trace=Trace(text="", rule=""), **fields)


def _n(value: float, lang: str = "en") -> str:
    """A figure with the decimals it has (140, 0.5, 1.45), in the language's format."""
    decimals = next(d for d in (0, 1, 2, 3) if round(float(value), d) == round(float(value), 3))
    return format_number(value, lang, decimals)
