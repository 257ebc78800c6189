"""Plain-text renderings of a result, in its language: the short summary and the full chain of
reasons (``readiness-app explain``). Their frame (labels, headings) comes from the catalogue under
``cli.*``."""

from __future__ import annotations

import textwrap

from .phrases import phrase, phrase_n
from .result import Result, Trace
from .text import format_money_range, format_number, lower_first

WIDTH = 88


# French puts a space before these signs and inside guillemets; a no-break one keeps a line from
# starting with the sign.
_BEFORE = (" :", " ;", " ?", " !", " »", "« ")


def _wrap(text: str, indent: str = "  ", first: str | None = None) -> str:
    for pair in _BEFORE:
        if pair in text:
            text = text.replace(pair, pair.replace(" ", "\u00a0"))
    wrapped = textwrap.fill(text, WIDTH, initial_indent=first if first is not None else indent,
                            subsequent_indent=indent)
    return wrapped.replace("\u00a0", " ")


def _labels(keys: list[str], lang: str) -> dict[str, str]:
    """Each label with its colon, padded to the widest so the values line up."""
    shown = {key: phrase("cli.label", lang, label=phrase(f"cli.{key}", lang)) for key in keys}
    width = max(len(s) for s in shown.values()) + 1
    return {key: s.ljust(width) for key, s in shown.items()}


def _number(value: float, lang: str) -> str:
    return format_number(value, lang, 0 if float(value).is_integer() else 2)


def _decision_line(result: Result) -> str:
    if result.decision == "cannot_assess_yet":  # a score of unknown answers would read as a measure
        return phrase("cli.decision_no_score", result.language, decision=result.decision_label.upper())
    return phrase("cli.decision", result.language, decision=result.decision_label.upper(), score=result.score)


def summary(result: Result) -> str:
    lang = result.language
    lines = [
        _decision_line(result),
        _wrap(result.headline, "  ", "  "),
        "",
        phrase("cli.label", lang, label=phrase_n("cli.signals", result.signals_present, lang,
                                                  present=result.signals_present, total=len(result.signals))),
    ]
    # Not hiring yet: each signal says how it would appear (what to watch), and no profile or budget is given.
    watch = result.watch if not result.profile.recommended else []
    for i, s in enumerate(result.signals):
        mark = "[x]" if s.present else "[ ]"
        said = watch[i].text if i < len(watch) else phrase("signal_evidence", lang, title=s.title, evidence=s.evidence)
        lines.append(_wrap(said, "      ", f"  {mark} "))
    p, b, t = result.profile, result.budget, result.time_to_hire_weeks
    label = _labels(["profile", "focus", "budget", "hiring", "mandate"], lang)
    if not p.recommended:
        return "\n".join(lines + _closing(result, label))
    band = format_money_range(b.base_min, b.base_max, b.currency, lang) if b.base_min is not None else ""
    lines += [
        "",
        _wrap(phrase("cli.profile_value", lang, seniority=p.seniority_title,
                     seniority_lower=lower_first(p.seniority_title), background=lower_first(p.background)),
              " " * len(label["profile"]), label["profile"]),
        _wrap(phrase("list_sep", lang).join(f.title for f in p.focus_areas) or phrase("cli.focus_general", lang),
              " " * len(label["focus"]), label["focus"]),
        # no figure: the one sentence that says so and which answers give one
        _wrap(phrase("cli.budget_value", lang, band=band, market=b.market_label, source=b.source) if band
              else b.text, " " * len(label["budget"]), label["budget"]),
    ]
    if b.ceiling_gap:
        lines.append(_wrap(b.ceiling_gap.text, " " * len(label["budget"])))
    lines.append(label["hiring"] + phrase("cli.weeks", lang, min=t.min, max=t.max))
    return "\n".join(lines + _closing(result, label))


def _closing(result: Result, label: dict[str, str]) -> list[str]:
    """The mandate, the reasons not listed above, the decision support and the hint to explain."""
    lang, lines = result.language, []
    missing = [m.title for m in result.mandate.items if m.missing]
    if missing:
        lines.append(_wrap(phrase("cli.mandate_missing", lang, names=phrase("list_sep", lang).join(missing)),
                           " " * len(label["mandate"]), label["mandate"]))
    lines += ["", phrase("cli.label", lang, label=phrase("cli.why", lang))]
    listed = {id(s.trace) for s in result.signals}  # the signals are listed just above: not again
    for i, item in enumerate((x for x in result.rationale if id(x) not in listed), 1):
        lines.append(_wrap(item.text, "      ", f"  {i:>2}. "))
    if not result.profile.recommended and result.advice:  # the interim the sources suggest, and when to reassess
        lines += ["", phrase("cli.label", lang, label=phrase("cli.meanwhile", lang))]
        lines += [_wrap(a.text, "    ", "  - ") for a in result.advice]
    lines += _decision_support(result)
    lines += ["", _wrap(phrase("cli.explain_hint", lang), "", "")]
    return lines


