"""Conditions written in data files: ``visible_if`` on questions and ``when`` on rules.

A condition compares one operand with one operator, or combines others::

    {q: models_in_production, ge: 3}          # an answer
    {fact: signals_present, ge: 2}            # a figure the engine derived
    {signal: manual_retraining}               # a hiring signal is present
    {any: [{q: critical_models, ge: 1}, ...]}  # also all: [...] and not: {...}

An answer that is hidden or not given makes every comparison false, except
``answered: false``: a rule never fires on an answer nobody gave.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, Protocol

from pydantic import BaseModel, ConfigDict, Field, model_validator

Scalar = bool | int | float | str

COMPARISONS = ("eq", "ne", "gt", "ge", "lt", "le", "in_", "not_in", "has", "lacks", "answered")
_SYMBOLS = {"eq": "=", "ne": "≠", "gt": ">", "ge": "≥", "lt": "<", "le": "≤"}


class Missing:
    """An answer that was not given, or belongs to a hidden question."""

    def __repr__(self) -> str:
        return "MISSING"


MISSING = Missing()


class Context(Protocol):
    def answer(self, question_id: str) -> Any: ...
    def fact(self, name: str) -> Any: ...
    def signal_present(self, signal_id: str) -> bool: ...


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



class Condition(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True, frozen=True, defer_build=True)

    q: str | None = None
    fact: str | None = None
    signal: str | None = None

    eq: Scalar | None = None
    ne: Scalar | None = None
    gt: float | None = None
    ge: float | None = None
    lt: float | None = None
    le: float | None = None
    in_: list[Scalar] | None = Field(default=None, alias="in")
    not_in: list[Scalar] | None = None
    has: str | None = None
    lacks: str | None = None
    answered: bool | None = None

    all: list[Condition] | None = None
    any: list[Condition] | None = None
    not_: Condition | None = Field(default=None, alias="not")

    @model_validator(mode="after")
    def _one_shape(self) -> Condition:
        set_fields = self.model_fields_set
        operands = [f for f in ("q", "fact", "signal") if f in set_fields]
        combinators = [f for f in ("all", "any", "not_") if f in set_fields]
        comparisons = [f for f in COMPARISONS if f in set_fields]
        if combinators:
            if operands or comparisons or len(combinators) > 1:
                raise ValueError("use one of all / any / not on its own")
            return self
        if len(operands) != 1:
            raise ValueError("name exactly one of q (a question), fact or signal")
        if operands == ["signal"]:
            if comparisons:
                raise ValueError("a signal condition takes no comparison: it is true when the signal is present")
            return self
        if len(comparisons) != 1:
            raise ValueError(
                "give exactly one comparison: eq, ne, gt, ge, lt, le, in, not_in, has, lacks or answered"
            )
        return self

    # -- what it refers to -------------------------------------------------
    def walk(self) -> Iterator[Condition]:
        yield self
        for child in (self.all or []) + (self.any or []):
            yield from child.walk()
        if self.not_ is not None:
            yield from self.not_.walk()

    def questions(self) -> list[str]:
        """Question ids the condition reads, in order (computed once)."""
        entry = _QUESTIONS.get(id(self))
        if entry is None or entry[0] is not self:
            seen: dict[str, None] = {}
            for node in self.walk():
                if node.q:
                    seen[node.q] = None
            entry = _QUESTIONS[id(self)] = (self, tuple(seen))
        return list(entry[1])

    def facts(self) -> list[str]:
        return [n.fact for n in self._nodes() if n.fact]

    def signals(self) -> list[str]:
        return [n.signal for n in self._nodes() if n.signal]

    def _nodes(self) -> tuple[Condition, ...]:
        entry = _NODES.get(id(self))
        if entry is None or entry[0] is not self:
            entry = _NODES[id(self)] = (self, tuple(n for n in self.walk() if n.fact or n.signal))
        return entry[1]

    def comparison(self) -> tuple[str, Any]:
        for name in COMPARISONS:
            if name in self.model_fields_set:
                return name.rstrip("_"), getattr(self, name)
        raise ValueError("not a comparison")

    # -- evaluation --------------------------------------------------------
    def holds(self, ctx: Context) -> bool:
        return self.compiled()(ctx)

    def compiled(self) -> Evaluator:
        """The condition as a plain function of a context (built once)."""
        entry = _COMPILED.get(id(self))
        if entry is None or entry[0] is not self:
            entry = _COMPILED[id(self)] = (self, _compile(self))
        return entry[1]

    def describe(self, lang: str = "en") -> str:
        """A short human reading, used in methodology and sensitivity texts."""
        w = _WORDS.get(lang[:2], _WORDS["en"])
        if self.all is not None:
            return w["and"].join(c.describe(lang) for c in self.all)
        if self.any is not None:
            return "(" + w["or"].join(c.describe(lang) for c in self.any) + ")"
        if self.not_ is not None:
            return w["not"].format(self.not_.describe(lang))
        if self.signal is not None:
            return w["signal"].format(self.signal)
        name = self.q or self.fact
        op, expected = self.comparison()
        if op in _SYMBOLS:
            return f"{name} {_SYMBOLS[op]} {_show(expected, w)}"
        if op in ("in", "not_in"):
            return f"{name} {w[op]} {', '.join(_show(v, w) for v in expected)}"
        if op in ("has", "lacks"):
            return f"{name} {w[op]} {expected}"
        return f"{name} {w['answered' if expected else 'not_answered']}"


_WORDS = {
    "en": {"and": " and ", "or": " or ", "not": "not ({})", "signal": "signal {} present", "in": "is one of",
           "not_in": "is none of", "has": "includes", "lacks": "lacks", "answered": "answered",
           "not_answered": "not answered", "yes": "yes", "no": "no"},
    "fr": {"and": " et ", "or": " ou ", "not": "non ({})", "signal": "signal {} présent", "in": "vaut l'un de",
           "not_in": "ne vaut aucun de", "has": "comprend", "lacks": "ne comprend pas", "answered": "renseigné",
           "not_answered": "non renseigné", "yes": "oui", "no": "non"},
}


def _show(value: Any, words: dict[str, str] | None = None) -> str:
    if isinstance(value, bool):
        words = words or _WORDS["en"]
        return words["yes"] if value else words["no"]
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


Evaluator = Callable[[Context], bool]
_COMPILED: dict[int, tuple[Condition, Evaluator]] = {}
_QUESTIONS: dict[int, tuple[Condition, tuple[str, ...]]] = {}
_NODES: dict[int, tuple[Condition, tuple[Condition, ...]]] = {}


def _compile(cond: Condition) -> Evaluator:
    """A closure that evaluates ``cond``: the engine re-scores answers thousands of
    times when it looks for what would change the decision, so this is kept lean."""
    if cond.all is not None:
        parts = [_compile(c) for c in cond.all]
        return lambda ctx: all(p(ctx) for p in parts)
    if cond.any is not None:
        parts = [_compile(c) for c in cond.any]
        return lambda ctx: any(p(ctx) for p in parts)
    if cond.not_ is not None:
        inner = _compile(cond.not_)
        return lambda ctx: not inner(ctx)
    if cond.signal is not None:
        signal = cond.signal
        return lambda ctx: ctx.signal_present(signal)
    op, expected = cond.comparison()
    if cond.q is not None:
        qid = cond.q

        def value(ctx: Context) -> Any:
            return ctx.answer(qid)
    else:
        fact = cond.fact or ""

        def value(ctx: Context) -> Any:
            return ctx.fact(fact)

    if op in ("in", "not_in"):
        expected = frozenset(expected)
    if op in ("gt", "ge", "lt", "le"):
        import operator

        fn = {"gt": operator.gt, "ge": operator.ge, "lt": operator.lt, "le": operator.le}[op]

        def numeric(ctx: Context) -> bool:
            v = value(ctx)
            return (v.__class__ is int or v.__class__ is float) and fn(v, expected)

        return numeric
    if op == "eq":
        return lambda ctx: (v := value(ctx)) is not MISSING and v == expected
    if op == "in":
        return lambda ctx: (v := value(ctx)) is not MISSING and _hashable(v) in expected
    return lambda ctx: compare(value(ctx), op, expected)


def _hashable(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


def compare(value: Any, op: str, expected: Any) -> bool:
    if op == "answered":
        return (value is not MISSING) == bool(expected)
    if value is MISSING:
        return False
    if op == "eq":
        return bool(value == expected)
    if op == "ne":
        return bool(value != expected)
    if op == "in":
        return value in expected
    if op == "not_in":
        return value not in expected
    if op in ("has", "lacks"):
        items = value if isinstance(value, (list, tuple, set, frozenset)) else ()
        return (expected in items) == (op == "has")
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    if op == "gt":
        return bool(value > expected)
    if op == "ge":
        return bool(value >= expected)
    if op == "lt":
        return bool(value < expected)
    if op == "le":
        return bool(value <= expected)
    raise ValueError(f"unknown comparison {op}")  # pragma: no cover


Condition.model_rebuild()
