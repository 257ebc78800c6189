"""The open assessment on the Qt side: answers, notes, file path and the
modified flag, with signals the pages, the side panel and the autosave follow."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal

from ..core.answers import DONT_KNOW, visible_questions
from ..core.document import AssessmentDocument, load_document, new_document, now, save_document
from ..core.engine import assess
from ..core.questionnaire import Questionnaire, Section
from ..core.result import Result
from ..core.ruleset import Ruleset
from ..core.text import pick

MAX_RECENT = 8


def default_file_name(company: str, day: date | None = None, suffix: str = ".pdf") -> str:
    """``Finlytics-SAS-mlops-readiness-2026-03-01.pdf``: from the company and the date."""
    slug = re.sub(r"[^\w]+", "-", company, flags=re.UNICODE).strip("-_")[:60] or "assessment"
    return f"{slug}-mlops-readiness-{(day or date.today()).isoformat()}{suffix}"


class AssessmentModel(QObject):
    """One assessment being edited. Holds no scoring logic: results come from the engine."""

    changed = Signal()  # any answer or note
    answerChanged = Signal(str)
    replaced = Signal()  # new or opened document: every page refills itself
    modifiedChanged = Signal(bool)
    pathChanged = Signal(object)

    def __init__(self, ruleset: Ruleset, lang: str = "en", parent: QObject | None = None):
        super().__init__(parent)
        self.ruleset = ruleset
        self.lang = lang
        self.doc = new_document(ruleset)
        self.path: Path | None = None
        self._modified = False
        self._revision = 0
        self._visible: tuple[int, set[str]] | None = None
        self._result: tuple[int, Result, bool] | None = None

    # -- reading -----------------------------------------------------------
    @property
    def questionnaire(self) -> Questionnaire:
        return self.ruleset.questionnaire

    @property
    def answers(self) -> dict[str, Any]:
        return self.doc.answers

    @property
    def notes(self) -> dict[str, str]:
        return self.doc.notes

    def answer(self, qid: str) -> Any:
        return self.doc.answers.get(qid)

    def visible(self) -> set[str]:
        if self._visible is None or self._visible[0] != self._revision:
            self._visible = (self._revision, visible_questions(self.questionnaire, self.doc.answers))
        return self._visible[1]

    def counted_answers(self) -> dict[str, Any]:
        """The answers that count: those of visible questions."""
        visible = self.visible()
        return {k: v for k, v in self.doc.answers.items() if k in visible}

    def section_problems(self, section: Section) -> list[tuple[str, str]]:
        """(question id, message) for each thing keeping this section from being complete."""
        visible, answers = self.visible(), self.doc.answers
        out = []
        ids = {q.id for q in section.questions}
        for q in section.questions:
            if q.required and q.id in visible and answers.get(q.id) is None:
                out.append((q.id, self.tr("Answer “{0}”.").format(pick(q.label, self.lang))))
        for check in self.questionnaire.checks:
            if not ({check.left, check.right} & ids) or not {check.left, check.right} <= visible:
                continue
            left, right = answers.get(check.left), answers.get(check.right)
            if left is None or right is None or DONT_KNOW in (left, right):
                continue  # a "don't know" cannot contradict anything
            if not check.holds(left, right):
                anchor = check.left if check.left in ids else check.right
                out.append((anchor, pick(check.message, self.lang) + "."))
        return out

    def section_progress(self, section: Section) -> tuple[int, int]:
        visible, answers = self.visible(), self.doc.answers
        shown = [q.id for q in section.questions if q.id in visible]
        return sum(1 for qid in shown if answers.get(qid) not in (None, "", [])), len(shown)

    def is_complete(self) -> bool:
        return not any(self.section_problems(s) for s in self.questionnaire.sections)

    def unknown_answers(self) -> list[str]:
        """Questions answered "don't know" among those that count."""
        return [k for k, v in self.counted_answers().items() if v == DONT_KNOW]

    def full_result_ready(self) -> Result | None:
        """The full result when it is already computed for the current answers."""
        cached = self._result
        return cached[1] if cached is not None and cached[0] == self._revision and cached[2] else None

    def result(self, full: bool = False) -> Result:
        """The engine's result for the answers that count (cached until the next change).

        ``full=False`` skips the engine's search for what would change the decision and
        the don't-know analysis, so the live page follows every keystroke; ``full``
        (decision support, the report) includes them."""
        cached = self._result
        if cached is None or cached[0] != self._revision or (full and not cached[2]):
            result = assess(self.ruleset, self.counted_answers(), self.lang, decision_support=full)
            self._result = cached = (self._revision, result, full)
        return cached[1]

    def company_name(self) -> str:
        return str(self.doc.answers.get("company_name") or "").strip()

    def display_name(self) -> str:
        return self.path.name if self.path else self.tr("Untitled assessment")

    def is_modified(self) -> bool:
        return self._modified

    def snapshot(self) -> AssessmentDocument:
        return self.doc.model_copy(deep=True)

    # -- editing -----------------------------------------------------------
    def set_answer(self, qid: str, value: Any) -> None:
        if value in ("", None) or (isinstance(value, list) and not value and
                                   self.questionnaire.questions[qid].default is None):
            if qid not in self.doc.answers:
                return
            del self.doc.answers[qid]
        elif self.doc.answers.get(qid, object()) == value and type(self.doc.answers.get(qid)) is type(value):
            return
        else:
            self.doc.answers[qid] = value
        self._touch()
        self.answerChanged.emit(qid)
        self.changed.emit()

    def set_note(self, section_id: str, text: str) -> None:
        if self.doc.notes.get(section_id, "") == text:
            return
        if text:
            self.doc.notes[section_id] = text
        else:
            self.doc.notes.pop(section_id, None)
        self._touch()
        self.changed.emit()

    def set_modified(self, modified: bool) -> None:
        if modified != self._modified:
            self._modified = modified
            self.modifiedChanged.emit(modified)

    def _touch(self) -> None:
        self._revision += 1
        self.doc.modified = now()
        self.set_modified(True)

    def _set_path(self, path: Path | None) -> None:
        self.path = path
        self.pathChanged.emit(path)

    # -- whole documents ---------------------------------------------------
    def replace(self, doc: AssessmentDocument, ruleset: Ruleset, path: Path | None, modified: bool = False) -> None:
        self.ruleset, self.doc = ruleset, doc
        self._revision += 1
        self._set_path(path)
        self.set_modified(modified)
        self.replaced.emit()
        self.changed.emit()

    def new(self) -> None:
        self.replace(new_document(self.ruleset), self.ruleset, None)

    def open(self, path: Path) -> None:
        """Load a document; raises ReadinessError (and changes nothing) when it cannot be used."""
        doc, ruleset = load_document(path, self.ruleset)
        self.replace(doc, ruleset, Path(path))

    def save(self, path: Path) -> Path:
        save_document(self.doc, path)
        self._set_path(Path(path))
        self.set_modified(False)
        return Path(path)


class RecentFiles:
    """The recently used documents, kept in a QSettings file in the data folder."""

    def __init__(self, settings_path: Path):
        self.settings = QSettings(str(settings_path), QSettings.Format.IniFormat)

    def paths(self) -> list[Path]:
        raw = self.settings.value("recent_files", [])
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
