"""In a workshop, the side panel's choice of whose answers the pages edit: a
combo box of the respondents and "Agreed answers", and buttons to add or import
one. Kept apart from the workshop views (disagreements, progress), which load
only when the result page is built."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from .documents import AssessmentModel
from .style import scaled_font


def person_text(name: str, role: str) -> str:
    """'Anna Keller, CTO'; a role with its own parentheses ('Directrice technique (CTO)') reads as written."""
    return f"{name}, {role}" if role else name


class RespondentSwitcher(QWidget):
    """In the side panel: a combo box of the respondents and "Agreed answers",
    always showing whose answers the pages edit, and buttons to add or import one."""

    addRequested = Signal()
    importRequested = Signal()

    def __init__(self, model: AssessmentModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.title = QLabel(self.tr("&Who is answering"))
        self.title.setFont(scaled_font(self, 1.1, bold=True))
        self.combo = QComboBox()
        self.combo.setAccessibleName(self.tr("Whose answers the pages show"))
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(12)
        self.combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.title.setBuddy(self.combo)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName(self.tr("What a change on the pages does"))
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.setAccessibleName(self.tr("Add a respondent"))
        self.add_button.setToolTip(self.tr("Add a respondent (name and role)"))
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setAccessibleName(self.tr("Import a respondent's answers from a file"))
        self.import_button.setToolTip(self.tr("A respondent's answers from an answers file or a saved assessment"))
        self.add_button.clicked.connect(self.addRequested)
        self.import_button.clicked.connect(self.importRequested)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.combo)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        self._ids: list[str | None] = []
        self.combo.currentIndexChanged.connect(self._chosen)
        model.respondentsChanged.connect(self.refresh)
        model.viewChanged.connect(self.refresh)
        model.replaced.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        people = self.model.respondents
        self.setVisible(bool(people))
        ids = [None, *(p.id for p in people)]
        texts = [self.tr("Agreed answers"), *(person_text(p.name, p.role) for p in people)]
        self.combo.blockSignals(True)
        if ids != self._ids or [self.combo.itemText(i) for i in range(self.combo.count())] != texts:
            self.combo.clear()
            for text in texts:
                self.combo.addItem(text)
            self._ids = ids
        if people:  # else hidden: no tooltips to set (and no Qt namespace before the first paint)
            from PySide6.QtCore import Qt

            for i, text in enumerate(texts):
                self.combo.setItemData(i, text, Qt.ItemDataRole.ToolTipRole)
        current = self.model.respondent_id if self.model.respondent_id in ids else None
        self.combo.setCurrentIndex(ids.index(current))
        self.combo.blockSignals(False)
        person = self.model.respondent()
        self.combo.setToolTip(texts[ids.index(current)])
        if person is None:
            self.hint.setText(self.tr("The group's answers: what the recommendation uses. "
                                      "A change here settles the question for everyone."))
        else:
            self.hint.setText(self.tr("Changes go to {0}'s own answers.").format(person.name))

    def _chosen(self, index: int) -> None:
        if 0 <= index < len(self._ids):
            self.model.show_respondent(self._ids[index])


