"""The final page: the engine's result shown live, every sentence expandable
to the answers that caused it and the passage of the document behind it, and
beside it the decision support (see support_view)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ..core.result import Result, Trace
from ..core.text import format_money_range, format_number, lower_first
from .documents import AssessmentModel
from .reflow import Columns, FlowLayout, TabLines, WrapLabel, scrolled
from .style import BANNER, scaled_font
from .support_view import (
    BusinessCaseView,
    ThresholdsView,
    ToVerifyView,
    WhatWouldChangeView,
    link_button,
    mark_colour,
    restyle_link,
)
from .workshop_view import DisagreementsView, ProgressView

LANGUAGE_NAMES = {"en": "English", "fr": "Français"}  # each in its own language


class TraceItem(QWidget):
    """One sentence; its arrow (or Space) shows the answers, rule and source behind it."""

    answerActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.trace: Trace | None = None
        self._built: tuple[object, ...] | None = None  # what the open details were built for
        self.result: Result | None = None
        self.toggle = QToolButton()
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.toggle.toggled.connect(self._expand)
        self.text = WrapLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.details = QFrame()
        self.details.setFrameShape(QFrame.Shape.StyledPanel)
        self.details_layout = QVBoxLayout(self.details)
        self.details_layout.setContentsMargins(10, 6, 10, 6)
        self.details.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 2)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.details)

    def set_trace(self, trace: Trace, result: Result) -> None:
        """Show ``trace``; texts that did not change are left alone (an answer changed on the result
        page changes a few sentences, not the forty shown)."""
        self.trace, self.result = trace, result
        if self.text.text() != trace.text:
            self.text.setText(trace.text)
            self.toggle.setAccessibleName(self.tr("Why: {0}").format(trace.text))
        tip = []
        if trace.source:
            tip.append(f"“{trace.source.passage}”")
            if trace.source.summary:  # a paraphrase, in our words: never in quotation marks
                tip.append(self.tr("Summary: {0}").format(trace.source.summary))
        if trace.assumption:
            tip.append(self.tr("Assumption: {0}").format(trace.assumption))
        tip_text = "\n\n".join(tip) or self.tr("Click the arrow to see the answers behind this.")
        if self.text.toolTip() != tip_text:
            self.text.setToolTip(tip_text)
        if self.toggle.isChecked() and self._details_key() != self._built:
            self._build_details()

    def _details_key(self) -> tuple[object, ...] | None:
        """What the open details show: the trace and how its answers read now. While it stays the same, the
        details (and the answer links under the reader's pointer) are left as they are."""
        if self.trace is None or self.result is None:
            return None
        shown = {q.id: q.display for s in self.result.answers for q in s.questions}
        return (self.trace.model_dump_json(), tuple(shown.get(q) for q in self.trace.answers))

    def changeEvent(self, event: QEvent) -> None:
        # style sheets resolve palette() once: rebuild the answer links when the system theme changes
        if event.type() == QEvent.Type.PaletteChange and self.toggle.isChecked():
            self._build_details()
        super().changeEvent(event)

    def _expand(self, on: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        if on:
            self._build_details()
        self.details.setVisible(on)
        # lay the opened details out now (the scroll area grows its page too), so their answer links have
        # their size and can be clicked at once rather than after the next pass of the event loop
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)

    def _build_details(self) -> None:
        self._built = self._details_key()
        while self.details_layout.count():
            item = self.details_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget:
                widget.hide()  # gone from the screen now, deleted when the event loop gets to it
                widget.deleteLater()
        trace, result = self.trace, self.result
        if trace is None or result is None:
            return
        shown = {q.id: (q.label, q.display) for s in result.answers for q in s.questions}
        if trace.answers:
            because = WrapLabel(self.tr("Because you answered (click to change):"))  # a narrow column
            self.details_layout.addWidget(because)
            for qid in trace.answers:
                label, display = shown.get(qid, (qid, "?"))
                button = link_button(f"{label} → {display}", self.tr("Change answer: {0}").format(label))
                button.clicked.connect(lambda _c=False, q=qid: self.answerActivated.emit(q))
                self.details_layout.addWidget(button)
        else:
            plain = WrapLabel(self.tr("Not caused by a particular answer."))
            self.details_layout.addWidget(plain)
        docs = {d.id: d for d in result.sources}
        if trace.source:
            doc = docs.get(trace.source.document)
            name = f"{doc.publisher}, {doc.title} ({doc.year})" if doc else trace.source.document
            self._detail(self.tr("Source: {0}").format(f"{escape(name)}<br><i>“{escape(trace.source.passage)}”</i>"))
            if trace.source.summary:
                self._detail(self.tr("Summary: {0}").format(escape(trace.source.summary)))
        if trace.assumption:
            self._detail(self.tr("Assumption: {0}").format(escape(trace.assumption)))
        self._detail(self.tr("Rule: {0}").format(f"<code>{escape(trace.rule)}</code>"))

    def _detail(self, html: str) -> None:
        label = WrapLabel(html)
        label.setTextFormat(Qt.TextFormat.RichText)  # escaped text without a tag would show its entities
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_layout.addWidget(label)


class TraceList(QWidget):
    """A list of TraceItems that reuses its widgets between updates. A sentence keeps its widget
    while its rule stays in the list: when an answer adds a sentence in the middle, the others
    keep their text (and their open details) instead of each taking the next one's."""

    answerActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(2)
        self.items: list[TraceItem] = []  # in the order shown; the unused ones (hidden) last

    @staticmethod
    def _keys(traces: Sequence[Trace | None]) -> list[tuple[str, int]]:
        seen: dict[str, int] = {}
        keys = []
        for trace in traces:
            rule = trace.rule if trace is not None else ""
            keys.append((rule, seen.get(rule, 0)))
            seen[rule] = seen.get(rule, 0) + 1
        return keys

    def set_traces(self, traces: list[Trace], result: Result) -> None:
        shown = [item for item in self.items if not item.isHidden()]
        by_key = dict(zip(self._keys([item.trace for item in shown]), shown, strict=True))
        wanted = self._keys(traces)
        spare = [item for item in self.items if item.isHidden()]
        spare += [item for key, item in by_key.items() if key not in set(wanted)]
        order = []
        for key in wanted:
            item = by_key.get(key) if key in by_key else None
            if item is None:
                item = spare.pop(0) if spare else self._new_item()
            order.append(item)
        for index, item in enumerate(order):
            if self.layout_.indexOf(item) != index:
                self.layout_.insertWidget(index, item)  # moves it when it is already in the layout
        for item, trace in zip(order, traces, strict=True):
            item.set_trace(trace, result)
            if item.isHidden():  # show() costs even on a shown widget
                item.show()
        unused = [item for item in self.items if item not in order]
        for item in unused:
            if not item.isHidden():
                item.hide()
        self.items = order + unused

    def _new_item(self) -> TraceItem:
        item = TraceItem()
        item.answerActivated.connect(self.answerActivated)
        self.layout_.addWidget(item)
        return item


class SignalList(QWidget):
    """The hiring signals, each a line in bold (present or not) over its evidence. Plain labels, each laid
    out once for its text: one rich text for the five, its figures changing with the answers, was laid out
    anew, at several widths, for every answer changed."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(2)
        self.rows: list[tuple[WrapLabel, WrapLabel]] = []

    def show_signals(self, rows: list[tuple[str, str]]) -> None:
        """``rows``: the line (mark, name and state) and the evidence of each signal."""
        while len(self.rows) < len(rows):
            title, evidence = WrapLabel(), WrapLabel()
            title.setFont(scaled_font(self, 1.0, bold=True))
            evidence.setContentsMargins(0, 0, 0, 6)
            for label in (title, evidence):
                label.setTextFormat(Qt.TextFormat.PlainText)
                self.box.addWidget(label)
            self.rows.append((title, evidence))
        for index, labels in enumerate(self.rows):
            shown = index < len(rows)
            for label, text in zip(labels, rows[index] if shown else ("", ""), strict=True):
                if shown:
                    label.setText(text)
                if label.isHidden() == shown:
                    label.setVisible(shown)

    def texts(self) -> list[str]:
        return [f"{title.text()}\n{evidence.text()}" for title, evidence in self.rows if not title.isHidden()]


class Banner(QFrame):
    """The decision banner: a rounded block in the decision's colour. Painted, and
    its text colour set through the palette, rather than styled with a style
    sheet: a style sheet made showing the page (and its buttons) several times slower."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.background = QColor(BANNER["not_yet"][0])

    def set_colours(self, background: str, foreground: str) -> None:
        self.background = QColor(background)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(foreground))
        self.setPalette(palette)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.background)
        painter.drawRoundedRect(self.rect(), 6, 6)
        painter.end()


