"""One input widget per question type, built from the questionnaire data.

Each input reports ``value()`` (None when unanswered, ``DONT_KNOW`` when the
user says so), takes ``set_value()`` without emitting ``changed``, and names its
focus target for labels and jumps. Every input but free text offers "Don't
know": a radio button among the choices, else a check box after the input that
sets the input aside (and gives its value back when unticked). No scoring happens here."""

from __future__ import annotations

from typing import Any

# The spin boxes, the slider and size policies are reached through their module when a number or a
# percentage is first shown (the first page has none): naming them here would set up their Python
# types, enums included, before the first paint.
from PySide6 import QtGui, QtWidgets
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..core.answers import DONT_KNOW
from ..core.questionnaire import Question
from ..core.text import pick
from .reflow import FlowLayout
from .style import EdgedCheckBox, EdgedRadioButton, error_colour

COMBO_ABOVE = 5  # more options than this: a combo box instead of radio buttons
INT_LIMIT = 2_000_000_000


class _UndoKeys(QObject):
    """Leaves the undo and redo keys to the window's Edit menu: a text field would otherwise take them
    for its own typing, and the assessment's history (answers, notes, settlements) would not be reached."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            from PySide6.QtGui import QKeyEvent, QKeySequence

            if isinstance(event, QKeyEvent) and (event.matches(QKeySequence.StandardKey.Undo)
                                                 or event.matches(QKeySequence.StandardKey.Redo)):
                event.ignore()
                return True
        return False


_undo_keys: _UndoKeys | None = None


def keep_undo_keys_for_the_window(widget: QWidget) -> None:
    global _undo_keys
    if _undo_keys is None:
        _undo_keys = _UndoKeys()
    widget.installEventFilter(_undo_keys)


def dont_know_text() -> str:
    return QCoreApplication.translate("QuestionInput", "Don't know")


class QuestionInput(QWidget):
    changed = Signal()

    def __init__(self, question: Question, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.question = question
        self.lang = lang
        self.name = pick(question.label, lang)
        self.setAccessibleName(self.name)
        self.setAccessibleDescription(pick(question.help, lang))
        self.dont_know: QCheckBox | QRadioButton | None = None

    # value() and set_value() handle "don't know"; subclasses read and write the input itself
    def value(self) -> Any:
        if self.is_dont_know():
            return DONT_KNOW
        return self._value()

    def set_value(self, value: Any) -> None:
        """Show ``value``; "don't know" keeps the input's own value aside for when it is unticked."""
        unknown = value == DONT_KNOW
        if self.dont_know is not None:
            self.dont_know.blockSignals(True)
            self.dont_know.setChecked(unknown)
            self.dont_know.blockSignals(False)
            self._set_aside(unknown)
        if not unknown:
            self._set_value(value)

    def is_dont_know(self) -> bool:
        return self.dont_know is not None and self.dont_know.isChecked()

    def _value(self) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def _set_value(self, value: Any) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def _answer_widgets(self) -> list[QWidget]:
        """The widgets that hold a real answer, disabled while "don't know" is ticked."""
        return []

    def _set_aside(self, unknown: bool) -> None:
        for widget in self._answer_widgets():
            widget.setEnabled(not unknown)

    def _add_dont_know(self, layout: QHBoxLayout | QVBoxLayout) -> None:
        """A "Don't know" check box after the input."""
        box = EdgedCheckBox(dont_know_text())
        box.setAccessibleName(self.tr("{0}: don't know").format(self.name))
        self.set_workshop(False)
        box.toggled.connect(self._dont_know_toggled)
        self.dont_know = box
        if isinstance(layout, QHBoxLayout):
            layout.addSpacing(16)
        layout.addWidget(box)

    def set_workshop(self, workshop: bool) -> None:
        """Word "Don't know" for a workshop (the people in the room) or for one person answering alone."""
        if not isinstance(self.dont_know, QCheckBox):
            return
        if workshop:
            tip = self.tr("Tick when nobody in the room knows: the result says whether this answer "
                          "could change the decision, and lists it to verify.")
        else:
            tip = self.tr("Tick when you do not know: the result says whether this answer could change the "
                          "decision, and lists it to verify.")
        if self.dont_know.toolTip() != tip:
            self.dont_know.setToolTip(tip)

    def _dont_know_toggled(self, on: bool) -> None:
        self._set_aside(on)
        self.changed.emit()

    def focus_target(self) -> QWidget:
        """Where the keyboard lands on this question: "don't know" when ticked, else the first input."""
        if self.dont_know is not None and self.dont_know.isChecked():
            return self.dont_know
        widgets = self._answer_widgets()
        return widgets[0] if widgets else self

    def _name(self, widget: QWidget, name: str | None = None) -> None:
        widget.setAccessibleName(name or self.name)
        widget.setAccessibleDescription(self.accessibleDescription())


