"""The open assessment on the Qt side: answers, notes, file path and the
modified flag, with signals the pages, the side panel and the autosave follow.

In a workshop the document holds several respondents. The pages then edit the
answers of the respondent chosen in the side panel (or, in the "Agreed answers"
view, settle the group's answer); the recommendation always uses the agreed
answers (:func:`core.workshop.agreed_answers`). With no respondents everything
reads and writes the document's own answers, as for a CTO on their own."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..core.answers import DONT_KNOW, answer_progress, failed_checks, missing_required, visible_questions
from ..core.document import AssessmentDocument, Respondent, new_document, now
from ..core.errors import AnswersError, OutputError
from ..core.limits import (
    MAX_FILE_BYTES,
    MAX_NAME_LENGTH,
    MAX_NOTE_LENGTH,
    MAX_RESPONDENTS,
    MAX_SNAPSHOTS,
    MAX_TEXT_LENGTH,
    clean_text,
)
from ..core.questionnaire import Questionnaire, Section
from ..core.ruleset import Ruleset
from ..core.text import LANGUAGES, pick
from . import operations

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from ..core import workshop
    from ..core.result import Result
    from ..core.session import Opened

MAX_RECENT = 20  # a consultant sees several clients a week
REPORT_LANGUAGES = LANGUAGES  # the languages the core writes results in


def default_file_name(company: str, day: date | None = None, suffix: str = ".pdf") -> str:
    """``Finlytics-SAS-mlops-readiness-2026-03-01.pdf``: from the company and the date."""
    slug = re.sub(r"[^\w]+", "-", company, flags=re.UNICODE).strip("-_")[:60] or "assessment"
    return f"{slug}-mlops-readiness-{(day or date.today()).isoformat()}{suffix}"


@dataclass(frozen=True)
class DiskState:
    """A file as it was on disk when it was opened or saved: a save can tell it changed since."""

    mtime_ns: int
    size: int
    digest: str

    @classmethod
    def of(cls, path: Path) -> DiskState | None:
        """The file's state now; None when it cannot be read."""
        import hashlib

        try:
            with open(path, "rb") as handle:
                stat = os.fstat(handle.fileno())
                digest = hashlib.sha256(handle.read()).hexdigest()
        except OSError:
            return None
        return cls(stat.st_mtime_ns, stat.st_size, digest)

    def differs(self, path: Path) -> bool:
        """The file at ``path`` holds something else than it did (a touched but equal file does not)."""
        try:
            stat = os.stat(path)
        except FileNotFoundError:
            return False  # gone: saving writes it again and drops nothing
        except OSError:
            return True
        if (stat.st_mtime_ns, stat.st_size) == (self.mtime_ns, self.size):
            return False
        now_ = DiskState.of(path)
        return now_ is None or now_.digest != self.digest


def read_for_opening(path: Path, ruleset: Ruleset) -> tuple[AssessmentDocument, Ruleset, DiskState | None]:
    """Everything opening a file needs, without touching a widget (it may run off the main thread):
    the checked document with its agreed answers, its ruleset and the file's state on disk."""
    opened: Opened = operations.open_file(Path(path), ruleset)
    doc = operations.with_agreed(opened.document)
    return doc, opened.ruleset, DiskState.of(Path(path))


class Edit(QUndoCommand):
    """One change the user made (an answer, a note, a settlement), kept to be undone and redone.
    ``key`` names what was changed; a change to the same thing right after merges into it, so typing in a
    field is undone in one step."""

    def __init__(self, model: AssessmentModel, text: str, key: tuple[Any, ...], before: Any, after: Any):
        super().__init__(text)
        self.model, self.key, self.before, self.after = model, key, before, after
        self.first = True

    def redo(self) -> None:
        self.model._apply(self.key, self.after, restored=not self.first)
        self.first = False

    def undo(self) -> None:
        self.model._apply(self.key, self.before, restored=True)

    def id(self) -> int:
        return 1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, Edit) or other.key != self.key:
            return False
        self.after = other.after
        self.setObsolete(_same(self.after, self.before))
        return True


def _same(a: Any, b: Any) -> bool:
    return bool(a == b and type(a) is type(b))


