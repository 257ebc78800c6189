"""Assessment documents: one client's answers, notes and metadata in a versioned
JSON file that the wizard saves, reopens and autosaves.

::

    {"format": "readiness-app/assessment", "format_version": 2,
     "questionnaire": "mlops-readiness", "questionnaire_version": "2026.1",
     "created": "...", "modified": "...", "language": "en",
     "answers": {"<question id>": <value>, ...},      # what the recommendation uses
     "notes": {"<section id>": "<text>", ...},
     "metadata": {...},
     "respondents": [{"id", "name", "role", "answers": {...}}, ...],
     "settled": {"<question id>": {"value", "note", "settled"}},
     "snapshots": [{"taken", "label", "answers", "summary": {...}}, ...]}

With respondents, ``answers`` holds the agreed answers: what every respondent
gave alike, or what the consultant settled, and "don't know" where they
disagree and nothing is settled yet (see :mod:`.workshop`). Format 1 (no
language, respondents, settlements or snapshots) opens and is migrated on the
next save.

A document may be unfinished: missing answers and cross-field checks are the
wizard's business. What cannot be used (not JSON, a newer format, an unknown
questionnaire, answers to unknown questions, wrong values) raises
:class:`AnswersError` naming every problem, before anything is replaced.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .answers import checked_values
from .datafile import problems_from_validation
from .errors import AnswersError, Problem
from .limits import (
    MAX_FILE_NAME_LENGTH,
    MAX_NAME_LENGTH,
    MAX_NOTE_LENGTH,
    MAX_RESPONDENTS,
    MAX_SNAPSHOTS,
    MAX_TEXT_LENGTH,
)
from .result import Result
from .ruleset import Ruleset, data_dir, load_ruleset
from .storage import atomic_write_text

DOCUMENT_FORMAT: Final = "readiness-app/assessment"
DOCUMENT_VERSION = 2
READS = (1, 2)  # format versions this release opens
SUFFIX = ".json"
_WHAT = "a readiness-app assessment (.json)"


def now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


class Respondent(BaseModel):
    """One person's own answers in a workshop; nothing else ever writes them."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    id: str = Field(min_length=1, max_length=40)
    name: str = Field(max_length=MAX_NAME_LENGTH)
    role: str = Field(default="", max_length=MAX_NAME_LENGTH)
    answers: dict[str, Any] = Field(default_factory=dict)
    imported_from: str = Field(default="", max_length=MAX_FILE_NAME_LENGTH,
                               description="The answers file they came from, if imported.")


class Settlement(BaseModel):
    """The answer the group agreed on for a disputed question."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    value: Any
    note: str = Field(default="", max_length=MAX_TEXT_LENGTH)
    settled: datetime = Field(default_factory=lambda: now())


class SnapshotSummary(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)

    decision: str = Field(max_length=MAX_NAME_LENGTH)
    decision_label: str = Field(max_length=MAX_NAME_LENGTH)
    score: int
    signals: list[str] = Field(description="Ids of the signals present.")
    signal_titles: dict[str, str] = Field(default_factory=dict)
    seniority: str = Field(max_length=MAX_NAME_LENGTH)
    seniority_title: str = Field(default="", max_length=MAX_NAME_LENGTH)
    band_min: float | None = None
    band_max: float | None = None
    currency: str = "EUR"
    market: str = Field(default="", max_length=MAX_NAME_LENGTH, description="Hiring market id (empty in older files).")
    market_label: str = Field(default="", max_length=MAX_NAME_LENGTH)


class Snapshot(BaseModel):
    """The agreed answers and their result on a given day (one visit)."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    taken: datetime = Field(default_factory=lambda: now())
    label: str = Field(default="", max_length=MAX_NAME_LENGTH)
    answers: dict[str, Any] = Field(default_factory=dict)
    summary: SnapshotSummary


class AssessmentDocument(BaseModel):
    """One assessment as saved on disk."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    format: Literal["readiness-app/assessment"] = DOCUMENT_FORMAT
    format_version: int = Field(DOCUMENT_VERSION, ge=1, description="This release writes 2 and reads 1 and 2.")
    questionnaire: str = Field(description="Id of the questionnaire the answers belong to.")
    questionnaire_version: str = ""
    created: datetime = Field(default_factory=now)
    modified: datetime = Field(default_factory=now)
    answers: dict[str, Any] = Field(default_factory=dict, description="Answers by question id; may be unfinished.")
    notes: dict[str, Annotated[str, Field(max_length=MAX_NOTE_LENGTH)]] = Field(
        default_factory=dict, description="Consultant's notes by section id.")
    metadata: dict[str, Any] = Field(default_factory=dict, description="Free data such as prepared_for.")
    language: str = Field(default="en", pattern=r"^[a-z]{2}$", description="Language of the report, e.g. en or fr.")
    respondents: list[Respondent] = Field(default_factory=list, max_length=MAX_RESPONDENTS)
    settled: dict[str, Settlement] = Field(default_factory=dict)
    snapshots: list[Snapshot] = Field(default_factory=list, max_length=MAX_SNAPSHOTS)

    def to_json(self) -> str:
        return self.model_copy(update={"format_version": DOCUMENT_VERSION}).model_dump_json(indent=2) + "\n"

    def respondent(self, respondent_id: str) -> Respondent:
        for r in self.respondents:
            if r.id == respondent_id:
                return r
        raise KeyError(respondent_id)


def new_document(ruleset: Ruleset | None = None) -> AssessmentDocument:
    """An empty assessment with the questionnaire's default answers."""
    ruleset = ruleset or load_ruleset()
    q = ruleset.questionnaire
    defaults = {qid: question.default for qid, question in q.questions.items() if question.default is not None}
    stamp = now()
    # built without validation (the values are the questionnaire's own), so opening
    # the app does not have to build the document format's validators
    return AssessmentDocument.model_construct(questionnaire=q.id, questionnaire_version=q.version,
                                              answers=defaults, created=stamp, modified=stamp)


