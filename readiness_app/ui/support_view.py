"""The decision support beside the result: what to verify before deciding, what
would change the recommendation, the business case in engineer time and the
thresholds the answers sit close to. The engine computes all of it; these
widgets only show it, and every answer they name is a link back to its question."""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape

from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..core.result import BusinessCase, Result, Sensitivity, ToVerify, WhatWouldChange
from ..core.text import format_money, format_number
from .reflow import FlowLayout, WrapButton, WrapLabel
from .style import is_dark, scaled_font

# Borderline thresholds and unknowns that could flip the decision: an amber mark
# readable on a light or a dark window (the text keeps the palette's colour).
MARK_FILL = QColor(255, 160, 0, 40)
MARK_BAR_LIGHT = QColor("#b35c00")
MARK_BAR_DARK = QColor("#ffb74d")


def mark_colour(widget: QWidget) -> str:
    return (MARK_BAR_DARK if is_dark(widget) else MARK_BAR_LIGHT).name()


def heading(text: str, parent: QWidget, factor: float = 1.2) -> QLabel:
    label = WrapLabel(text)
    label.setFont(scaled_font(parent, factor, bold=True))
    return label


def wrapped(text: str = "", rich: bool = False) -> QLabel:
    label = WrapLabel(text)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


LINK_STYLE = ("QPushButton { text-align: left; text-decoration: underline; color: palette(window-text);"
              " padding: 2px 6px; border: 1px solid transparent; }"
              " QPushButton:focus { border: 1px solid palette(highlight); }")


def restyle_link(button: QPushButton) -> None:
    """Style sheets resolve palette() once: resolve it again after a theme change."""
    button.setStyleSheet("")
    button.setStyleSheet(LINK_STYLE)


def link_button(text: str, name: str) -> QPushButton:
    """A flat, underlined button that looks like a link, follows the palette and shows the focus; its text
    wraps in a narrow column rather than being cut."""
    button = WrapButton(text.replace("&", "&&"))
    button.setFlat(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setStyleSheet(LINK_STYLE)
    font = button.font()
    font.setUnderline(True)
    button.setFont(font)
    button.setAccessibleName(name)
    policy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    button.setSizePolicy(policy)
    return button


@dataclass(frozen=True)
class Link:
    text: str
    question: str
    name: str  # accessible name


@dataclass(frozen=True)
class Entry:
    """One item of a list: a sentence, the answers it names, and whether to mark it."""

    text: str
    links: tuple[Link, ...] = field(default_factory=tuple)
    marked: bool = False  # amber background and bar: look at this first
    badge: str = ""
    accent: bool = False  # the bar only: the most useful items of a list


class LinkItem(QWidget):
    """A sentence with links to the answers it names; a marked item gets an amber background and bar."""

    answerActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.entry: Entry | None = None
        self.badge = QLabel()
        self.badge.setFont(scaled_font(self, 0.95, bold=True))
        self.text = wrapped()
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(8)
        top.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.text, 1)
        self.links_row = FlowLayout(spacing=4, line_spacing=0)  # the links go on as many lines as they need
        self.buttons: list[QPushButton] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 4, 8, 4)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addLayout(self.links_row)

    @property
    def marked(self) -> bool:
        return bool(self.entry and self.entry.marked)

    def set_entry(self, entry: Entry) -> None:
        if entry == self.entry:
            return
        before, self.entry = self.entry, entry
        self.text.setText(entry.text)
        self.badge.setText(entry.badge)
        self.badge.setVisible(bool(entry.badge))
        if before is None or before.marked != entry.marked:
            self.badge.setStyleSheet(f"color: {mark_colour(self)};" if entry.marked else "")
        self.setAccessibleDescription(entry.text)
        if before is None or before.links != entry.links:  # link buttons are costly to make
            self._build_links()
        self.update()

    def _build_links(self) -> None:
        while self.links_row.count():
            item = self.links_row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget:
                widget.hide()
                widget.deleteLater()
        self.buttons = []
        if self.entry is None:
            return
        for link in self.entry.links:
            button = link_button(link.text, link.name)
            button.clicked.connect(lambda _c=False, q=link.question: self.answerActivated.emit(q))
            self.links_row.add(button)
            self.buttons.append(button)

    def changeEvent(self, event: QEvent) -> None:
        # style sheets resolve palette() once: rebuild the links when the system theme changes
        if event.type() == QEvent.Type.PaletteChange and self.entry is not None:
            self._build_links()
            self.badge.setStyleSheet(f"color: {mark_colour(self)};" if self.entry.marked else "")
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.entry is not None and (self.entry.marked or self.entry.accent):
            painter = QPainter(self)
            if self.entry.marked:
                painter.fillRect(self.rect(), MARK_FILL)
            painter.fillRect(QRectF(0, 0, 4, self.height()), MARK_BAR_DARK if is_dark(self) else MARK_BAR_LIGHT)
            painter.end()
        super().paintEvent(event)