_BLANK_SPINS: dict[bool, type] = {}


def blank_spin(integer: bool) -> QtWidgets.QSpinBox | QtWidgets.QDoubleSpinBox:
    """A spin box that can hold no number: it shows nothing, and its minimum (one step below the
    question's) stands for "not answered". Typing, the arrow keys and the wheel work as usual: up from
    empty gives the question's minimum, clearing the text takes the answer back."""
    if integer not in _BLANK_SPINS:
        base: Any = QtWidgets.QSpinBox if integer else QtWidgets.QDoubleSpinBox
        acceptable = QtGui.QValidator.State.Acceptable

        class BlankSpin(base):  # type: ignore[valid-type, misc]
            def textFromValue(self, value: Any) -> str:
                return "" if value <= self.minimum() else super().textFromValue(value)

            def valueFromText(self, text: str) -> Any:
                return self.minimum() if not text.strip() else super().valueFromText(text)

            def validate(self, text: str, pos: int) -> Any:
                if not text.strip():
                    return acceptable, text, pos
                return super().validate(text, pos)

            def is_blank(self) -> bool:
                return bool(self.value() <= self.minimum())

        _BLANK_SPINS[integer] = BlankSpin
    return _BLANK_SPINS[integer]()  # type: ignore[no-any-return]


class NumberInput(QuestionInput):
    """integer and number: a spin box within the question's bounds that starts empty (a questionnaire's
    default is not an answer), its unit beside it."""

    def __init__(self, question: Question, lang: str, parent: QWidget | None = None):
        super().__init__(question, lang, parent)
        from PySide6.QtCore import Qt  # not at import: the first page has no number (see SectionList)

        integer = question.type == "integer"
        step = question.step or 1
        self.spin = blank_spin(integer)
        if isinstance(self.spin, QtWidgets.QDoubleSpinBox):
            self.spin.setDecimals(0 if float(step).is_integer() else len(f"{step:g}".split(".")[-1]))
        low = question.lower if question.lower is not None else -INT_LIMIT
        high = question.upper if question.upper is not None else INT_LIMIT
        self.unset = low - step
        if isinstance(self.spin, QtWidgets.QSpinBox):
            self.spin.setRange(int(self.unset), int(high))
            self.spin.setSingleStep(int(step))
        else:
            self.spin.setRange(self.unset, high)
            self.spin.setSingleStep(step)
        self.spin.setValue(self.spin.minimum())  # type: ignore[arg-type]
        keep_undo_keys_for_the_window(self.spin.lineEdit())
        unit = pick(question.unit, lang)
        self.spin.setGroupSeparatorShown(True)
        self.spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.spin.setCorrectionMode(QtWidgets.QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        self.spin.setMinimumWidth(self.spin.fontMetrics().horizontalAdvance("0" * 12) + 40)
        self.spin.setSizePolicy(QtWidgets.QSizePolicy.Policy.Fixed, QtWidgets.QSizePolicy.Policy.Fixed)
        self._name(self.spin, f"{self.name} ({unit})" if unit else None)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.spin)
        self.unit = QLabel(unit) if unit else None
        if self.unit is not None:
            layout.addWidget(self.unit)
        self._add_dont_know(layout)
        layout.addStretch(1)
        self.spin.valueChanged.connect(lambda _v: self.changed.emit())

    def _answer_widgets(self) -> list[QWidget]:
        return [self.spin]

    def _value(self) -> Any:
        v = self.spin.value()
        if v <= self.unset:
            return None
        return int(v) if self.question.type == "integer" or float(v).is_integer() else v

    def _set_value(self, value: Any) -> None:
        self.spin.blockSignals(True)
        self.spin.setValue(self.spin.minimum() if value is None else value)  # type: ignore[arg-type]
        self.spin.blockSignals(False)


