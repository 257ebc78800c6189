"""The workshop in the wizard: whose answers the pages edit (side panel), the
dialogs to add or import a respondent and to take a snapshot, the questions the
respondents disagree on with the controls to settle them, and the change since
the previous visit. The core computes everything (:mod:`core.workshop`); these
widgets show it and pass the consultant's choices back to the model."""

from __future__ import annotations

from html import escape
from typing import Any, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.answers import DONT_KNOW
from ..core.engine import display_value
from ..core.result import Decision
from ..core.text import pick
from ..core.workshop import Disagreement, Progress
from .documents import AssessmentModel
from .reflow import FlowLayout, WrapLabel
from .style import is_dark, local_date, scaled_font
from .support_view import MARK_BAR_DARK, MARK_BAR_LIGHT, MARK_FILL, heading, mark_colour, wrapped
from .switcher import person_text
from .widgets import QuestionInput, dont_know_text, make_input


class RespondentDialog(QDialog):
    """Name and role of a respondent (added, or imported from ``source``)."""

    ROLES = (QT_TRANSLATE_NOOP("RespondentDialog", "CTO"), QT_TRANSLATE_NOOP("RespondentDialog", "Head of data"),
             QT_TRANSLATE_NOOP("RespondentDialog", "Lead ML engineer"), QT_TRANSLATE_NOOP("RespondentDialog", "CEO"),
             QT_TRANSLATE_NOOP("RespondentDialog", "VP Engineering"),
             QT_TRANSLATE_NOOP("RespondentDialog", "Data scientist"))

    def __init__(self, parent: QWidget | None = None, source: str = "", name: str = ""):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a respondent") if source else self.tr("Add a respondent"))
        intro = wrapped(self.tr("Answers from {0}. Whose answers are they?").format(source) if source else
                        self.tr("Each person in the room answers for themselves; the pages then edit the "
                                "answers of the respondent chosen in the side panel."))
        self.name = QLineEdit(name)
        self.name.setAccessibleName(self.tr("Respondent's name"))
        self.name.setMaxLength(200)
        self.role = QLineEdit()
        self.role.setAccessibleName(self.tr("Respondent's role"))
        self.role.setMaxLength(200)
        self.role.setPlaceholderText(self.tr("e.g. CTO, Head of data, Lead ML engineer"))
        completer = QCompleter([self.tr(str(r)) for r in self.ROLES], self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.role.setCompleter(completer)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Role:"), self.role)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self._check()
        self.name.selectAll()

    def _check(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.name.text().strip()))

    def values(self) -> tuple[str, str]:
        return self.name.text().strip(), self.role.text().strip()


