"""The side panel: in a workshop, whose answers the pages edit; then every
section with its progress; a click (or Enter) jumps back to a visited section,
or forward through sections that are complete."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QProgressBar, QVBoxLayout, QWidget

from ..core.text import pick
from .documents import AssessmentModel
from .style import scaled_font
from .switcher import RespondentSwitcher


class SectionList(QListView):
    """The list of sections: a list view over standard items, whose state (enabled, selectable,
    bold) is set with plain booleans. Unlike QListWidget items, whose flags are Qt namespace
    enums, it needs nothing of the Qt namespace's Python types to show its first state: those take
    a noticeable share of the start and are set up after the first paint."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.items = QStandardItemModel(self)
        self.setModel(self.items)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    def count(self) -> int:
        return self.items.rowCount()

    def item(self, row: int) -> QStandardItem | None:
        return self.items.item(row)

    def clear(self) -> None:
        self.items.clear()

    def addItem(self, item: QStandardItem) -> None:
        item.setEditable(False)
        item.setDragEnabled(False)
        item.setDropEnabled(False)
        self.items.appendRow(item)

    def currentRow(self) -> int:
        return self.currentIndex().row()

    def setCurrentRow(self, row: int) -> None:
        self.setCurrentIndex(self.items.index(row, 0))

    def visualItemRect(self, item: QStandardItem):
        return self.visualRect(item.index())


class SidePanel(QWidget):
    jumpRequested = Signal(int)

    def __init__(self, model: AssessmentModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        title = QLabel(self.tr("Sections"))
        title.setFont(scaled_font(self, 1.2, bold=True))
        self.list = SectionList()
        self.list.setAccessibleName(self.tr("Sections"))
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.clicked.connect(self._activated)
        self.list.activated.connect(self._activated)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Questions answered"))
        self.progress.setFormat(self.tr("%p% answered"))
        # the figure beside the bar, in the text colour: drawn on the bar it broke across its fill
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(self.progress.fontMetrics().height() // 2 + 4)
        self.progress_text = QLabel()
        self.progress_text.setAccessibleName(self.tr("Questions answered"))
        self.switcher = RespondentSwitcher(model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 8)
        layout.addWidget(self.switcher)
        layout.addWidget(title)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.progress_text)
        layout.addWidget(self.progress)
        self.setMinimumWidth(250)
        self.setMaximumWidth(300)
        self._painted = False  # after the first paint: see after_first_paint
        self._rows: tuple | None = None  # each section's line and completeness, for one state of the answers
        self._rebuild()

    def after_first_paint(self) -> None:
        """What the first frame does not need (it uses the Qt namespace: see SectionList)."""
        from PySide6.QtCore import Qt

        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._painted = True
        self._readable_sections()

    def _readable_sections(self) -> None:
        """Sections not reached yet stay readable on a projector: greyed, not faded (4.5:1 on the list)."""
        from PySide6.QtGui import QPalette

        from .style import readable_grey

        palette = self.list.palette()
        group, role = QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
        grey = readable_grey(palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base))
        if palette.color(group, role) != grey:
            palette.setColor(group, role, grey)
            self.list.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and self._painted:
            self._readable_sections()
        super().changeEvent(event)

    def _rebuild(self) -> None:
        self.list.clear()
        for _section in self.model.questionnaire.sections:
            self.list.addItem(QStandardItem())
        self.list.addItem(QStandardItem())

    def _activated(self, index: QModelIndex) -> None:
        item = self.list.item(index.row())
        if item is not None and item.isEnabled():
            self.jumpRequested.emit(index.row())

    def update_state(self, current: int, visited: list[int]) -> None:
        sections = self.model.questionnaire.sections
        if self.list.count() != len(sections) + 1:
            self._rebuild()
            self._rows = None
        answers = (self.model.revision, self.model.respondent_id)
        if self._rows is None or self._rows[0] != answers:  # the progress moves with the answers only
            rows, answered, total = [], 0, 0
            for row, section in enumerate(sections):
                done, count = self.model.section_progress(section)
                answered, total = answered + done, total + count
                complete = not self.model.section_problems(section)
                mark = self.tr("✔ complete") if complete else self.tr("{0} of {1} answered").format(done, count)
                rows.append((f"{row + 1}. {pick(section.title, self.model.lang)}\n    {mark}", complete))
            self._rows = (answers, rows, answered, total)
        _answers, rows, answered, total = self._rows
        reachable = True
        for row, (text, complete) in enumerate(rows):
            self._set(row, text, row in visited or reachable, row == current)
            reachable = reachable and complete
        self._set(len(sections), self.tr("★ Recommendation"), len(sections) in visited or reachable,
                  current == len(sections))
        if self.progress.maximum() != max(total, 1):
            self.progress.setMaximum(max(total, 1))
        if self.progress.value() != answered:
            self.progress.setValue(answered)
        text = self.progress.text()
        if self.progress_text.text() != text:
            self.progress_text.setText(text)

    def _set(self, row: int, text: str, enabled: bool, current: bool) -> None:
        """Update one row, touching only what changed: each change makes the word-wrapped list lay
        its rows out again, which would otherwise happen for every row on every answer and page."""
        item = self.list.item(row)
        if item is None:  # never: update_state builds a row per section first
            return
        if item.text() != text:
            item.setText(text)
        if item.isEnabled() != enabled:
            item.setEnabled(enabled)
        font = item.font()
        if font.bold() != current:
            font.setBold(current)
            item.setFont(font)
        if current and self.list.currentRow() != row:
            self.list.blockSignals(True)
            self.list.setCurrentRow(row)
            self.list.blockSignals(False)