class ResultPage(QWizardPage):
    """The decision banner above four tabs: the recommendation, what would change it,
    the business case and the thresholds. The banner and the recommendation follow
    every answer at once; the decision support (the engine's search for what would
    change the decision and its don't-know analysis) follows a moment later, once
    for a burst of changes, so typing stays fluid."""

    answerActivated = Signal(str)
    exportRequested = Signal()
    exportAgainRequested = Signal(object)  # the file of the report older than the answers
    previewRequested = Signal()
    snapshotRequested = Signal()

    DISAGREEMENTS_TAB, PROGRESS_TAB = 4, 5
    FIRST_SUPPORT_MS = 30  # after the page's first paint
    SUPPORT_DELAY_MS = 120  # after the last of a burst of changes (typing, a slider drag)

    def __init__(self, model: AssessmentModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.result: Result | None = None
        self.support: Result | None = None  # the full result the support tabs show
        self.setTitle(self.tr("Recommendation"))
        self.setSubTitle(self.tr("Follows your answers live. Open ▸ on any sentence to see the answers and "
                                 "the source behind it; click an answer to change it."))
        self.setFinalPage(True)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        self.tabs.setAccessibleName(self.tr("Result views"))
        self.scroll_area = scrolled(self._recommendation())
        self.tabs.addTab(self.scroll_area, self.tr("&Recommendation"))
        self.what_would_change = WhatWouldChangeView()
        self.business_case = BusinessCaseView()
        self.thresholds = ThresholdsView()
        for view in (self.what_would_change, self.business_case, self.thresholds):
            view.answerActivated.connect(self.answerActivated)
            self.tabs.addTab(scrolled(view), "")
        # a workshop: the disputed answers with their settle controls, and the change since the last visit
        self.disagreements = DisagreementsView(model)
        self.progress_view = ProgressView(model)
        self.progress_view.snapshotRequested.connect(self.snapshotRequested)
        self.tabs.addTab(scrolled(self.disagreements), "")
        self.tabs.addTab(scrolled(self.progress_view), "")
        self.tab_lines = TabLines(self.tabs)  # in place of the tab bar when its tabs do not fit
        self._tab_titles()
        self.workshop_line = link_button("", self.tr("Show the disagreements"))
        self.workshop_line.setFont(scaled_font(self, 1.05, bold=True))
        self.workshop_line.clicked.connect(self.show_disagreements)
        self.workshop_line.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self._banner(), 1)
        top.addWidget(self._actions(), 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        layout.addWidget(self.workshop_line)
        layout.addWidget(self.tab_lines)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(self._export_row())
        self.support_timer = QTimer(self)
        self.support_timer.setSingleShot(True)
        self.support_timer.timeout.connect(self._show_support)
        model.changed.connect(self._model_changed)

    # -- building ----------------------------------------------------------
    def _recommendation(self) -> QWidget:
        content = QWidget()
        column = QVBoxLayout(content)
        self.recommendation_column = column
        column.setContentsMargins(4, 8, 16, 8)
        column.setSpacing(10)
        self.to_verify = ToVerifyView()
        self.to_verify.answerActivated.connect(self.answerActivated)
        self.to_verify.hide()
        column.addWidget(self.to_verify)
        left, right = QVBoxLayout(), QVBoxLayout()
        self.why = self._section(left, self.tr("Why"))
        self.signals = SignalList()
        self._heading(left, self.tr("Hiring signals")).addWidget(self.signals)
        # "Not yet": what to watch, in place of a profile, a budget and a time to hire that nobody should act on
        self.watch_box = QWidget()
        watch = QVBoxLayout(self.watch_box)
        watch.setContentsMargins(0, 0, 0, 0)
        self.watch_traces = self._section(watch, self.tr("What to watch"))
        self.watch_box.hide()
        right.addWidget(self.watch_box)
        self.hire_box = QWidget()
        plan = QVBoxLayout(self.hire_box)
        plan.setContentsMargins(0, 0, 0, 0)
        self.profile_label = self._label(self._heading(plan, self.tr("Profile")))
        self.profile_traces = self._traces(plan)
        self.budget_label = self._label(self._heading(plan, self.tr("Budget")))
        self.budget_traces = self._traces(plan)
        self.time_label = self._label(self._heading(plan, self.tr("Time to hire")))
        self.time_traces = self._traces(plan)
        right.addWidget(self.hire_box)
        self.mandate_label = self._label(self._heading(right, self.tr("Mandate")))
        self.mandate_traces = self._traces(right)
        left.addStretch(1)
        right.addStretch(1)
        self.columns = Columns(left, right)  # side by side on a laptop, stacked on a projector
        column.addWidget(self.columns)
        column.addStretch(1)
        return content

    def _banner(self) -> QFrame:
        self.banner = Banner()
        self.banner.setObjectName("banner")
        box = QVBoxLayout(self.banner)
        box.setContentsMargins(16, 8, 16, 8)
        box.setSpacing(2)
        self.decision = QLabel()
        self.decision.setFont(scaled_font(self, 1.6, bold=True))
        self.decision.setAccessibleName(self.tr("Decision"))
        self.provisional = QLabel(self.tr("PROVISIONAL"))
        self.provisional.setObjectName("provisional")
        self.provisional.setFrameShape(QFrame.Shape.Box)  # drawn in the banner's text colour
        self.provisional.setLineWidth(2)
        self.provisional.setMargin(3)
        self.provisional.setIndent(8)
        self.provisional.setFont(scaled_font(self, 1.15, bold=True))
        self.provisional.setAccessibleName(self.tr("Provisional decision"))
        self.provisional.setToolTip(self.tr("A “don't know” answer could change this decision: "
                                            "see “To verify before deciding”."))
        self.provisional.hide()
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(16)
        top.addWidget(self.decision)
        top.addWidget(self.provisional, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addStretch(1)
        self.headline = WrapLabel()
        self.headline.setFont(scaled_font(self, 1.15))
        self.score = WrapLabel()
        self.facts = WrapLabel()
        self.facts.setFont(scaled_font(self, 1.05, bold=True))
        self.facts.setAccessibleName(self.tr("Key figures"))
        self.confidence = WrapLabel()
        self.confidence.setAccessibleName(self.tr("Confidence"))
        box.addLayout(top)
        for w in (self.headline, self.facts, self.score, self.confidence):
            box.addWidget(w)
        return self.banner

    def _actions(self) -> QWidget:
        corner = QWidget()
        row = QVBoxLayout(corner)
        row.setContentsMargins(0, 0, 0, 0)
        self.export_button = QPushButton(self.tr("&Export PDF…"))
        self.export_button.setAccessibleName(self.tr("Export the PDF report"))
        self.preview_button = QPushButton(self.tr("Pre&view report"))
        self.export_button.clicked.connect(self.exportRequested)
        self.preview_button.clicked.connect(self.previewRequested)
        self.language = QComboBox()
        self.language.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # never narrower than its names
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setAccessibleName(self.tr("Language of the result and the report"))
        self.language.setToolTip(self.tr("The result and the PDF report are in this language "
                                         "(chosen for each assessment)"))
        self.language.currentIndexChanged.connect(
            lambda i: self.model.set_language(self.language.itemData(i)) if i >= 0 else None)
        language_label = QLabel(self.tr("Report &in:"))
        language_label.setBuddy(self.language)
        language_row = QHBoxLayout()
        language_row.setContentsMargins(0, 0, 0, 0)
        language_row.addWidget(language_label)
        language_row.addWidget(self.language, 1)
        row.addWidget(self.export_button)
        row.addWidget(self.preview_button)
        row.addLayout(language_row)
        self.export_button.setMinimumHeight(self.export_button.sizeHint().height() + 12)  # the main action
        return corner

    def _export_row(self) -> FlowLayout:
        row = FlowLayout()
        row.setContentsMargins(4, 0, 4, 0)
        self.export_status = WrapLabel()
        self.export_status.setTextFormat(Qt.TextFormat.PlainText)
        self.export_again = QPushButton(self.tr("Export a&gain"))
        self.export_again.setToolTip(self.tr("Write the report again to the same file, with the answers as they are now"))
        self.export_again.clicked.connect(lambda: self.exportAgainRequested.emit(self.exported))
        self.open_pdf = QPushButton(self.tr("Open &PDF"))
        self.show_folder = QPushButton(self.tr("Show in fol&der"))
        row.add(self.export_status, stretch=True)
        row.add(self.export_again)
        row.add(self.open_pdf)
        row.add(self.show_folder)
        self.exported: Path | None = None
        self.exported_for: tuple[int, str] | None = None  # the answers and the language the report was written for
        self.set_exported(None)
        return row

    def _tab_titles(self) -> None:
        wwc, bc, th = self.what_would_change, self.business_case, self.thresholds
        ready = self.support is not None
        people, snaps = self.model.respondents, self.model.doc.snapshots
        compact = bool(people or snaps)  # six tabs must fit beside the side panel at 1280 pixels
        count = self.tr("What would &change ({0})").format(wwc.count) if ready else self.tr("What would &change")
        fte = (self.tr("B&usiness case ({0} FTE)").format(format_number(bc.case.total_fte, self.model.report_lang, 1))
               if ready and bc.case and not compact else self.tr("B&usiness case"))
        if ready and th.borderline:
            near = (self.tr("&Thresholds ({0})") if compact else self.tr("&Thresholds ({0} borderline)")).format(
                th.borderline)
        else:
            near = self.tr("&Thresholds")
        # how many are still to settle is in the workshop line above: the tab only counts them
        dis = self.tr("Disa&greements ({0})").format(len(self.disagreements.items))
        since = self.tr("Since &last visit")
        for index, text in ((1, count), (2, fte), (3, near), (self.DISAGREEMENTS_TAB, dis),
                            (self.PROGRESS_TAB, since)):
            if self.tabs.tabText(index) != text:
                self.tabs.setTabText(index, text)
        self.tabs.setTabVisible(self.DISAGREEMENTS_TAB, bool(people))
        self.tabs.setTabVisible(self.PROGRESS_TAB, bool(snaps))
        self.tab_lines.sync()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.tab_lines.sync()

    def _heading(self, column: QVBoxLayout, text: str) -> QVBoxLayout:
        title = QLabel(text)
        title.setFont(scaled_font(self, 1.2, bold=True))
        column.addSpacing(6)
        column.addWidget(title)
        return column

    def _label(self, column: QVBoxLayout) -> QLabel:
        label = WrapLabel()
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(label)
        return label

    def _traces(self, column: QVBoxLayout) -> TraceList:
        traces = TraceList()
        traces.answerActivated.connect(self.answerActivated)
        column.addWidget(traces)
        return traces

    def _section(self, column: QVBoxLayout, title: str) -> TraceList:
        return self._traces(self._heading(column, title))

    # -- showing -----------------------------------------------------------
    def _is_current(self) -> bool:
        return self.wizard() is not None and self.wizard().currentPage() is self

    def initializePage(self) -> None:
        full = self.model.full_result_ready()
        result = full or self.model.result()
        if result is not self.result:  # the same result (the answers did not change): already shown
            self.show_result(result)
        if full is not None:
            if full is not self.support:
                self.show_support(full)
        else:
            self.support_timer.start(self.FIRST_SUPPORT_MS)
        QTimer.singleShot(0, self, self._focus_export)

    def _model_changed(self) -> None:
        """An answer changed while the result shows (a file opened, a test, a script): follow it."""
        if self.exported is not None:
            self._show_export_state()
        if self._is_current():
            self.show_result(self.model.result())
            self.support_timer.start(self.SUPPORT_DELAY_MS)

    def _show_support(self) -> None:
        if self._is_current():
            self.show_support(self.model.result(full=True))

    def _focus_export(self) -> None:
        if self._is_current():
            self.export_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_exported(self, path: Path | None) -> None:
        """The report just written to ``path``: it holds the answers as they are now."""
        self.exported = path
        self.exported_for = (self.model.revision, self.model.report_lang) if path else None
        self._show_export_state()

    def export_is_stale(self) -> bool:
        """True when the answers (or the report's language) changed since the report was written."""
        return self.exported_for is not None and self.exported_for != (self.model.revision, self.model.report_lang)

    def _show_export_state(self) -> None:
        path, stale = self.exported, self.export_is_stale()
        if path is None:
            text = ""
        elif stale:
            text = self.tr("⚠ Report saved: {0}, older than the answers: export it again to update it").format(path)
        else:
            text = self.tr("Report saved: {0}").format(path)
        if self.export_status.text() != text:
            self.export_status.setText(text)
            self.export_status.setStyleSheet(f"color: {mark_colour(self)}; font-weight: bold;" if stale else "")
        self.open_pdf.setText(self.tr("Open the older &PDF") if stale else self.tr("Open &PDF"))
        self.open_pdf.setToolTip(self.tr("The report does not show the latest answers") if stale else "")
        for w in (self.open_pdf, self.show_folder):
            w.setVisible(path is not None)
        self.export_again.setVisible(stale)

    def support_pending(self) -> bool:
        """True while the decision support shown is older than the answers."""
        return self.support_timer.isActive() or self.model.full_result_ready() is not self.support

    def show_support(self, r: Result) -> None:
        """Confidence, to-verify list, what would change, business case and thresholds of a full result."""
        self.support = r
        self._confidence(r)
        self.to_verify.show_items(r.to_verify)
        self.what_would_change.show_items(r.what_would_change, r)
        questions = self.model.questionnaire.questions
        self.business_case.show_case(r.business_case, r.language,
                                     BusinessCaseView.COST_QUESTION in self.model.agreed_visible()
                                     and BusinessCaseView.COST_QUESTION in questions)
        self.thresholds.show_items(r.sensitivity, set(questions))
        self.show_workshop()

    def show_workshop(self) -> None:
        """The disputed answers, what is still to settle and the change since the last visit."""
        model = self.model
        people = model.respondents
        self.disagreements.show_items(model.disagreements())
        if model.doc.snapshots:
            self.progress_view.refresh()
        if people:
            disputed, open_ = len(self.disagreements.items), self.disagreements.to_settle()
            text = self.tr("Workshop with {0} respondents: {1} disputed answers, {2} still to settle").format(
                len(people), disputed, open_)
            if len(people) < 2:
                text = self.tr("Workshop: 1 respondent so far; add another to compare answers")
            elif not disputed:
                text = self.tr("Workshop with {0} respondents: they agree on every answer").format(len(people))
            self.workshop_line.setText(text + "  ▸")
            self.workshop_line.setAccessibleName(text)
        self.workshop_line.setVisible(bool(people))
        self._tab_titles()

    def show_disagreements(self) -> None:
        self.tabs.setCurrentIndex(self.DISAGREEMENTS_TAB)
        cards = self.disagreements.shown_cards()
        (cards[0].focus_target() if cards else self.tabs.tabBar()).setFocus(Qt.FocusReason.OtherFocusReason)

    def show_progress(self) -> None:
        self.tabs.setCurrentIndex(self.PROGRESS_TAB)
        self.progress_view.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            restyle_link(self.workshop_line)
            self.tab_lines.restyle()
        super().changeEvent(event)

    def _confidence(self, r: Result) -> None:
        c = r.confidence
        provisional = bool(c and c.provisional)
        self.provisional.setVisible(provisional)
        if c is None:
            return
        self.confidence.setText(c.text)
        self.decision.setAccessibleName(self.tr("Decision (provisional)") if provisional else self.tr("Decision"))

    def show_result(self, r: Result) -> None:
        """The banner and the recommendation tab for ``r``. The tab's layout waits until every sentence
        is set: showing a sentence that was hidden lays out its ancestors at once, so one change of the
        number of sentences would otherwise lay the whole tab out several times."""
        layout = self.recommendation_column
        layout.setEnabled(False)
        try:
            self._show_result(r)
        finally:
            layout.setEnabled(True)
            layout.update()  # one layout pass, before the next paint

    def _show_result(self, r: Result) -> None:
        self.result = r
        index = self.language.findData(self.model.report_lang)
        if index != self.language.currentIndex():
            self.language.blockSignals(True)
            self.language.setCurrentIndex(index)
            self.language.blockSignals(False)
        background, foreground = BANNER[r.decision]
        if self.banner.property("decision") != r.decision:
            self.banner.setProperty("decision", r.decision)
            self.banner.set_colours(background, foreground)
        if r.confidence is not None:
            self._confidence(r)
        elif not self.model.unknown_answers():  # nothing unknown: firm at once, without waiting for the search
            self.provisional.hide()
            self.confidence.setText(self.tr("Every answer the decision depends on is known."))
            self.decision.setAccessibleName(self.tr("Decision"))
        self.decision.setText(r.decision_label)
        self.headline.setText(r.headline)
        self.score.setText(self.tr("Hiring need {0}/100 (higher means a stronger case for the role, not maturity) · {1}").format(r.score, r.signals_text))
        self.score.setVisible(r.decision != "cannot_assess_yet")  # a score of unknown answers measures nothing
        # the actions for the missing mandate items are listed once, under Mandate
        shown_under_mandate = {id(m.trace) for m in r.mandate.items if m.missing}
        self.why.set_traces([x for x in r.rationale + r.advice if id(x) not in shown_under_mandate], r)
        rows = []
        for s in r.signals:
            mark = "✔" if s.present else "–"
            state = self.tr("present") if s.present else self.tr("not present")
            rows.append((f"{mark} {s.title} ({state})", s.evidence))
        self.signals.show_signals(rows)
        p = r.profile
        focus = ", ".join(f.title for f in p.focus_areas) or self.tr("general MLOps")
        focus_word = self.tr("Focus")
        self.profile_label.setText(f"<b>{escape(p.seniority_title)}</b>: {escape(p.background)}.<br>"
                                   f"{focus_word}: {escape(focus)}")
        self.profile_traces.set_traces([p.seniority_trace, p.background_trace] + [f.trace for f in p.focus_areas], r)
        b = r.budget
        t = r.time_to_hire_weeks
        band_short = (self.tr("no published figure") if b.base_min is None
                      else format_money_range(b.base_min, b.base_max, b.currency, r.language))
        hiring = p.recommended  # the core's decision: a "not yet" advises no profile, budget or timeline
        self.hire_box.setVisible(hiring)
        self.watch_box.setVisible(bool(r.watch))
        self.watch_traces.set_traces(r.watch, r)
        if hiring:
            self.facts.setText(self.tr("Profile: {0}   ·   Budget: {1}   ·   Time to hire: {2} to {3} weeks").format(
                p.seniority_title, band_short, t.min, t.max))
        elif r.decision == "cannot_assess_yet":
            self.facts.setText(self.tr("No decision yet: find out the answers under “To verify before deciding” "
                                       "first."))
        else:
            self.facts.setText(self.tr("No hire to plan yet: watch the signals below and reassess."))
        if b.base_min is None:
            band = self.tr("No published figure for {0}").format(escape(b.market_label))
        else:
            band = escape(format_money_range(b.base_min, b.base_max, b.currency, r.language))
            band += " " + self.tr("yearly gross base")
        source = self.tr("your own figure") if b.user_set else escape(b.source)
        source_word = self.tr("Source")
        self.budget_label.setText(f"<span style='font-size:large'><b>{band}</b></span><br>"
                                  f"{source_word}: {source}")
        self.budget_label.setAccessibleName(self.tr("Budget band"))
        budget_traces = [b.trace] + b.derivation + ([b.ceiling_check] if b.ceiling_check else []) \
            + (b.ceiling_gap.advice if b.ceiling_gap else []) + b.total_comp
        self.budget_traces.set_traces(budget_traces, r)
        weeks = self.tr("{0} to {1} weeks").format(t.min, t.max)
        self.time_label.setText(f"<span style='font-size:large'><b>{weeks}</b></span>")
        self.time_traces.set_traces([t.trace] + t.stretched_by, r)
        missing = [m for m in r.mandate.items if m.missing]  # a don't-know counts as missing
        listed = ", ".join(escape(m.title) + (f" ({escape(lower_first(m.status_label))})" if m.status == "unknown"
                                              else "") for m in missing)
        self.mandate_label.setText(self.tr("Missing: {0}").format(listed)
                                   if missing else self.tr("✔ Executive sponsor, budget and ownership are in place."))
        self.mandate_traces.set_traces([m.trace for m in missing], r)
