"""The wizard and its generic section page: one page per questionnaire section,
built once from the data, filling itself from the model when shown and
writing every change straight back."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..core.questionnaire import Section
from ..core.text import pick
from .documents import AssessmentModel
from .reflow import WrapLabel
from .style import assign_mnemonics, error_colour, scaled_font
from .widgets import QuestionBlock, keep_undo_keys_for_the_window


def _mnemonic(text: str) -> str | None:
    i = text.replace("&&", "").find("&")
    return text.replace("&&", "")[i + 1].lower() if 0 <= i < len(text.replace("&&", "")) - 1 else None


def reserved_mnemonics() -> set[str]:
    """Letters the pages' questions must not take, in the app's language: Next, Back, the
    menus, the notes field and the side panel's "Who is answering"."""
    texts = [QCoreApplication.translate("Wizard", "&Next >"), QCoreApplication.translate("Wizard", "< &Back"),
             QCoreApplication.translate("MainWindow", "&File"), QCoreApplication.translate("MainWindow", "Wor&kshop"),
             QCoreApplication.translate("MainWindow", "&Edit"), QCoreApplication.translate("MainWindow", "&Help"),
             QCoreApplication.translate("SectionPage", "N&otes for this section (printed in the report's appendix)"),
             QCoreApplication.translate("RespondentSwitcher", "&Who is answering")]
    return {"h"} | {m for m in map(_mnemonic, texts) if m}


class Wizard(QWizard):
    """A QWizard that lives inside the main window: Escape or Finish never close it."""

    pageShown = Signal(int)
    MINIMUM_SIZE = (560, 420)  # beside the side panel at 1280x720, and above what any page needs
    pageInitializing = Signal(int)  # before the page fills itself, and before QWizard looks for a next page

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        # A QWizard is a dialog; the main window's layout makes it a plain child widget (a widget
        # put in a layout loses its window type), which is what setWindowFlags(Qt.WindowType.Widget)
        # would do without setting up the Qt namespace's Python types before the first paint.
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOptions(QWizard.WizardOption.NoCancelButton | QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setButtonLayout([QWizard.WizardButton.Stretch, QWizard.WizardButton.BackButton,
                              QWizard.WizardButton.NextButton])
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.BackButton):
            self.button(which).setMinimumWidth(120)
        self.button(QWizard.WizardButton.NextButton).setToolTip(self.tr("Next section (Enter or Alt+N)"))
        self.button(QWizard.WizardButton.BackButton).setToolTip(self.tr("Previous section (Alt+B)"))
        self.currentIdChanged.connect(self._shown)
        self._title_label: QLabel | None = None
        self._header_base = (0, 0, 0)  # QWizard's own heights: the header's minimum and maximum, two lines
        self._header_set: tuple[int, int] | None = None  # the heights last given to the header here
        # QWizard follows each page's minimum size, which differs from page to page: every Next would then
        # lay the whole window out again (side panel included). Set once, the minimum stays put.
        self.setMinimumSize(*self.MINIMUM_SIZE)

    def _shown(self, page_id: int) -> None:
        if self._title_label is None and self.currentPage() is not None:
            self._title_label = self._header_title(self.currentPage().title())
            if self._title_label is not None:  # projector-sized
                self._title_label.setFont(scaled_font(self._title_label, 1.4, bold=True))
        QTimer.singleShot(0, self, self.fit_header)  # once the header has its width
        self.pageShown.emit(page_id)

    def fit_header(self) -> None:
        """QWizard makes its header as high as two lines of subtitle, for the type size it had when it last
        laid the header out: a longer subtitle (in French, zoomed in on a projector) lost its third line.
        The header grows by the lines its subtitle takes beyond those two at its width, and shrinks back."""
        page = self.currentPage()
        if page is None:
            return
        title = self._header_title(page.title())  # QWizard makes its header's labels anew now and then
        header = title.parentWidget() if title is not None else None
        if header is None:
            return
        subtitle = next((label for label in header.findChildren(QLabel) if label is not title
                         and label.text() == page.subTitle()), None)
        if subtitle is None or subtitle.width() <= 0:
            return
        if (header.minimumHeight(), header.maximumHeight()) != self._header_set:  # QWizard laid it out anew
            self._header_base = (header.minimumHeight(), header.maximumHeight(), subtitle.minimumHeight())
        low, high, lines = self._header_base
        extra = max(0, subtitle.heightForWidth(subtitle.width()) - lines)
        if (low + extra, high + extra) != (header.minimumHeight(), header.maximumHeight()):
            header.setMinimumHeight(low + extra)
            header.setMaximumHeight(high + extra)
        self._header_set = (low + extra, high + extra)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self.fit_header)  # a narrower header may wrap its subtitle once more

    def _header_title(self, title: str) -> QLabel | None:
        """The label of the header showing the page's title (QWizard gives it no name). It sits two
        levels down (wizard ▸ inner widget ▸ header ▸ label), beside the frame holding the pages:
        looking only there, not through every page's widgets, keeps the first display quick."""
        for inner in self.children():
            for part in inner.children():
                if isinstance(part, QWizardPage):
                    continue
                for label in part.children():
                    if isinstance(label, QLabel) and label.text() == title:
                        return label
        return None

    def initializePage(self, page_id: int) -> None:
        self.pageInitializing.emit(page_id)
        super().initializePage(page_id)

    def reject(self) -> None:  # Escape: stay open
        pass

    def done(self, _result: int) -> None:  # Finish: stay open
        pass

    def go_to(self, target: int) -> bool:
        """Go back, or forward through complete pages, until ``target`` is shown."""
        while self.currentId() > target and self.currentId() != self.startId():
            self.back()
        while self.currentId() < target:
            before = self.currentId()
            page = self.currentPage()
            if isinstance(page, SectionPage) and not page.is_ready():
                break
            self.next()
            if self.currentId() == before:
                break
        return self.currentId() == target


