"""A lean re-scoring of answers down to what a decision depends on.

Looking for the answers that would change the decision, and checking whether a
"don't know" could matter, re-scores hundreds of variants of the answers. This
evaluates only the decision, the seniority and the salary band, with the very
rules the full engine uses (compiled once), so the two cannot disagree."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .answers import DONT_KNOW
from .conditions import MISSING
from .ruleset import Ruleset


@dataclass(frozen=True)
class Outcome:
    decision: str
    seniority: str
    band: tuple[float, float] | None
    present: frozenset[str]
    missing: tuple[str, ...]


class Scope:
    """What conditions see: known visible answers, derived facts, present signals."""

    __slots__ = ("shown", "facts", "present")

    def __init__(self, shown: dict[str, Any]):
        self.shown = shown
        self.facts: dict[str, Any] = {}
        self.present: set[str] = set()

    def answer(self, qid: str) -> Any:
        return self.shown.get(qid, MISSING)

    def fact(self, name: str) -> Any:
        return self.facts.get(name, MISSING)

    def signal_present(self, signal_id: str) -> bool:
        return signal_id in self.present


def mandate_missing(item_question: str, shown: dict[str, Any], unknown: set[str]) -> bool:
    """A mandate item counts as missing when answered no, or not known to be in place."""
    return shown.get(item_question) is False or item_question in unknown


class Decider:
    def __init__(self, ruleset: Ruleset):
        q, r = ruleset.questionnaire, ruleset.rules
        self.ruleset = ruleset
        # questions with a condition, in an order where each comes after what it depends on
        conditional = {qid: question.visible_if for qid, question in q.questions.items() if question.visible_if}
        order: list[str] = []
        while len(order) < len(conditional):
            for qid, cond in conditional.items():
                if qid not in order and all(d not in conditional or d in order for d in cond.questions()):
                    order.append(qid)
        self.visibility = [(qid, conditional[qid].compiled()) for qid in order]
        self.signals = [(s.id, s.present_if.compiled()) for s in r.signals]
        self.mandate = [(m.id, m.question) for m in r.mandate]
        self.decisions = [(rule.when.compiled() if rule.when else None, rule.decision) for rule in r.decision.rules]
        self.seniority = [(rule.when.compiled() if rule.when else None, rule.seniority)
                          for rule in r.profile.seniority]

    def shown(self, answers: dict[str, Any]) -> tuple[dict[str, Any], set[str]]:
        """Visible, known answers, and the visible questions answered "don't know"."""
        shown = {k: v for k, v in answers.items() if v is not None}
        for qid, visible in self.visibility:
            if qid in shown:
                ctx = Scope({k: v for k, v in shown.items() if v != DONT_KNOW})
                if not visible(ctx):
                    del shown[qid]
        unknown = {k for k, v in shown.items() if v == DONT_KNOW}
        for k in unknown:
            del shown[k]
        return shown, unknown

    def outcome(self, answers: dict[str, Any]) -> Outcome:
        shown, unknown = self.shown(answers)
        ctx = Scope(shown)
        for sid, fn in self.signals:
            if fn(ctx):
                ctx.present.add(sid)
        missing = tuple(mid for mid, qid in self.mandate if mandate_missing(qid, shown, unknown))
        ctx.facts.update(signals_present=len(ctx.present), mandate_missing=len(missing))
        decision = next(d for fn, d in self.decisions if fn is None or fn(ctx))
        ctx.facts["decision"] = decision
        seniority = next(s for fn, s in self.seniority if fn is None or fn(ctx))
        return Outcome(decision, seniority, self.band(shown, seniority), frozenset(ctx.present), missing)

    def band(self, shown: dict[str, Any], seniority: str) -> tuple[float, float] | None:
        if "salary_band_min" in shown and "salary_band_max" in shown:
            return float(shown["salary_band_min"]), float(shown["salary_band_max"])
        market = self.ruleset.bands.market(shown.get("hiring_market", "OTHER"))
        if market is None or not market.figures:
            return None
        band = market.figures[seniority]  # type: ignore[index]
        return band.min, band.max