def ruleset_for_id(questionnaire_id: str, source: str | Path | None = None) -> Ruleset:
    """The installed questionnaire (with its rules) that has this id."""
    default = load_ruleset()
    if questionnaire_id == default.questionnaire.id:
        return default
    known = [default.questionnaire.id]
    for candidate in sorted(data_dir("questionnaires").glob("*.y*ml")):
        try:
            other = load_ruleset(candidate)
        except Exception:  # a broken extra questionnaire must not hide the real problem
            continue
        if other.questionnaire.id == questionnaire_id:
            return other
        known.append(other.questionnaire.id)
    raise AnswersError(source, [Problem("questionnaire", f"is '{questionnaire_id}', a questionnaire this "
                                        f"installation does not have (it has: {', '.join(dict.fromkeys(known))})")])


def document_from_data(data: Any, source: str | Path | None = None,
                       ruleset: Ruleset | None = None) -> tuple[AssessmentDocument, Ruleset]:
    """Check parsed JSON and return the document (answers normalised) and its ruleset."""
    if not isinstance(data, dict):
        raise AnswersError(source, "is not a readiness-app assessment: expected a mapping with an 'answers' key at the top")
    if "format" not in data:
        if "answers" not in data:
            raise AnswersError(source, f"is not {_WHAT}: it has no 'format' key")
        # a plain answers file ({questionnaire, answers}) opens as a new assessment
        data = {"questionnaire": data.get("questionnaire") or load_ruleset().questionnaire.id,
                "answers": data.get("answers")}
    elif data["format"] != DOCUMENT_FORMAT:
        raise AnswersError(source, [Problem("format", f"is {data['format']!r}, not {DOCUMENT_FORMAT!r}: "
                                            "this file is not a readiness-app assessment")])
    version = data.get("format_version", DOCUMENT_VERSION)
    if isinstance(version, int) and not isinstance(version, bool) and version > max(READS):
        raise AnswersError(source, [Problem("format_version", f"is {version}: the file was saved by a newer "
                                            f"readiness-app, this one reads formats up to {max(READS)}; "
                                            "update the app to open it")])
    try:
        doc = AssessmentDocument.model_validate(data)
    except ValidationError as exc:
        raise AnswersError(source, problems_from_validation(exc, data, None, Path("document.json"))) from None
    if ruleset is None or ruleset.questionnaire.id != doc.questionnaire:
        ruleset = ruleset_for_id(doc.questionnaire, source)
    q = ruleset.questionnaire
    problems: list[Problem] = []

    def checked(values: dict[str, Any], where: str) -> dict[str, Any]:
        return checked_values(q, values, where, problems)

    answers = checked(doc.answers, "answers")
    respondents = [r.model_copy(update={"answers": checked(r.answers, f"respondents[{i}].answers")})
                   for i, r in enumerate(doc.respondents)]
    for dup in sorted(i for i, n in Counter(r.id for r in doc.respondents).items() if n > 1):
        problems.append(Problem("respondents", f"respondent id '{dup}' is used twice"))
    settled = {}
    for qid, settlement in doc.settled.items():
        value = checked({qid: settlement.value}, "settled")
        if qid in value:
            settled[qid] = settlement.model_copy(update={"value": value[qid]})
    snapshots = [snap.model_copy(update={"answers": checked(snap.answers, f"snapshots[{i}].answers")})
                 for i, snap in enumerate(doc.snapshots)]
    if snapshots and not problems:
        from .workshop import checked_snapshots

        snapshots = checked_snapshots(snapshots, ruleset, problems)
    sections = {s.id for s in q.sections}
    for sid in doc.notes:
        if sid not in sections:
            problems.append(Problem(f"notes.{sid}", f"no such section in questionnaire '{q.id}'"))
    if problems:
        raise AnswersError(source, problems)
    return doc.model_copy(update={"answers": answers, "respondents": respondents, "settled": settled,
                                  "snapshots": snapshots, "format_version": DOCUMENT_VERSION,
                                  "questionnaire_version": doc.questionnaire_version or q.version}), ruleset


def document_of_answers(ruleset: Ruleset, answers: dict[str, Any]) -> AssessmentDocument:
    """A new assessment holding checked answers (an answers file opened in the app)."""
    q = ruleset.questionnaire
    stamp = now()
    return AssessmentDocument.model_construct(questionnaire=q.id, questionnaire_version=q.version,
                                              answers=answers, created=stamp, modified=stamp)


def load_document(path: str | Path, ruleset: Ruleset | None = None) -> tuple[AssessmentDocument, Ruleset]:
    """The document and ruleset of a saved assessment or an answers file (:func:`.session.open_file`)."""
    from .session import open_file

    opened = open_file(path, ruleset)
    return opened.document, opened.ruleset


def save_document(doc: AssessmentDocument, path: str | Path, *, touch: bool = True) -> Path:
    """Write atomically (temporary file, then replace); the old file survives any failure."""
    if touch:
        doc.modified = now()
    return atomic_write_text(path, doc.to_json())


def assess_document(path: str | Path, lang: str = "en") -> tuple[Result, AssessmentDocument]:
    """The result for a finished document, as ``assess`` on an answers file would give."""
    from .session import assess_opened, open_file

    opened = open_file(path)
    return assess_opened(opened, lang).result, opened.document
