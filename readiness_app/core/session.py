"""One call from a file of answers to a result, shared by the CLI and the wizard.

The file is either an answers file (``{questionnaire, answers}``, YAML or JSON)
or an assessment document saved by the wizard (which adds notes and metadata)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .answers import answers_file_from_data, validate_answers
from .datafile import parse, read_text
from .engine import assess
from .errors import AnswersError
from .result import Result
from .ruleset import Ruleset, load_ruleset

_WHAT = "an answers file (YAML or JSON with 'answers') or a saved assessment"


@dataclass
class Assessed:
    result: Result
    ruleset: Ruleset
    answers: dict[str, Any]
    notes: dict[str, str] = field(default_factory=dict)
    metadata: dict[str, Any] = field(default_factory=dict)

    def __iter__(self):  # ``result, ruleset, answers = assess_file(...)``
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


def assess_file(path: str | Path, questionnaire: str | Path | None = None, rules: str | Path | None = None,
                lang: str | None = None) -> Assessed:
    """Score a file; ``lang`` defaults to the assessment's own language (English for answers files)."""
    path = Path(path)
    text = read_text(path, AnswersError, _WHAT)
    data = parse(text, path, AnswersError, _WHAT)
    if not isinstance(data, dict):
        raise AnswersError(path, f"expected a mapping with an 'answers' key at the top, got {type(data).__name__}")
    notes: dict[str, str] = {}
    metadata: dict[str, Any] = {}
    if "format" in data:  # an assessment saved by the wizard
        from .document import document_from_data

        ruleset = ruleset_for(data.get("questionnaire"), questionnaire, rules, path) \
            if questionnaire or rules else None
        from .workshop import agreed_answers

        doc, ruleset = document_from_data(data, path, ruleset)
        raw, notes, metadata = agreed_answers(doc), dict(doc.notes), dict(doc.metadata)
        lang = lang or doc.language
    else:
        answers_file = answers_file_from_data(data, text, path)
        ruleset = ruleset_for(answers_file.questionnaire, questionnaire, rules, path)
        raw = answers_file.answers
    values = validate_answers(ruleset.questionnaire, raw, path)
    return Assessed(assess(ruleset, values, lang or "en"), ruleset, values, notes, metadata)
