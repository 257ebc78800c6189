"""The wizard's calls into the core, one function per core operation.

Widgets and the document model call these rather than the core's modules, so
that what the wizard asks of the core is listed in one place. Each function
imports its core module when first called: the first page paints before the
engine and the workshop code are loaded."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..core.document import AssessmentDocument, Respondent
    from ..core.result import Result
    from ..core.ruleset import Ruleset
    from ..core.session import Assessed, Opened
    from ..core.workshop import Disagreement, Progress, WorkshopSummary


# -- files ---------------------------------------------------------------------
def open_file(path: Path, ruleset: Ruleset | None = None) -> Opened:
    """A saved assessment or an answers file, read and checked; AnswersError says what is wrong."""
    from ..core.session import open_file as core_open_file

    return core_open_file(path, ruleset)


def assess_opened(opened: Opened, lang: str, full: bool = False) -> Assessed:
    """An opened file's result (the client list's decision); ``full`` adds the decision support, which
    says whether a "don't know" could change the decision."""
    from ..core.session import assess_opened as core_assess_opened

    return core_assess_opened(opened, lang, decision_support=full)


def answer_progress(opened: Opened) -> tuple[int, int]:
    """(answered, shown) for an opened file's agreed answers, by the core's one rule of what is answered."""
    from ..core.answers import answer_progress as core_answer_progress
    from ..core.workshop import with_agreed as core_with_agreed

    return core_answer_progress(opened.ruleset.questionnaire, core_with_agreed(opened.document).answers)


def save_document(doc: AssessmentDocument, path: Path) -> Path:
    from ..core.document import save_document as core_save_document

    return core_save_document(doc, path)


# -- the result -------------------------------------------------------------------
def assess(ruleset: Ruleset, answers: dict[str, Any], lang: str, full: bool) -> Result:
    """The result of the agreed answers; ``full`` adds what would change it and the don't-know analysis."""
    from ..core.engine import assess as core_assess

    return core_assess(ruleset, answers, lang, decision_support=full)


# -- workshops ----------------------------------------------------------------------
def with_agreed(doc: AssessmentDocument) -> AssessmentDocument:
    from ..core.workshop import with_agreed as core_with_agreed

    return core_with_agreed(doc)


def add_respondent(doc: AssessmentDocument, name: str, role: str) -> tuple[AssessmentDocument, Respondent]:
    from ..core.workshop import add_respondent as core_add_respondent

    return core_add_respondent(doc, name, role)


def import_respondent(doc: AssessmentDocument, ruleset: Ruleset, path: Path, name: str,
                      role: str) -> tuple[AssessmentDocument, Respondent]:
    from ..core.workshop import import_respondent as core_import_respondent

    return core_import_respondent(doc, ruleset, path, name, role)


def set_respondent_answer(doc: AssessmentDocument, respondent_id: str, qid: str, value: Any) -> AssessmentDocument:
    from ..core.workshop import set_respondent_answer as core_set_respondent_answer

    return core_set_respondent_answer(doc, respondent_id, qid, value)


def settle(doc: AssessmentDocument, qid: str, value: Any, note: str) -> AssessmentDocument:
    from ..core.workshop import settle as core_settle

    return core_settle(doc, qid, value, note)


def restore_settlement(doc: AssessmentDocument, qid: str, settlement: Any) -> AssessmentDocument:
    """The group's answer to ``qid`` as it was (a Settlement, or None for none): undo and redo."""
    from ..core.workshop import with_agreed as core_with_agreed

    settled = {k: v for k, v in doc.settled.items() if k != qid}
    if settlement is not None:
        settled[qid] = settlement
    return core_with_agreed(doc.model_copy(update={"settled": settled}))


def unsettle(doc: AssessmentDocument, qid: str) -> AssessmentDocument:
    from ..core.workshop import unsettle as core_unsettle

    return core_unsettle(doc, qid)


def take_snapshot(doc: AssessmentDocument, ruleset: Ruleset, label: str) -> AssessmentDocument:
    from ..core.workshop import take_snapshot as core_take_snapshot

    return core_take_snapshot(doc, ruleset, label)


def disagreements(doc: AssessmentDocument, ruleset: Ruleset, lang: str) -> list[Disagreement]:
    from ..core.workshop import disagreements as core_disagreements

    return core_disagreements(doc, ruleset, lang)


def progress_since(doc: AssessmentDocument, index: int, current: Result, now_label: str, lang: str,
                   ruleset: Ruleset) -> Progress:
    """What moved from the snapshot at ``index`` to the current result."""
    from ..core.workshop import compare, summary_of

    snap = doc.snapshots[index]
    return compare(snap.summary, summary_of(current), snap.label or snap.taken.date().isoformat(), now_label,
                   lang, ruleset)


def workshop_summary(doc: AssessmentDocument, ruleset: Ruleset, result: Result) -> WorkshopSummary | None:
    from ..core.workshop import workshop_summary as core_workshop_summary

    return core_workshop_summary(doc, ruleset, result)
