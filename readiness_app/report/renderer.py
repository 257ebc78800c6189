"""The report renderer: page geometry, page decorations, and the build.

Sections are story methods mixed in from front, sections, plan and appendix;
this module owns the pages they flow into, the "page X of Y" footer and the
atomic, deterministic write."""

from __future__ import annotations

import datetime
import io
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, NextPageTemplate, PageTemplate, Spacer

from .. import __version__
from ..core.result import Result
from ..core.text import format_money, format_money_range, format_number
from .appendix import Appendix
from .fonts import BOLD, REGULAR, register_fonts
from .front import FrontMatter
from .plan import PlanSections
from .refs import References
from .sections import BodySections
from .styles import BRAND, MUTED, RULE, Paragraph, build_stylesheet, esc
from .support import DecisionSupport
from .texts import Texts
from .workshop import WorkshopSections

if TYPE_CHECKING:
    from ..core.kit import HiringKit
    from ..core.workshop import WorkshopSummary

PAPER_SIZES = {"a4": A4, "letter": LETTER}
Progress = Callable[[int, str], None]
_TOTAL_FORM = "pageTotal"


class _NumberedCanvas(Canvas):
    """Writes the page count into a form every footer references, once it is known."""

    def save(self) -> None:
        total = max(1, self.getPageNumber() - 1)
        self.beginForm(_TOTAL_FORM)
        self.setFont(REGULAR, ReportRenderer.footer_size)
        self.setFillColor(MUTED)
        self.drawString(0, 0, str(total))
        self.endForm()
        super().save()


