"""The hiring kit as an editable Word document (python-docx), for consultants who edit in Word.

It lays out a finished :class:`~readiness_app.core.kit.HiringKit`: every word comes from the kit. The
scorecards are tables with an empty rating and evidence column per attribute, to fill in by hand."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from ..core.kit import HiringKit
from ..core.result import Trace

if TYPE_CHECKING:
    from docx.document import Document


def _bullets(doc: Document, traces: list[Trace]) -> None:
    for t in traces:
        doc.add_paragraph(t.text, style="List Bullet")


def _section(doc: Document, title: str, traces: list[Trace], level: int = 2) -> None:
    if traces:
        doc.add_heading(title, level=level)
        _bullets(doc, traces)


def _labelled(doc: Document, label: str, text: str, style: str | None = None) -> None:
    paragraph = doc.add_paragraph(style=style)
    paragraph.add_run(label).bold = True
    paragraph.add_run(f" {text}")


def build_kit_docx(kit: HiringKit) -> Document:
    import docx

    lb, jp, plan = kit.labels, kit.job_post, kit.interview_plan
    doc = docx.Document()
    doc.core_properties.title = kit.heading
    doc.core_properties.language = kit.language
    doc.add_heading(kit.heading, level=0)
    if kit.draft_note is not None:
        _labelled(doc, lb.draft, kit.draft_note.text, "Intense Quote")
    doc.add_heading(lb.job_post, level=1)
    doc.add_paragraph().add_run(jp.title.text).bold = True
    if jp.about:
        doc.add_heading(lb.about, level=2)
        for t in jp.about:
            doc.add_paragraph(t.text)
    for title, traces in ((lb.missions, jp.missions), (lb.team, jp.team), (lb.must_have, jp.must_have),
                          (lb.nice_to_have, jp.nice_to_have), (lb.soft_skills, jp.soft_skills),
                          (lb.compensation, jp.compensation), (lb.offer, jp.offer)):
        _section(doc, title, traces)
    _section(doc, lb.open_points, kit.open_points, 1)

    doc.add_heading(lb.interview_plan, level=1)
    doc.add_heading(lb.stages, level=2)
    for stage in plan.stages:
        doc.add_heading(stage.title, level=3)
        _labelled(doc, lb.when, stage.timing.text)
        _labelled(doc, lb.who, stage.panel.text)
        doc.add_paragraph(stage.purpose.text)
        if stage.assesses is not None:
            doc.add_paragraph(stage.assesses.text)
    doc.add_heading(lb.timeline, level=2)
    doc.add_paragraph(plan.timeline.text)
    _bullets(doc, plan.longer_because)
    _section(doc, lb.how_it_runs, plan.notes)
    _section(doc, lb.panel, plan.panel)

    doc.add_heading(lb.scorecards, level=1)
    _section(doc, lb.rating, kit.scorecard.scale)
    for category in kit.scorecard.categories:
        doc.add_heading(category.title, level=2)
        for attr in category.attributes:
            doc.add_heading(attr.title, level=3)
            _labelled(doc, lb.stage, attr.stage_title)
            _labelled(doc, lb.validate, attr.validate.text)
            _labelled(doc, lb.operated, attr.operated.text)
            _labelled(doc, lb.studied, attr.studied.text)
            table = doc.add_table(rows=2, cols=2)
            table.style = "Table Grid"
            table.cell(0, 0).text, table.cell(0, 1).text = lb.rating_cell, lb.evidence_cell

    doc.add_heading(lb.sources, level=1)
    for ref in kit.references:
        paragraph = doc.add_paragraph(style="List Bullet")
        paragraph.add_run(f"{ref.publisher}: ")
        paragraph.add_run(f"“{ref.passage}”").italic = True
        if ref.summary:
            paragraph.add_run(f" {lb.summary} {ref.summary}")
    for assumption in kit.assumptions:
        _labelled(doc, lb.assumption, assumption, "List Bullet")
    return doc


def render_kit_docx(kit: HiringKit) -> bytes:
    """The Word document's bytes (write them with ``core.storage.atomic_write_bytes``)."""
    out = io.BytesIO()
    build_kit_docx(kit).save(out)
    return out.getvalue()
