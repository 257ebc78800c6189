"""The cover and the one-page executive summary."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import KeepInFrame, PageBreak, Paragraph, Spacer, Table, TableStyle

from ..core.result import Trace
from .styles import BRAND, DECISION_COLOURS, MISSING, MUTED, OK, PALE, RULE, WARN, colour_hex, esc, format_date

_DECISION_NOTE = {
    "hire": "The evidence supports opening the search now.",
    "secure_mandate_first": "The need is there; settle the mandate before the search opens.",
    "not_yet": "The evidence does not call for the role yet.",
}


class FrontMatter:
    """Story methods for pages 1 and 2 (mixed into the renderer)."""

    def _cover(self) -> list:
        r, s = self.result, self.styles
        name = r.company_name.strip()
        q = r.questionnaire
        rows = [("Date", format_date(self.date)), ("Hiring market", r.budget.market_label),
                ("Questionnaire", f"{q.title}, version {q.version} ({q.id})"),
                ("Rules", f"{q.rules_id}, version {q.rules_version}")]
        if self.prepared_for:
            rows.append(("Prepared for", self.prepared_for))
        if self.prepared_by:
            rows.append(("Prepared by", self.prepared_by))
        table = Table([[Paragraph(esc(k), s["CellMuted"]), Paragraph(esc(v), s["Cell"])] for k, v in rows],
                      colWidths=[self.width * 0.24, self.width * 0.76])
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, BRAND),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ]))
        title = esc(name) if name else "MLOps hiring readiness"
        return [
            Spacer(1, self.height * 0.16),
            Paragraph("MLOPS HIRING READINESS REPORT", s["Kicker"]),
            Paragraph(title, s["CoverTitle"]),
            Paragraph("Should we hire an MLOps engineer now, which profile should we look for, and what "
                      "budget should we plan?", s["CoverSub"]),
            table,
            PageBreak(),
        ]

    def _summary(self) -> list:
        r, s, refs = self.result, self.styles, self.refs
        colour = DECISION_COLOURS.get(r.decision, BRAND)
        lead = r.rationale[0] if r.rationale else None
        score_mark = refs.one(self.score_trace(), "Readiness score", colour="#ffffff")
        provisional = bool(r.confidence and r.confidence.provisional)
        kicker = "RECOMMENDATION"
        if provisional:
            kicker += (f' <font backColor="#ffffff" color="{colour_hex(WARN)}"><b>\u00a0PROVISIONAL\u00a0</b></font>')
        note = _DECISION_NOTE.get(r.decision, "")
        if provisional:
            note = "A \u201cdon't know\u201d answer could change this decision: verify it before deciding."
        banner = Table([[
            [Paragraph(kicker, s["BannerSmall"]), Spacer(1, 3),
             Paragraph(esc(r.decision_label), s["Banner"]), Spacer(1, 3),
             Paragraph(esc(note), s["BannerSmall"])],
            [Paragraph(f"Readiness score{score_mark}", s["BannerRight"]),
             Paragraph(f"<b>{r.score}</b><font size=10> / 100</font>", s["BannerScore"]),
             Paragraph(f"{r.signals_present} of {len(r.signals)} hiring signals present", s["BannerRight"])],
        ]], colWidths=[self.width * 0.66, self.width * 0.34])
        banner.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, -1), colour), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 12), ("RIGHTPADDING", (0, 0), (-1, -1), 12),
            ("TOPPADDING", (0, 0), (-1, -1), 11), ("BOTTOMPADDING", (0, 0), (-1, -1), 12),
        ]))
        out = [Paragraph("EXECUTIVE SUMMARY", s["Kicker"]),
               Paragraph(esc(r.company_name.strip()) or "Executive summary", s["H1"]), banner,
               Paragraph(esc(r.headline) + refs.one(lead, "Decision"), s["Headline"])]
        if provisional and r.to_verify:
            could = sorted({e for v in r.to_verify for e in v.could_change}, key=["decision", "seniority",
                                                                                  "band"].index)
            what = ", ".join({"band": "the budget band"}.get(e, f"the {e}") for e in could)
            out += [self._notice("To verify before deciding:", f"<b>{self.verify_names()}</b>. Answered "
                                 f"\u201cdon't know\u201d, and the answer could change {esc(what)} "
                                 "(see section 5)."), Spacer(1, 4)]
        out.append(Paragraph("Why", s["H3"]))
        shown = self._summary_reasons()
        for trace, topic in shown:
            out.append(Paragraph(esc(trace.text) + refs.one(trace, topic), s["Bullet"], bulletText="•"))
        rest = len(r.rationale) - len(shown)
        if rest > 0:
            out.append(Paragraph(f"{rest} further reason{'s' if rest > 1 else ''} in section 1, Hiring signals.",
                                 s["Muted"]))
        out += [Spacer(1, 6), self._key_facts()]
        changes = self.summary_changes()
        if changes:
            out.append(Paragraph("What would change the recommendation", s["H3"]))
            out += [Paragraph(line, s["Bullet"], bulletText="•") for line in changes]
        steps = self._next_steps()
        if steps:
            out.append(Paragraph("Next steps", s["H3"]))
            for i, (trace, topic) in enumerate(steps, 1):
                out.append(Paragraph(esc(trace.text) + refs.one(trace, topic), s["Step"], bulletText=f"{i}."))
        # One page, whatever the inputs: shrink rather than spill onto page 3.
        return [KeepInFrame(self.width, self.height - 2, out, mode="shrink"), PageBreak()]

    def _summary_reasons(self) -> list[tuple[Trace, str]]:
        """The decision sentence, then missing mandate items, then signals: four at most."""
        r = self.result
        if not r.rationale:
            return []
        rest = r.rationale[1:]
        ordered = [t for t in rest if t.rule.startswith("mandate.")] + [t for t in rest
                                                                       if not t.rule.startswith("mandate.")]
        titles = {sig.rule: f"Signal: {sig.title}" for sig in r.signals}
        titles.update({f"mandate.{m.id}": f"Mandate: {m.title}" for m in r.mandate.items})
        return [(r.rationale[0], "Decision")] + [(t, titles.get(t.rule, "Reason")) for t in ordered[:3]]

    def _next_steps(self) -> list[tuple[Trace, str]]:
        r = self.result
        steps = [(m.trace, f"Mandate: {m.title}") for m in r.mandate.items if m.in_place is False]
        steps += [(a, "Process advice") for a in r.advice]
        return steps[:3]

    def _key_facts(self) -> Table:
        r, s, refs = self.result, self.styles, self.refs
        b, p, t = r.budget, r.profile, r.time_to_hire_weeks
        rows = [
            ("Profile", f"<b>{esc(p.seniority_title)} MLOps engineer</b>" + refs.one(p.seniority_trace, "Seniority"),
             esc(p.background)),
        ]
        if b.base_min is not None and b.base_max is not None:
            origin = "your own figure" if b.user_set else ("published figure" if b.published else "assumption")
            rows.append(("Yearly budget", f"<b>{esc(self.money_range(b.base_min, b.base_max))}</b> gross base"
                         + refs.one(b.trace, "Budget band"),
                         esc(f"{b.market_label}, {p.seniority_title.lower()} band; {origin}: {b.source}")))
        else:
            rows.append(("Yearly budget", f'<font color="{colour_hex(WARN)}"><b>No published figure for '
                         f"{esc(b.market_label)}</b></font>" + refs.one(b.trace, "Budget band"),
                         "The sources give no salary band for this market; set your own (see section 3)."))
        if b.ceiling_gap:
            rows.append(("Budget gap", f'<font color="{colour_hex(MISSING)}"><b>'
                         f"{esc(self.money(b.ceiling_gap.amount))} below the band</b></font>"
                         + refs.one(self.ceiling_trace(), "Budget ceiling"), esc(b.ceiling_gap.text)))
        rows.append(("Time to hire", f"<b>{t.min} to {t.max} weeks</b> to a signed offer"
                     + refs.one(t.trace, "Time to hire"),
                     esc("; ".join(x.text.rstrip(".") for x in t.stretched_by[:2]) + ".") if t.stretched_by else ""))
        rows += self._business_row()
        missing = [m for m in r.mandate.items if m.in_place is False]
        if missing:
            names = ", ".join(m.title.lower() for m in missing)
            rows.append(("Platform mandate", f'<font color="{colour_hex(MISSING)}"><b>Missing: {esc(names)}</b></font>'
                         + refs.mark(*[(m.trace, f"Mandate: {m.title}") for m in missing]),
                         "Senior candidates tend to decline a role without it; see section 4."))
        else:
            unknown = [m for m in r.mandate.items if m.in_place is None]
            text = (f"<b>{len(r.mandate.items) - len(unknown)} of {len(r.mandate.items)} in place</b>"
                    f"{' (' + str(len(unknown)) + ' not answered)' if unknown else ''}")
            rows.append(("Platform mandate", f'<font color="{colour_hex(OK)}">{text}</font>',
                         esc(", ".join(m.title for m in r.mandate.items if m.in_place))))
        data = [[Paragraph(esc(k), s["CellMuted"]), [Paragraph(v, s["Cell"])]
                 + ([Paragraph(d, s["CellMuted"])] if d else [])] for k, v, d in rows]
        table = Table(data, colWidths=[self.width * 0.2, self.width * 0.8])
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, -1), PALE),
            ("LINEBELOW", (0, 0), (-1, -2), 0.5, colors.white),
            ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ("LEFTPADDING", (0, 0), (-1, -1), 8), ("TEXTCOLOR", (0, 0), (0, -1), MUTED),
        ]))
        return table

    def _business_row(self) -> list[tuple[str, str, str]]:
        """The business case in one line: the engineer time lost today, in money when a cost was given."""
        bc = self.result.business_case
        if not bc or not bc.figures:
            return []
        marks = self.refs.mark(*[(self.figure_trace(f), f"Business case: {f.title}") for f in bc.figures])
        value = f"<b>About {bc.total_fte:.1f} full-time equivalents</b> of engineer time lost today" + marks
        if bc.toil_cost is not None:
            detail = esc(bc.sentence) + self.refs.one(self.money_trace(), "Business case: in money")
        else:
            detail = esc("; ".join(f"{f.title.lower() if not f.title[1:2].isupper() else f.title} {f.fte:.2f}"
                                   for f in bc.figures) + " FTE; assumptions and formulas in section 5.")
            detail = detail[:1].upper() + detail[1:]
        return [("Business case", value, detail)]
