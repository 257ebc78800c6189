"""A lean re-scoring of answers down to what a decision depends on.

Looking for the answers that would change the decision, and checking whether a
"don't know" could matter, re-scores hundreds of variants of the answers. This
evaluates only the decision, the seniority and the salary band, with the very
rules the full engine uses (compiled once), so the two cannot disagree."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .answers import DONT_KNOW, visible_questions
from .conditions import Scope as Scope  # part of this module's interface
from .rules import Decision, Seniority
from .ruleset import Ruleset


@dataclass(frozen=True)
class Outcome:
    decision: Decision
    seniority: Seniority
    band: tuple[float, float] | None
    present: frozenset[str]
    missing: tuple[str, ...]


def mandate_missing(item_question: str, shown: dict[str, Any], unknown: set[str]) -> bool:
    """A mandate item counts as missing when answered no, or not known to be in place."""
    return shown.get(item_question) is False or item_question in unknown


class Decider:
    def __init__(self, ruleset: Ruleset):
        r = ruleset.rules
        self.ruleset = ruleset
        self.signals = [(s.id, s.present_if.compiled()) for s in r.signals]
        self.mandate = [(m.id, m.question) for m in r.mandate]
        self.decisions = [(rule.when.compiled() if rule.when else None, rule.decision) for rule in r.decision.rules]
        self.seniority = [(rule.when.compiled() if rule.when else None, rule.seniority)
                          for rule in r.profile.seniority]

    def shown(self, answers: dict[str, Any]) -> tuple[dict[str, Any], set[str]]:
        """Visible, known answers, and the visible questions answered "don't know"."""
        visible = visible_questions(self.ruleset.questionnaire, answers)
        shown = {k: v for k, v in answers.items() if k in visible and v is not None}
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
        decision, seniority = self._decide(ctx, len(missing))
        return Outcome(decision, seniority, self.band(shown, seniority), frozenset(ctx.present), missing)

    def decide(self, known: dict[str, Any], present: set[str]) -> tuple[Decision, Seniority]:
        """The decision and seniority for known answers and a given set of present signals (the search over
        the completions of "don't know" answers sets the signals itself)."""
        ctx = Scope(known)
        ctx.present.update(present)
        missing = sum(1 for _, qid in self.mandate if known.get(qid) is False)
        return self._decide(ctx, missing)

    def _decide(self, ctx: Scope, missing: int) -> tuple[Decision, Seniority]:
        ctx.facts.update(signals_present=len(ctx.present), mandate_missing=missing)
        decision = next(d for fn, d in self.decisions if fn is None or fn(ctx))
        ctx.facts["decision"] = decision
        seniority = next(s for fn, s in self.seniority if fn is None or fn(ctx))
        return decision, seniority

    def band(self, shown: dict[str, Any], seniority: str) -> tuple[float, float] | None:
        if "salary_band_min" in shown and "salary_band_max" in shown:
            return float(shown["salary_band_min"]), float(shown["salary_band_max"])
        market = self.ruleset.bands.market(shown.get("hiring_market", "OTHER")) or self.ruleset.bands.markets[-1]
        if market.figures:
            band = market.figures[seniority]  # type: ignore[index]
            return band.min, band.max
        grid = self.ruleset.rules.budget.pay_grid
        if grid is None:
            return None
        derived = grid.derive(_amount(shown.get(grid.cloud_question)), _amount(shown.get(grid.top_question)))
        return derived.bands[seniority] if derived else None  # type: ignore[index]


def _amount(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None
