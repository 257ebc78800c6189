"""The pure core of readiness_app: questionnaire, rules, scoring and result.

Imports neither Qt nor reportlab, so the CLI stays fast and works without a
display."""

from __future__ import annotations

from .answers import AnswersFile, check_answers, load_answers_file, validate_answers, visible_questions
from .engine import assess, display_value
from .errors import AnswersError, OutputError, Problem, QuestionnaireError, ReadinessError
from .result import Result, Trace
from .ruleset import Ruleset, data_dir, default_questionnaire_path, load_ruleset

__all__ = [
    "AnswersError", "AnswersFile", "OutputError", "Problem", "QuestionnaireError", "ReadinessError",
    "Result", "Ruleset", "Trace", "assess", "check_answers", "data_dir", "default_questionnaire_path",
    "display_value", "load_answers_file", "load_ruleset", "validate_answers", "visible_questions",
]
