"""Numbered references: every traced sentence and figure in the report gets a
small number that resolves, in the appendix, to the answers and the document
passage (or the assumption) behind it."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..core.result import Result, Trace
from .styles import ACCENT, colour_hex


@dataclass(eq=False)
class Reference:
    """One number in the report. A list's items resting on the same family of rules share one
    reference: ``parts`` holds each item's label and trace, in the order of the list."""

    number: int
    topic: str
    trace: Trace
    parts: list[tuple[str, Trace]] = field(default_factory=list)
    anchor: str = field(init=False)

    def __post_init__(self) -> None:
        self.anchor = f"ref{self.number}"


def _key(trace: Trace) -> str:
    return trace.rule or trace.text


def _grounds(trace: Trace) -> tuple:
    """What a reference says: the answers, the passage and the assumption. Two rules that rest on
    the same grounds share one number."""
    src = trace.source
    return (tuple(trace.answers), src.document if src else None, src.passage.strip() if src else None,
            src.summary if src else None, (trace.assumption or "").strip())


class References:
    """Hands out numbers in reading order; the same rule, or the same grounds, keeps its number."""

    def __init__(self, result: Result, marks: bool = True):
        self.result = result
        self.marks = marks  # False in a document without the appendix the numbers lead to
        self.items: list[Reference] = []
        self._by_rule: dict[str, Reference] = {}
        self._by_grounds: dict[tuple, Reference] = {}

    def cite(self, trace: Trace | None, topic: str) -> Reference | None:
        if trace is None:
            return None
        key = _key(trace)
        ref = self._by_rule.get(key)
        if ref is None:
            grounds = _grounds(trace)
            ref = self._by_grounds.get(grounds) if trace.source is not None else None
            if ref is None:
                ref = Reference(len(self.items) + 1, topic, trace)
                self.items.append(ref)
                self._by_grounds.setdefault(grounds, ref)
            self._by_rule[key] = ref
        return ref

    def group(self, items: list[tuple[str, Trace | None]], topic: str, colour: str | None = None) -> str:
        """One mark for a list whose items rest on one family of rules (the must-haves, the tooling):
        the appendix gives each item's answers and passage under that number. A list of one item is an
        ordinary reference; an item cited before keeps its own number, beside the list's."""
        parts = [(label, trace) for label, trace in items if trace is not None]
        if len(parts) < 2:
            return self.mark(*[(trace, topic) for _, trace in parts], colour=colour)
        earlier = [self._by_rule[_key(tr)] for _, tr in parts if _key(tr) in self._by_rule]
        new = [(label, tr) for label, tr in parts if _key(tr) not in self._by_rule]
        refs = list(dict.fromkeys(earlier))
        if len(new) == 1:
            refs.append(self.cite(new[0][1], topic))  # type: ignore[arg-type]
        elif new:
            ref = Reference(len(self.items) + 1, topic, new[0][1], parts=new)
            self.items.append(ref)
            for _, tr in new:
                self._by_rule[_key(tr)] = ref
            refs.append(ref)
        return self._markup([r for r in refs if r is not None], colour)

    def mark(self, *traces: tuple[Trace | None, str], colour: str | None = None) -> str:
        """Markup for the superscript markers of ``(trace, topic)`` pairs."""
        refs = list(dict.fromkeys(r for r in (self.cite(t, topic) for t, topic in traces) if r is not None))
        return self._markup(refs, colour)

    def _markup(self, refs: list[Reference], colour: str | None = None) -> str:
        if not refs or not self.marks:
            return ""
        colour = colour or colour_hex(ACCENT)
        links = ",".join(f'<a href="#{r.anchor}" color="{colour}">{r.number}</a>' for r in refs)
        return f"<super>{links}</super>"

    def one(self, trace: Trace | None, topic: str, colour: str | None = None) -> str:
        return self.mark((trace, topic), colour=colour)

    def find(self, rule: str) -> Reference | None:
        return self._by_rule.get(rule)


def item_label(text: str, words: int = 5) -> str:
    """A list item named by its first words, for the appendix: 'Has operated ML systems in …'."""
    cut = text.split()
    head = " ".join(cut[:words]).rstrip(".,;:–-")
    return head if len(cut) <= words else head + " …"