class LinkList(QWidget):
    """LinkItems reused between updates; nothing is rebuilt when the entries are the same."""

    answerActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(6)
        self.items: list[LinkItem] = []
        self.entries: list[Entry] = []

    def set_entries(self, entries: list[Entry]) -> None:
        if entries == self.entries:
            return
        self.entries = list(entries)
        while len(self.items) < len(entries):
            item = LinkItem(self)
            item.answerActivated.connect(self.answerActivated)
            self.items.append(item)
            self.layout_.addWidget(item)
        for item, entry in zip(self.items, entries, strict=False):
            item.set_entry(entry)
            item.show()
        for item in self.items[len(entries):]:
            item.hide()

    def shown_items(self) -> list[LinkItem]:
        return self.items[:len(self.entries)]


class SupportPanel(QWidget):
    """Base of the three tabs: a column with an introduction."""

    answerActivated = Signal(str)

    def __init__(self, intro: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(4, 8, 16, 8)
        self.column.setSpacing(8)
        self.intro = wrapped(intro)
        self.column.addWidget(self.intro)

    def _list(self) -> LinkList:
        links = LinkList()
        links.answerActivated.connect(self.answerActivated)
        return links

    def _link(self, label: str, question: str, text: str) -> Link:
        return Link(text, question, self.tr("Change answer: {0}").format(label))


class ToVerifyView(SupportPanel):
    """ "To verify before deciding": each don't-know answer, those that could change the decision first."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__("", parent)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.intro.hide()
        self.title = heading(self.tr("To verify before deciding"), self)
        self.column.insertWidget(0, self.title)
        self.list = self._list()
        self.column.addWidget(self.list)

    def show_items(self, items: list[ToVerify]) -> None:
        entries = []
        for v in items:
            could = bool(v.could_change)
            entries.append(Entry(
                text=v.text, marked="decision" in v.could_change,
                badge=self.tr("Could change it") if could else self.tr("No effect"),
                links=(self._link(v.label, v.question, self.tr("Answer “{0}”").format(v.label.rstrip("?"))),)))
        self.list.set_entries(entries)
        self.setVisible(bool(items))


class WhatWouldChangeView(SupportPanel):
    """The smallest sets of answer changes that move the decision, then the seniority, then the band."""

    GROUPS = ("decision", "seniority", "band")

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("The fewest answers that would have to change, and what they would change. "
                                 "Click an answer to go to its question."), parent)
        self.headings: dict[str, QLabel] = {}
        self.lists: dict[str, LinkList] = {}
        for effect in self.GROUPS:
            self.headings[effect] = heading("", self, 1.1)
            self.lists[effect] = self._list()
            self.column.addWidget(self.headings[effect])
            self.column.addWidget(self.lists[effect])
        self.empty = wrapped(self.tr("No change of one or two answers moves the decision, the seniority or "
                                     "the budget band: the recommendation is robust."))
        self.column.addWidget(self.empty)
        self.column.addStretch(1)
        self.count = 0

    def show_items(self, items: list[WhatWouldChange], r: Result) -> None:
        titles = {
            "decision": self.tr("Would change the decision (now “{0}”)").format(r.decision_label),
            "seniority": self.tr("Would change the seniority (now {0})").format(r.profile.seniority_title),
            "band": self.tr("Would change the budget band"),
        }
        for effect in self.GROUPS:
            group = [w for w in items if w.effect == effect]
            entries = [Entry(text=w.text, accent=effect == "decision",
                             badge=" · ".join(dict.fromkeys(c.kind_label for c in w.changes)), links=tuple(
                self._link(c.label, c.question, f"{c.label}: {c.current_display} → {c.needed_display}")
                for c in w.changes)) for w in group]
            self.lists[effect].set_entries(entries)
            self.headings[effect].setText(titles[effect])
            self.headings[effect].setVisible(bool(group))
            self.lists[effect].setVisible(bool(group))
        self.count = len(items)
        self.empty.setVisible(not items)

    def shown_items(self) -> list[LinkItem]:
        return [item for effect in self.GROUPS for item in self.lists[effect].shown_items()]


class BusinessCaseView(SupportPanel):
    """The status quo in engineer time: each figure with its FTE and formula, the
    sentence, and every editable assumption it rests on, marked as such."""

    COST_QUESTION = "ml_practitioner_yearly_cost"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("What the status quo costs in people's time, from your answers. Figures marked "
                                 "A1, A2… rest on an assumption listed below, not on a source."), parent)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(6)
        self.grid.setColumnStretch(3, 1)
        self.column.addLayout(self.grid)
        self.rows: list[tuple[QLabel, QLabel, QLabel, QLabel]] = []
        headers = (self.tr("Where the time goes"), self.tr("FTE"), self.tr("Hours a month"),
                   self.tr("How it is computed"))
        for col, text in enumerate(headers):
            label = QLabel(text)
            label.setFont(scaled_font(self, 1.0, bold=True))
            if col in (1, 2):
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.grid.addWidget(label, 0, col)
        self.total = wrapped()
        self.total.setFont(scaled_font(self, 1.25, bold=True))
        self.total.setAccessibleName(self.tr("Total engineer time"))
        self.recoverable = wrapped()  # what one MLOps engineer can take back of the total
        self.sentence = wrapped()
        self.sentence.setFont(scaled_font(self, 1.05))
        self.sentence.setAccessibleName(self.tr("Business case"))
        self.cost_link = link_button(self.tr("Enter the yearly cost of one data scientist or ML engineer "
                                             "(section “Team and infrastructure”) to put it in money"),
                                     self.tr("Change answer: yearly cost of an ML practitioner"))
        self.cost_link.clicked.connect(lambda: self.answerActivated.emit(self.COST_QUESTION))
        self.assumptions_title = heading(self.tr("Assumptions"), self, 1.1)
        self.assumptions = wrapped(rich=True)
        self.assumptions.setAccessibleName(self.tr("Assumptions"))
        self.aim = wrapped(rich=True)
        for w in (self.total, self.recoverable, self.sentence, self.cost_link, self.assumptions_title,
                  self.assumptions, self.aim):
            self.column.addWidget(w)
        self.column.addStretch(1)
        self.case: BusinessCase | None = None
        self.key: tuple | None = None
        self.lang, self.cost_asked = "en", False

    def _row(self, index: int) -> tuple[QLabel, QLabel, QLabel, QLabel]:
        while len(self.rows) <= index:
            row = len(self.rows) + 1
            labels = (wrapped(), QLabel(), QLabel(), wrapped())
            labels[1].setFont(scaled_font(self, 1.0, bold=True))
            for col, label in enumerate(labels):
                if col in (1, 2):
                    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
                self.grid.addWidget(label, row, col, Qt.AlignmentFlag.AlignTop)
            self.rows.append(labels)
        return self.rows[index]

    def show_case(self, bc: BusinessCase | None, lang: str, cost_asked: bool) -> None:
        key = (bc, lang, cost_asked)
        if self.key is not None and key == self.key:
            return
        self.key, self.case, self.lang, self.cost_asked = key, bc, lang, cost_asked
        if bc is None:
            for row in self.rows:
                for label in row:
                    label.hide()
            self.total.setText(self.tr("No business case in the rules data."))
            for w in (self.recoverable, self.sentence, self.cost_link, self.assumptions_title, self.assumptions,
                      self.aim):
                w.hide()
            return
        keys = {a.id: a.key for a in bc.assumptions if a.used}
        for i, f in enumerate(bc.figures):
            title, fte, hours, formula = self._row(i)
            used = [keys[a.id] for a in bc.assumptions if a.id in f.assumptions and a.id in keys]
            title.setText(f.title)
            fte.setText(self.tr("{0} FTE").format(format_number(f.fte, lang, 2)))
            hours.setText(self.tr("{0} h").format(format_number(f.hours_per_month or 0, lang, 0)))
            if used:
                note = (self.tr("(assumption {0})") if len(used) == 1 else self.tr("(assumptions {0})"))
                formula.setText(f"{f.formula} {note.format(', '.join(used))}")
            else:
                formula.setText(f.formula)
            for label in (title, fte, hours, formula):
                label.show()
        for row in self.rows[len(bc.figures):]:
            for label in row:
                label.hide()
        total = self.tr("Total: {0} FTE of engineer time").format(format_number(bc.total_fte, lang, 1))
        if bc.toil_cost is not None:
            total += self.tr(", {0} a year").format(format_money(bc.toil_cost, bc.currency, lang))
        self.total.setText(total)
        if bc.recoverable_trace is not None:
            used = [a.key for a in bc.assumptions if a.id in bc.recoverable_assumptions]
            note = self.tr("(assumptions {0})").format(", ".join(used)) if used else ""
            fte_text = self.tr("{0} FTE").format(format_number(bc.recoverable_fte, lang, 1))
            self.recoverable.setText(f"{bc.recoverable_title}: {fte_text} ({bc.recoverable_formula}) {note}".strip())
        self.recoverable.setVisible(bc.recoverable_trace is not None)
        self.sentence.setText(bc.sentence)
        self.sentence.show()
        self.cost_link.setVisible(bc.practitioner_cost is None and cost_asked)
        colour = mark_colour(self)
        mark_text = self.tr("Assumption {0}")  # tr() outside f-strings, where lupdate finds it
        self.assumptions_title.setText(self.tr("Assumptions (editable figures in the rules data, not from the "
                                               "sources)"))
        self.assumptions_title.show()
        self.assumptions.setText("".join(
            f"<p style='margin:0 0 4px 0'><b style='color:{colour}'>"
            f"{escape(mark_text.format(a.key))}</b> = <b>{escape(a.display)}</b>: "
            f"{escape(a.text)}</p>" for a in bc.assumptions if a.used))
        self.assumptions.show()
        aim = f"<i>“{escape(bc.aim)}”</i>" if bc.aim else ""
        if bc.source and bc.source.summary:  # a paraphrase, in our words: never in quotation marks
            aim += ("<br>" if aim else "") + escape(self.tr("Summary: {0}").format(bc.source.summary))
        self.aim.setText(aim)
        self.aim.setVisible(bool(aim))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            restyle_link(self.cost_link)
        if event.type() == QEvent.Type.PaletteChange and self.key is not None:
            self.key = None  # the assumption marks take the palette's contrast colour
            self.show_case(self.case, self.lang, self.cost_asked)
        super().changeEvent(event)


class ThresholdsView(SupportPanel):
    """How close each answer is to the threshold it is compared with; borderline ones first, marked."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("For each rule, how close your answer is to its threshold. Borderline ones "
                                 "come first: a small change there would change the result."), parent)
        self.list = self._list()
        self.column.addWidget(self.list)
        self.empty = wrapped(self.tr("No threshold applies to these answers."))
        self.column.addWidget(self.empty)
        self.column.addStretch(1)
        self.borderline = 0

    def show_items(self, items: list[Sensitivity], questions: set[str]) -> None:
        entries = []
        for s in items:
            links = (self._link(s.label, s.question, self.tr("Change: {0}").format(s.label.rstrip("?"))),) \
                if s.question in questions else ()
            entries.append(Entry(text=s.text, marked=s.borderline, links=links,
                                 badge=self.tr("Borderline") if s.borderline else ""))
        self.list.set_entries(entries)
        self.borderline = sum(1 for s in items if s.borderline)
        self.empty.setVisible(not items)

    def shown_items(self) -> list[LinkItem]:
        return self.list.shown_items()