class AssessmentModel(QObject):
    """One assessment being edited. Holds no scoring logic: results come from the engine."""

    changed = Signal()  # any answer or note
    replaced = Signal()  # new or opened document: every page refills itself
    viewChanged = Signal()  # another respondent (or the agreed answers) shown: pages refill
    respondentsChanged = Signal()  # added or imported
    modifiedChanged = Signal(bool)
    pathChanged = Signal(object)
    textAdjusted = Signal(str)  # text that came in was changed to be saved: what and why
    restored = Signal(str, str)  # undo or redo put back ("answer" or "settlement", question id) or ("note", section)

    def __init__(self, ruleset: Ruleset, lang: str = "en", parent: QObject | None = None):
        super().__init__(parent)
        self.ruleset = ruleset
        self.lang = lang  # the app's language: labels on the pages, messages
        self.doc = self._fresh(ruleset)
        self.path: Path | None = None
        self.disk: DiskState | None = None  # the file as opened or last saved
        self.respondent_id: str | None = None  # whose answers the pages edit; None: the agreed ones
        self._modified = False
        self._revision = 0
        self._visible: tuple[int, str | None, set[str]] | None = None
        self._agreed_visible: tuple[int, set[str]] | None = None
        self._result: tuple[int, Result, bool] | None = None
        self._disagreements: tuple[int, list[workshop.Disagreement]] | None = None
        self.undo_stack = QUndoStack(self)  # answers, notes and settlements; emptied with another document
        # Undoing back to the saved state leaves nothing to save (unless a change the stack does not hold,
        # such as a new respondent, came in between: that leaves the clean state for good).
        self.undo_stack.cleanChanged.connect(self._stack_clean)  # a method: let go when the model is gone

    def _fresh(self, ruleset: Ruleset) -> AssessmentDocument:
        doc = new_document(ruleset)
        doc.answers.clear()  # nothing is answered until someone answers: a default is no answer
        doc.language = self.lang if self.lang in REPORT_LANGUAGES else "en"
        return doc

    # -- reading -----------------------------------------------------------
    @property
    def revision(self) -> int:
        """Changes whenever an answer, a note or the whole document does: what is derived from the
        answers can be kept until it moves."""
        return self._revision

    @property
    def questionnaire(self) -> Questionnaire:
        return self.ruleset.questionnaire

    @property
    def report_lang(self) -> str:
        """The assessment's language: the result page and the report speak it."""
        return self.doc.language

    @property
    def respondents(self) -> list[Respondent]:
        return list(self.doc.respondents)

    def respondent(self) -> Respondent | None:
        """The respondent whose answers the pages edit, or None for the agreed answers."""
        if self.respondent_id is None:
            return None
        try:
            return self.doc.respondent(self.respondent_id)
        except KeyError:
            return None

    @property
    def answers(self) -> dict[str, Any]:
        """The answers the pages show: the chosen respondent's, else the agreed ones."""
        person = self.respondent()
        return person.answers if person is not None else self.doc.answers

    @property
    def agreed(self) -> dict[str, Any]:
        """What the recommendation uses (the document keeps them up to date)."""
        return self.doc.answers

    @property
    def notes(self) -> dict[str, str]:
        return self.doc.notes

    def answer(self, qid: str) -> Any:
        return self.answers.get(qid)

    def visible(self) -> set[str]:
        """Questions shown on the pages for the answers being edited."""
        key = (self._revision, self.respondent_id)
        if self._visible is None or self._visible[:2] != key:
            self._visible = (*key, visible_questions(self.questionnaire, self.answers))
        return self._visible[2]

    def agreed_visible(self) -> set[str]:
        if self._agreed_visible is None or self._agreed_visible[0] != self._revision:
            self._agreed_visible = (self._revision, visible_questions(self.questionnaire, self.agreed))
        return self._agreed_visible[1]

    def counted_answers(self) -> dict[str, Any]:
        """The agreed answers that count: those of visible questions."""
        visible = self.agreed_visible()
        return {k: v for k, v in self.agreed.items() if k in visible}

    def section_problems(self, section: Section) -> list[tuple[str, str]]:
        """(question id, message) for each thing keeping this section (as edited) from being complete."""
        return self._problems(section, self.answers, self.visible())

    def _problems(self, section: Section, answers: dict[str, Any], visible: set[str]) -> list[tuple[str, str]]:
        ids = {q.id for q in section.questions}
        q = self.questionnaire
        out = [(qid, self.tr("Answer “{0}”.").format(pick(q.questions[qid].label, self.lang)))
               for qid in missing_required(q, answers, visible) if qid in ids]
        for check in failed_checks(q, answers, visible):
            if {check.left, check.right} & ids:
                anchor = check.left if check.left in ids else check.right
                out.append((anchor, pick(check.message, self.lang) + "."))
        return out

    def section_progress(self, section: Section) -> tuple[int, int]:
        return answer_progress(self.questionnaire, self.answers, self.visible(), [q.id for q in section.questions])

    def is_complete(self) -> bool:
        """The agreed answers are complete: the recommendation and the report can be made."""
        visible = self.agreed_visible()
        return not any(self._problems(s, self.agreed, visible) for s in self.questionnaire.sections)

    def unknown_answers(self) -> list[str]:
        """Questions answered "don't know" among those that count."""
        return [k for k, v in self.counted_answers().items() if v == DONT_KNOW]

    def full_result_ready(self) -> Result | None:
        """The full result when it is already computed for the current answers."""
        cached = self._result
        return cached[1] if cached is not None and cached[0] == self._revision and cached[2] else None

    def result(self, full: bool = False) -> Result:
        """The engine's result for the agreed answers that count, in the assessment's
        language (cached until the next change).

        ``full=False`` skips the engine's search for what would change the decision and
        the don't-know analysis, so the live page follows every keystroke; ``full``
        (decision support, the report) includes them."""
        cached = self._result
        if cached is None or cached[0] != self._revision or (full and not cached[2]):
            result = operations.assess(self.ruleset, self.counted_answers(), self.report_lang, full)
            self._result = cached = (self._revision, result, full)
        return cached[1]

    def disagreements(self) -> list[workshop.Disagreement]:
        """Questions the respondents answer differently, those that move the decision first."""
        if len(self.doc.respondents) < 2:
            return []
        if self._disagreements is None or self._disagreements[0] != self._revision:
            self._disagreements = (self._revision, operations.disagreements(self.doc, self.ruleset, self.report_lang))
        return self._disagreements[1]

    def progress(self, since: int | None = None) -> workshop.Progress | None:
        """The change from a snapshot (the latest by default) to the current result."""
        snaps = self.doc.snapshots
        if not snaps:
            return None
        return operations.progress_since(self.doc, -1 if since is None else since, self.result(), self.tr("now"),
                                         self.report_lang, self.ruleset)

    def workshop_summary(self, result: Result) -> workshop.WorkshopSummary | None:
        return operations.workshop_summary(self.doc, self.ruleset, result)

    def company_name(self) -> str:
        return str(self.agreed.get("company_name") or "").strip()

    def display_name(self) -> str:
        """The file's name; before it has one, the company's (else "Untitled assessment")."""
        if self.path:
            return self.path.name
        return self.company_name() or self.tr("Untitled assessment")

    def is_modified(self) -> bool:
        return self._modified

    def snapshot(self) -> AssessmentDocument:
        return self.doc.model_copy(deep=True)

    def changed_on_disk(self) -> bool:
        """The open file holds something else than when it was opened or last saved here."""
        return self.path is not None and self.disk is not None and self.disk.differs(self.path)

    # -- editing ---------------------------------------------------------
    def _clean(self, text: str, limit: int = MAX_NAME_LENGTH, multiline: bool = False) -> str:
        """Text as a file can hold it and the app read back: characters that cannot be written are
        replaced, invisible ones dropped, the text cut at ``limit``; the user is told."""
        out, changes = clean_text(text, limit, multiline=multiline)
        if len(out) < len(text) and len(out) == limit:
            self.textAdjusted.emit(self.tr("This text is limited to {0} characters: the rest was not kept.")
                                   .format(limit))
        elif changes:
            self.textAdjusted.emit(self.tr("Characters that cannot be saved (from a copy-paste?) were replaced."))
        return out

    def set_answer(self, qid: str, value: Any) -> None:
        """Change an answer as the pages show it: the document's own, the chosen
        respondent's, or (in the agreed view of a workshop) settle the group's answer."""
        if isinstance(value, str):
            value = self._clean(value, MAX_TEXT_LENGTH)
        if value in ("", None) or (isinstance(value, list) and not value and
                                   self.questionnaire.questions[qid].default is None):
            value = None
        current = self.answers.get(qid)
        if value is None and qid not in self.answers:
            return
        if value is not None and current == value and type(current) is type(value):
            return
        label = self._label(qid)
        if self.doc.respondents and self.respondent() is None:  # the agreed view: settle the group's answer
            before = self.doc.settled.get(qid)
            if value is None:
                after = None
            else:
                from ..core.document import Settlement

                after = Settlement(value=value, note=before.note if before is not None else "")
            self._push(self.tr("settlement of “{0}”").format(label), ("settlement", qid), before, after)
        else:
            self._push(self.tr("answer to “{0}”").format(label), ("answer", qid, self.respondent_id), current, value)

    def _label(self, qid: str) -> str:
        question = self.questionnaire.questions[qid]
        return pick(question.short or question.label, self.lang)

    def _push(self, text: str, key: tuple[Any, ...], before: Any, after: Any) -> None:
        """Make a change through the undo stack (which applies it at once)."""
        self.undo_stack.push(Edit(self, text, key, before, after))

    def _apply(self, key: tuple[Any, ...], state: Any, restored: bool) -> None:
        """Put one answer, settlement or note in ``state``; when undo or redo does it, show where."""
        kind, target = key[0], key[1]
        if kind == "answer":
            respondent_id = key[2]
            if restored and respondent_id != self.respondent_id:
                self.show_respondent(respondent_id)
            person = self.respondent()
            if person is not None:
                self.doc = operations.set_respondent_answer(self.doc, person.id, target, state)
            elif state is None:
                self.doc.answers.pop(target, None)
            else:
                self.doc.answers[target] = state
        elif kind == "settlement":
            if restored and self.respondent_id is not None:
                self.show_respondent(None)
            self.doc = operations.restore_settlement(self.doc, target, state)
        elif state:
            self.doc.notes[target] = state
        else:
            self.doc.notes.pop(target, None)
        self._touch(undoable=True)
        self.changed.emit()
        if restored:
            self.restored.emit(kind, target)

    # -- workshop ----------------------------------------------------------
    def show_respondent(self, respondent_id: str | None) -> None:
        """Edit this respondent's answers on the pages (None: the agreed answers)."""
        if respondent_id is not None and respondent_id not in {r.id for r in self.doc.respondents}:
            respondent_id = None
        if respondent_id == self.respondent_id:
            return
        self.respondent_id = respondent_id
        self.viewChanged.emit()
        self.changed.emit()

    def add_respondent(self, name: str, role: str = "") -> Respondent:
        """A new respondent (the first one starts from the answers given so far), then shown."""
        self._room_for_respondent()
        name, role = self._clean(name), self._clean(role)
        self.doc, person = operations.add_respondent(self.doc, name, role)
        self._respondent_added(person)
        return person

    def import_respondent(self, path: Path, name: str, role: str = "") -> Respondent:
        """A respondent from an answers file or a saved assessment; AnswersError changes nothing."""
        self._room_for_respondent()
        name, role = self._clean(name), self._clean(role)
        self.doc, person = operations.import_respondent(self.doc, self.ruleset, Path(path), name, role)
        self._respondent_added(person)
        return person

    def _room_for_respondent(self) -> None:
        if len(self.doc.respondents) >= MAX_RESPONDENTS:
            raise AnswersError(None, self.tr("a workshop holds at most {0} respondents").format(MAX_RESPONDENTS))

    def _respondent_added(self, person: Respondent) -> None:
        self.undo_stack.clear()  # the answers now belong to respondents: earlier edits no longer apply as made
        self._touch()
        self.respondentsChanged.emit()
        self.respondent_id = person.id
        self.viewChanged.emit()
        self.changed.emit()

    def settle(self, qid: str, value: Any, note: str = "") -> None:
        """The group's answer to a disputed question; respondents keep theirs."""
        from ..core.document import Settlement

        if isinstance(value, str):
            value = self._clean(value, MAX_TEXT_LENGTH)
        after = Settlement(value=value, note=self._clean(note, MAX_TEXT_LENGTH, multiline=True))
        self._push(self.tr("settlement of “{0}”").format(self._label(qid)), ("settlement", qid),
                   self.doc.settled.get(qid), after)

    def unsettle(self, qid: str) -> None:
        if qid not in self.doc.settled:
            return
        self._push(self.tr("settlement of “{0}”").format(self._label(qid)), ("settlement", qid),
                   self.doc.settled[qid], None)

    def take_snapshot(self, label: str) -> None:
        """Keep today's agreed answers and their result, to compare at the next visit.
        Raises AnswersError while the agreed answers are not complete."""
        if len(self.doc.snapshots) >= MAX_SNAPSHOTS:
            raise AnswersError(None, self.tr("a client file holds at most {0} snapshots").format(MAX_SNAPSHOTS))
        self.doc = operations.take_snapshot(self.doc, self.ruleset, self._clean(label))
        self._touch()
        self.changed.emit()

    def set_language(self, lang: str) -> None:
        """The assessment's (and its report's) language."""
        if lang == self.doc.language or lang not in REPORT_LANGUAGES:
            return
        self.doc = self.doc.model_copy(update={"language": lang})
        self._touch()
        self.changed.emit()

    def set_note(self, section_id: str, text: str) -> None:
        """A section's notes, as a file can hold them (at most MAX_NOTE_LENGTH characters)."""
        text = self._clean(text, MAX_NOTE_LENGTH, multiline=True)
        before = self.doc.notes.get(section_id, "")
        if before == text:
            return
        section = next((s for s in self.questionnaire.sections if s.id == section_id), None)
        title = pick(section.title, self.lang) if section is not None else section_id
        self._push(self.tr("notes of “{0}”").format(title), ("note", section_id), before, text)

    def _stack_clean(self, clean: bool) -> None:
        if clean:
            self.set_modified(False)

    def set_modified(self, modified: bool) -> None:
        if modified != self._modified:
            self._modified = modified
            self.modifiedChanged.emit(modified)

    def _touch(self, undoable: bool = False) -> None:
        self._revision += 1
        self.doc.modified = now()
        if not undoable:  # a change undo cannot take back: the saved state is out of the stack's reach
            self.undo_stack.resetClean()
        self.set_modified(True)

    def _set_path(self, path: Path | None) -> None:
        self.path = path
        self.pathChanged.emit(path)

    # -- whole documents ---------------------------------------------------
    def replace(self, doc: AssessmentDocument, ruleset: Ruleset, path: Path | None, modified: bool = False,
                disk: DiskState | None = None, agreed: bool = False) -> None:
        """Show another document; ``disk`` is its file's state when read, ``agreed`` says its agreed
        answers are already worked out (see :func:`read_for_opening`)."""
        self.ruleset, self.doc = ruleset, doc if agreed else operations.with_agreed(doc)
        self.disk = disk
        self.undo_stack.clear()
        if modified:  # restored work: what is on disk is not this
            self.undo_stack.resetClean()
        self.respondent_id = None  # a workshop opens on the agreed answers
        self._revision += 1
        self._set_path(path)
        self.set_modified(modified)
        self.replaced.emit()
        self.changed.emit()

    def new(self) -> None:
        self.replace(self._fresh(self.ruleset), self.ruleset, None)

    def open(self, path: Path) -> None:
        """Load a document; raises ReadinessError (and changes nothing) when it cannot be used."""
        doc, ruleset, disk = read_for_opening(Path(path), self.ruleset)
        self.replace(doc, ruleset, Path(path), disk=disk, agreed=True)

    def save(self, path: Path) -> Path:
        """Write the document; OutputError (with the document unchanged and still modified) when it
        cannot be written or could not be opened again."""
        path = Path(path)
        try:
            size = len(self.doc.to_json().encode("utf-8"))
        except ValueError:
            raise OutputError(path, self.tr("the assessment holds characters that cannot be written; "
                                            "retype the text pasted last")) from None
        if size > MAX_FILE_BYTES:
            raise OutputError(path, self.tr("the assessment would be {0} MB, over the {1} MB a file may have to "
                                            "open again: remove some respondents, snapshots or notes")
                              .format(round(size / 2**20, 1), MAX_FILE_BYTES // 2**20))
        operations.save_document(self.doc, path)
        self.disk = DiskState.of(path)
        self._set_path(path)
        self.undo_stack.setClean()
        self.set_modified(False)
        return Path(path)


class RecentFiles:
    """The recently used documents, kept in a QSettings file in the data folder."""

    def __init__(self, settings_path: Path):
        self.settings_path = settings_path
        self._settings: QSettings | None = None

    @property
    def settings(self) -> QSettings:
        """The QSettings file, opened when first read or written (not while the window is built)."""
        if self._settings is None:
            from PySide6.QtCore import QSettings

            self._settings = QSettings(str(self.settings_path), QSettings.Format.IniFormat)
        return self._settings

    def paths(self) -> list[Path]:
        raw: Any = self.settings.value("recent_files", [])  # a list, or one str when a single file is kept
        items = [raw] if isinstance(raw, str) else list(raw or [])
        return [Path(p) for p in items if p]

    def add(self, path: Path) -> None:
        path = Path(path).resolve()
        items = [str(path)] + [str(p) for p in self.paths() if p != path]
        self.settings.setValue("recent_files", items[:MAX_RECENT])
        self.settings.sync()

    def remove(self, path: Path) -> None:
        self.settings.setValue("recent_files", [str(p) for p in self.paths() if p != Path(path)])
        self.settings.sync()
