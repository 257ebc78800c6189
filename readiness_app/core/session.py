"""The one door from a file to a result, shared by the CLI and the wizard.

A file is either an answers file (``{questionnaire, answers}``, YAML or JSON)
or an assessment saved by the wizard (which adds notes, metadata, respondents
and visits). :func:`open_file` reads, parses and checks it once and returns the
document; :func:`assess_opened` resolves a workshop's agreed answers, checks
that the answers are complete and scores them. Every caller (the CLI's
commands, the wizard's Open, its client list, its crash recovery and a
respondent's import) goes through these two functions."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .answers import answers_file_from_data, checked_values, validate_answers
from .datafile import parse, read_text
from .errors import AnswersError, Problem
from .result import Result
from .ruleset import Ruleset, load_ruleset

if TYPE_CHECKING:
    from .document import AssessmentDocument
    from .workshop import WorkshopSummary

_WHAT = "a readiness-app assessment or an answers file (YAML or JSON with 'answers')"


@dataclass
class Opened:
    """A file read, parsed and checked once: an assessment saved by the app, or an answers file."""

    path: Path
    ruleset: Ruleset
    saved: bool  # True for an assessment saved by the app, False for an answers file
    answers: dict[str, Any]  # the checked answers of an answers file; a saved assessment's own answers
    saved_document: AssessmentDocument | None = None

    @property
    def document(self) -> AssessmentDocument:
        """The assessment; an answers file opens as a new one holding its answers (made when asked for:
        the command line scores an answers file without it)."""
        if self.saved_document is None:
            from .document import document_of_answers

            self.saved_document = document_of_answers(self.ruleset, self.answers)
        return self.saved_document


@dataclass
class Assessed:
    """Everything a shell shows about one file: its document, the agreed answers and their result."""

    result: Result
    ruleset: Ruleset
    answers: dict[str, Any]
    notes: dict[str, str] = field(default_factory=dict)
    metadata: dict[str, Any] = field(default_factory=dict)
    document: AssessmentDocument | None = None
    workshop: WorkshopSummary | None = None  # respondents, disputes and the last visit; None for one person

    def __iter__(self) -> Iterator[Any]:  # ``result, ruleset, answers = assess_file(...)``
        return iter((self.result, self.ruleset, self.answers))


def ruleset_for(questionnaire_id: str | None, questionnaire: str | Path | None = None,
                rules: str | Path | None = None, source: str | Path | None = None) -> Ruleset:
    """The ruleset an answers file asks for; the default questionnaire when it names none."""
    ruleset = load_ruleset(questionnaire, rules)
    if questionnaire_id is None or questionnaire_id == ruleset.questionnaire.id:
        return ruleset
    if questionnaire is None:
        from .document import ruleset_for_id

        return ruleset_for_id(questionnaire_id, source)
    raise AnswersError(source, f"questionnaire: the answers are for questionnaire '{questionnaire_id}', "
                       f"but the questionnaire in use is '{ruleset.questionnaire.id}' (give the right one "
                       "with --questionnaire)")


def open_file(path: str | Path, ruleset: Ruleset | None = None, questionnaire: str | Path | None = None,
              rules: str | Path | None = None) -> Opened:
    """Read, parse and check a file once. ``ruleset`` is the one in use (the wizard's), taken when the file
    is for the same questionnaire; ``questionnaire``/``rules`` name files to load instead (the CLI's
    options). Raises :class:`AnswersError` naming every problem; nothing is changed."""
    path = Path(path)
    text = read_text(path, AnswersError, _WHAT)
    data = parse(text, path, AnswersError, _WHAT)
    if not isinstance(data, dict):
        raise AnswersError(path, f"is not {_WHAT}: expected a mapping with an 'answers' key at the top, "
                           f"got {type(data).__name__}")
    if "format" in data:  # an assessment saved by the app
        from .document import document_from_data

        if questionnaire or rules:
            ruleset = ruleset_for(data.get("questionnaire"), questionnaire, rules, path)
        doc, ruleset = document_from_data(data, path, ruleset)
        return Opened(path, ruleset, saved=True, answers=doc.answers, saved_document=doc)
    answers_file = answers_file_from_data(data, text, path)
    wanted = answers_file.questionnaire
    if ruleset is None or questionnaire or rules or (wanted is not None and wanted != ruleset.questionnaire.id):
        ruleset = ruleset_for(wanted, questionnaire, rules, path)
    problems: list[Problem] = []
    answers = checked_values(ruleset.questionnaire, answers_file.answers, "answers", problems)
    if problems:
        raise AnswersError(path, problems)
    return Opened(path, ruleset, saved=False, answers=answers)


def assess_opened(opened: Opened, lang: str | None = None, *, decision_support: bool = True) -> Assessed:
    """Score an opened file: a workshop's agreed answers (settled, or the same from everyone, else "don't
    know"), checked for completeness; ``lang`` defaults to the assessment's own language (English for an
    answers file)."""
    from .engine import assess

    ruleset, doc = opened.ruleset, opened.saved_document
    workshop = doc is not None and bool(doc.respondents or doc.snapshots)
    if doc is not None and workshop:
        from .workshop import agreed_answers

        raw = agreed_answers(doc)
    else:
        raw = opened.answers
    values = validate_answers(ruleset.questionnaire, raw, opened.path)
    result = assess(ruleset, values, lang or (doc.language if doc is not None and opened.saved else "en"),
                    decision_support=decision_support)
    summary = None
    if doc is not None and workshop and decision_support:
        from .workshop import workshop_summary

        summary = workshop_summary(doc, ruleset, result)
    notes, metadata = (dict(doc.notes), dict(doc.metadata)) if doc is not None else ({}, {})
    return Assessed(result, ruleset, values, notes, metadata, doc, summary)


def assess_file(path: str | Path, questionnaire: str | Path | None = None, rules: str | Path | None = None,
                lang: str | None = None) -> Assessed:
    """Open and score a file in one call (the CLI's ``assess``, ``explain`` and ``compare``)."""
    return assess_opened(open_file(path, questionnaire=questionnaire, rules=rules), lang)
