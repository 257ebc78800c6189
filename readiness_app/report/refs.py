"""Numbered references: every traced sentence and figure in the report gets a
small number that resolves, in the appendix, to the answers and the document
passage (or the assumption) behind it."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..core.result import Result, Trace
from .styles import ACCENT, colour_hex


@dataclass
class Reference:
    number: int
    topic: str
    trace: Trace
    anchor: str = field(init=False)

    def __post_init__(self) -> None:
        self.anchor = f"ref{self.number}"


class References:
    """Hands out numbers in reading order; the same rule keeps its number."""

    def __init__(self, result: Result, marks: bool = True):
        self.result = result
        self.marks = marks  # False in a document without the appendix the numbers lead to
        self.items: list[Reference] = []
        self._by_rule: dict[str, Reference] = {}

    def cite(self, trace: Trace | None, topic: str) -> Reference | None:
        if trace is None:
            return None
        key = trace.rule or trace.text
        ref = self._by_rule.get(key)
        if ref is None:
            ref = Reference(len(self.items) + 1, topic, trace)
            self.items.append(ref)
            self._by_rule[key] = ref
        return ref

    def mark(self, *traces: tuple[Trace | None, str], colour: str | None = None) -> str:
        """Markup for the superscript markers of ``(trace, topic)`` pairs."""
        refs = [r for r in (self.cite(t, topic) for t, topic in traces) if r is not None]
        if not refs or not self.marks:
            return ""
        colour = colour or colour_hex(ACCENT)
        links = ",".join(f'<a href="#{r.anchor}" color="{colour}">{r.number}</a>' for r in refs)
        return f"<super>{links}</super>"

    def one(self, trace: Trace | None, topic: str, colour: str | None = None) -> str:
        return self.mark((trace, topic), colour=colour)

    def find(self, rule: str) -> Reference | None:
        return self._by_rule.get(rule)
