"""Plain-text renderings of a result: the short summary and the full chain of
reasons (``readiness-app explain``)."""

from __future__ import annotations

import textwrap

from .result import Result, Trace

WIDTH = 88


def _wrap(text: str, indent: str = "  ", first: str | None = None) -> str:
    return textwrap.fill(text, WIDTH, initial_indent=first if first is not None else indent,
                         subsequent_indent=indent)


def _money_band(result: Result) -> str:
    from .text import format_money_range

    b = result.budget
    if b.base_min is None:
        return "no published figure (set one)"
    return format_money_range(b.base_min, b.base_max, b.currency, result.language)


def summary(result: Result) -> str:
    lines = [
        f"Decision: {result.decision_label.upper()}  (score {result.score}/100)",
        _wrap(result.headline, "  ", "  "),
        "",
        f"Signals ({result.signals_present} of {len(result.signals)} present):",
    ]
    for s in result.signals:
        mark = "[x]" if s.present else "[ ]"
        lines.append(_wrap(f"{s.title} (strength {s.strength:.2f}): {s.evidence}", "        ", f"  {mark} "))
    p, b, t = result.profile, result.budget, result.time_to_hire_weeks
    lines += [
        "",
        f"Profile:  {p.seniority_title} - {p.background}",
        f"Focus:    {', '.join(f.title for f in p.focus_areas) or 'general MLOps'}",
        f"Budget:   {_money_band(result)} yearly gross base ({b.market_label}; source: {b.source})",
    ]
    if b.ceiling_gap:
        lines.append(_wrap(b.ceiling_gap.text, "          ", "          "))
    lines.append(f"Hiring:   {t.min} to {t.max} weeks to a signed offer")
    if result.mandate.missing:
        missing = [m.title for m in result.mandate.items if m.id in result.mandate.missing]
        lines.append(f"Mandate:  missing {', '.join(missing)}")
    lines += ["", "Why:"]
    for i, item in enumerate(result.rationale, 1):
        lines.append(_wrap(item.text, "      ", f"  {i:>2}. "))
    lines += _decision_support(result)
    lines += ["", "Run 'readiness-app explain' on the same answers to see the answers and sources behind each line."]
    return "\n".join(lines)


def _decision_support(result: Result) -> list[str]:
    lines: list[str] = []
    if result.confidence and result.confidence.unknown:
        lines += ["", _wrap(result.confidence.text, "  ", "Confidence: ")]
    if result.to_verify:
        lines += ["", "To verify before deciding:"]
        lines += [_wrap(v.text, "    ", "  - ") for v in result.to_verify]
    case = result.business_case
    if case and case.figures:
        lines += ["", "Business case (engineer time lost today):"]
        for f in case.figures:
            lines.append(_wrap(f"{f.title}: {f.fte:.2f} FTE ({f.formula})", "    ", "  - "))
        lines.append(_wrap(case.sentence, "  ", "  "))
        lines.append(_wrap("Assumptions: " + "; ".join(f"{a.text} ({a.value:g})" for a in case.assumptions),
                           "  ", "  "))
    if result.what_would_change:
        lines += ["", "What would change the recommendation:"]
        lines += [_wrap(w.text, "    ", "  - ") for w in result.what_would_change[:8]]
    borderline = [s for s in result.sensitivity if s.borderline]
    if borderline:
        lines += ["", "Close to a threshold:"]
        lines += [_wrap(s.text, "    ", "  - ") for s in borderline]
    return lines


def _trace_block(number: int, item: Trace, result: Result) -> list[str]:
    values = {q.id: (q.label, q.display) for s in result.answers for q in s.questions}
    docs = {d.id: d for d in result.sources}
    out = [_wrap(item.text, "      ", f"  {number:>2}. ")]
    for qid in item.answers:
        label, shown = values.get(qid, (qid, "?"))
        out.append(_wrap(f"{label} = {shown}  [{qid}]", "          ", "        answer: "))
    out.append(f"        rule:   {item.rule}")
    if item.source:
        doc = docs.get(item.source.document)
        name = f"{doc.publisher}, {doc.title}" if doc else item.source.document
        out.append(_wrap(f"{name}: \u201c{item.source.passage}\u201d", "          ", "        source: "))
    if item.assumption:
        out.append(_wrap(f"ASSUMPTION - {item.assumption}", "          ", "        note:   "))
    return out


def explain(result: Result) -> str:
    lines = [f"{result.decision_label}: {result.headline}", ""]
    sections: list[tuple[str, list[Trace]]] = [
        ("Decision", result.rationale),
        ("Profile", [result.profile.seniority_trace, result.profile.background_trace]
         + [f.trace for f in result.profile.focus_areas] + [t.trace for t in result.profile.tooling]),
        ("Budget", [result.budget.trace] + result.budget.total_comp
         + (result.budget.ceiling_gap.advice if result.budget.ceiling_gap else [])),
        ("Time to hire", [result.time_to_hire_weeks.trace] + result.time_to_hire_weeks.stretched_by),
        ("Mandate", [m.trace for m in result.mandate.items if m.in_place is False]),
        ("Advice", result.advice),
    ]
    number = 0
    for title, items in sections:
        if not items:
            continue
        lines.append(title)
        for item in items:
            number += 1
            lines += _trace_block(number, item, result)
        lines.append("")
    lines += _decision_support(result)[1:] + [""]
    lines.append("Sources")
    for d in result.sources:
        lines.append(f"  [{d.id}] {d.publisher}, {d.title} ({d.year})")
    return "\n".join(lines)
