"""What would change the decision, and whether a "don't know" could.

Both re-score variants of the answers over each question's domain with the
:class:`~.outcome.Decider`. Numeric domains are reduced to the values on either
side of every threshold the rules use, so the search is exhaustive where it
matters and fast enough to run on every change in the wizard."""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterator
from typing import Any, Literal

from .answers import DONT_KNOW
from .conditions import Condition, Scope
from .outcome import Decider, Outcome
from .questionnaire import Question, Questionnaire

Changes = tuple[tuple[str, Any], ...]  # ((question id, new value), ...)
Effect = Literal["decision", "seniority", "band"]
Difference = tuple[Effect, Any, Any]  # (what, old, new)

MAX_PER_TARGET = 4


def _key_of(value: Any) -> str:
    return str(value).lower() if isinstance(value, bool) else str(value)


def lever_kind(decider: Decider, qid: str, current: Any, value: Any) -> Literal["step", "fact"] | None:
    """'step' for a move the company can make, 'fact' for one it may learn or see happen, None for a move
    backwards or an answer that says who the company is (the rules' ``levers``)."""
    levers = decider.ruleset.rules.levers
    if levers is None:
        return None
    if current is None or current == DONT_KNOW:  # not known yet: finding it out is a fact to learn
        return "fact" if qid in levers.steps or qid in levers.grow_sets or qid in levers.either \
            or qid in levers.counts else None
    if qid in levers.either:
        return "step"
    if qid in levers.steps:
        ranks = levers.steps[qid]
        now, then = ranks.get(_key_of(current)), ranks.get(_key_of(value))
        return "step" if now is not None and then is not None and then > now else None
    if qid in levers.grow_sets:
        return "step" if isinstance(value, list) and isinstance(current, list) and set(current) < set(value) \
            else None
    if qid in levers.counts:
        number = isinstance(value, (int, float)) and isinstance(current, (int, float))
        return "fact" if number and value > current else None
    return None


def _thresholds(decider: Decider) -> dict[str, set[float]]:
    """Numeric values around which some decision-relevant condition flips, by question."""
    r, q = decider.ruleset.rules, decider.ruleset.questionnaire
    conditions: list[Condition] = [s.present_if for s in r.signals]
    conditions += [x.when for x in r.decision.rules if x.when] + [x.when for x in r.profile.seniority if x.when]
    conditions += [question.visible_if for question in q.questions.values() if question.visible_if]
    out: dict[str, set[float]] = {}
    for cond in conditions:
        for node in cond.walk():
            if node.q is None or node.all is not None or node.any is not None or node.not_ is not None:
                continue
            op, value = node.comparison()
            if op not in ("gt", "ge", "lt", "le", "eq", "ne") or isinstance(value, (bool, str)):
                continue
            near = {"gt": (value, value + 1), "ge": (value - 1, value), "lt": (value - 1, value),
                    "le": (value, value + 1), "eq": (value, value + 1), "ne": (value, value + 1)}[op]
            out.setdefault(node.q, set()).update(near)
    return out


class Domains:
    def __init__(self, decider: Decider):
        self.decider = decider
        self.questionnaire = decider.ruleset.questionnaire
        self.thresholds = _thresholds(decider)

    def values(self, question: Question, current: Any) -> list[Any]:
        """Candidate answers other than ``current`` that could make a difference."""
        kind = question.type
        if kind == "yes_no":
            out: list[Any] = [True, False]
        elif kind == "single_choice":
            out = question.option_values()
        elif kind == "multiple_choice":
            have = set(current) if isinstance(current, list) else set()
            order = question.option_values()
            out = [sorted(have ^ {v}, key=order.index) for v in order]
        elif kind in ("integer", "number", "percent"):
            lo = question.lower if question.lower is not None else -math.inf
            hi = question.upper if question.upper is not None else math.inf
            out = sorted(v for v in self.thresholds.get(question.id, ()) if lo <= v <= hi)
            out = [int(v) if float(v).is_integer() else v for v in out]
        else:
            out = []
        return [v for v in out if v != current]


