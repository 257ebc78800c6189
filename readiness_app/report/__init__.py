"""The PDF report: renders a finished assessment result, never scores.

``write_report`` writes the file atomically; ``render_report_bytes`` returns the
PDF in memory. reportlab is imported on first use, not with this package."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..core.kit import HiringKit
    from ..core.result import Result
    from ..core.workshop import WorkshopSummary

__all__ = ["render_report_bytes", "write_report", "write_summary_report"]


def write_report(result: Result, path: str | Path, *, paper: str = "a4", prepared_for: str | None = None,
                 prepared_by: str | None = None, date: datetime.date | None = None,
                 notes: dict[str, str] | None = None, progress: Callable[[int, str], None] | None = None,
                 workshop: WorkshopSummary | None = None, kit: HiringKit | None = None) -> Path:
    """Write the PDF report of ``result`` to ``path`` and return the path.

    ``paper`` is "a4" or "letter"; ``notes`` maps a questionnaire section id to
    notes shown with that section's answers; ``progress(percent, message)`` is
    called while the report is built. ``workshop`` (from
    ``core.workshop.workshop_summary``) adds the sections on the respondents'
    disputed answers and on the progress since the last visit. ``kit`` (from
    ``core.kit.build_kit``) adds the hiring kit as an annex after the appendix.
    The report is in ``result.language``. The file is replaced in one step: a failed
    export leaves any existing file untouched. Raises ``OutputError`` when the
    folder is missing or not writable."""
    from .renderer import write_report as _write

    return _write(result, path, paper=paper, prepared_for=prepared_for, prepared_by=prepared_by, date=date,
                  notes=notes, progress=progress, workshop=workshop, kit=kit)


def render_report_bytes(result: Result, *, paper: str = "a4", prepared_for: str | None = None,
                        prepared_by: str | None = None, date: datetime.date | None = None,
                        notes: dict[str, str] | None = None,
                        progress: Callable[[int, str], None] | None = None,
                        workshop: WorkshopSummary | None = None, kit: HiringKit | None = None) -> bytes:
    """The PDF report of ``result`` as bytes (same options as :func:`write_report`)."""
    from .renderer import render_report_bytes as _render

    return _render(result, paper=paper, prepared_for=prepared_for, prepared_by=prepared_by, date=date,
                   notes=notes, progress=progress, workshop=workshop, kit=kit)


def write_summary_report(result: Result, path: str | Path, *, paper: str = "a4", prepared_for: str | None = None,
                         prepared_by: str | None = None, date: datetime.date | None = None,
                         progress: Callable[[int, str], None] | None = None,
                         workshop: WorkshopSummary | None = None) -> Path:
    """Write the one-page executive summary of ``result`` to ``path`` (for a board pack) and return the
    path: the decision, the hiring need, the key facts and the next steps, as on page 1 of the full report,
    without the numbered references. Same options and errors as :func:`write_report`."""
    from .renderer import write_summary_report as _write

    return _write(result, path, paper=paper, prepared_for=prepared_for, prepared_by=prepared_by, date=date,
                  progress=progress, workshop=workshop)
