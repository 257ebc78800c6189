"""The cover and the one-page executive summary."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import KeepInFrame, PageBreak, Spacer, Table, TableStyle

from ..core.result import Trace
from ..core.text import lower_first
from .base import RendererBase
from .styles import BRAND, DECISION_COLOURS, MISSING, MUTED, OK, PALE, RULE, WARN, Paragraph, colour_hex, esc
from .texts import lower_level

_EFFECTS = ("decision", "seniority", "band")
_NOTES = {"decision_note_hire", "decision_note_secure_mandate_first", "decision_note_not_yet",
          "decision_note_cannot_assess_yet"}


class FrontMatter(RendererBase):
    """Story methods for pages 1 and 2 (mixed into the renderer)."""

    def _cover(self) -> list:
        r, s, t = self.result, self.styles, self.t
        name = r.company_name.strip()
        q = r.questionnaire
        rows = [(t("cover_date"), t.date(self.date)), (t("cover_market"), r.budget.market_label),
                (t("cover_questionnaire"), t("cover_questionnaire_value", title=q.title, version=q.version, id=q.id)),
                (t("cover_rules"), t("cover_rules_value", id=q.rules_id, version=q.rules_version))]
        if self.prepared_for:
            rows.append((t("cover_prepared_for"), self.prepared_for))
        if self.prepared_by:
            rows.append((t("cover_prepared_by"), self.prepared_by))
        rows += self.cover_workshop_rows()
        table = Table([[Paragraph(esc(k), s["CellMuted"]), Paragraph(esc(v), s["Cell"])] for k, v in rows],
                      colWidths=[self.width * 0.24, self.width * 0.76])
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, BRAND),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ]))
        title = esc(name) if name else esc(t("title_short"))
        return [
            Spacer(1, self.height * 0.16),
            Paragraph(esc(t("report_title").upper()), s["Kicker"]),
            Paragraph(title, s["CoverTitle"]),
            Paragraph(esc(t("cover_question")), s["CoverSub"]),
            table,
            PageBreak(),
        ]

    def _summary(self) -> list:
        r, s, refs, t = self.result, self.styles, self.refs, self.t
        colour = DECISION_COLOURS.get(r.decision, BRAND)
        lead = r.rationale[0] if r.rationale else None
        score_mark = refs.one(r.score_trace, t("readiness_score"), colour="#ffffff")
        provisional = bool(r.confidence and r.confidence.provisional)
        kicker = esc(t("recommendation_kicker"))
        if provisional:
            kicker += (f' <font backColor="#ffffff" color="{colour_hex(WARN)}"><b>\u00a0{esc(t("provisional_badge"))}'
                       '\u00a0</b></font>')
        note = t(f"decision_note_{r.decision}") if f"decision_note_{r.decision}" in _NOTES else ""
        if provisional:
            note = t("decision_note_provisional")
        left = [Paragraph(kicker, s["BannerSmall"]), Spacer(1, 3),
                Paragraph(esc(r.decision_label), s["Banner"]), Spacer(1, 3),
                Paragraph(esc(note), s["BannerSmall"])]
        if r.decision == "cannot_assess_yet":  # a score of unknown answers would read as a measure
            banner = Table([[left]], colWidths=[self.width])
        else:
            banner = Table([[
                left,
                [Paragraph(f"{esc(t('readiness_score'))}{score_mark}", s["BannerRight"]),
                 Paragraph(f"<b>{r.score}</b><font size=10> / 100</font>", s["BannerScore"]),
                 Paragraph(esc(t.plural("signals_present", r.signals_present, total=len(r.signals))),
                           s["BannerRight"])],
            ]], colWidths=[self.width * 0.66, self.width * 0.34])
        banner.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, -1), colour), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 12), ("RIGHTPADDING", (0, 0), (-1, -1), 12),
            ("TOPPADDING", (0, 0), (-1, -1), 11), ("BOTTOMPADDING", (0, 0), (-1, -1), 12),
        ]))
        out = [Paragraph(esc(t("summary_kicker")), s["Kicker"]),
               Paragraph(esc(r.company_name.strip()) or esc(t("summary_title")), s["H1"]), banner,
               Paragraph(esc(r.headline) + refs.one(lead, t("topic_decision")), s["Headline"])]
        if provisional and r.to_verify:
            could = sorted({e for v in r.to_verify for e in v.could_change if e in _EFFECTS}, key=_EFFECTS.index)
            what = t("list_sep").join(t(f"effect_name_{e}") for e in could)
            out += [self._notice(esc(t("verify_notice_title")),
                                 t("verify_notice_body", names=self.verify_names(), what=esc(what))), Spacer(1, 4)]
        if r.decision == "cannot_assess_yet":  # no decision: the answers to find out come first
            out.append(Paragraph(esc(t("find_out_title")), s["H3"]))
            out += [Paragraph(esc(v.text), s["Bullet"], bulletText="•") for v in r.to_verify if v.could_change][:6]
        out.append(Paragraph(esc(t("why")), s["H3"]))
        shown = self._summary_reasons()
        for trace, topic in shown:
            out.append(Paragraph(esc(trace.text) + refs.one(trace, topic), s["Bullet"], bulletText="•"))
        rest = len(r.rationale) - len(shown)
        if rest > 0:
            out.append(Paragraph(esc(t.plural("further_reasons", rest)), s["Muted"]))
        out += [Spacer(1, 6), self._key_facts()]
        changes = self.summary_changes()
        if changes:
            out.append(Paragraph(esc(t("what_would_change")), s["H3"]))
            out += [Paragraph(line, s["Bullet"], bulletText="•") for line in changes]
        steps = self._next_steps({id(trace) for trace, _ in shown})
        if steps:
            out.append(Paragraph(esc(t("next_steps")), s["H3"]))
            for i, (trace, topic) in enumerate(steps, 1):
                out.append(Paragraph(esc(trace.text) + refs.one(trace, topic), s["Step"], bulletText=f"{i}."))
        # One page, whatever the inputs: shrink rather than spill onto page 3.
        return [KeepInFrame(self.width, self.height - 2, out, mode="shrink"), PageBreak()]

    def _summary_reasons(self) -> list[tuple[Trace, str]]:
        """The decision sentence, then (in the core's order) missing mandate items and signals: four at most."""
        r, t = self.result, self.t
        if not r.rationale:
            return []
        ordered = r.rationale[1:]
        titles = {sig.rule: t("topic_signal", title=sig.title) for sig in r.signals}
        titles.update({f"mandate.{m.id}": t("topic_mandate", title=m.title) for m in r.mandate.items})
        return [(r.rationale[0], t("topic_decision"))] + [(x, titles.get(x.rule, t("topic_reason")))
                                                          for x in ordered[:3]]

    def _next_steps(self, said: set[int]) -> list[tuple[Trace, str]]:
        """What to do next, leaving out what "Why" already said on this page."""
        r, t = self.result, self.t
        steps = [(m.trace, t("topic_mandate", title=m.title)) for m in r.mandate.items if m.missing]
        steps += [(a, t("topic_advice")) for a in r.advice]
        return [(trace, topic) for trace, topic in steps if id(trace) not in said][:3]

    def _key_facts(self) -> Table:
        r, s, refs, t = self.result, self.styles, self.refs, self.t
        b, p, w = r.budget, r.profile, r.time_to_hire_weeks
        role = t("profile_role", level=esc(p.seniority_title), level_lower=esc(lower_level(p.seniority_title)))
        rows = [
            (t("fact_profile"), f"<b>{role}</b>" + refs.one(p.seniority_trace, t("topic_seniority")),
             esc(p.background)),
        ]
        if r.decision == "cannot_assess_yet":  # no decision: what to find out is listed above
            rows = []
        elif not p.recommended:  # a "not yet" plans no hire: what to watch instead of a profile, band and timeline
            rows = [(t("fact_watch"), f"<b>{esc(r.signals_text)}</b>", esc(t("fact_watch_detail")))]
        elif b.base_min is not None and b.base_max is not None:
            origin = t("origin_user") if b.user_set else (t("origin_published") if b.published
                                                           else t("origin_assumption"))
            rows.append((t("fact_budget"), t("fact_budget_value", band=esc(self.money_range(b.base_min, b.base_max)))
                         + refs.one(b.trace, t("topic_band")),
                         esc(t("fact_budget_detail", market=b.market_label, level=lower_level(p.seniority_title),
                               origin=origin, source=b.source))))
        else:
            rows.append((t("fact_budget"), f'<font color="{colour_hex(WARN)}"><b>'
                         f"{esc(t('fact_no_figure', market=b.market_label))}</b></font>"
                         + refs.one(b.trace, t("topic_band")), esc(t("fact_no_figure_detail"))))
        if b.ceiling_gap and p.recommended:
            rows.append((t("fact_gap"), f'<font color="{colour_hex(MISSING)}"><b>'
                         f"{esc(t('fact_gap_value', amount=self.money(b.ceiling_gap.amount)))}</b></font>"
                         + refs.one(b.ceiling_gap.trace, t("topic_ceiling")), esc(b.ceiling_gap.text)))
        if p.recommended:
            rows.append((t("fact_time"), t("fact_time_value", min=w.min, max=w.max) + refs.one(w.trace, t("topic_time")),
                     esc(t("semicolon").join(x.text.rstrip(".") for x in w.stretched_by[:2]) + ".") if w.stretched_by else ""))
        rows += self._business_row()
        missing = [m for m in r.mandate.items if m.missing]
        if missing:
            names = t("list_sep").join(lower_first(m.title) for m in missing)
            rows.append((t("fact_mandate"), f'<font color="{colour_hex(MISSING)}"><b>'
                         f"{esc(t('fact_mandate_missing', names=names))}</b></font>"
                         + refs.mark(*[(m.trace, t("topic_mandate", title=m.title)) for m in missing]),
                         esc(t("fact_mandate_missing_detail"))))
        else:
            unknown = [m for m in r.mandate.items if m.status == "not_answered"]
            text = (t("fact_mandate_in_place", n=len(r.mandate.items) - len(unknown), total=len(r.mandate.items))
                    + (esc(t("fact_mandate_unanswered", n=len(unknown))) if unknown else ""))
            rows.append((t("fact_mandate"), f'<font color="{colour_hex(OK)}">{text}</font>',
                         esc(t("list_sep").join(m.title for m in r.mandate.items if m.status == "in_place"))))
        rows += self.summary_workshop_rows()
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
        bc, t = self.result.business_case, self.t
        if not bc or not bc.figures:
            return []
        marks = self.refs.mark(*[(f.trace, t("topic_business", title=f.title)) for f in bc.figures])
        value = t.counted("fact_business_value", decimals=1, fte=bc.total_fte) + marks
        if bc.toil_cost is not None:
            detail = esc(bc.sentence) + self.refs.one(bc.money_trace, t("topic_business_money"))
        else:
            figures = t("semicolon").join(t("fact_business_figure", title=lower_level(f.title), fte=self.num(f.fte, 2))
                                          for f in bc.figures)
            detail = esc(t("fact_business_detail", figures=figures))
            detail = detail[:1].upper() + detail[1:]
        return [(t("fact_business"), value, detail)]