def _single_changes(domains: Domains, answers: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """Each move a company could make or learn, one answer at a time (never backwards)."""
    for qid, question in domains.questionnaire.questions.items():
        current = answers.get(qid)
        for value in domains.values(question, current):
            if lever_kind(domains.decider, qid, current, value) is not None:
                yield qid, value


def _valid(questionnaire: Questionnaire, answers: dict[str, Any]) -> bool:
    """The cross-field checks (e.g. critical models ≤ models); domains already respect the bounds."""
    for check in questionnaire.checks:
        left, right = answers.get(check.left), answers.get(check.right)
        if isinstance(left, (int, float)) and isinstance(right, (int, float)) and not check.holds(left, right):
            return False
    return True


def _changed(base: Outcome, new: Outcome) -> list[Difference]:
    out: list[Difference] = []
    if new.decision != base.decision:
        out.append(("decision", base.decision, new.decision))
    if new.seniority != base.seniority:
        out.append(("seniority", base.seniority, new.seniority))
    if new.band != base.band and new.band is not None:
        out.append(("band", base.band, new.band))
    return out


def what_would_change(decider: Decider, answers: dict[str, Any]) -> list[tuple[Changes, Outcome, list[Difference]]]:
    """The smallest sets of changes (one answer, else two) reaching each other outcome.

    Returns ``[(changes, outcome, [(what, old, new), ...]), ...]`` with
    ``changes = ((question id, new value), ...)``."""
    questionnaire = decider.ruleset.questionnaire
    base = decider.outcome(answers)
    domains = Domains(decider)
    found: dict[tuple[Any, ...], list[tuple[Changes, Outcome]]] = {}
    singles: list[tuple[str, Any, Outcome]] = []
    for qid, value in _single_changes(domains, answers):
        variant = {**answers, qid: value}
        if not _valid(questionnaire, variant):  # never more critical models than models
            continue
        new = decider.outcome(variant)
        singles.append((qid, value, new))
        for what, _old, to in _changed(base, new):
            found.setdefault((what, _key(to)), []).append((((qid, value),), new))
    # pairs only for targets no single change reaches
    base_state = (base.present, base.missing, base.decision, base.seniority)
    effective = [(q, v, o) for q, v, o in singles
                 if (o.present, o.missing, o.decision, o.seniority) != base_state]
    related = _related_pairs(decider, singles)
    pairs = {(a[0], a[1], b[0], b[1]) for a, b in itertools.combinations(effective, 2) if a[0] != b[0]}
    pairs |= related
    reached = set(found)
    for q1, v1, q2, v2 in sorted(pairs, key=repr):
        variant = {**answers, q1: v1, q2: v2}
        if not _valid(questionnaire, variant):
            continue
        new = decider.outcome(variant)
        for what, _old, to in _changed(base, new):
            key = (what, _key(to))
            if key in reached:
                continue
            found.setdefault(("pair",) + key, []).append((((q1, v1), (q2, v2)), new))
    out: list[tuple[Changes, Outcome, list[Difference]]] = []
    for target, items in found.items():
        what = target[1] if target[0] == "pair" else target[0]
        for changes, new in _rank(items, answers)[:MAX_PER_TARGET]:
            out.append((changes, new, [c for c in _changed(base, new) if c[0] == what]))
    return out


def _related_pairs(decider: Decider, singles: list[tuple[str, Any, Outcome]]) -> set[tuple[str, Any, str, Any]]:
    """Changes to two questions of the same signal, which may only matter together."""
    r = decider.ruleset.rules
    by_question: dict[str, list[Any]] = {}
    for qid, value, _ in singles:
        by_question.setdefault(qid, []).append(value)
    out: set[tuple[str, Any, str, Any]] = set()
    for signal in r.signals:
        qids = [q for q in signal.present_if.questions() if q in by_question]
        for a, b in itertools.combinations(qids, 2):
            for va in by_question[a]:
                for vb in by_question[b]:
                    out.add((a, va, b, vb))
    return out


def _key(value: Any) -> Any:
    return tuple(value) if isinstance(value, (list, tuple)) else value


def _rank(items: list[tuple[Changes, Outcome]], answers: dict[str, Any]) -> list[tuple[Changes, Outcome]]:
    """Prefer changes a company can act on (mandate and process), then small numeric moves."""
    levers = {"executive_sponsor", "budget_approved", "ownership_defined", "interview_process_defined"}

    def cost(item: tuple[Changes, Outcome]) -> tuple[int, int, float, str]:
        changes = item[0]
        actionable = sum(q not in levers for q, _ in changes)
        distance = 0.0
        for q, v in changes:
            old = answers.get(q)
            if isinstance(v, (int, float)) and isinstance(old, (int, float)) and not isinstance(v, bool):
                distance += abs(v - old) / (abs(old) + 1)
        return (len(changes), actionable, distance, repr(changes))

    return sorted(items, key=cost)


def unknown_effects(decider: Decider, answers: dict[str, Any]) -> tuple[dict[str, set[tuple[str, Outcome]]], set[str]]:
    """For each visible "don't know", alone: the decisions, seniorities and bands its possible values give
    (which answers to verify; the decisions possible together are :func:`possible_outcomes`').

    Returns (effects by question, unknown ids)."""
    domains = Domains(decider)
    _, unknown = decider.shown(answers)
    questions = decider.ruleset.questionnaire.questions
    effects: dict[str, set[tuple[str, Outcome]]] = {}
    for qid in sorted(unknown):
        values = domains.values(questions[qid], None) or []
        if questions[qid].type in ("integer", "number", "percent"):
            low = questions[qid].lower or 0
            values = sorted({low, *values})
        effects[qid] = {("outcome", decider.outcome({**answers, qid: v})) for v in values
                        if _valid(decider.ruleset.questionnaire, {**answers, qid: v})}
    return effects, unknown


def completions(domains: Domains, question: Question) -> list[Any]:
    """Every answer a "don't know" could stand for, reduced to the values that behave differently under the
    rules: each option, each set of options (all of them up to six options), and the numbers on either side
    of every threshold plus the lowest allowed."""
    kind = question.type
    if kind == "yes_no":
        return [True, False]
    if kind == "single_choice":
        return list(question.option_values())
    if kind == "multiple_choice":
        order = question.option_values()
        if len(order) <= 6:
            return [list(combo) for n in range(len(order) + 1) for combo in itertools.combinations(order, n)]
        return [[], list(order)] + [[v] for v in order] + [[w for w in order if w != v] for v in order]
    if kind in ("integer", "number", "percent"):
        return sorted({question.lower or 0, *domains.values(question, None)})
    return []


MAX_COMPLETIONS = 4096
MAX_EXACT = 512  # completions tried one by one; past that, signal by signal


def possible_outcomes(decider: Decider, answers: dict[str, Any]) -> tuple[set[str], set[str]] | None:
    """Every decision and every seniority that some completion of the "don't know" answers could give,
    taken alone or together; ``None`` when the completions are too many to go through (then anything is
    possible).

    With few unknowns every completion is scored. With more, the search stays sound at the price of
    precision: each signal's possible states are found by trying
    every completion of its own unknown answers, then every combination of those states is tried with every
    completion of the unknown answers the decision, the seniority and the mandate read directly. A signal
    that shares an unknown answer with another is thus allowed states the two could not take together,
    which can only add outcomes, never miss one."""
    shown, unknown = decider.shown(answers)
    if not unknown:
        base = decider.outcome(answers)
        return {base.decision}, {base.seniority}
    rules, questionnaire = decider.ruleset.rules, decider.ruleset.questionnaire
    questions = questionnaire.questions
    domains = Domains(decider)
    values: dict[str, list[Any]] = {qid: completions(domains, questions[qid]) for qid in unknown}
    # A question hidden because the answer it depends on is unknown may be asked once that answer is
    # known, and its own answer is then unknown too (None: still hidden).
    for qid, condition in questionnaire.conditional_questions:
        if qid not in shown and qid not in values and any(q in values for q in condition.questions()):
            given = answers.get(qid)  # an answer kept from before it was hidden stands when it shows again
            values[qid] = [None, given] if given is not None and given != DONT_KNOW else \
                [None, *completions(domains, questions[qid])]
    unknown = set(values)
    joint = math.prod(len(v) for v in values.values())
    decisions: set[str] = set()
    seniorities: set[str] = set()
    if joint <= MAX_EXACT:  # few unknowns: every completion, exactly
        order = sorted(values)
        for combo in itertools.product(*(values[q] for q in order)):
            completed = {k: v for k, v in answers.items() if v != DONT_KNOW}
            completed.update((q, v) for q, v in zip(order, combo, strict=True) if v is not None)
            if _valid(questionnaire, completed):
                outcome = decider.outcome(completed)
                decisions.add(outcome.decision)
                seniorities.add(outcome.seniority)
        return decisions, seniorities
    fixed: set[str] = set()
    open_signals: list[str] = []
    for signal in rules.signals:
        fn = signal.present_if.compiled()
        refs = [q for q in signal.present_if.questions() if q in unknown]
        if not refs:
            if fn(Scope(shown)):
                fixed.add(signal.id)
            continue
        states: set[bool] = set()
        combos = itertools.product(*(values[q] for q in refs))
        for count, combo in enumerate(combos):
            if count >= MAX_COMPLETIONS or len(states) == 2:
                states = {True, False}
                break
            states.add(bool(fn(Scope(_completed(shown, refs, combo)))))
        if states == {True}:
            fixed.add(signal.id)
        elif len(states) == 2:
            open_signals.append(signal.id)
    direct: list[str] = []
    for cond in [r.when for r in rules.decision.rules if r.when] + [r.when for r in rules.profile.seniority if r.when]:
        direct += [q for q in cond.questions() if q in unknown and q not in direct]
    direct += [m.question for m in rules.mandate if m.question in unknown and m.question not in direct]
    total = 2 ** len(open_signals)
    for qid in direct:
        total *= max(1, len(values[qid]))
    if total > MAX_COMPLETIONS:
        return None
    for chosen in itertools.product((False, True), repeat=len(open_signals)):
        present = fixed | {sid for sid, on in zip(open_signals, chosen, strict=True) if on}
        for combo in itertools.product(*(values[q] for q in direct)):
            known = _completed(shown, direct, combo)
            decision, seniority = decider.decide(known, present)
            decisions.add(decision)
            seniorities.add(seniority)
    return decisions, seniorities


def _completed(shown: dict[str, Any], qids: list[str], combo: tuple[Any, ...]) -> dict[str, Any]:
    return {**shown, **{q: v for q, v in zip(qids, combo, strict=True) if v is not None}}


__all__ = ["DONT_KNOW", "Domains", "lever_kind", "possible_outcomes", "unknown_effects", "what_would_change"]
