"""Sections 1 and 2: the hiring signals with the radar chart, and the profile."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import CondPageBreak, KeepTogether, Spacer, Table, TableStyle

from ..core.result import MandateItem
from .base import RendererBase
from .charts import radar_chart, strength_bar
from .refs import item_label
from .styles import MISSING, MUTED, OK, PALE, Paragraph, colour_hex, esc, grid_style
from .texts import lower_level


class BodySections(RendererBase):
    """Story methods for the signals and the profile (mixed into the renderer)."""

    def _signals(self) -> list:
        """The signals with their evidence; for a "not yet", the same table read as what to watch."""
        r, s, refs, t = self.result, self.styles, self.refs, self.t
        watch = r.decision == "not_yet"
        out = [Paragraph(esc(t("sec_watch" if watch else "sec_signals")), s["H1"]),
               Paragraph(esc(t("watch_intro" if watch else "signals_intro")), s["Body"])]
        head = [Paragraph(esc(t(k)), s["HeadCell"]) for k in ("head_signal", "head_present", "head_evidence")]
        rows: list[list[Any]] = [head]
        for sig in r.signals:
            colour = colour_hex(OK if sig.present else MUTED)
            rows.append([
                [Paragraph(esc(sig.title), s["CellBold"]), Paragraph(esc(sig.threshold), s["CellMuted"])],
                [Paragraph(f'<font color="{colour}"><b>{esc(t("yes") if sig.present else t("no"))}</b></font>',
                           s["Cell"]),
                 strength_bar(sig.strength, sig.present)],
                Paragraph(esc(sig.evidence) + refs.one(sig.trace, t("topic_signal", title=sig.title)),
                          s["Cell"]),
            ])
        w = self.width
        table = Table(rows, colWidths=[w * 0.37, w * 0.14, w * 0.49], repeatRows=1)
        style = grid_style()
        style += [("BACKGROUND", (0, i), (-1, i), PALE) for i, sig in enumerate(r.signals, 1) if sig.present]
        table.setStyle(TableStyle(style))
        out += [Spacer(1, 2), table]
        out += self._radar()
        return out

    def _mandate_plan(self) -> list:
        """The mandate to secure before the search: each item, its state and who must do what."""
        r, s, refs, t = self.result, self.styles, self.refs, self.t
        items = r.mandate.items
        if not items:
            return []
        head = [Paragraph(esc(t(x)), s["HeadCell"]) for x in ("head_mandate_item", "head_status", "head_todo")]
        rows: list[list[Any]] = [head]
        for m in items:
            action = (esc(t("mandate_nothing_to_do")) if m.status == "in_place"
                      else esc(m.action) + refs.one(m.trace, t("topic_mandate", title=m.title)))
            rows.append([Paragraph(esc(m.title), s["CellBold"]), Paragraph(status_markup(m), s["Cell"]),
                         Paragraph(action, s["Cell"])])
        table = Table(rows, colWidths=[self.width * 0.24, self.width * 0.14, self.width * 0.62], repeatRows=1)
        table.setStyle(TableStyle(grid_style()))
        out: list = [Paragraph(esc(t("sec_mandate")), s["H1"]), table]
        first = [a for a in r.advice if a.rule == "advice.mandate_before_search"]
        out += [Spacer(1, 6)] + [Paragraph(esc(a.text) + refs.one(a, t("topic_advice")), s["Body"]) for a in first]
        out.append(Paragraph(esc(t("sec_mandate_after")), s["Muted"]))
        return out

    def _radar(self) -> list:
        r, s, t = self.result, self.styles, self.t
        if not r.areas:
            return []
        # The axes name the areas; a legend beside them would list the same names again.
        chart_w = self.width * 0.64
        drawing = radar_chart(r.areas, chart_w, 58 * 2.83465)
        side = [Paragraph(esc(t("radar_note")), s["Muted"])]
        layout = Table([[drawing, side]], colWidths=[chart_w, self.width - chart_w])
        layout.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                    ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        return [KeepTogether([Paragraph(esc(t("gaps_title")), s["H2"]), layout])]

    def _profile(self) -> list:
        r, s, refs, t = self.result, self.styles, self.refs, self.t
        p = r.profile
        role = t("profile_role", level=esc(p.seniority_title), level_lower=esc(lower_level(p.seniority_title)))
        out = [CondPageBreak(self.height * 0.25), Paragraph(esc(t("sec_profile")), s["H1"])]
        out += [
               Paragraph(f"<b>{role}.</b> {esc(p.seniority_description)}", s["Lead"]),
               Paragraph(f"{t('why_level')} {esc(p.seniority_trace.text)}"
                         + refs.one(p.seniority_trace, t("topic_seniority")), s["Body"]),
               Paragraph(f"{t('background')} {esc(p.background)}. {esc(p.background_trace.text)}"
                         + refs.one(p.background_trace, t("topic_background")), s["Body"])]
        if p.focus_areas:  # one reference for the table: the appendix gives each area's answers and passage
            mark = refs.group([(f.title, f.trace) for f in p.focus_areas], t("topic_focus_areas"))
            out.append(Paragraph(esc(t("focus_title")) + mark, s["H2"]))
            head = [Paragraph(esc(t(k)), s["HeadCell"]) for k in ("head_focus", "head_validate")]
            rows: list[list[Any]] = [head]
            for f in p.focus_areas:
                checks = [Paragraph(esc(c), s["Cell"], bulletText="–") for c in f.interview_checks]
                rows.append([[Paragraph(esc(f.title), s["CellBold"]),
                              Paragraph(esc(f.reason), s["CellMuted"])],
                             checks or Paragraph(esc(t("no_check")), s["CellMuted"])])
            table = Table(rows, colWidths=[self.width * 0.42, self.width * 0.58], repeatRows=1)
            table.setStyle(TableStyle(grid_style() + [("TOPPADDING", (0, 1), (-1, -1), 3),
                                                      ("BOTTOMPADDING", (0, 1), (-1, -1), 4)]))
            out.append(table)
        if p.tooling:
            mark = refs.group([(item_label(x.text), x.trace) for x in p.tooling], t("topic_tooling"))
            out.append(Paragraph(esc(t("tooling_title")) + mark, s["H2"]))
            out.append(Paragraph(esc(t("tooling_note")), s["Small"]))
            for x in p.tooling:
                tools = f' <font color="{colour_hex(MUTED)}">({esc(", ".join(x.tools))})</font>' if x.tools else ""
                out.append(Paragraph(esc(x.text) + tools, s["Bullet"],
                                     bulletText="•"))
        out += self._profile_lists()
        return out

    def _profile_lists(self) -> list:
        """Must-haves on the left, interview and soft skills on the right: short lists, side by side."""
        p, s, refs, t = self.result.profile, self.styles, self.refs, self.t

        def block(title: str, items: list, topic: str) -> list:
            if not items:
                return []
            mark = refs.group([(item_label(x.text), x) for x in items], topic)
            return [Paragraph(esc(title) + mark, s["H3"])] + [Paragraph(esc(x.text), s["Bullet"], bulletText="•")
                                                             for x in items]

        left = block(t("must_haves"), p.must_have, t("topic_must_have"))
        right = block(t("every_interview"), p.interview_checks, t("topic_interview")) + block(
            t("soft_skills"), p.soft_skills, t("topic_soft_skill"))
        if not left and not right:
            return []
        # splitInRow: the two lists may continue on the next page instead of jumping there whole.
        table = Table([[left, right]], colWidths=[self.width * 0.5, self.width * 0.5], splitInRow=1)
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (0, -1), 10), ("RIGHTPADDING", (1, 0), (1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 0)]))
        return [table]


def status_markup(item: MandateItem) -> str:
    """A mandate item's status in the core's words: green in place, red missing, grey otherwise."""
    colour = {"in_place": OK, "missing": MISSING}.get(item.status, MUTED)
    if item.status == "unknown":
        colour = MISSING  # a don't-know counts as missing
    return f'<font color="{colour_hex(colour)}"><b>{esc(item.status_label)}</b></font>'
