"""Decision support computed with the result: the business case in engineer
time, what would change the decision, how sure it is given "don't know"
answers, and how close the answers sit to each threshold."""

from __future__ import annotations

from typing import Any

from .answers import DONT_KNOW
from .conditions import MISSING
from .outcome import Decider
from .questionnaire import Questionnaire
from .result import (
    Assumption,
    BusinessCase,
    BusinessFigure,
    Change,
    Confidence,
    Sensitivity,
    ToVerify,
    WhatWouldChange,
)
from .ruleset import Ruleset
from .text import format_money, format_money_range, format_number, pick
from .whatif import unknown_effects, what_would_change

_DECIDERS: dict[int, tuple[Ruleset, Decider]] = {}
_OP_WORDS = {"gt": "more than", "ge": "at least", "lt": "less than", "le": "at most", "eq": "exactly",
             "ne": "anything but"}


def decider_for(ruleset: Ruleset) -> Decider:
    entry = _DECIDERS.get(id(ruleset))
    if entry is None or entry[0] is not ruleset:
        entry = _DECIDERS[id(ruleset)] = (ruleset, Decider(ruleset))
    return entry[1]


class Support:
    def __init__(self, ruleset: Ruleset, answers: dict[str, Any], lang: str, display, labels: dict[str, str],
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

    def show(self, qid: str, value: Any) -> str:
        if value is None or value is MISSING:
            return "not answered"
        if value == DONT_KNOW:
            return "don't know"
        return self.display(self.q.questions[qid], value)

    # -- what would change ---------------------------------------------------
    def what_would_change(self, currency: str) -> list[WhatWouldChange]:
        out = []
        for changes, outcome, effects in what_would_change(self.decider, self.answers):
            items = [Change(question=q, label=self.labels[q], current=self.answers.get(q),
                            current_display=self.show(q, self.answers.get(q)), needed=v,
                            needed_display=self.show(q, v)) for q, v in changes]
            what, old, new = effects[0]
            if what == "decision":
                result = f"the decision becomes \u201c{self.decision_labels[new]}\u201d"
                old_text, new_text = self.decision_labels[old], self.decision_labels[new]
            elif what == "seniority":
                result = f"the profile becomes {self.seniority_titles[new].lower()}"
                old_text, new_text = self.seniority_titles[old], self.seniority_titles[new]
            else:
                old_text = format_money_range(*(old or (None, None)), currency, self.lang)
                new_text = format_money_range(*new, currency, self.lang)
                result = f"the budget band becomes {new_text}"
            said = " and ".join(f"{c.label.lower() if c.label[1:2].islower() else c.label}: {c.needed_display} "
                                f"(now {c.current_display})" for c in items)
            out.append(WhatWouldChange(
                changes=items, effect=what, current=old_text, becomes=new_text, decision=outcome.decision,
                seniority=outcome.seniority, band_min=outcome.band[0] if outcome.band else None,
                band_max=outcome.band[1] if outcome.band else None, text=f"With {said}, {result}."))
        order = {"decision": 0, "seniority": 1, "band": 2}
        return sorted(out, key=lambda w: (order[w.effect], len(w.changes)))

    # -- don't know ----------------------------------------------------------
    def confidence(self, decision: str) -> tuple[Confidence, list[ToVerify]]:
        effects, decisions, unknown = unknown_effects(self.decider, self.answers)
        r = self.rs.rules
        inputs: set[str] = set()
        for signal in r.signals:
            inputs.update(signal.present_if.questions())
        for rule in r.decision.rules:
            if rule.when:
                inputs.update(rule.when.questions())
        inputs.update(m.question for m in r.mandate)
        shown, _ = self.decider.shown(self.answers)
        relevant = {q for q in inputs if q in shown or q in unknown}
        known = len(relevant - unknown)
        to_verify = []
        base = self.decider.outcome(self.answers)
        for qid in sorted(unknown, key=list(self.q.questions).index):
            outcomes = [o for _, o in effects.get(qid, ())]
            changes = []
            if any(o.decision != base.decision for o in outcomes):
                options = sorted({self.decision_labels[o.decision] for o in outcomes})
                changes.append(("decision", f"the decision ({' or '.join(options)})"))
            if any(o.seniority != base.seniority for o in outcomes):
                options = sorted({self.seniority_titles[o.seniority].lower() for o in outcomes})
                changes.append(("seniority", f"the seniority ({' or '.join(options)})"))
            if any(o.band != base.band for o in outcomes if o.band):
                changes.append(("band", "the budget band"))
            if changes:
                text = f"{self.labels[qid].rstrip('?')}: the answer could change {', '.join(c[1] for c in changes)}."
            else:
                text = f"{self.labels[qid].rstrip('?')}: not known, but no answer would change the recommendation."
            to_verify.append(ToVerify(question=qid, label=self.labels[qid], could_change=[c[0] for c in changes],
                                      text=text))
        provisional = any(d != decision for d in decisions)
        share = known / len(relevant) if relevant else 1.0
        if not unknown:
            text = "Every answer the decision depends on is known."
        elif provisional:
            text = (f"Provisional: {len(unknown)} answer(s) not known, and at least one could change the "
                    "decision. Verify them before deciding.")
        else:
            text = (f"Firm: {len(unknown)} answer(s) not known, but none of them could change the decision.")
        return (Confidence(known_share=round(share, 3), inputs=len(relevant), known=known,
                           unknown=sorted(unknown, key=list(self.q.questions).index), provisional=provisional,
                           possible_decisions=sorted(decisions | {decision}), text=text),
                [v for v in to_verify if v.could_change] + [v for v in to_verify if not v.could_change])

    # -- thresholds ----------------------------------------------------------
    def sensitivity(self, signals_present: int) -> list[Sensitivity]:
        rules = self.rs.rules
        cfg = rules.sensitivity
        if cfg is None:
            return []
        shown, _ = self.decider.shown(self.answers)
        out = []
        for signal in rules.signals:
            for node in signal.present_if.walk():
                if node.q is None or node.q not in shown:
                    continue
                op, threshold = node.comparison()
                value = shown[node.q]
                if op not in _OP_WORDS or isinstance(threshold, (bool, str)) or isinstance(value, bool):
                    continue
                out.append(self._item(f"signals.{signal.id}", pick(signal.title, self.lang), node.q,
                                      self.labels[node.q], value, op, threshold, node.holds(_Shown(shown)), cfg))
        for rule in rules.decision.rules:
            for node in rule.when.walk() if rule.when else []:
                if node.fact == "signals_present":
                    op, threshold = node.comparison()
                    met = {"ge": signals_present >= threshold, "gt": signals_present > threshold}.get(op, False)
                    out.append(self._item(f"decision.{rule.id}", self.decision_labels[rule.decision],
                                          "signals_present", "Hiring signals present", signals_present, op,
                                          threshold, met, cfg))
        unique = {(s.question, s.op, s.threshold): s for s in reversed(out)}
        return sorted(unique.values(), key=lambda s: (not s.borderline, s.distance / (abs(s.threshold) + 1)))

    def _item(self, rule, title, qid, label, value, op, threshold, met, cfg) -> Sensitivity:
        distance = abs(float(value) - float(threshold))
        borderline = distance <= max(cfg.borderline_min, cfg.borderline_share * abs(float(threshold)))
        shown_value = format_number(value, self.lang, 0 if float(value).is_integer() else 1)
        shown_threshold = format_number(threshold, self.lang, 0 if float(threshold).is_integer() else 1)
        state = "met" if met else "not met"
        text = (f"{label.rstrip('?')}: {shown_value}; \u201c{title}\u201d needs {_OP_WORDS[op]} "
                f"{shown_threshold} ({state}{', borderline' if borderline else ''}).")
        return Sensitivity(rule=rule, title=title, question=qid, label=label, value=float(value), op=op,
                           threshold=float(threshold), met=met, distance=distance, borderline=borderline, text=text)

    # -- business case ------------------------------------------------------
    def business_case(self, band: tuple[float | None, float | None], currency: str, seniority: str) -> BusinessCase | None:
        bc = self.rs.rules.business_case
        if bc is None:
            return None
        shown, _ = self.decider.shown(self.answers)
        h = bc.hours_per_fte_month.value
        engineers, hours = bc.engineers_per_incident.value, bc.hours_per_incident_engineer.value
        assumptions = [Assumption(id=name, value=getattr(bc, name).value, text=pick(getattr(bc, name).assumption, self.lang))
                       for name in ("hours_per_fte_month", "engineers_per_incident", "hours_per_incident_engineer",
                                    "hire_cost_factor")]
        figures = []
        if "retraining_hours_per_month" in shown:
            value = shown["retraining_hours_per_month"]
            figures.append(BusinessFigure(
                id="retraining", title="Manual retraining", hours_per_month=float(value), fte=value / h,
                formula=f"{_n(value)} hours a month of retraining ÷ {_n(h)} working hours in a month",
                answers=["retraining_hours_per_month"], assumptions=["hours_per_fte_month"]))
        if "ml_practitioners" in shown and "infra_time_share" in shown:
            people, share = shown["ml_practitioners"], shown["infra_time_share"]
            figures.append(BusinessFigure(
                id="infrastructure", title="Infrastructure work by ML practitioners",
                hours_per_month=people * share / 100 * h, fte=people * share / 100,
                formula=f"{_n(people)} data scientists and ML engineers × {_n(share)}% of their time",
                answers=["ml_practitioners", "infra_time_share"], assumptions=[]))
        if "degradation_incidents_12m" in shown:
            n = shown["degradation_incidents_12m"]
            monthly = n * engineers * hours / 12
            figures.append(BusinessFigure(
                id="incidents", title="Degradation incidents", hours_per_month=monthly, fte=monthly / h,
                formula=(f"{_n(n)} incidents a year × {_n(engineers)} engineers × {_n(hours)} hours each ÷ 12 "
                         f"months ÷ {_n(h)} working hours in a month"),
                answers=["degradation_incidents_12m"],
                assumptions=["engineers_per_incident", "hours_per_incident_engineer", "hours_per_fte_month"]))
        for f in figures:
            f.fte = round(f.fte, 2)
            f.hours_per_month = round(f.hours_per_month or 0, 1)
        total = round(sum(f.fte for f in figures), 2)
        cost = shown.get("ml_practitioner_yearly_cost")
        factor = bc.hire_cost_factor.value
        low, high = band
        hire_min = low * factor if low is not None else None
        hire_max = high * factor if high is not None else None
        toil_cost = round(total * cost) if cost is not None else None
        pays = None
        fte_text = format_number(total, self.lang, 1)
        if toil_cost is None:
            sentence = (f"The status quo costs about {fte_text} full-time equivalents of engineer time. Give the "
                        "yearly cost of one data scientist or ML engineer to put it in money.")
        elif hire_min is None:
            sentence = (f"The status quo costs about {fte_text} full-time equivalents, "
                        f"{format_money(toil_cost, currency, self.lang)} a year; without a salary band for this "
                        "market it cannot be compared with the cost of the hire.")
        else:
            pays = toil_cost >= (hire_max or hire_min)
            verdict = ("the hire pays for itself in engineer time alone" if pays else
                       "the hire covers part of its cost in engineer time; reliability and risk make the rest of "
                       "the case" if toil_cost >= hire_min else
                       "the hire does not pay for itself in engineer time alone; the case rests on reliability, "
                       "risk and speed")
            sentence = (f"The status quo costs about {fte_text} full-time equivalents, "
                        f"{format_money(toil_cost, currency, self.lang)} a year, against "
                        f"{format_money_range(hire_min, hire_max, currency, self.lang)} for a "
                        f"{self.seniority_titles[seniority].lower()} MLOps engineer: {verdict}.")
        src = bc.source
        return BusinessCase(
            figures=figures, total_fte=total, currency=currency,
            practitioner_cost=float(cost) if cost is not None else None, toil_cost=toil_cost,
            hire_cost_min=hire_min, hire_cost_max=hire_max, pays_for_itself=pays, sentence=sentence,
            assumptions=assumptions,
            aim=src.passage if src else "",
        )


class _Shown:
    def __init__(self, shown):
        self.shown = shown

    def answer(self, qid):
        return self.shown.get(qid, MISSING)

    def fact(self, name):
        return MISSING

    def signal_present(self, signal_id):
        return False


def _n(value: float) -> str:
    return format_number(value, "en", 0 if float(value).is_integer() else 1)
