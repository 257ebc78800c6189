"""Page 1: the decision a board reads first, and what it rests on, in one glance.

The page carries the company, the date, the decision with its hiring-need score (none when no
decision can be given), the sentence that decides it, the provisional state, and the key facts of
the outcome: a hire's profile, budget and time to hire; the mandate to secure; what a "not yet"
does meanwhile; the questions to answer before any decision. Each fact is said here once; the
sections after it give the detail, not the same sentences again."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Spacer, Table, TableStyle

from ..core.result import Trace
from ..core.text import lower_first
from .base import RendererBase
from .refs import item_label
from .styles import BRAND, DECISION_COLOURS, MISSING, MUTED, OK, PALE, RULE, WARN, Paragraph, colour_hex, esc
from .texts import lower_level

_EFFECTS = ("decision", "seniority", "band")


class FrontMatter(RendererBase):
    """Story methods for page 1 (mixed into the renderer)."""

    def _front(self, steps: bool = True, changes: bool = True) -> list:
        r, s, refs, t = self.result, self.styles, self.refs, self.t
        out = [Paragraph(esc(t("report_title").upper()), s["Kicker"]),
               Paragraph(esc(r.company_name.strip()) or esc(t("title_short")), s["CoverTitle"]),
               Paragraph(self._meta_line(), s["CoverSub"])]
        rows = self.cover_workshop_rows()
        if rows:
            table = Table([[Paragraph(esc(k), s["CellMuted"]), Paragraph(esc(v), s["Cell"])] for k, v in rows],
                          colWidths=[self.width * 0.2, self.width * 0.8])
            table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                                       ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
            out += [table, Spacer(1, 8)]
        out.append(self._banner())
        lead = r.rationale[0] if r.rationale else None
        if lead is not None:  # the sentence that decides, with its reference; the banner said the decision
            out.append(Paragraph(esc(lead.text) + refs.one(lead, t("topic_decision")), s["Headline"]))
        provisional = bool(r.confidence and r.confidence.provisional)
        if provisional and r.to_verify and r.decision != "cannot_assess_yet":
            could = sorted({e for v in r.to_verify for e in v.could_change if e in _EFFECTS}, key=_EFFECTS.index)
            what = t("list_sep").join(t(f"effect_name_{e}") for e in could)
            out += [self._notice(esc(t("verify_notice_title")),
                                 t("front_verify_body", names=self.verify_names(), what=esc(what))), Spacer(1, 6)]
        if r.decision == "cannot_assess_yet":
            out += self._find_out()
            return out
        facts = self._key_facts()
        if facts is not None:
            out += [Spacer(1, 2), facts]
        lines = self.summary_changes(limit=2) if changes else []
        if lines:
            out.append(Paragraph(esc(t("what_would_change")), s["H3"]))
            out += [Paragraph(line, s["Bullet"], bulletText="•") for line in lines]
        if steps:
            out += self._next_steps()
        return out

    def _meta_line(self) -> str:
        """'9 June 2026 · Hiring market: France · Prepared for: the board · Prepared by: …'."""
        r, t = self.result, self.t
        colon = t("colon")
        parts = [t.date(self.date), f"{t('cover_market')}{colon}{r.budget.market_label}"]
        if self.prepared_for:
            parts.append(f"{t('cover_prepared_for')}{colon}{self.prepared_for}")
        if self.prepared_by:
            parts.append(f"{t('cover_prepared_by')}{colon}{self.prepared_by}")
        return " \u00b7 ".join(esc(p) for p in parts)

    def _banner(self) -> Table:
        r, s, refs, t = self.result, self.styles, self.refs, self.t
        colour = DECISION_COLOURS.get(r.decision, BRAND)
        provisional = bool(r.confidence and r.confidence.provisional)
        kicker = esc(t("recommendation_kicker"))
        if provisional and r.decision != "cannot_assess_yet":
            kicker += (f' <font backColor="#ffffff" color="{colour_hex(WARN)}"><b>\u00a0{esc(t("provisional_badge"))}'
                       '\u00a0</b></font>')
        note = t("decision_note_provisional") if provisional and r.decision != "cannot_assess_yet" \
            else t(f"decision_note_{r.decision}")
        left = [Paragraph(kicker, s["BannerSmall"]), Spacer(1, 3),
                Paragraph(esc(r.decision_label), s["Banner"]), Spacer(1, 3),
                Paragraph(esc(note), s["BannerSmall"])]
        if r.decision == "cannot_assess_yet":  # a score of unknown answers would read as a measure
            banner = Table([[left]], colWidths=[self.width])
        else:
            mark = refs.one(r.score_trace, t("hiring_need"), colour="#ffffff")
            banner = Table([[
                left,
                [Paragraph(f"{esc(t('hiring_need'))}{mark}", s["BannerRight"]),
                 Paragraph(f"<b>{r.score}</b><font size=11> / 100</font>", s["BannerScore"]),
                 Paragraph(esc(t("hiring_need_guide")), s["BannerGuide"])],
            ]], colWidths=[self.width * 0.62, self.width * 0.38])
        banner.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, -1), colour), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 12), ("RIGHTPADDING", (0, 0), (-1, -1), 12),
            ("TOPPADDING", (0, 0), (-1, -1), 11), ("BOTTOMPADDING", (0, 0), (-1, -1), 12),
        ]))
        return banner

    def _find_out(self) -> list:
        """No decision: the answers that could change it, grouped by the part of the questionnaire (and so
        by the people) that can give them; the unknowns that would change nothing in one line."""
        r, s, t = self.result, self.styles, self.t
        deciding = [v for v in r.to_verify if v.could_change]
        rest = [v for v in r.to_verify if not v.could_change]
        out: list = [Paragraph(esc(t("find_out_title")), s["H2"])]
        if r.confidence is not None:
            out.append(Paragraph(esc(r.confidence.detail), s["Body"]))
        where = {q.id: section.title for section in r.answers for q in section.questions}
        groups: dict[str, list[str]] = {}
        asks: dict[str, str | None] = {}
        for v in deciding:
            title = where.get(v.question, "")
            groups.setdefault(title, []).append(v.label)
            asks.setdefault(title, v.ask)
        if groups:
            muted = colour_hex(MUTED)
            head = [Paragraph(esc(t(k)), s["HeadCell"]) for k in ("head_topic", "head_questions")]
            rows = [head] + [[Paragraph(esc(title), s["CellBold"]),
                              [Paragraph(esc(t.join(labels)), s["Cell"])]
                              + ([Paragraph(f'<font color="{muted}">{esc(t("find_out_ask", who=asks[title]))}</font>',
                                            s["Cell"])] if asks.get(title) else [])]
                             for title, labels in groups.items()]
            table = Table(rows, colWidths=[self.width * 0.3, self.width * 0.7], repeatRows=1)
            from .styles import grid_style
            table.setStyle(TableStyle(grid_style()))
            out += [Spacer(1, 2), table]
        if rest:
            out += [Spacer(1, 6), Paragraph(esc(t.plural("find_out_rest", len(rest),
                                                          names=t.join([lower_first(v.label) for v in rest]))),
                                            s["Muted"])]
        return out

    def _next_steps(self) -> list:
        """What to do next: for a hire, the first pieces of advice (the hiring plan gives the rest); for a
        "not yet", what to do meanwhile and when to look again. The mandate to secure has its own table."""
        r, s, refs, t = self.result, self.styles, self.refs, self.t
        if r.decision == "secure_mandate_first" or not r.advice:
            return []
        title = t("meanwhile") if r.decision == "not_yet" else t("next_steps")
        steps = self.front_advice()
        out = [Paragraph(esc(title) + refs.group([(item_label(x.text), x) for x in steps], t("topic_advice")),
                         s["H3"])]
        for i, trace in enumerate(steps, 1):
            out.append(Paragraph(esc(trace.text), s["Step"], bulletText=f"{i}."))
        for p in out[:-1]:  # a list read at once: all on page 1, or all on the next page
            p.keepWithNext = True
        return out

    def front_advice(self) -> list[Trace]:
        """The advice page 1 gives (the hiring plan leaves it out)."""
        r = self.result
        if r.decision == "secure_mandate_first":
            return []
        return r.advice if r.decision == "not_yet" else r.advice[:3]

    def _key_facts(self) -> Table | None:
        r, s, refs, t = self.result, self.styles, self.refs, self.t
        p, w = r.profile, r.time_to_hire_weeks
        rows: list[tuple[str, str, str]] = []
        missing = [m for m in r.mandate.items if m.missing]
        if r.decision == "secure_mandate_first" and missing:  # the mandate first, then the hire that follows
            rows.append(self._mandate_row(missing))
        if p.recommended:
            role = t("profile_role", level=esc(p.seniority_title), level_lower=esc(lower_level(p.seniority_title)))
            rows.append((t("fact_profile"), f"<b>{role}</b>" + refs.one(p.seniority_trace, t("topic_seniority")),
                         esc(p.background)))
            rows += self._budget_rows()
            rows.append((t("fact_time"), t("fact_time_value", min=w.min, max=w.max)
                         + refs.one(w.trace, t("topic_time")), ""))
            rows += self._business_row()
            if r.decision != "secure_mandate_first":
                rows.append(self._mandate_row(missing))
        rows = self.summary_workshop_rows() + rows
        if not rows:
            return None
        data = [[Paragraph(esc(k), s["CellMuted"]), [Paragraph(v, s["Cell"])]
                 + ([Paragraph(d, s["CellMuted"])] if d else [])] for k, v, d in rows]
        table = Table(data, colWidths=[self.width * 0.2, self.width * 0.8])
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, -1), PALE),
            ("LINEBELOW", (0, 0), (-1, -2), 0.5, colors.white),
            ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ("LEFTPADDING", (0, 0), (-1, -1), 8), ("TEXTCOLOR", (0, 0), (0, -1), MUTED),
        ]))
        return table

    def _budget_rows(self) -> list[tuple[str, str, str]]:
        r, refs, t = self.result, self.refs, self.t
        b, p = r.budget, r.profile
        rows = []
        if b.base_min is not None and b.base_max is not None:
            origin = t("origin_user") if b.user_set else (t("origin_published") if b.published
                                                           else t("origin_assumption"))
            rows.append((t("fact_budget"), t("fact_budget_value", band=esc(self.money_range(b.base_min, b.base_max)))
                         + refs.one(b.trace, t("topic_band")),
                         esc(t("fact_budget_detail", market=b.market_label, level=lower_level(p.seniority_title),
                               origin=origin, source=b.source))))
        else:
            rows.append((t("fact_budget"), f'<font color="{colour_hex(WARN)}"><b>'
                         f"{esc(t('fact_no_figure', market=b.market_label))}</b></font>"
                         + refs.one(b.trace, t("topic_band")), esc(t("front_no_figure_detail"))))
        if b.ceiling_gap:
            rows.append((t("fact_gap"), f'<font color="{colour_hex(MISSING)}"><b>'
                         f"{esc(t('fact_gap_value', amount=self.money(b.ceiling_gap.amount)))}</b></font>"
                         + refs.one(b.ceiling_gap.trace, t("topic_ceiling")), ""))
        return rows

    def _mandate_row(self, missing: list) -> tuple[str, str, str]:
        r, refs, t = self.result, self.refs, self.t
        if missing:
            names = t.join([lower_first(m.title) for m in missing])
            return (t("fact_mandate"), f'<font color="{colour_hex(MISSING)}"><b>'
                    f"{esc(t('fact_mandate_missing', names=names))}</b></font>"
                    + refs.mark(*[(m.trace, t("topic_mandate", title=m.title)) for m in missing]), "")
        unknown = [m for m in r.mandate.items if m.status == "not_answered"]
        text = (t("fact_mandate_in_place", n=len(r.mandate.items) - len(unknown), total=len(r.mandate.items))
                + (esc(t("fact_mandate_unanswered", n=len(unknown))) if unknown else ""))
        return (t("fact_mandate"), f'<font color="{colour_hex(OK)}">{text}</font>',
                esc(t.join([m.title for m in r.mandate.items if m.status == "in_place"])))

    def _business_row(self) -> list[tuple[str, str, str]]:
        """The business case in one line: the engineer time lost today, in money when a cost was given."""
        bc, t = self.result.business_case, self.t
        if not bc or not bc.figures:
            return []
        marks = self.refs.group([(f.title, f.trace) for f in bc.figures], t("topic_business_case"))
        value = t.counted("fact_business_value", decimals=1, fte=bc.total_fte) + marks
        return [(t("fact_business"), value, "")]
