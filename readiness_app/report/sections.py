"""Sections 1 and 2: the hiring signals with the radar chart, and the profile."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Paragraph, Spacer, Table, TableStyle

from .charts import radar_chart, strength_bar
from .refs import signal_trace
from .styles import MISSING, MUTED, OK, PALE, colour_hex, esc, grid_style


class BodySections:
    """Story methods for the signals and the profile (mixed into the renderer)."""

    def _signals(self) -> list:
        r, s, refs = self.result, self.styles, self.refs
        out = [Paragraph("1  Hiring signals", s["H1"]),
               Paragraph(f"The role guide names five signals that tell a company it is time to hire an MLOps "
                         f"engineer. <b>{r.signals_present} of the {len(r.signals)}</b> are present in your answers. "
                         "Strength runs from 0 (no trace of the problem) to 1 (the problem at full scale).", s["Body"])]
        head = [Paragraph(t, s["HeadCell"]) for t in ("Signal", "Present, strength", "Evidence from your answers")]
        rows = [head]
        for sig in r.signals:
            colour = colour_hex(OK if sig.present else MUTED)
            rows.append([
                [Paragraph(esc(sig.title), s["CellBold"]), Paragraph(esc(sig.threshold), s["CellMuted"])],
                [Paragraph(f'<font color="{colour}"><b>{"Yes" if sig.present else "No"}</b></font>', s["Cell"]),
                 strength_bar(sig.strength, sig.present)],
                Paragraph(esc(sig.evidence) + refs.one(signal_trace(sig), f"Signal: {sig.title}"), s["Cell"]),
            ])
        w = self.width
        table = Table(rows, colWidths=[w * 0.37, w * 0.14, w * 0.49], repeatRows=1)
        style = grid_style()
        style += [("BACKGROUND", (0, i), (-1, i), PALE) for i, sig in enumerate(r.signals, 1) if sig.present]
        table.setStyle(TableStyle(style))
        out += [Spacer(1, 2), table]
        out += self._radar()
        return out

    def _radar(self) -> list:
        r, s = self.result, self.styles
        if not r.areas:
            return []
        chart_w = self.width * 0.58
        drawing = radar_chart(r.areas, chart_w, 47 * 2.83465)
        rows = [[Paragraph("Area", s["CellMuted"]), Paragraph("Gap", s["CellMuted"])]]
        rows += [[Paragraph(esc(a.title), s["Cell"]), Paragraph(f"{a.value:.2f}", s["CellRight"])] for a in r.areas]
        legend = Table(rows, colWidths=[self.width * 0.3, self.width * 0.1])
        legend.setStyle(TableStyle(grid_style(header=False) + [("TOPPADDING", (0, 0), (-1, -1), 2),
                                                                ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
        side = [legend, Spacer(1, 6),
                Paragraph("Each axis is the size of the gap in one area, from 0 (no gap) at the centre to 1 "
                          "(large gap) on the outer ring, computed from your answers. How each area is scored "
                          "is set out in the Methodology of the appendix.", s["Muted"])]
        layout = Table([[drawing, side]], colWidths=[chart_w, self.width - chart_w])
        layout.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                    ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        return [Paragraph("Where the gaps are", s["H2"]), layout]

    def _profile(self) -> list:
        r, s, refs = self.result, self.styles, self.refs
        p = r.profile
        out = [CondPageBreak(self.height * 0.25), Paragraph("2  The profile to look for", s["H1"]),
               Paragraph(f"<b>{esc(p.seniority_title)} MLOps engineer.</b> {esc(p.seniority_description)}", s["Lead"]),
               Paragraph(f"<b>Why this level.</b> {esc(p.seniority_trace.text)}"
                         + refs.one(p.seniority_trace, "Seniority"), s["Body"]),
               Paragraph(f"<b>Background.</b> {esc(p.background)}. {esc(p.background_trace.text)}"
                         + refs.one(p.background_trace, "Background"), s["Body"])]
        if p.focus_areas:
            out.append(Paragraph("Focus areas, and what to validate in interviews", s["H2"]))
            head = [Paragraph(t, s["HeadCell"]) for t in ("Focus area and why", "What to validate in the interview")]
            rows = [head]
            for f in p.focus_areas:
                checks = [Paragraph(esc(c), s["Cell"], bulletText="–") for c in f.interview_checks]
                rows.append([[Paragraph(esc(f.title), s["CellBold"]),
                              Paragraph(esc(f.reason) + refs.one(f.trace, f"Focus area: {f.title}"), s["CellMuted"])],
                             checks or Paragraph("No specific check.", s["CellMuted"])])
            table = Table(rows, colWidths=[self.width * 0.42, self.width * 0.58], repeatRows=1)
            table.setStyle(TableStyle(grid_style() + [("TOPPADDING", (0, 1), (-1, -1), 3),
                                                      ("BOTTOMPADDING", (0, 1), (-1, -1), 4)]))
            out.append(table)
        if p.tooling:
            out.append(Paragraph("Tooling relevant to your gaps", s["H2"]))
            out.append(Paragraph("Ask how the candidate ran these in production, not whether they know the names.",
                                 s["Small"]))
            for t in p.tooling:
                tools = f' <font color="{colour_hex(MUTED)}">({esc(", ".join(t.tools))})</font>' if t.tools else ""
                out.append(Paragraph(esc(t.text) + refs.one(t.trace, "Tooling") + tools, s["Bullet"],
                                     bulletText="•"))
        out += self._profile_lists()
        return out

    def _profile_lists(self) -> list:
        """Must-haves on the left, interview and soft skills on the right: short lists, side by side."""
        p, s, refs = self.result.profile, self.styles, self.refs

        def block(title: str, items: list, topic: str) -> list:
            if not items:
                return []
            return [Paragraph(title, s["H3"])] + [Paragraph(esc(t.text) + refs.one(t, topic), s["Bullet"],
                                                            bulletText="•") for t in items]

        left = block("Must-haves", p.must_have, "Must-have")
        right = block("In every interview", p.interview_checks, "Interview check") + block(
            "Soft skills", p.soft_skills, "Soft skill")
        if not left and not right:
            return []
        # splitInRow: the two lists may continue on the next page instead of jumping there whole.
        table = Table([[left, right]], colWidths=[self.width * 0.5, self.width * 0.5], splitInRow=1)
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (0, -1), 10), ("RIGHTPADDING", (1, 0), (1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 0)]))
        return [table]


def status_markup(in_place: bool | None) -> str:
    if in_place is None:
        return f'<font color="{colour_hex(MUTED)}"><b>Not answered</b></font>'
    colour = colour_hex(OK if in_place else MISSING)
    return f'<font color="{colour}"><b>{"In place" if in_place else "Missing"}</b></font>'
