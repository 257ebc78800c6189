"""What the parts of the report read from the renderer they are mixed into.

Each part (front matter, body, plan, decision support, workshop, appendix) is a mixin of
:class:`~.renderer.ReportRenderer`. This base names the renderer's state and the helpers
one part takes from another, so that each part is checked on its own; it adds nothing at
run time."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import datetime

    from reportlab.lib.styles import StyleSheet1
    from reportlab.platypus import Table

    from ..core.result import Result, Trace
    from ..core.workshop import WorkshopSummary
    from .refs import References
    from .texts import Texts


class RendererBase:
    # set by ReportRenderer.__init__
    result: Result
    t: Texts
    workshop: WorkshopSummary | None
    styles: StyleSheet1
    refs: References
    date: datetime.date
    notes: dict[str, str]
    prepared_for: str | None
    prepared_by: str | None
    width: float
    height: float
    col_width: float

    if TYPE_CHECKING:
        # ReportRenderer
        def progress(self, percent: int, key: str) -> None: ...
        def num(self, value: float, decimals: int | None = None) -> str: ...
        def money(self, amount: float | None) -> str: ...
        def money_range(self, low: float | None, high: float | None) -> str: ...

        # PlanSections
        def _notice(self, title: str, body: str) -> Table: ...

        # FrontMatter
        def front_advice(self) -> list[Trace]: ...

        # DecisionSupport
        def summary_changes(self, limit: int = 3) -> list[str]: ...
        def verify_names(self) -> str: ...

        # WorkshopSections
        def disputed_questions(self) -> set[str]: ...
        def cover_workshop_rows(self) -> list[tuple[str, str]]: ...
        def summary_workshop_rows(self) -> list[tuple[str, str, str]]: ...
