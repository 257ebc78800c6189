"""Section 5: what the status quo costs in engineer time, how sure the
recommendation is, what would change it, and how close the answers sit to the
thresholds. Also the short forms of these the executive summary uses."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.platypus import CondPageBreak, KeepTogether, Spacer, Table, TableStyle

from ..core.result import Trace, WhatWouldChange
from ..core.text import lower_first
from .base import RendererBase
from .styles import (
    BRAND,
    DECISION_COLOURS,
    MUTED,
    OK,
    PALE,
    WARN,
    WARN_BG,
    Paragraph,
    colour_hex,
    esc,
    grid_style,
    marked,
)

_OPS = {"ge": "\u2265", "gt": "&gt;", "le": "\u2264", "lt": "&lt;", "eq": "=", "ne": "\u2260"}
_EFFECT_ORDER = {"decision": 0, "seniority": 1, "band": 2}


@dataclass
class ChangeRow:
    """One set of answer changes with every effect it has (decision, profile, band)."""

    item: WhatWouldChange
    effects: list[WhatWouldChange] = field(default_factory=list)

    @property
    def key(self) -> tuple:
        return tuple(sorted((c.question, str(c.needed)) for c in self.item.changes))

    @property
    def questions(self) -> frozenset[str]:
        return frozenset(c.question for c in self.item.changes)


def merge_changes(items: list[WhatWouldChange]) -> list[ChangeRow]:
    """Items with the same answer changes become one row; the engine's order is kept."""
    rows: dict[tuple, ChangeRow] = {}
    for item in items:
        row = ChangeRow(item)
        rows.setdefault(row.key, row).effects.append(item)
    for row in rows.values():
        row.effects.sort(key=lambda e: _EFFECT_ORDER.get(e.effect, 9))
    return list(rows.values())