class SnapshotDialog(QDialog):
    """The label of a snapshot, e.g. "Visit 2"."""

    def __init__(self, parent: QWidget | None = None, label: str = ""):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Take a snapshot"))
        intro = wrapped(self.tr("Keeps today's agreed answers and their result (score, decision, signals, "
                                "profile and band) in the client file, to see at the next visit what moved."))
        self.label = QLineEdit(label)
        self.label.setAccessibleName(self.tr("Snapshot label"))
        self.label.setMaxLength(200)
        form = QFormLayout()
        form.addRow(self.tr("&Label:"), self.label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.label.selectAll()

    def value(self) -> str:
        return self.label.text().strip()


# -- disagreements ------------------------------------------------------------

class DisagreementCard(QFrame):
    """One disputed question: every respondent's answer and the decision it would
    give, and the controls to settle the group's answer (or unsettle it)."""

    def __init__(self, model: AssessmentModel, qid: str, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.model, self.qid, self.lang = model, qid, lang
        self.question = model.questionnaire.questions[qid]
        self.item: Disagreement | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = WrapLabel()
        self.title.setFont(scaled_font(self, 1.15, bold=True))
        self.badge = QLabel()
        self.badge.setFont(scaled_font(self, 1.0, bold=True))
        self.status = wrapped()
        self.status.setFont(scaled_font(self, 1.0, bold=True))
        # every row reflows: side by side while it fits, its button under its text on a narrow window
        top = FlowLayout(spacing=12)
        top.add(self.title, stretch=True)
        top.add(self.badge)
        self.answers_box = QVBoxLayout()
        self.answers_box.setSpacing(4)
        self.rows: list[tuple[QLabel, QLabel, QLabel, QPushButton]] = []
        self.row_layouts: list[FlowLayout] = []
        self.lines: list[QWidget] = []  # one per respondent's answer
        self.input: QuestionInput = make_input(self.question, lang)
        self.input.setAccessibleName(self.tr("Agreed answer: {0}").format(self.input.name))
        self.input.changed.connect(self._input_changed)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note: why the group agreed (goes into the report)"))
        self.note.setAccessibleName(self.tr("Note on the agreed answer: {0}").format(self.input.name))
        self.note.setMaxLength(5000)
        self.settle_button = QPushButton(self.tr("Settle"))
        self.settle_button.setAccessibleName(self.tr("Settle the agreed answer: {0}").format(self.input.name))
        self.settle_button.setToolTip(self.tr("Record the answer and the note above as the group's"))
        self.unsettle_button = QPushButton(self.tr("Unsettle"))
        self.unsettle_button.setAccessibleName(self.tr("Unsettle: {0}").format(self.input.name))
        self.unsettle_button.setToolTip(self.tr("Back to “don't know” until the group agrees"))
        self.settle_button.clicked.connect(self._settle)
        self.unsettle_button.clicked.connect(lambda: self.model.unsettle(self.qid))
        self.note.returnPressed.connect(self._settle)
        agreed = QLabel(self.tr("Agreed answer:"))
        agreed.setFont(scaled_font(self, 1.0, bold=True))
        settle_row = FlowLayout()
        settle_row.add(agreed)
        settle_row.add(self.input, stretch=True)
        note_row = FlowLayout()
        note_row.add(self.note, stretch=True, preferred=self.note.fontMetrics().averageCharWidth() * 36)
        note_row.add(self.settle_button)
        note_row.add(self.unsettle_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 10, 8)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(self.answers_box)
        layout.addWidget(self.status)
        layout.addLayout(settle_row)
        layout.addLayout(note_row)
        self._shown_settlement: object = object()

    def _row(self, index: int) -> tuple[QLabel, QLabel, QLabel, QPushButton]:
        while len(self.rows) <= index:
            who, value, decision = wrapped(), wrapped(), wrapped()
            value.setFont(scaled_font(self, 1.0, bold=True))
            use = QPushButton(self.tr("Use this answer"))
            row = len(self.rows)
            use.clicked.connect(lambda _c=False, i=row: self._use(i))
            line = QWidget()
            flow = FlowLayout(line, spacing=16)
            flow.add(who)
            flow.add(value)
            flow.add(decision, stretch=True)
            flow.add(use)
            self.answers_box.addWidget(line)
            self.lines.append(line)
            self.rows.append((who, value, decision, use))
            self.row_layouts.append(flow)
        return self.rows[index]

    def _align(self, count: int) -> None:
        """The names and the answers as columns, when the card is wide enough to keep them on one line."""
        for col in (0, 1):
            labels = [self.rows[i][col] for i in range(count)]
            width = max((label.fontMetrics().horizontalAdvance(label.text()) + 2 for label in labels), default=0)
            for i, label in enumerate(labels):
                self.row_layouts[i].set_preferred_width(label, width)

    def show_item(self, d: Disagreement) -> None:
        self.item = d
        self.title.setText(d.label)
        if d.moves_decision:
            self.badge.setText(self.tr("★ Moves the decision"))
        elif d.moves_seniority:
            self.badge.setText(self.tr("Moves the seniority"))
        else:
            self.badge.setText(self.tr("Score ±{0}").format(d.score_spread) if d.score_spread else
                               self.tr("No effect on the result"))
        self.badge.setStyleSheet(f"color: {mark_colour(self)};" if d.moves_decision else "")
        for i, a in enumerate(d.answers):
            who, value, decision, use = self._row(i)
            who.setText(person_text(a.name, a.role))
            value.setText(a.display)
            decision.setText(self.tr("→ {0} (score {1})").format(a.decision_label, a.score))
            use.setAccessibleName(self.tr("Settle on {0}'s answer: {1}").format(a.name, a.display))
            if self.lines[i].isHidden():
                self.lines[i].show()
        for line in self.lines[len(d.answers):]:
            line.hide()
        self._align(len(d.answers))
        if d.settled is not None:
            note = f" — {d.settled.note}" if d.settled.note else ""
            self.status.setText(self.tr("✔ Settled: {0}{1}").format(d.agreed_display, note))
        else:
            self.status.setText(self.tr("To settle: the recommendation counts it as “{0}” for now.")
                                .format(d.agreed_display))
        settled = (d.settled.value, d.settled.note) if d.settled is not None else None
        if settled != self._shown_settlement:  # leave what the consultant is typing alone
            self._shown_settlement = settled
            self.input.set_value(d.settled.value if d.settled is not None else DONT_KNOW)
            self.note.setText(d.settled.note if d.settled is not None else "")
        self.unsettle_button.setEnabled(d.settled is not None)
        self._input_changed()
        self.update()

    def _input_changed(self) -> None:
        self.settle_button.setEnabled(self.input.value() is not None)

    def _use(self, index: int) -> None:
        if self.item is not None and index < len(self.item.answers):
            self.input.set_value(self.item.answers[index].value)
            self.model.settle(self.qid, self.item.answers[index].value, self.note.text().strip())

    def _settle(self) -> None:
        value = self.input.value()
        if value is not None:
            self.model.settle(self.qid, value, self.note.text().strip())

    def focus_target(self) -> QWidget:
        return self.rows[0][3] if self.rows else self.input.focus_target()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and self.item is not None:
            self.badge.setStyleSheet(f"color: {mark_colour(self)};" if self.item.moves_decision else "")
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.item is not None and self.item.moves_decision:
            painter = QPainter(self)
            painter.fillRect(self.rect(), MARK_FILL)
            painter.fillRect(0, 0, 5, self.height(), MARK_BAR_DARK if is_dark(self) else MARK_BAR_LIGHT)
            painter.end()
        super().paintEvent(event)


class DisagreementsView(QWidget):
    """The questions the respondents answer differently, in the core's order (those
    that move the decision first), each with its settle controls; then the answers
    settled without a dispute."""

    def __init__(self, model: AssessmentModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(4, 8, 16, 8)
        self.column.setSpacing(10)
        self.intro = wrapped(self.tr("Where the respondents answer differently, the questions that move the "
                                     "decision first. Settle the group's answer: the result above follows at "
                                     "once, and each respondent keeps their own answers."))
        self.column.addWidget(self.intro)
        self.cards_box = QVBoxLayout()
        self.cards_box.setSpacing(10)
        self.column.addLayout(self.cards_box)
        self.empty = wrapped()
        self.empty.setFont(scaled_font(self, 1.1))
        self.column.addWidget(self.empty)
        self.other_title = heading(self.tr("Answers settled without a dispute"), self, 1.1)
        self.other_box = QVBoxLayout()
        self.other_box.setSpacing(2)
        self.column.addWidget(self.other_title)
        self.column.addLayout(self.other_box)
        self.column.addStretch(1)
        self.cards: dict[tuple[str, str], DisagreementCard] = {}
        self.items: list[Disagreement] = []
        self.others: list[tuple[str, Any, str]] | None = None
        self.other_rows: list[QWidget] = []

    def shown_cards(self) -> list[DisagreementCard]:
        return [self.cards[(d.question, self.model.report_lang)] for d in self.items]

    def show_items(self, items: list[Disagreement]) -> None:
        lang = self.model.report_lang
        self.items = list(items)
        wanted = [(d.question, lang) for d in items]
        for key, old in list(self.cards.items()):
            if key not in wanted:
                old.hide()
                old.deleteLater()
                del self.cards[key]
        for index, (d, key) in enumerate(zip(items, wanted, strict=True)):
            card = self.cards.get(key)
            if card is None:
                card = self.cards[key] = DisagreementCard(self.model, d.question, lang, self)
            if self.cards_box.indexOf(card) != index:
                self.cards_box.insertWidget(index, card)
            card.show_item(d)
            card.show()
        if len(self.model.respondents) < 2:
            self.empty.setText(self.tr("Add at least two respondents (menu Workshop) to compare their answers "
                                       "question by question."))
        else:
            self.empty.setText(self.tr("The respondents give the same answer to every question."))
        self.empty.setVisible(not items)
        self._others({d.question for d in items})

    def _others(self, disputed: set[str]) -> None:
        questions, lang = self.model.questionnaire.questions, self.model.report_lang
        others = [(qid, s.value, s.note) for qid, s in self.model.doc.settled.items()
                  if qid not in disputed and qid in questions]
        if others == self.others:
            return
        self.others = others
        for row in self.other_rows:
            row.hide()
            row.deleteLater()
        self.other_rows = []
        for qid, value, note in others:
            q = questions[qid]
            label = pick(q.short or q.label, lang)
            shown = dont_know_text() if value == DONT_KNOW else display_value(q, value, lang)
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            text = wrapped(f"{label}: {shown}" + (f" — {note}" if note else ""))
            button = QPushButton(self.tr("Unsettle"))
            button.setAccessibleName(self.tr("Unsettle: {0}").format(label))
            button.clicked.connect(lambda _c=False, k=qid: self.model.unsettle(k))
            line.addWidget(text, 1)
            line.addWidget(button)
            self.other_box.addWidget(row)
            self.other_rows.append(row)
        self.other_title.setVisible(bool(others))

    def to_settle(self) -> int:
        return sum(1 for d in self.items if d.settled is None)


# -- progress between visits --------------------------------------------------

class ProgressView(QWidget):
    """The change since a previous visit (the latest snapshot by default) and every snapshot kept."""

    snapshotRequested = Signal()

    def __init__(self, model: AssessmentModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.progress: Progress | None = None
        self.chosen: int | None = None  # the snapshot compared with; None: the default one
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 8, 16, 8)
        column.setSpacing(8)
        self.title = heading("", self, 1.25)
        self.lines = wrapped(rich=True)
        self.lines.setFont(scaled_font(self, 1.15))
        self.lines.setAccessibleName(self.tr("Change since the previous visit"))
        self.empty = wrapped(self.tr("No snapshot yet. At the end of a visit, Take snapshot keeps the agreed "
                                     "answers and their result in the client file; at the next visit this "
                                     "tab shows what moved."))
        self.snapshot_button = QPushButton(self.tr("Take sna&pshot…"))
        self.snapshot_button.clicked.connect(self.snapshotRequested)
        self.snapshot_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.list_title = heading(self.tr("Snapshots (choose one to compare with now)"), self, 1.05)
        self.table = QTreeWidget()
        self.table.setAccessibleName(self.tr("Snapshots"))
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setHeaderLabels([self.tr("Date"), self.tr("Label"), self.tr("Decision"), self.tr("Score")])
        self.table.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.header().setStretchLastSection(False)
        self.table.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(120)
        self.table.currentItemChanged.connect(self._picked)
        for w in (self.title, self.lines, self.empty):
            column.addWidget(w)
        column.addWidget(self.snapshot_button)
        column.addWidget(self.list_title)
        column.addWidget(self.table)
        column.addStretch(1)
        self._rows: tuple = ()

    def default_index(self) -> int | None:
        """The latest snapshot; the one before when the latest holds today's answers already
        (just taken at the end of this visit: what moved since the visit before)."""
        snaps = self.model.doc.snapshots
        if not snaps:
            return None
        last = len(snaps) - 1
        if last > 0 and snaps[last].answers == self.model.agreed:
            return last - 1
        return last

    def refresh(self) -> None:
        snaps = self.model.doc.snapshots
        rows = tuple((s.taken, s.label, s.summary.decision, s.summary.score) for s in snaps)
        if self.chosen is not None and self.chosen >= len(snaps):
            self.chosen = None
        index = self.chosen if self.chosen is not None else self.default_index()
        if rows != self._rows:
            self._rows = rows
            self.table.blockSignals(True)
            self.table.clear()
            for s in snaps:
                decision = self.model.ruleset.rules.decision.labels.get(cast(Decision, s.summary.decision))
                label = pick(decision, self.model.report_lang) if decision else s.summary.decision_label
                QTreeWidgetItem(self.table, [local_date(s.taken, self.model.lang), s.label, label, str(s.summary.score)])
            self.table.blockSignals(False)
        self.table.blockSignals(True)
        row = self.table.topLevelItem(index) if index is not None else None
        if row is not None:
            self.table.setCurrentItem(row)
        self.table.blockSignals(False)
        self.empty.setVisible(not snaps)
        for w in (self.title, self.lines, self.list_title, self.table):
            w.setVisible(bool(snaps))
        self.progress = self.model.progress(index) if index is not None else None
        if self.progress is None or index is None:
            return
        snap = snaps[index]
        self.title.setText(self.tr("Since {0} ({1})").format(snap.label or self.tr("the snapshot"),
                                                              local_date(snap.taken, self.model.lang)))
        self.lines.setText("".join(f"<p style='margin:0 0 6px 0'>• {escape(line)}</p>"
                                   for line in self.progress.lines))

    def _picked(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None = None) -> None:
        if item is None:
            return
        index = self.table.indexOfTopLevelItem(item)
        self.chosen = None if index == self.default_index() else index
        self.refresh()
