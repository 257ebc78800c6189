"""Sections 3 and 4: the budget with its band table, and the hiring plan."""

from __future__ import annotations

from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from .base import RendererBase
from .refs import item_label
from .sections import status_markup
from .styles import BRAND, HIGHLIGHT, OK, WARN, WARN_BG, Paragraph, colour_hex, esc, grid_style, marked


class PlanSections(RendererBase):
    """Story methods for the budget and the hiring plan (mixed into the renderer)."""

    def _notice(self, title: str, body: str) -> Table:
        """A tinted box for what the reader must not miss: assumptions, missing figures, gaps."""
        box = Table([[Paragraph(f'<font color="{colour_hex(WARN)}"><b>{title}</b></font> {body}',
                                self.styles["Notice"])]], colWidths=[self.width])
        box.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, -1), WARN_BG), ("LINEBEFORE", (0, 0), (0, -1), 2.5, WARN),
            ("LEFTPADDING", (0, 0), (-1, -1), 9), ("RIGHTPADDING", (0, 0), (-1, -1), 9),
            ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
        ]))
        return box

    def _budget(self) -> list:
        r, s, refs, t = self.result, self.styles, self.refs, self.t
        b = r.budget
        mark = refs.one(b.trace, t("topic_band"))
        lead = marked(b.trace.text, b.trace.emphasis)
        if b.base_min is None:  # the notice below carries the core's sentence; do not say it twice
            lead = esc(t("no_band_lead", market=b.market_label))
        out = [Paragraph(esc(t("sec_budget")), s["H1"]), Paragraph(lead + mark, s["Lead"])]
        has_figures = any(row.base_min is not None for row in b.bands)
        if has_figures:
            head = [Paragraph(x, s["HeadCell"]) for x in
                    (esc(t("head_seniority")), esc(t("head_yearly", market=b.market_label)), "")]
            rows = [head]
            for row in b.bands:
                if row.base_min is not None and row.base_max is not None:
                    figure = esc(self.money_range(row.base_min, row.base_max))  # the source line cites them
                else:
                    figure = esc(t("band_not_set") if b.user_set else t("band_no_figure"))
                note = esc(t("band_recommended") + (t("band_your_figure") if b.user_set else "")) \
                    if row.recommended else ""
                style = s["CellBold"] if row.recommended else s["Cell"]
                rows.append([Paragraph(esc(row.title), style), Paragraph(figure, style),
                             Paragraph(f'<font color="{colour_hex(BRAND)}">{note}</font>', s["CellBold"])])
            table = Table(rows, colWidths=[self.width * 0.28, self.width * 0.44, self.width * 0.28])
            style = grid_style()
            style += [("BACKGROUND", (0, i), (-1, i), HIGHLIGHT) for i, row in enumerate(b.bands, 1) if row.recommended]
            table.setStyle(TableStyle(style))
            out.append(table)
        if b.published:
            out.append(Paragraph(esc(t("band_source", source=b.source)) + mark, s["Muted"]))
        elif b.user_set:
            out.append(self._notice(esc(t("own_figure_title")), esc(t("own_figure_body")) + mark))
        elif b.derived:
            out.append(self._notice(esc(t("derived_title")), esc(t("derived_body", source=b.source)) + mark))
        elif has_figures:
            out.append(self._notice(esc(t("assumption_title")), esc(b.trace.assumption or b.source) + mark))
        else:
            out.append(self._notice(esc(t("no_published_title", market=b.market_label)),
                                    esc(f"{t('no_published_body')} {b.text}") + mark))
        out = [KeepTogether(out)]  # the heading, the band and its source start on the same page
        if b.derivation:  # each step from the company's pay to the bands, with its passage and ratio
            mark = refs.group([(item_label(x.text), x) for x in b.derivation], t("topic_pay_grid"))
            out.append(Paragraph(esc(t("derivation_title")) + mark, s["H3"]))
            out += [Paragraph(esc(x.text), s["Bullet"], bulletText="•") for x in b.derivation]
        if b.note:
            out += [Spacer(1, 5), Paragraph(f"{t('market_note')} {esc(b.note)}", s["Small"])]
        if b.total_comp:
            mark = refs.group([(item_label(x.text), x) for x in b.total_comp], t("topic_total_comp"))
            out.append(Paragraph(esc(t("total_comp")) + mark, s["H3"]))
            out += [Paragraph(esc(x.text), s["Bullet"], bulletText="•") for x in b.total_comp]
        out += self._ceiling()
        return out

    def _ceiling(self) -> list:
        r, s, refs, t = self.result, self.styles, self.refs, self.t
        b = r.budget
        if b.ceiling is None:
            return []
        out = [Paragraph(esc(t("ceiling_title")), s["H3"])]
        if b.ceiling_gap:
            gap = b.ceiling_gap
            out.append(self._notice(esc(t("gap_title")),
                                    esc(gap.text) + refs.one(gap.trace, t("topic_ceiling"))))
            if gap.advice:
                mark = refs.group([(item_label(x.text), x) for x in gap.advice], t("topic_ceiling_advice"))
                out.append(Paragraph(esc(t("gap_what_to_do")) + mark, s["H3"]))
                out += [Paragraph(esc(x.text), s["Bullet"], bulletText="•") for x in gap.advice]
            return [KeepTogether(out)]  # the gap and what to do about it, on one page
        elif b.ceiling_check is not None:
            out.append(Paragraph(esc(b.ceiling_check.text) + refs.one(b.ceiling_check, t("topic_ceiling")),
                                 s["Body"]))
        return out

    def _hiring_plan(self) -> list:
        r, s, refs, t = self.result, self.styles, self.refs, self.t
        w = r.time_to_hire_weeks
        out = [Paragraph(esc(t("sec_plan")), s["H1"]),
               Paragraph(marked(w.trace.text, w.trace.emphasis) + refs.one(w.trace, t("topic_time")), s["Lead"])]
        if w.stretched_by:
            mark = refs.group([(item_label(x.text), x) for x in w.stretched_by], t("topic_time"))
            out.append(Paragraph(esc(t("stretch_title")) + mark, s["H3"]))
            out += [Paragraph(esc(x.text), s["Bullet"], bulletText="•") for x in w.stretched_by]
        items = r.mandate.items
        if items and all(m.status == "in_place" for m in items):  # nothing to act on: one line, not a table of "nothing to do"
            names = t("list_sep").join(m.title.lower() for m in items)
            text = t("mandate_all_in_place", n=len(items), names=esc(names))
            out += [Paragraph(esc(t("mandate_title")), s["H2"]),
                    Paragraph(f'<font color="{colour_hex(OK)}">' + text.replace("</b>", "</b></font>", 1), s["Body"])]
        elif items and r.decision != "secure_mandate_first":  # else its table opens the report
            head = [Paragraph(esc(t(x)), s["HeadCell"]) for x in ("head_mandate_item", "head_status", "head_todo")]
            rows = [head]
            for m in items:
                if m.status == "in_place":  # nothing to act on: no action, no reference
                    action = esc(t("mandate_nothing_to_do"))
                else:
                    action = esc(m.action) + refs.one(m.trace, t("topic_mandate", title=m.title))
                rows.append([Paragraph(esc(m.title), s["CellBold"]),
                             Paragraph(status_markup(m), s["Cell"]), Paragraph(action, s["Cell"])])
            table = Table(rows, colWidths=[self.width * 0.24, self.width * 0.14, self.width * 0.62])
            table.setStyle(TableStyle(grid_style()))
            intro = Paragraph(esc(t("mandate_intro")), s["Small"])
            intro.keepWithNext = True
            out += [Paragraph(esc(t("mandate_title")), s["H2"]), intro, table]
        said = {id(a) for a in self.front_advice()} | {id(a) for a in r.advice
                                                         if r.decision == "secure_mandate_first"
                                                         and a.rule == "advice.mandate_before_search"}
        advice = [a for a in r.advice if id(a) not in said]  # page 1 and the mandate plan said the rest
        if advice:
            mark = refs.group([(item_label(a.text), a) for a in advice], t("topic_advice"))
            out.append(Paragraph(esc(t("process_title")) + mark, s["H2"]))
            out += [Paragraph(esc(a.text), s["Bullet"], bulletText="•") for a in advice]
        return out
