"""One call from an answers file to a result, shared by the CLI and the wizard."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .answers import load_answers_file, validate_answers
from .engine import assess
from .errors import AnswersError
from .result import Result
from .ruleset import Ruleset, data_dir, load_ruleset


def ruleset_for(questionnaire_id: str | None, questionnaire: str | Path | None = None,
                rules: str | Path | None = None, source: str | Path | None = None) -> Ruleset:
    """The ruleset an answers file asks for; the default questionnaire when it names none."""
    ruleset = load_ruleset(questionnaire, rules)
    if questionnaire_id is None or questionnaire_id == ruleset.questionnaire.id:
        return ruleset
    if questionnaire is None:
        for candidate in sorted(data_dir("questionnaires").glob("*.y*ml")):
            other = load_ruleset(candidate, rules)
            if other.questionnaire.id == questionnaire_id:
                return other
    raise AnswersError(source, f"questionnaire: the answers are for questionnaire '{questionnaire_id}', "
                       f"but the questionnaire in use is '{ruleset.questionnaire.id}' (give the right one "
                       "with --questionnaire)")


def assess_file(answers_path: str | Path, questionnaire: str | Path | None = None,
                rules: str | Path | None = None, lang: str = "en") -> tuple[Result, Ruleset, dict[str, Any]]:
    answers_file = load_answers_file(answers_path)
    ruleset = ruleset_for(answers_file.questionnaire, questionnaire, rules, answers_path)
    values = validate_answers(ruleset.questionnaire, answers_file.answers, answers_path)
    return assess(ruleset, values, lang), ruleset, values