class ReportRenderer(FrontMatter, BodySections, PlanSections, DecisionSupport, WorkshopSections, Appendix):
    """Renders a finished :class:`Result`; it never scores anything itself."""

    left_margin = 17 * mm
    right_margin = 17 * mm
    top_margin = 18 * mm
    bottom_margin = 16 * mm
    front_top_margin = 20 * mm
    column_gap = 7 * mm
    footer_size = 8

    def __init__(self, result: Result, *, paper: str = "a4", prepared_for: str | None = None,
                 prepared_by: str | None = None, date: datetime.date | None = None,
                 notes: dict[str, str] | None = None, progress: Progress | None = None,
                 workshop: WorkshopSummary | None = None, kit: HiringKit | None = None):
        key = (paper or "a4").strip().lower()
        if key not in PAPER_SIZES:
            raise ValueError(f"unknown paper size {paper!r}; use one of {', '.join(PAPER_SIZES)}")
        self.result = result
        self.t = Texts(result.language)
        self.workshop = workshop
        self.kit = kit  # the hiring kit, printed as an annex after the appendix when asked for
        self.pagesize = PAPER_SIZES[key]
        self.prepared_for = (prepared_for or "").strip() or None
        self.prepared_by = (prepared_by or "").strip() or None
        self.date = date or datetime.date.today()
        self.notes = {str(k): str(v) for k, v in (notes or {}).items() if v is not None}
        self._progress = progress
        self.width = self.pagesize[0] - self.left_margin - self.right_margin
        self.height = self.pagesize[1] - self.top_margin - self.bottom_margin
        self.col_width = (self.width - self.column_gap) / 2
        register_fonts()
        self.styles = build_stylesheet()
        self.refs = References(result)

    # -- helpers the sections share --------------------------------------------
    def progress(self, percent: int, key: str) -> None:
        if self._progress is not None:
            self._progress(percent, self.t(key))

    def num(self, value: float, decimals: int | None = None) -> str:
        """A number in the report's language; ``decimals=None`` keeps the significant ones (1, 0.25)."""
        if decimals is None:
            decimals = next((d for d in (0, 1, 2) if round(value, d) == round(value, 3)), 3)
        return format_number(value, self.t.lang, decimals)

    def money(self, amount: float | None) -> str:
        return format_money(amount, self.result.budget.currency, self.result.language)

    def money_range(self, low: float | None, high: float | None) -> str:
        return format_money_range(low, high, self.result.budget.currency, self.result.language)

    # -- pages -------------------------------------------------------------------
    def _page_templates(self) -> list[PageTemplate]:
        w, h = self.pagesize
        # Page 1's text stops above the note drawn at its foot (what does not fit continues on the
        # next page rather than over it).
        _, about = self._cover_about().wrap(self.width, 60 * mm)
        foot = self.bottom_margin + about + 6 + 8
        cover = Frame(self.left_margin, foot, self.width, h - self.front_top_margin - foot,
                      id="cover", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        body = Frame(self.left_margin, self.bottom_margin, self.width, self.height, id="body",
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        x0, y0, cw, gap = self.left_margin, self.bottom_margin, self.col_width, self.column_gap
        pad = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}
        columns = [Frame(x0, y0, cw, self.height, id="left", **pad),
                   Frame(x0 + cw + gap, y0, cw, self.height, id="right", **pad)]
        on_page = self._on_other_pages
        return [PageTemplate(id="cover", frames=[cover], onPage=self._on_first_page, pagesize=self.pagesize),
                PageTemplate(id="body", frames=[body], onPage=on_page, pagesize=self.pagesize),
                PageTemplate(id="appendix", frames=columns, onPage=on_page, pagesize=self.pagesize)]

    def _on_first_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        w, h = self.pagesize
        canvas.saveState()
        canvas.setFillColor(BRAND)
        canvas.rect(0, h - 8 * mm, w, 8 * mm, stroke=0, fill=1)
        canvas.setFillColor(MUTED)
        canvas.setFont(REGULAR, self.footer_size)
        about = self._cover_about()
        _, ah = about.wrap(self.width, 60 * mm)
        canvas.setStrokeColor(RULE)
        canvas.line(self.left_margin, self.bottom_margin + ah + 6, w - self.right_margin, self.bottom_margin + ah + 6)
        about.drawOn(canvas, self.left_margin, self.bottom_margin)
        canvas.restoreState()

    def _cover_about(self) -> Paragraph:
        """What the report rests on, at the foot of page 1: the sources, the questionnaire and the rules."""
        t, q = self.t, self.result.questionnaire
        sources = t.join([t("cover_source", publisher=esc(d.publisher), title=esc(d.title))
                          for d in self.result.sources])
        versions = t("versions", questionnaire=esc(t("cover_questionnaire_value", title=q.title, version=q.version,
                                                          id=q.id)),
                     rules=esc(t("cover_rules_value", id=q.rules_id, version=q.rules_version)))
        return Paragraph(f"{t('cover_about', sources=sources)} {versions}", self.styles["Muted"])

    def _on_other_pages(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        w, h = self.pagesize
        x0, x1 = self.left_margin, w - self.right_margin
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        top = h - self.top_margin + 7 * mm
        canvas.setFont(BOLD, self.footer_size)
        canvas.setFillColor(BRAND)
        canvas.drawString(x0, top + 2, self.t("report_title").upper())
        canvas.setFont(REGULAR, self.footer_size)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(x1, top + 2, self.t.date(self.date))
        canvas.line(x0, top - 2, x1, top - 2)
        y = self.bottom_margin - 9 * mm
        canvas.line(x0, y + 9, x1, y + 9)
        # "Page X of " then the total, drawn from a form filled in once the last page is known.
        slot = stringWidth("00", REGULAR, self.footer_size)
        label = self.t("page_of", n=canvas.getPageNumber())
        canvas.drawRightString(x1 - slot - stringWidth(" ", REGULAR, self.footer_size), y, label)
        canvas.saveState()
        canvas.translate(x1 - slot, y)
        canvas.doForm(_TOTAL_FORM)
        canvas.restoreState()
        room = x1 - x0 - stringWidth(label, REGULAR, self.footer_size) - slot - 12 * mm
        canvas.drawString(x0, y, _fit(self.result.company_name.strip() or self.t("report_title"), room, self.footer_size))
        canvas.restoreState()

    # -- build -------------------------------------------------------------------
    def _get_story(self) -> list:
        """Page 1, then the sections the outcome calls for, then the appendix.

        A hire: the signals, the profile, the budget, the plan and the business case. The mandate
        first: who must decide what, then the hire that follows. Not yet: what to watch and what
        would change the decision; no profile, budget or plan. Cannot assess yet: page 1 says what to
        find out; the appendix holds the answers. A workshop leads with what the group agreed."""
        r = self.result
        story: list = [NextPageTemplate("body")]
        story += self._front()
        story.append(_LeaveCover())
        if self.workshop is not None:
            self.progress(20, "progress_workshop")
            story += self._workshop_sections()
        self.progress(25, "progress_signals")
        if r.decision == "secure_mandate_first":
            story += self._mandate_plan()
        if r.decision != "cannot_assess_yet":
            story += self._signals()
        if r.decision in ("hire", "secure_mandate_first"):
            story += self._profile()
            self.progress(40, "progress_budget")
            story += self._budget()
            story += self._hiring_plan()
        if r.decision != "cannot_assess_yet":
            story += self._decision_support()
        self.progress(50, "progress_appendix")
        story += self._appendix()
        if self.kit:
            from .kit_annex import kit_annex

            story += kit_annex(self.kit, self.width, self.styles)
        return story

    def render(self, out: BinaryIO) -> None:
        r = self.result
        self.progress(5, "progress_prepare")
        company = r.company_name.strip()
        title = self.t("report_title")
        doc = BaseDocTemplate(
            out, pagesize=self.pagesize, leftMargin=self.left_margin, rightMargin=self.right_margin,
            topMargin=self.top_margin, bottomMargin=self.bottom_margin,
            title=f"{title}: {company}" if company else title,
            author=self.prepared_by or "readiness_app",
            subject=f"{r.decision_label}. {r.headline}",
            keywords=["MLOps", self.t("keyword_hiring"), self.t("keyword_readiness"), r.decision_label,
                      r.budget.market_label]
            + ([company] if company else []),
            creator=f"readiness_app {__version__}; rules {r.questionnaire.rules_id} {r.questionnaire.rules_version}; "
                    f"questionnaire {r.questionnaire.id} {r.questionnaire.version}", invariant=1, pageCompression=1,
        )
        doc.addPageTemplates(self._page_templates())
        story = self._get_story()
        self.progress(60, "progress_layout")
        doc.build(story, canvasmaker=_NumberedCanvas)
        self.progress(95, "progress_save")


class SummaryRenderer(ReportRenderer):
    """The one-page executive summary for a board pack: page 1 of the report, without the numbered
    references (their appendix is in the full report), with a line that says where the detail is."""

    def __init__(self, result: Result, **options: object) -> None:
        super().__init__(result, **options)  # type: ignore[arg-type]
        self.refs = References(result, marks=False)

    def _cover_about(self) -> Paragraph:
        about = super()._cover_about()
        return Paragraph(f"<b>{esc(self.t('summary_foot'))}</b> {about.text}", self.styles["Muted"])

    def _get_story(self) -> list:
        """One page: the next steps give way first, then what would change (the full report has both)."""
        room = self._page_templates()[0].frames[0]._aH
        for steps, changes in ((True, True), (False, True), (False, False)):
            story = self._front(steps=steps, changes=changes)
            used = sum(f.wrap(self.width, room)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in story)
            if used <= room:
                break
        return story


class _LeaveCover(Spacer):
    """The body starts on a page of its own after page 1; when page 1 ran over (a long French
    workshop), the body follows what ran over instead of leaving a page nearly empty."""

    locChanger = 1

    def __init__(self) -> None:
        super().__init__(0, 0)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        frame = self._doctemplateAttr("frame")
        if frame is not None and getattr(frame, "id", None) == "cover":
            from reportlab.platypus.doctemplate import FrameBreak

            frame.add_generated_content(FrameBreak)
        return 0, 0


def _fit(text: str, width: float, size: float) -> str:
    """One footer line: the text, shortened with an ellipsis if it is too wide."""
    text = " ".join(text.split())
    if stringWidth(text, REGULAR, size) <= width:
        return text
    while text and stringWidth(text + "…", REGULAR, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def render_report_bytes(result: Result, *, paper: str = "a4", prepared_for: str | None = None,
                        prepared_by: str | None = None, date: datetime.date | None = None,
                        notes: dict[str, str] | None = None, progress: Progress | None = None,
                        workshop: WorkshopSummary | None = None, kit: HiringKit | None = None) -> bytes:
    buffer = io.BytesIO()
    renderer = ReportRenderer(result, paper=paper, prepared_for=prepared_for, prepared_by=prepared_by, date=date,
                              notes=notes, progress=progress, workshop=workshop, kit=kit)
    renderer.render(buffer)
    if progress is not None:
        progress(100, renderer.t("progress_ready"))
    return buffer.getvalue()


def write_summary_report(result: Result, path: str | Path, *, paper: str = "a4", prepared_for: str | None = None,
                         prepared_by: str | None = None, date: datetime.date | None = None,
                         progress: Progress | None = None, workshop: WorkshopSummary | None = None) -> Path:
    from ..core.storage import atomic_write

    renderer = SummaryRenderer(result, paper=paper, prepared_for=prepared_for, prepared_by=prepared_by, date=date,
                               progress=progress, workshop=workshop)
    written = atomic_write(path, renderer.render)
    if progress is not None:
        progress(100, renderer.t("progress_saved"))
    return written


def write_report(result: Result, path: str | Path, *, paper: str = "a4", prepared_for: str | None = None,
                 prepared_by: str | None = None, date: datetime.date | None = None,
                 notes: dict[str, str] | None = None, progress: Progress | None = None,
                 workshop: WorkshopSummary | None = None, kit: HiringKit | None = None) -> Path:
    from ..core.storage import atomic_write

    renderer = ReportRenderer(result, paper=paper, prepared_for=prepared_for, prepared_by=prepared_by, date=date,
                              notes=notes, progress=progress, workshop=workshop, kit=kit)
    # Built straight into a temporary file beside the target, moved into place only when complete.
    written = atomic_write(path, renderer.render)
    if progress is not None:
        progress(100, renderer.t("progress_saved"))
    return written