class PercentInput(QuestionInput):
    """percent: a spin box that starts empty and a slider, following each other."""

    def __init__(self, question: Question, lang: str, parent: QWidget | None = None):
        super().__init__(question, lang, parent)
        from PySide6.QtCore import Qt  # not at import: the first page has no percentage (see SectionList)

        low, high = int(question.lower or 0), int(question.upper if question.upper is not None else 100)
        self.unset = low - 1
        self.spin = blank_spin(True)
        self.spin.setRange(self.unset, high)
        self.spin.setValue(self.unset)
        keep_undo_keys_for_the_window(self.spin.lineEdit())
        self.spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.spin.setMinimumWidth(self.spin.fontMetrics().horizontalAdvance("0000") + 40)
        self.slider = QtWidgets.QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(low, high)
        self.slider.setPageStep(10)
        self.slider.setTickInterval(10)
        self.slider.setTickPosition(QtWidgets.QSlider.TickPosition.TicksBelow)
        self.slider.setMinimumWidth(260)
        self.slider.setMaximumWidth(420)
        self._name(self.spin, f"{self.name} (%)")
        self._name(self.slider, self.tr("{0} (slider)").format(self.name))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.spin)
        layout.addWidget(QLabel("%"))
        layout.addWidget(self.slider, 1)
        self._add_dont_know(layout)
        layout.addStretch(0)
        self.spin.valueChanged.connect(self._from_spin)
        self.slider.valueChanged.connect(self.spin.setValue)

    def _from_spin(self, v: int) -> None:
        self.slider.blockSignals(True)
        self.slider.setValue(max(v, self.slider.minimum()))
        self.slider.blockSignals(False)
        self.changed.emit()

    def _answer_widgets(self) -> list[QWidget]:
        return [self.spin, self.slider]

    def _value(self) -> Any:
        v = self.spin.value()
        return None if v <= self.unset else v

    def _set_value(self, value: Any) -> None:
        self.spin.blockSignals(True)
        self.spin.setValue(self.unset if value is None else int(value))
        self.spin.blockSignals(False)
        self.slider.blockSignals(True)
        self.slider.setValue(self.slider.minimum() if value is None else int(value))
        self.slider.blockSignals(False)


def _choices(question: Question, lang: str) -> list[tuple[Any, str]]:
    if question.type == "yes_no":
        return [(True, QCoreApplication.translate("QuestionInput", "Yes")),
                (False, QCoreApplication.translate("QuestionInput", "No"))]
    return [(o.value, pick(o.label, lang)) for o in question.options or []]


class RadioInput(QuestionInput):
    """yes_no and short single choices: radio buttons (arrow keys move between them)."""

    def __init__(self, question: Question, lang: str, parent: QWidget | None = None):
        super().__init__(question, lang, parent)
        self.choices = _choices(question, lang)
        self.group = QButtonGroup(self)
        horizontal = question.type == "yes_no" or sum(len(t) for _, t in self.choices) < 60
        # short choices side by side, on as many lines as they need (larger type, a longer language)
        layout: FlowLayout | QVBoxLayout = FlowLayout(self, spacing=24, line_spacing=4) if horizontal \
            else QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if not horizontal:
            layout.setSpacing(4)
        self.buttons: list[QRadioButton] = []
        for i, (_value, text) in enumerate(self.choices):
            button = EdgedRadioButton(text.replace("&", "&&"))
            button.setAccessibleName(f"{self.name}: {text}")
            self.group.addButton(button, i)
            self.buttons.append(button)
            layout.addWidget(button)
        # "Don't know" is one more choice, reached with the same arrow keys
        unknown = EdgedRadioButton(dont_know_text())
        unknown.setAccessibleName(self.tr("{0}: don't know").format(self.name))
        self.group.addButton(unknown, len(self.choices))
        self.dont_know = unknown
        layout.addWidget(unknown)
        self.group.idToggled.connect(self._toggled)

    def _toggled(self, _id: int, on: bool) -> None:
        if on:
            self.changed.emit()

    def _value(self) -> Any:
        i = self.group.checkedId()
        return None if i < 0 or i >= len(self.choices) else self.choices[i][0]

    def set_value(self, value: Any) -> None:
        self.group.blockSignals(True)
        self.group.setExclusive(False)
        for button, (v, _t) in zip(self.buttons, self.choices, strict=True):
            button.setChecked(value is not None and v == value and type(v) is type(value))
        if self.dont_know is not None:
            self.dont_know.setChecked(value == DONT_KNOW)
        self.group.setExclusive(True)
        self.group.blockSignals(False)

    def focus_target(self) -> QWidget:
        return self.group.checkedButton() or self.buttons[0]


