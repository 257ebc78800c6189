"""The pure core of readiness_app: questionnaire, rules, scoring and result.

Imports neither Qt nor reportlab, so the CLI stays fast and works without a
display. The questionnaire, the rules and the answers load with the package
(every command and the wizard's first page need them); the engine loads on
first use of ``assess`` or ``display_value``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .answers import AnswersFile, check_answers, load_answers_file, validate_answers, visible_questions
from .errors import AnswersError, OutputError, Problem, QuestionnaireError, ReadinessError
from .result import Result, Trace
from .ruleset import Ruleset, data_dir, default_questionnaire_path, load_ruleset

if TYPE_CHECKING:
    from .engine import assess, display_value

__all__ = [
    "AnswersError", "AnswersFile", "OutputError", "Problem", "QuestionnaireError", "ReadinessError",
    "Result", "Ruleset", "Trace", "assess", "check_answers", "data_dir", "default_questionnaire_path",
    "display_value", "load_answers_file", "load_ruleset", "validate_answers", "visible_questions",
]

_LAZY = {"assess": "engine", "display_value": "engine"}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f".{_LAZY[name]}", __name__), name)
    globals()[name] = value  # found at once next time
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
