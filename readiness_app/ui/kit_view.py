"""The hiring kit of the current result in a window beside the wizard: the job post, the points to settle
before publishing, the interview plan and the scorecards, each line with the answers, the rule and the
passage behind it (as on the result page); copied as Markdown, exported as Markdown or as a Word document.

Every word of the kit comes from ``core.kit``; this window only lays it out. It follows the answers while
it is open. python-docx loads when a Word document is asked for, not with the window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import ReadinessError
from ..core.kit import HiringKit, build_kit, kit_refusal
from ..core.result import Result, Trace
from .documents import AssessmentModel, default_file_name
from .reflow import FlowLayout, TabLines, place_beside_wizard, scrolled
from .result_page import TraceItem, TraceList
from .style import scaled_font

if TYPE_CHECKING:
    from .main_window import MainWindow
    from .result_page import ResultPage

# (key, heading, heading size, the lines under it; without a heading, the lines at that size, in bold above 1);
# a block keeps its widgets while its key stays
Block = tuple[str, str, float, list[Trace]]


def _labelled(label: str, trace: Trace) -> Trace:
    """A line shown after its label ("When: 2 to 5 days…"), as the exports show it."""
    return trace.model_copy(update={"text": f"{label} {trace.text}"})


def job_post_blocks(kit: HiringKit) -> list[Block]:
    lb, jp = kit.labels, kit.job_post
    return [("title", "", 1.3, [jp.title]), ("about", lb.about, 1.1, jp.about),
            ("missions", lb.missions, 1.1, jp.missions), ("team", lb.team, 1.1, jp.team),
            ("must_have", lb.must_have, 1.1, jp.must_have), ("nice_to_have", lb.nice_to_have, 1.1, jp.nice_to_have),
            ("soft_skills", lb.soft_skills, 1.1, jp.soft_skills),
            ("compensation", lb.compensation, 1.1, jp.compensation), ("offer", lb.offer, 1.1, jp.offer)]


def plan_blocks(kit: HiringKit) -> list[Block]:
    lb, plan = kit.labels, kit.interview_plan
    out: list[Block] = [("stages", lb.stages, 1.2, [])]
    for number, stage in enumerate(plan.stages, 1):
        lines = [_labelled(lb.when, stage.timing), _labelled(lb.who, stage.panel), stage.purpose]
        out.append((f"stage.{stage.id}", f"{number}. {stage.title}", 1.05,
                    lines + ([stage.assesses] if stage.assesses else [])))
    return out + [("timeline", lb.timeline, 1.2, [plan.timeline, *plan.longer_because]),
                  ("how_it_runs", lb.how_it_runs, 1.2, plan.notes), ("panel", lb.panel, 1.2, plan.panel)]


def scorecard_blocks(kit: HiringKit) -> list[Block]:
    lb = kit.labels
    out: list[Block] = [("rating", lb.rating, 1.2, kit.scorecard.scale)]
    for category in kit.scorecard.categories:
        out.append((f"category.{category.id}", category.title, 1.2, []))
        out += [(f"attribute.{a.id}", f"{a.title} ({lb.stage} {a.stage_title})", 1.05,
                 [_labelled(lb.validate, a.validate), _labelled(lb.operated, a.operated),
                  _labelled(lb.studied, a.studied)]) for a in category.attributes]
    return out


class _Blocks(QWidget):
    """Headings, each with its lines; the widgets of a heading are kept from one kit to the next (an answer
    changes a few lines, and the details a reader opened stay open)."""

    answerActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(4, 4, 16, 8)
        self.column.setSpacing(4)
        self.column.addStretch(1)
        self.blocks: dict[str, tuple[QWidget, QLabel, TraceList]] = {}

    def show_blocks(self, blocks: list[Block], result: Result) -> None:
        wanted = [key for key, *_ in blocks]
        for key, (box, _title, _lines) in self.blocks.items():
            if key not in wanted:
                box.hide()
        for index, (key, heading, size, traces) in enumerate(blocks):
            box, title, lines = self.blocks.get(key) or self._block(key)
            if title.text() != heading:
                title.setText(heading)
            title.setFont(scaled_font(self, size, bold=True))
            title.setVisible(bool(heading))
            lines.set_traces(traces, result)
            if not heading:  # the job's title stands out as the heading of the post (its details do not)
                for item in lines.items:
                    item.text.setFont(scaled_font(self, size, bold=size > 1))
            lines.setVisible(bool(traces))
            if self.column.indexOf(box) != index:
                self.column.insertWidget(index, box)
            box.show()

    def _block(self, key: str) -> tuple[QWidget, QLabel, TraceList]:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        title = QLabel()
        title.setWordWrap(True)
        lines = TraceList()
        lines.answerActivated.connect(self.answerActivated)
        layout.addSpacing(6)
        layout.addWidget(title)
        layout.addWidget(lines)
        self.column.insertWidget(self.column.count() - 1, box)
        self.blocks[key] = (box, title, lines)
        return self.blocks[key]

    def trace_items(self) -> list[TraceItem]:
        """The lines shown, in reading order."""
        out = []
        for index in range(self.column.count()):
            item = self.column.itemAt(index)
            box = item.widget() if item is not None else None
            if box is not None and not box.isHidden():
                lines = box.findChild(TraceList)
                out += [item for item in lines.items if not item.isHidden()] if lines is not None else []
        return out


class KitView(QDialog):
    """The hiring kit beside the wizard (not modal: the answers stay in reach, and the kit follows them)."""

    answerActivated = Signal(str)
    FOLLOW_MS = 120  # after the last of a burst of changes

    def __init__(self, model: AssessmentModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.kit: HiringKit | None = None
        self.shown_for: tuple[int, str] | None = None  # the answers and the language shown
        self.setWindowTitle(self.tr("Hiring kit"))
        self.setWindowFlag(Qt.WindowType.Window)  # its own window, with a title bar to move it aside
        self.setModal(False)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setFont(scaled_font(self, 1.35, bold=True))
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setFrameShape(QFrame.Shape.StyledPanel)
        self.notice.setMargin(8)
        self.notice.setAccessibleName(self.tr("Notice"))
        self.draft = TraceList()  # the draft's notice, with the answers behind it
        self.draft.answerActivated.connect(self.answerActivated)
        self.draft_box = QFrame()
        self.draft_box.setFrameShape(QFrame.Shape.StyledPanel)
        draft_layout = QVBoxLayout(self.draft_box)
        draft_layout.setContentsMargins(6, 4, 6, 4)
        draft_layout.addWidget(self.draft)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        self.tabs.setAccessibleName(self.tr("Parts of the hiring kit"))
        self.parts = [_Blocks() for _ in range(4)]
        for part in self.parts:
            part.answerActivated.connect(self.answerActivated)
            self.tabs.addTab(scrolled(part), "")
        self.tab_lines = TabLines(self.tabs)  # in place of the tab bar when the tabs do not fit
        self.copy_button = QPushButton(self.tr("&Copy as Markdown"))
        self.copy_button.setToolTip(self.tr("To paste into an applicant tracking system or a wiki"))
        self.markdown_button = QPushButton(self.tr("Export &Markdown…"))
        self.word_button = QPushButton(self.tr("Export &Word…"))
        self.word_button.setToolTip(self.tr("An editable Word document, with a rating table per attribute"))
        self.copy_button.clicked.connect(self.copy_markdown)
        self.markdown_button.clicked.connect(self.export_markdown)
        self.word_button.clicked.connect(self.export_word)
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = FlowLayout(spacing=6)
        for button in (self.copy_button, self.markdown_button, self.word_button):
            buttons.add(button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.notice)
        layout.addWidget(self.draft_box)
        layout.addWidget(self.tab_lines)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.refresh)
        model.changed.connect(self._model_changed)
        model.replaced.connect(self._model_changed)
        place_beside_wizard(self, parent, 820)
        self.refresh()

    def open(self) -> None:
        """Shown beside the wizard, which stays usable (not modal)."""
        self.refresh()
        self.show()
        self.raise_()
        self.activateWindow()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.tab_lines.sync()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.tab_lines.sync()

    def _model_changed(self) -> None:
        if self.isVisible():
            self.timer.start(self.FOLLOW_MS)

    # -- showing -----------------------------------------------------------
    def refresh(self) -> None:
        """The kit of the answers as they are now (nothing to do when they did not change)."""
        key = (self.model.revision, self.model.report_lang)
        if key == self.shown_for:
            return
        self.shown_for = key
        self.status.clear()
        result = self.model.result()
        kit, refusal = None, None
        if not self.model.is_complete():
            refusal = self.tr("Answer every section first: the hiring kit needs a complete assessment.")
        else:
            refusal = kit_refusal(result)
            if refusal is None:
                kit = build_kit(result, self.model.ruleset)
        self.kit = kit
        self.heading.setText(kit.heading if kit else self.tr("Hiring kit"))
        self.notice.setText(refusal or "")
        self.notice.setVisible(refusal is not None)
        draft = kit.draft_note if kit is not None else None
        self.draft_box.setVisible(draft is not None)
        if kit is not None and draft is not None:
            self.draft.set_traces([_labelled(kit.labels.draft, draft)], result)
        for button in (self.copy_button, self.markdown_button, self.word_button):
            button.setEnabled(kit is not None)
        self.tabs.setVisible(kit is not None)
        if kit is None:
            self.tab_lines.hide()
            return
        lb = kit.labels
        for index, (title, part, blocks) in enumerate((
                (lb.job_post, self.parts[0], job_post_blocks(kit)),
                (lb.open_points, self.parts[1], [("open_points", "", 1.0, kit.open_points)]),
                (lb.interview_plan, self.parts[2], plan_blocks(kit)),
                (lb.scorecards, self.parts[3], scorecard_blocks(kit)))):
            part.show_blocks(blocks, result)
            if self.tabs.tabText(index) != title:
                self.tabs.setTabText(index, title)
        self.tabs.setTabVisible(1, bool(kit.open_points))
        self.tab_lines.sync()

    def trace_items(self) -> list[TraceItem]:
        """The lines of the tab shown, in reading order."""
        return self.parts[self.tabs.currentIndex()].trace_items()

    # -- copy and export -----------------------------------------------------
    def _markdown(self) -> str:
        from ..report.kit_markdown import render_kit_markdown

        assert self.kit is not None
        return render_kit_markdown(self.kit)

    def copy_markdown(self) -> None:
        if self.kit is None:
            return
        QGuiApplication.clipboard().setText(self._markdown())
        self.status.setText(self.tr("Copied as Markdown: paste it into your applicant tracking system or wiki."))

    def _target(self, title: str, suffix: str, filter_: str) -> Path | None:
        model = self.model
        folder = model.path.parent if model.path is not None else Path.home()
        name = default_file_name(model.company_name(), suffix=f"-hiring-kit{suffix}")
        chosen, _ = QFileDialog.getSaveFileName(self, title, str(folder / name), filter_)
        if not chosen:
            return None
        return Path(chosen) if chosen.lower().endswith(suffix) else Path(chosen + suffix)

    def export_markdown(self) -> Path | None:
        if self.kit is None:
            return None
        path = self._target(self.tr("Export the hiring kit as Markdown"), ".md", self.tr("Markdown files (*.md)"))
        if path is None:
            return None
        from ..core.storage import atomic_write_text

        return self._write(path, lambda: atomic_write_text(path, self._markdown()))

    def export_word(self) -> Path | None:
        if self.kit is None:
            return None
        path = self._target(self.tr("Export the hiring kit as a Word document"), ".docx",
                            self.tr("Word documents (*.docx)"))
        if path is None:
            return None
        from ..core.storage import atomic_write_bytes
        from ..report.kit_docx import render_kit_docx  # python-docx loads here, when a Word file is asked for

        kit = self.kit
        return self._write(path, lambda: atomic_write_bytes(path, render_kit_docx(kit)))

    def _write(self, path: Path, write: Callable[[], object]) -> Path | None:
        try:
            write()
        except ReadinessError as exc:
            self._failed(exc.render())
            return None
        except OSError as exc:
            self._failed(f"{path}: {exc.strerror or exc}")
            return None
        self.status.setText(self.tr("Hiring kit saved: {0}").format(path))
        return path

    def _failed(self, message: str) -> None:
        QMessageBox.critical(self, self.tr("The hiring kit could not be written"), message)


def show_kit(window: MainWindow) -> KitView:
    """The hiring kit window of ``window``, made when first asked for, shown beside it."""
    view = window.findChild(KitView)
    if view is None:
        view = KitView(window.model, window)
        view.answerActivated.connect(window.jump_to_question)
    view.open()
    return view


def add_kit_button(page: ResultPage, slot: Callable[[], object]) -> QPushButton:
    """A button under the report's buttons of the result page that opens the hiring kit."""
    button = QPushButton(QCoreApplication.translate("KitView", "Hiring kit…"))
    button.setObjectName("kit_button")
    button.setToolTip(QCoreApplication.translate("KitView",
                                                 "The job post, the interview plan and the scorecards (Ctrl+K)"))
    button.clicked.connect(lambda _checked=False: slot())
    corner = page.preview_button.parentWidget()
    layout = corner.layout() if corner is not None else None
    if isinstance(layout, QBoxLayout):
        layout.insertWidget(layout.indexOf(page.preview_button) + 1, button)
    return button