class ComboInput(QuestionInput):
    """Long single-choice lists: a combo box that starts on "Choose..."."""

    def __init__(self, question: Question, lang: str, parent: QWidget | None = None):
        super().__init__(question, lang, parent)
        self.choices = _choices(question, lang)
        self.combo = QComboBox()
        self.combo.setPlaceholderText(self.tr("Choose…"))
        palette = self.combo.palette()  # "Choose…" in the text's colour: the box is there to be used
        palette.setBrush(palette.ColorRole.PlaceholderText, palette.buttonText())
        self.combo.setPalette(palette)
        for _value, text in self.choices:
            self.combo.addItem(text)
        self.combo.setCurrentIndex(-1)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.setMinimumWidth(320)
        self._name(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        self._add_dont_know(layout)
        layout.addStretch(1)
        self.combo.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def _answer_widgets(self) -> list[QWidget]:
        return [self.combo]

    def _value(self) -> Any:
        i = self.combo.currentIndex()
        return None if i < 0 else self.choices[i][0]

    def _set_value(self, value: Any) -> None:
        index = next((i for i, (v, _t) in enumerate(self.choices) if v == value), -1)
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(index)
        self.combo.blockSignals(False)


class ChecksInput(QuestionInput):
    """multiple_choice: one check box per option."""

    def __init__(self, question: Question, lang: str, parent: QWidget | None = None):
        super().__init__(question, lang, parent)
        self.choices = _choices(question, lang)
        horizontal = sum(len(t) for _, t in self.choices) < 60
        layout = QHBoxLayout(self) if horizontal else QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(24 if horizontal else 4)
        self.boxes: list[QCheckBox] = []
        for _value, text in self.choices:
            box = EdgedCheckBox(text.replace("&", "&&"))
            box.setAccessibleName(f"{self.name}: {text}")
            box.toggled.connect(lambda _on: self.changed.emit())
            self.boxes.append(box)
            layout.addWidget(box)
        self._add_dont_know(layout)
        if horizontal:
            layout.addStretch(1)

    def _answer_widgets(self) -> list[QWidget]:
        return list(self.boxes)

    def _value(self) -> Any:
        return [v for box, (v, _t) in zip(self.boxes, self.choices, strict=True) if box.isChecked()]

    def _set_value(self, value: Any) -> None:
        chosen = set(value or [])
        for box, (v, _t) in zip(self.boxes, self.choices, strict=True):
            box.blockSignals(True)
            box.setChecked(v in chosen)
            box.blockSignals(False)


class TextInput(QuestionInput):
    def __init__(self, question: Question, lang: str, parent: QWidget | None = None):
        super().__init__(question, lang, parent)
        self.edit = QLineEdit()
        self.edit.setMaxLength(question.max_length)
        self.edit.setClearButtonEnabled(True)
        keep_undo_keys_for_the_window(self.edit)
        self.edit.setMaximumWidth(640)
        self._name(self.edit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addStretch(0)
        self.edit.textChanged.connect(lambda _t: self.changed.emit())

    def _value(self) -> Any:
        return self.edit.text().strip() or None

    def _set_value(self, value: Any) -> None:
        self.edit.blockSignals(True)
        if (self.edit.text().strip() or None) != value:
            self.edit.setText(value or "")
        self.edit.blockSignals(False)

    def focus_target(self) -> QWidget:
        return self.edit


def make_input(question: Question, lang: str) -> QuestionInput:
    kind = question.type
    if kind in ("integer", "number"):
        return NumberInput(question, lang)
    if kind == "percent":
        return PercentInput(question, lang)
    if kind == "yes_no":
        return RadioInput(question, lang)
    if kind == "single_choice":
        return ComboInput(question, lang) if len(question.options or []) > COMBO_ABOVE else RadioInput(question, lang)
    if kind == "multiple_choice":
        return ChecksInput(question, lang)
    return TextInput(question, lang)


class QuestionBlock(QWidget):
    """A question as the user sees it: label, input, help text and any inline problem."""

    def __init__(self, question: Question, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.question = question
        text = pick(question.label, lang)
        mark = self.tr("(optional)")
        if not question.required and not any(w in text.lower() for w in ("optional", mark.strip("() ").lower())):
            text += " " + mark
        self.label = QLabel(text.replace("&", "&&"))
        self.label.setWordWrap(True)
        font = self.label.font()
        font.setBold(True)
        self.label.setFont(font)
        self.input = make_input(question, lang)
        self.label.setBuddy(self.input.focus_target())
        self.help = QLabel(pick(question.help, lang))
        self.help.setWordWrap(True)
        self.help.setAccessibleName(self.tr("Help: {0}").format(pick(question.label, lang)))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Problem"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 10)
        layout.setSpacing(4)
        layout.addWidget(self.label)
        layout.addWidget(self.input)
        layout.addWidget(self.help)
        layout.addWidget(self.problem)
        # only once they have a parent: showing a parentless widget opens a window of its own
        self.help.setVisible(bool(question.help))
        self.problem.hide()

    def set_mnemonic(self, letter_index: int) -> None:
        text = self.label.text()
        self.label.setText(text[:letter_index] + "&" + text[letter_index:])

    def show_problem(self, message: str | None) -> None:
        if message:
            self.problem.setText(f"<b style='color:{error_colour(self)}'>⚠ {message}</b>")
        self.problem.setVisible(bool(message))
