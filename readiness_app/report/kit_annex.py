"""The hiring kit as an annex to the PDF report, when asked for: the job post, the points to settle before
publishing, the interview plan and the scorecards, then the passages and assumptions they rest on.

It lays out a finished :class:`~readiness_app.core.kit.HiringKit`: every word comes from the kit, and the
quotation marks and the colon from the report's catalogue. The scorecards are tables with an empty rating and
evidence column, to print for each interviewer."""

from __future__ import annotations

from reportlab.lib.styles import StyleSheet1
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Table, TableStyle

from ..core.kit import HiringKit
from ..core.result import Trace
from .styles import PALE, RULE, Paragraph, build_stylesheet, esc, grid_style
from .texts import Texts


def kit_annex(kit: HiringKit, width: float, styles: StyleSheet1 | None = None,
              template: str = "body") -> list[Flowable]:
    """The annex's flowables, from a page of its own in the page template ``template``, ``width`` wide."""
    return _Annex(kit, width, styles or build_stylesheet()).story(template)


class _Annex:
    def __init__(self, kit: HiringKit, width: float, styles: StyleSheet1):
        self.kit, self.width, self.s, self.t = kit, width, styles, Texts(kit.language)

    def p(self, markup: str, style: str) -> Paragraph:
        return Paragraph(markup, self.s[style])

    def bullets(self, traces: list[Trace]) -> list[Flowable]:
        return [Paragraph(esc(t.text), self.s["Bullet"], bulletText="•") for t in traces]

    def section(self, title: str, traces: list[Trace], style: str = "H3") -> list[Flowable]:
        return [self.p(esc(title), style), *self.bullets(traces)] if traces else []

    def labelled(self, label: str, text: str) -> str:
        return f"<b>{esc(label)}</b> {esc(text)}"

    def story(self, template: str) -> list[Flowable]:
        kit, lb = self.kit, self.kit.labels
        out: list[Flowable] = [NextPageTemplate(template), PageBreak(), self.p(esc(kit.heading), "H1")]
        if kit.draft_note is not None:
            out.append(self.p(self.labelled(lb.draft, kit.draft_note.text), "NoteBox"))
        return out + self.job_post() + self.section(lb.open_points, kit.open_points, "H2") \
            + self.interview_plan() + self.scorecards() + self.sources()

    def job_post(self) -> list[Flowable]:
        lb, jp = self.kit.labels, self.kit.job_post
        out: list[Flowable] = [self.p(esc(lb.job_post), "H2"), self.p(f"<b>{esc(jp.title.text)}</b>", "Lead")]
        if jp.about:
            out += [self.p(esc(lb.about), "H3"), *[self.p(esc(t.text), "Body") for t in jp.about]]
        for title, traces in ((lb.missions, jp.missions), (lb.team, jp.team), (lb.must_have, jp.must_have),
                              (lb.nice_to_have, jp.nice_to_have), (lb.soft_skills, jp.soft_skills),
                              (lb.compensation, jp.compensation), (lb.offer, jp.offer)):
            out += self.section(title, traces)
        return out

    def interview_plan(self) -> list[Flowable]:
        lb, plan = self.kit.labels, self.kit.interview_plan
        rows = []
        for number, stage in enumerate(plan.stages, 1):
            what = [esc(stage.purpose.text)] + ([f"<i>{esc(stage.assesses.text)}</i>"] if stage.assesses else [])
            rows.append([self.p(f"<b>{number}. {esc(stage.title)}</b><br/>{esc(stage.timing.text)}", "Cell"),
                         self.p(self.labelled(lb.who, stage.panel.text), "Cell"),
                         self.p("<br/>".join(what), "Cell")])
        table = Table(rows, colWidths=[self.width * 0.27, self.width * 0.28, self.width * 0.45], repeatRows=0)
        table.setStyle(TableStyle(grid_style(header=False)))
        out: list[Flowable] = [self.p(esc(lb.interview_plan), "H2"), self.p(esc(lb.stages), "H3"), table,
                               self.p(esc(lb.timeline), "H3"), self.p(esc(plan.timeline.text), "Body"),
                               *self.bullets(plan.longer_because)]
        return out + self.section(lb.how_it_runs, plan.notes) + self.section(lb.panel, plan.panel)

    def scorecards(self) -> list[Flowable]:
        lb, card = self.kit.labels, self.kit.scorecard
        out: list[Flowable] = [self.p(esc(lb.scorecards), "H2"), *self.section(lb.rating, card.scale)]
        widths = [self.width * f for f in (0.24, 0.48, 0.11, 0.17)]
        for category in card.categories:
            rows = [[self.p(esc(category.title), "HeadCell"), "", self.p(esc(lb.rating_cell), "HeadCell"),
                     self.p(esc(lb.evidence_cell), "HeadCell")]]
            for a in category.attributes:
                criteria = "<br/>".join(self.labelled(label, trace.text) for label, trace in (
                    (lb.validate, a.validate), (lb.operated, a.operated), (lb.studied, a.studied)))
                rows.append([self.p(f"<b>{esc(a.title)}</b><br/>{self.labelled(lb.stage, a.stage_title)}", "Cell"),
                             self.p(criteria, "Cell"), "", ""])
            table = Table(rows, colWidths=widths, repeatRows=1)
            table.setStyle(TableStyle(grid_style() + [
                ("SPAN", (0, 0), (1, 0)),
                ("BOX", (2, 1), (-1, -1), 0.4, RULE), ("INNERGRID", (2, 1), (-1, -1), 0.4, RULE),
                ("BACKGROUND", (2, 1), (-1, -1), PALE)]))
            out += [table, self.p("", "Small")]
        return out

    def sources(self) -> list[Flowable]:
        kit, lb, t = self.kit, self.kit.labels, self.t
        out: list[Flowable] = [self.p(esc(lb.sources), "H2")]
        for ref in kit.references:
            line = f"{esc(ref.publisher)}{esc(t('colon'))}<i>{esc(t('quoted', text=ref.passage))}</i>"
            if ref.summary:  # in our words: beside the passage, never in quotation marks
                line += f" {self.labelled(lb.summary, ref.summary)}"
            out.append(Paragraph(line, self.s["Ref"], bulletText="•"))
        out += [Paragraph(self.labelled(lb.assumption, a), self.s["Ref"], bulletText="•") for a in kit.assumptions]
        return out