class DecisionSupport(RendererBase):
    """Story methods for the business case and the decision's robustness (mixed into the renderer)."""

    def number(self, value: float) -> str:
        return self.num(value, 0 if float(value).is_integer() else 1)

    def effect_traces(self, effects: Sequence[str]) -> list[tuple[Trace, str]]:
        r, t = self.result, self.t
        found: dict[str, tuple[Trace, str] | None] = {
            "decision": (r.rationale[0], t("topic_decision")) if r.rationale else None,
                 "seniority": (r.profile.seniority_trace, t("topic_seniority")),
                 "band": (r.budget.trace, t("topic_band"))}
        return [item for e in effects if (item := found.get(e))]

    def effect_mark(self, effect: str) -> str:
        """A change's effect cites the rule that decides it: the decision, the seniority or the band."""
        r, refs, t = self.result, self.refs, self.t
        if effect == "decision" and r.rationale:
            return refs.one(r.rationale[0], t("topic_decision"))
        if effect == "seniority":
            return refs.one(r.profile.seniority_trace, t("topic_seniority"))
        if effect == "band":
            return refs.one(r.budget.trace, t("topic_band"))
        return ""

    # -- sentences ------------------------------------------------------------------
    def change_markup(self, row: ChangeRow, marks: bool = True) -> str:
        """'With budget approved: no (now yes), the decision becomes “Secure the mandate first”.'"""
        t = self.t
        changes = t("and").join(t("change_item", label=esc(lower_first(c.label)), needed=esc(c.needed_display),
                                  current=esc(c.current_display)) for c in row.item.changes)
        effects = [self.effect_markup(e) + (self.effect_mark(e.effect) if marks else "") for e in row.effects]
        return t("change_with", changes=changes, effects=t("and").join(effects))

    def effect_markup(self, e: WhatWouldChange) -> str:
        t = self.t
        if e.effect == "decision":
            colour = colour_hex(DECISION_COLOURS.get(e.decision, BRAND))
            return t("effect_decision", colour=colour, becomes=esc(e.becomes))
        if e.effect == "seniority":
            return t("effect_seniority", becomes=esc(lower_first(e.becomes)))
        return t("effect_band", becomes=esc(e.becomes))

    def summary_changes(self, limit: int = 3) -> list[str]:
        """The most useful changes for the summary: decision changes first, one line per distinct answer;
        single changes that have the same effect are said together."""
        rows = merge_changes(self.result.what_would_change)
        decisive = [r for r in rows if r.effects[0].effect == "decision"]
        others = [r for r in rows if r.effects[0].effect != "decision"]
        lines: list[str] = []
        seen: list[frozenset[str]] = []
        for row in decisive + others:
            if len(lines) >= limit:
                break
            if any(row.questions & q for q in seen):
                continue
            group = [row]
            if row in decisive and len(row.item.changes) == 1:
                group = [g for g in decisive if len(g.item.changes) == 1 and self._group_key(g) == self._group_key(row)
                         and not any(g.questions & q for q in seen)]
            lines.append(self._group_markup(group) if len(group) > 1 else self.change_markup(row))
            seen += [g.questions for g in group]
        return lines

    @staticmethod
    def _group_key(row: ChangeRow) -> tuple:
        c = row.item.changes[0]
        return (row.effects[0].becomes, c.current_display, c.needed_display, len(row.effects))

    def _group_markup(self, group: list[ChangeRow]) -> str:
        t = self.t
        first = group[0].item.changes[0]
        listed = t.join([esc(lower_first(g.item.changes[0].label)) for g in group], last="or")
        effects = t("and").join(self.effect_markup(e) + self.effect_mark(e.effect) for e in group[0].effects)
        return t("change_group", listed=listed, needed=esc(first.needed_display),
                 current=esc(first.current_display), effects=effects)

    def verify_names(self) -> str:
        return esc(self.t("semicolon")).join(esc(v.label) for v in self.result.to_verify)

    # -- the section ------------------------------------------------------------------
    def _decision_support(self) -> list:
        """The business case (for a hire: a "not yet" gets no payback), then how sure the decision is and
        what would change it."""
        s, t = self.styles, self.t
        case = self._business_case() if self.result.profile.recommended else []
        rest = self._confidence() + self._changes() + self._thresholds()
        out: list = []
        if case:  # the heading and the whole business case on one page
            out += [KeepTogether([Paragraph(esc(t("sec_case")), s["H1"]), *case[:-1]]), case[-1]]
        if rest:
            out += [CondPageBreak(self.height * 0.2), Paragraph(esc(t("sec_sure")), s["H1"]), *rest]
        return out

    def _has_figures(self) -> bool:
        bc = self.result.business_case
        return bool(bc and bc.figures)

    def _business_case(self) -> list:
        r, s, refs, t = self.result, self.styles, self.refs, self.t
        bc = r.business_case
        if bc is None or not self._has_figures():
            return []
        aim = bc.source
        intro = esc(t("bc_intro"))
        if aim:  # quoted here with its document; the references of the figures cite it too
            doc = next((d for d in r.sources if d.id == aim.document), None)
            if t.lang == "en":
                by = f" ({esc(doc.publisher)} {doc.year})" if doc else ""
                intro += t("bc_aim", aim=esc(aim.passage), by=by)
            else:  # the sources are in English: the passage is quoted, in its own words, in the appendix only
                by = f"{esc(doc.publisher)} {doc.year}" if doc else esc(t("the_sources"))
                intro += t("bc_aim", aim="", by=by)
            if aim.summary:  # a paraphrase, in our words: never in quotation marks
                intro += " " + esc(t("summary", text=aim.summary))
        out = [Paragraph(intro, s["Body"])]
        values = {a.id: a for a in bc.assumptions}
        warn = colour_hex(WARN)
        head = [Paragraph(esc(t("head_time_goes")), s["HeadCell"]),
                Paragraph(esc(t("head_hours")), s["HeadCellRight"]),
                Paragraph(esc(t("head_fte")), s["HeadCellRight"]), Paragraph(esc(t("head_how")), s["HeadCell"])]
        rows: list[list[Any]] = [head]
        for f in bc.figures:
            how = [Paragraph(esc(f.formula), s["Cell"])]
            used = [a for a in values if a in f.assumptions]
            if used:
                listed = ", ".join(f"{esc(values[a].key)} = {esc(values[a].display)}" for a in used)
                how.append(Paragraph(f'<font color="{warn}"><b>{esc(t.plural("assumption_label", len(used)))}</b> '
                                     f"{listed}</font>", s["CellMuted"]))
            hours = esc(self.number(f.hours_per_month)) if f.hours_per_month is not None else ""
            rows.append([Paragraph(esc(f.title), s["CellBold"]), Paragraph(hours, s["CellRight"]),
                         Paragraph(f"<b>{esc(self.num(f.fte, 2))}</b>", s["CellRight"]), how])
        # one reference for the figures: the appendix gives each one's answers, passage and assumptions
        total_mark = refs.group([(f.title, f.trace) for f in bc.figures], t("topic_business_case"))
        rows.append([Paragraph(esc(t("total")), s["CellBold"]), Paragraph("", s["Cell"]),
                     Paragraph(f"<b>{esc(self.num(bc.total_fte, 2))}</b>{total_mark}", s["CellRight"]),
                     Paragraph(esc(t("total_note")), s["CellMuted"])])
        back = bc.recoverable_trace
        if back is not None:
            rows.append([Paragraph(esc(bc.recoverable_title), s["CellBold"]), Paragraph("", s["Cell"]),
                         Paragraph(f"<b>{esc(self.num(bc.recoverable_fte, 2))}</b>"
                                   + refs.one(back, t("topic_business_money")), s["CellRight"]),
                         Paragraph(esc(bc.recoverable_formula), s["Cell"])])
        w = self.width
        table = Table(rows, colWidths=[w * 0.3, w * 0.12, w * 0.1, w * 0.48], repeatRows=1)
        table.setStyle(TableStyle(grid_style() + [("TOPPADDING", (0, 1), (-1, -1), 3),
                                                  ("BOTTOMPADDING", (0, 1), (-1, -1), 4),
                                                  ("BACKGROUND", (0, -1), (-1, -1), PALE)]))
        out.append(table)
        shown = [a for a in bc.assumptions if a.used]
        if shown:
            listed = " ".join(f"<b>{esc(a.key)} = {esc(a.display)}</b>{esc(t('colon'))}{esc(a.text.rstrip('.'))}."
                              for a in shown)
            out += [Spacer(1, 4), self._notice(
                esc(t("assumptions_title")), esc(t("assumptions_body", file=r.methodology.rules_file)) + f" {listed}")]
        if bc.toil_cost is not None:
            colour = colour_hex(OK if bc.pays_for_itself else BRAND)
            marks = refs.mark((bc.money_trace, t("topic_business_money")), (r.budget.trace, t("topic_band")))
            out += [Spacer(1, 5), Paragraph(f'<font color="{colour}"><b>{esc(t("in_money"))}</b></font> '
                                            f"{esc(bc.sentence)}" + marks, s["Body"])]
        else:
            out += [Spacer(1, 3), Paragraph(esc(bc.sentence), s["Small"])]
        return out

    def _confidence(self) -> list:
        r, s, refs, t = self.result, self.styles, self.refs, self.t
        c = r.confidence
        if c is None:
            return []
        if c.verdict == "known" and not r.to_verify:
            return []  # said in one line with the changes below
        out = [Paragraph(esc(t("how_sure")), s["H2"])]
        colour = colour_hex(WARN) if c.provisional else colour_hex(BRAND)
        out.append(Paragraph(f'<font color="{colour}"><b>{esc(c.verdict_label)}.</b></font> {esc(c.detail)}',
                             s["Body"]))
        if r.to_verify:
            out.append(Paragraph(esc(t("verify_title")), s["H3"]))
            for v in r.to_verify:
                body = marked(v.text, v.emphasis)
                marks = refs.mark(*self.effect_traces(v.could_change))
                out.append(Paragraph(body + marks, s["Bullet"], bulletText="•"))
        return out

    def _changes(self) -> list:
        s, t = self.styles, self.t
        rows = merge_changes(self.result.what_would_change)
        if not rows:
            return []
        out = [Paragraph(esc(t("what_would_change")), s["H2"]),
               Paragraph(esc(t("changes_intro")) + self._firm(), s["Small"])]
        head = [Paragraph(esc(t(x)), s["HeadCell"]) for x in ("head_if", "head_now", "head_then")]
        data: list[list[Any]] = [head]
        colon = esc(t("colon"))
        for row in rows:
            data.append([
                # a step is what the table reads as by default; a fact (something to learn or see happen) says so
                [Paragraph(f"<b>{esc(c.label)}</b>{colon}{esc(c.needed_display)}"
                           + (f' <font color="{colour_hex(MUTED)}">({esc(lower_first(c.kind_label))})</font>'
                              if c.kind == "fact" else ""), s["Cell"])
                 for c in row.item.changes],
                [Paragraph(esc(c.current_display), s["CellMuted"]) for c in row.item.changes],
                Paragraph(capitalise(t("and").join(self.effect_markup(e) + self.effect_mark(e.effect)
                                                   for e in row.effects)), s["Cell"]),
            ])
        w = self.width
        table = Table(data, colWidths=[w * 0.34, w * 0.12, w * 0.54], repeatRows=1)
        style = grid_style() + [("TOPPADDING", (0, 1), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 1), (-1, -1), 3.5)]
        style += [("BACKGROUND", (0, i), (-1, i), PALE) for i, row in enumerate(rows, 1)
                  if row.effects[0].effect == "decision"]
        table.setStyle(TableStyle(style))
        out.append(table)
        return [KeepTogether(out)]  # the title and its short table on one page

    def _firm(self) -> str:
        c = self.result.confidence
        if c is None or c.verdict != "known" or self.result.to_verify:
            return ""
        return f" <b>{esc(c.text)}</b>"

    def _thresholds(self) -> list:
        r, s, refs, t = self.result, self.styles, self.refs, self.t
        if not r.sensitivity:
            return []
        out = [Paragraph(esc(t("thresholds_title")), s["H2"]), Paragraph(t("thresholds_intro"), s["Small"])]
        head = [Paragraph(esc(t(x)), s["HeadCell"]) for x in ("head_answer", "head_yours", "head_rule")]
        head += [Paragraph("", s["HeadCell"])]
        head[1] = Paragraph(esc(t("head_yours")), s["HeadCellRight"])
        data = [head]
        warn, muted = colour_hex(WARN), colour_hex(MUTED)
        for x in r.sensitivity:
            ref = refs.find(x.rule)
            if x.about == "decision" and r.rationale:
                mark = refs.one(r.rationale[0], t("topic_decision"))
            else:
                mark = refs.one(ref.trace, ref.topic) if ref else ""
            state = t("met") if x.met else t("not_met")
            flag = (f'<font color="{warn}"><b>{esc(t("borderline"))}</b></font>' if x.borderline
                    else f'<font color="{muted}">{esc(t("met_cap") if x.met else t("not_met_cap"))}</font>')
            data.append([Paragraph(esc(x.label), s["CellBold" if x.borderline else "Cell"]),
                         Paragraph(f"<b>{esc(self.number(x.value))}</b>", s["CellRight"]),
                         Paragraph(f"{esc(x.title)}{esc(t('colon'))}{_OPS.get(x.op, esc(x.op))}\u00a0"
                                   f"{esc(self.number(x.threshold))}" + mark
                                   + (f" ({esc(state)})" if x.borderline else ""), s["Cell"]),
                         Paragraph(flag, s["Cell"])])
        w = self.width
        table = Table(data, colWidths=[w * 0.3, w * 0.09, w * 0.47, w * 0.14], repeatRows=1)
        style = grid_style() + [("TOPPADDING", (0, 1), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 1), (-1, -1), 3.5)]
        style += [("BACKGROUND", (0, i), (-1, i), WARN_BG) for i, x in enumerate(r.sensitivity, 1) if x.borderline]
        table.setStyle(TableStyle(style))
        out.append(table)
        # the title never at the foot of a page without the start of its table (its header repeats on the next)
        return [CondPageBreak(self.height * 0.18), *out]


def capitalise(text: str) -> str:
    """The first letter in capitals, when the markup starts with plain text."""
    return text[:1].upper() + text[1:] if text and text[0].isalpha() else text