class SectionPage(QWizardPage):
    """Every question of one section, its help texts, inline problems and the notes field."""

    def __init__(self, model: AssessmentModel, section: Section, number: int, total: int,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.section = section
        lang = model.lang
        self.setTitle(self.tr("{0}. {1}").format(number, pick(section.title, lang)))
        self.setSubTitle(pick(section.description, lang) or " ")
        self.blocks: dict[str, QuestionBlock] = {}
        self.built = False
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setAccessibleName(self.tr("What is missing"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.reason)
        self._problems: list[tuple[str, str]] = []
        self._asked = False  # Next was pressed while something is missing: the page says what, until done
        self._filling = False
        model.viewChanged.connect(self.fill)
        model.replaced.connect(self._calm)
        model.restored.connect(self._restored)

    def after_first_paint(self) -> None:
        """No horizontal scroll bar: the questions wrap to the page's width. Set after the first
        paint (it takes the Qt namespace, see SectionList), where the first page already fits."""
        from PySide6.QtCore import Qt

        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def build(self) -> None:
        """Create the inputs, once: on first display, or while the app is idle after start."""
        if self.built:
            return
        self.built = True
        section, lang = self.section, self.model.lang
        content = QWidget(self.scroll_area)  # parented at once: a parentless widget made while shown steals activation
        content.setObjectName("pageContent")
        column = QVBoxLayout(content)
        column.setContentsMargins(4, 0, 16, 8)
        column.setSpacing(6)
        for question in section.questions:
            block = QuestionBlock(question, lang, content)
            block.input.changed.connect(lambda qid=question.id: self._input_changed(qid))
            self.blocks[question.id] = block
            column.addWidget(block)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        column.addWidget(line)
        self.notes_label = WrapLabel(self.tr("N&otes for this section (printed in the report's appendix)"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setUndoRedoEnabled(False)  # the assessment's undo (Edit menu) covers the notes
        keep_undo_keys_for_the_window(self.notes)
        self._workshop: bool | None = None  # the wording in use: set by fill()
        self.notes.setAccessibleName(self.tr("Notes: {0}").format(pick(section.title, lang)))
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 3 + 16)
        self.notes_label.setBuddy(self.notes)
        self.notes.textChanged.connect(self._notes_changed)
        column.addWidget(self.notes_label)
        column.addWidget(self.notes)
        column.addStretch(1)
        blocks = list(self.blocks.values())
        for block, index in zip(blocks, assign_mnemonics([b.label.text() for b in blocks], reserved_mnemonics()),
                                strict=True):
            if index is not None:
                block.set_mnemonic(index)
        self.scroll_area.setWidget(content)

    # -- QWizardPage -------------------------------------------------------
    def initializePage(self) -> None:
        """Fill every input from the model (answers may come from an opened file)."""
        self.build()
        self.fill()
        QTimer.singleShot(0, self, self._focus_first)

    def fill(self) -> None:
        """Show the model's answers: on display, and when another respondent is chosen
        (a page not built yet is filled when it is first shown)."""
        if not self.built:
            return
        self._filling = True
        self._words(bool(self.model.doc.respondents))
        for qid, block in self.blocks.items():
            block.input.set_value(self.model.answer(qid))
        text = self.model.notes.get(self.section.id, "")
        if self.notes.toPlainText() != text:
            self.notes.blockSignals(True)
            self.notes.setPlainText(text)
            self.notes.blockSignals(False)
        self._filling = False
        self.refresh()

    def _words(self, workshop: bool) -> None:
        """Workshop words (the client, the room) only when the assessment has respondents."""
        if workshop == self._workshop:
            return
        self._workshop = workshop
        for block in self.blocks.values():
            block.input.set_workshop(workshop)
        self.notes.setPlaceholderText(self.tr("What the client said, context, follow-ups…") if workshop
                                      else self.tr("Context, assumptions, what to check…"))

    def cleanupPage(self) -> None:  # going back keeps the answers
        pass

    def isComplete(self) -> bool:
        """Next stays enabled: pressed on an unfinished page, it says what is missing (validatePage)."""
        return True

    def is_ready(self) -> bool:
        """Nothing keeps the section from being complete."""
        return not self._problems

    def validatePage(self) -> bool:
        # An exception here would reach Qt inside QWizard.next() (and take the app down): check the answers
        # as they are now, which may have changed since the page last looked (undo, an import, a restore).
        self._asked = True
        self.refresh()
        if not self._problems:
            return True
        qid = self._problems[0][0]
        QTimer.singleShot(0, self, lambda: self.focus_question(qid))  # once QWizard is done with the click
        return False

    def _restored(self, kind: str, target: str) -> None:
        """Undo or redo put an answer or a note back: show it."""
        if target in self.blocks or (kind == "note" and target == self.section.id):
            self.fill()

    def _calm(self) -> None:
        """Another document: nothing was asked of it yet."""
        self._asked = False

    # -- behaviour ---------------------------------------------------------
    def _notes_changed(self) -> None:
        text = self.notes.toPlainText()
        self.model.set_note(self.section.id, text)
        kept = self.model.notes.get(self.section.id, "")
        if kept != text:  # cut at the limit or cleaned: the page shows what the file keeps
            position = self.notes.textCursor().position()
            self.notes.blockSignals(True)
            self.notes.setPlainText(kept)
            self.notes.blockSignals(False)
            cursor = self.notes.textCursor()
            cursor.setPosition(min(position, len(kept)))
            self.notes.setTextCursor(cursor)

    def _input_changed(self, qid: str) -> None:
        if self._filling:
            return
        self.model.set_answer(qid, self.blocks[qid].input.value())
        self.refresh()

    def refresh(self) -> None:
        """Show and hide conditional questions and the problems that block Next."""
        visible = self.model.visible()
        for qid, block in self.blocks.items():
            block.setVisible(qid in visible)
        before = self._problems
        self._problems = self.model.section_problems(self.section)
        inline: dict[str, str] = {}
        for qid, message in self._problems:
            if self.blocks[qid].question.required and self.model.answer(qid) is None:
                continue  # "needs an answer" goes to the summary line only
            inline.setdefault(qid, message)
        for qid, block in self.blocks.items():
            block.show_problem(inline.get(qid))
        if self._problems:
            missing = [self.blocks[q].input.name for q, m in self._problems if q not in inline]
            messages = list(dict.fromkeys(inline.values()))
            if missing:
                messages.insert(0, self.tr("answer {0}.").format("; ".join(f"“{m}”" for m in missing)))
            lead = self.tr("To continue:")  # tr() outside f-strings, where lupdate finds it
            self.reason.setText(f"<span style='color:{error_colour(self)}'><b>"
                                f"{lead}</b> {' '.join(messages)}</span>")
        self.reason.setVisible(bool(self._problems) and self._asked)
        if not self._problems:
            self._asked = False
        if before != self._problems:
            focus = QApplication.focusWidget()
            self.completeChanged.emit()  # QWizard may move the focus while updating its buttons
            if focus is not None and QApplication.focusWidget() is not focus and self.isAncestorOf(focus):
                focus.setFocus()  # Qt's default reason: OtherFocusReason

    def _focus_first(self) -> None:
        if self.wizard() is None or self.wizard().currentPage() is not self:
            return
        focus = self.focusWidget()
        if focus is not None and self.isAncestorOf(focus) and focus.hasFocus():
            return
        for qid, block in self.blocks.items():
            if block.isVisible():
                self.focus_question(qid, scroll=False)
                return

    def focus_question(self, qid: str, scroll: bool = True) -> None:
        block = self.blocks[qid]
        target = block.input.focus_target()
        target.setFocus()  # Qt's default reason: OtherFocusReason
        if scroll:
            self.scroll_area.ensureWidgetVisible(block, 0, 40)