def _heading(key: str, lang: str) -> str:
    return phrase("cli.label", lang, label=phrase(f"cli.{key}", lang))


def _decision_support(result: Result) -> list[str]:
    lang = result.language
    lines: list[str] = []
    if result.confidence and result.confidence.unknown:
        lines += ["", _wrap(result.confidence.text, "  ", _heading("confidence", lang) + " ")]
    if result.to_verify:
        lines += ["", _heading("to_verify", lang)]
        lines += [_wrap(v.text, "    ", "  - ") for v in result.to_verify]
    case = result.business_case
    if case and case.figures:
        lines += ["", _heading("business_case", lang)]
        for f in case.figures:
            lines.append(_wrap(phrase("cli.figure", lang, title=f.title, fte=format_number(f.fte, lang, 2),
                                      formula=f.formula), "    ", "  - "))
        lines.append(_wrap(case.sentence, "  ", "  "))
        used = [a for a in case.assumptions if a.used]
        if used:
            lines.append("  " + _heading("assumptions", lang))
            lines += [_wrap(phrase("cli.assumption", lang, text=a.text,
                                   value=phrase("assumption_value", lang, name=a.key, value=a.display)), "      ",
                            "    - ") for a in used]
    if result.what_would_change:
        lines += ["", _heading("what_would_change", lang)]
        lines += [_wrap(w.text, "    ", "  - ") for w in result.what_would_change[:8]]
    borderline = [s for s in result.sensitivity if s.borderline]
    if borderline:
        lines += ["", _heading("close_to_threshold", lang)]
        lines += [_wrap(s.text, "    ", "  - ") for s in borderline]
    return lines


def _trace_block(number: int, item: Trace, result: Result, label: dict[str, str]) -> list[str]:
    lang = result.language
    values = {q.id: (q.label, q.display) for s in result.answers for q in s.questions}
    docs = {d.id: d for d in result.sources}
    indent = " " * (8 + len(label["answer"]))
    out = [_wrap(item.text, "      ", f"  {number:>2}. ")]
    for qid in item.answers:
        shown_label, shown = values.get(qid, (qid, "?"))
        out.append(_wrap(f"{shown_label} = {shown}  [{qid}]", indent, "        " + label["answer"]))
    out.append("        " + label["rule"] + item.rule)
    if item.source:
        doc = docs.get(item.source.document)
        name = f"{doc.publisher}, {doc.title}" if doc else item.source.document
        out.append(_wrap(phrase("cli.quoted", lang, name=name, passage=item.source.passage), indent,
                         "        " + label["source"]))
        if item.source.summary:  # a paraphrase, in our words: beside the quote, never in quotation marks
            out.append(_wrap(phrase("cli.summary", lang, text=item.source.summary), indent, indent))
    if item.assumption:
        out.append(_wrap(phrase("cli.assumption_note", lang, text=item.assumption), indent,
                         "        " + label["note"]))
    return out


def explain(result: Result) -> str:
    lang = result.language
    lines = [_decision_line(result), _wrap(result.headline, "  ", "  "), ""]
    sections: list[tuple[str, list[Trace]]] = [
        ("section_decision", result.rationale),
        ("section_profile", [result.profile.seniority_trace, result.profile.background_trace]
         + [f.trace for f in result.profile.focus_areas] + [t.trace for t in result.profile.tooling]),
        ("section_budget", [result.budget.trace] + result.budget.derivation + result.budget.total_comp
         + (result.budget.ceiling_gap.advice if result.budget.ceiling_gap else [])),
        ("section_time", [result.time_to_hire_weeks.trace] + result.time_to_hire_weeks.stretched_by),
        ("section_mandate", [m.trace for m in result.mandate.items if m.missing]),
        ("section_advice", result.advice),
    ]
    label = _labels(["answer", "rule", "source", "note"], lang)
    number = 0
    for key, items in sections:
        if not items:
            continue
        lines.append(phrase(f"cli.{key}", lang))
        for item in items:
            number += 1
            lines += _trace_block(number, item, result, label)
        lines.append("")
    lines += _decision_support(result)[1:] + [""]
    lines.append(phrase("cli.section_sources", lang))
    for d in result.sources:
        # a title that carries its year ("... (2026 Guide)") is not followed by it again
        year = "" if str(d.year) in d.title else f" ({d.year})"
        lines.append(f"  [{d.id}] {d.publisher}, {d.title}{year}")
    return "\n".join(lines)
