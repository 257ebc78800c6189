"""Sections 3 and 4: the budget with its band table, and the hiring plan."""

from __future__ import annotations

from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from ..core.result import Trace
from .sections import status_markup
from .styles import BRAND, HIGHLIGHT, OK, WARN, WARN_BG, colour_hex, esc, grid_style


class PlanSections:
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
        r, s, refs = self.result, self.styles, self.refs
        b = r.budget
        mark = refs.one(b.trace, "Budget band")
        lead = esc(b.text)
        if b.base_min is not None and b.base_max is not None:
            figure = esc(self.money_range(b.base_min, b.base_max))
            lead = lead.replace(figure, f"<b>{figure}</b>", 1)
        if b.base_min is None:  # the notice below carries the core's sentence; do not say it twice
            lead = f"No salary band can be given for {esc(b.market_label)} yet."
        out = [Paragraph("3  Budget", s["H1"]), Paragraph(lead + mark, s["Lead"])]
        has_figures = any(row.base_min is not None for row in b.bands)
        if has_figures:
            head = [Paragraph(t, s["HeadCell"]) for t in
                    ("Seniority", f"Yearly gross base, {esc(b.market_label)}", "")]
            rows = [head]
            for row in b.bands:
                if row.base_min is not None and row.base_max is not None:
                    figure = esc(self.money_range(row.base_min, row.base_max)) + mark
                else:
                    figure = "not set" if b.user_set else "no figure"
                note = "Recommended" + (" (your figure)" if b.user_set else "") if row.recommended else ""
                style = s["CellBold"] if row.recommended else s["Cell"]
                rows.append([Paragraph(esc(row.title), style), Paragraph(figure, style),
                             Paragraph(f'<font color="{colour_hex(BRAND)}">{note}</font>', s["CellBold"])])
            table = Table(rows, colWidths=[self.width * 0.28, self.width * 0.44, self.width * 0.28])
            style = grid_style()
            style += [("BACKGROUND", (0, i), (-1, i), HIGHLIGHT) for i, row in enumerate(b.bands, 1) if row.recommended]
            table.setStyle(TableStyle(style))
            out.append(table)
        if b.published:
            out.append(Paragraph(f"Source of every figure in this table: {esc(b.source)}." + mark, s["Muted"]))
        elif b.user_set:
            out.append(self._notice("Your own figure.", esc("The band is the one you entered; the sources publish "
                                                            "no salary figure for this market.") + mark))
        elif has_figures:
            out.append(self._notice("Assumption.", esc(b.trace.assumption or b.source) + mark))
        else:
            out.append(self._notice(f"No published figure for {esc(b.market_label)}.",
                                    esc(f"The sources publish no salary figure for this market, so this report "
                                        f"shows no band rather than an invented one. {b.text}") + mark))
        out = [KeepTogether(out)]  # the heading, the band and its source start on the same page
        if b.note:
            out += [Spacer(1, 5), Paragraph(f"<b>Market note.</b> {esc(b.note)}", s["Small"])]
        if b.total_comp:
            out.append(Paragraph("Total compensation", s["H3"]))
            out += [Paragraph(esc(t.text) + refs.one(t, "Total compensation"), s["Bullet"], bulletText="•")
                    for t in b.total_comp]
        out += self._ceiling()
        return out

    def _ceiling(self) -> list:
        r, s, refs = self.result, self.styles, self.refs
        b = r.budget
        if b.ceiling is None:
            return []
        out = [Paragraph("Your budget ceiling", s["H3"])]
        if b.ceiling_gap:
            gap = b.ceiling_gap
            out.append(self._notice("Budget gap.", esc(gap.text) + refs.one(self.ceiling_trace(), "Budget ceiling")))
            if gap.advice:
                out.append(Paragraph("What you can do about it:", s["H3"]))
                out += [Paragraph(esc(t.text) + refs.one(t, "Ceiling advice"), s["Bullet"], bulletText="•")
                        for t in gap.advice]
        elif b.base_min is not None:
            out.append(Paragraph(
                f"Your ceiling of {esc(self.money(b.ceiling))} is not below the lower end of the "
                f"{esc(r.profile.seniority_title.lower())} band ({esc(self.money(b.base_min))}), so an offer inside "
                "the band is within reach." + refs.one(self.ceiling_trace(), "Budget ceiling"), s["Body"]))
        else:
            out.append(Paragraph(f"Your ceiling of {esc(self.money(b.ceiling))} cannot be compared with a band until "
                                 "one is set for this market.", s["Body"]))
        return out

    def _hiring_plan(self) -> list:
        r, s, refs = self.result, self.styles, self.refs
        t = r.time_to_hire_weeks
        out = [Paragraph("4  Hiring plan", s["H1"]),
               Paragraph(esc(t.text).replace(f"{t.min} to {t.max} weeks", f"<b>{t.min} to {t.max} weeks</b>", 1)
                         + refs.one(t.trace, "Time to hire"), s["Lead"])]
        if t.stretched_by:
            out.append(Paragraph("What can stretch it", s["H3"]))
            out += [Paragraph(esc(x.text) + refs.one(x, "Time to hire"), s["Bullet"], bulletText="•")
                    for x in t.stretched_by]
        items = r.mandate.items
        if items and all(m.in_place for m in items):  # nothing to act on: one line, not a table of "nothing to do"
            names = ", ".join(m.title.lower() for m in items)
            out += [Paragraph("Platform mandate checklist", s["H2"]),
                    Paragraph(f'<font color="{colour_hex(OK)}"><b>All {len(items)} in place</b></font>: '
                              f"{esc(names)}. Make them part of the pitch: senior candidates often decline a role "
                              "that comes without an executive mandate, a budget or clear ownership boundaries.",
                              s["Body"])]
        elif items:
            head = [Paragraph(x, s["HeadCell"]) for x in ("Mandate item", "Status", "What to do")]
            rows = [head]
            for m in items:
                if m.in_place:  # nothing to act on: no action, no reference
                    action = "Nothing to do; make it part of the pitch to candidates."
                else:
                    action = esc(m.action) + refs.one(m.trace, f"Mandate: {m.title}")
                rows.append([Paragraph(esc(m.title), s["CellBold"]), Paragraph(status_markup(m.in_place), s["Cell"]),
                             Paragraph(action, s["Cell"])])
            table = Table(rows, colWidths=[self.width * 0.24, self.width * 0.14, self.width * 0.62])
            table.setStyle(TableStyle(grid_style()))
            intro = Paragraph("Senior candidates often decline a role that comes without an executive mandate, a "
                              "budget or clear ownership boundaries.", s["Small"])
            intro.keepWithNext = True
            out += [Paragraph("Platform mandate checklist", s["H2"]), intro, table]
        if r.advice:
            out.append(Paragraph("How to run the process", s["H2"]))
            out += [Paragraph(esc(a.text) + refs.one(a, "Process advice"), s["Bullet"], bulletText="•")
                    for a in r.advice]
        return out

    def ceiling_trace(self) -> Trace | None:
        """The ceiling comparison rests on the band and on the ceiling answer."""
        b = self.result.budget
        if b.ceiling is None:
            return None
        return Trace(text="Budget ceiling compared with the band.",
                     answers=list(dict.fromkeys(["budget_ceiling", *b.trace.answers])), rule="budget.ceiling",
                     source=b.trace.source, assumption=b.trace.assumption)
