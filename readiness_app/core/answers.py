"""Answers: the answers file format, checking values against the questionnaire,
and which questions are visible for a given set of answers."""

from __future__ import annotations

import difflib
import math
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .conditions import Scope
from .datafile import parse, problems_from_validation, read_text
from .errors import AnswersError, Problem
from .limits import MAX_NUMBER, MAX_NUMBER_DIGITS, has_surrogate, text_problem

if TYPE_CHECKING:
    from .questionnaire import Check, Question, Questionnaire

_YES = {"yes": True, "no": False, "true": True, "false": False}

DONT_KNOW = "dont_know"
"""The answer to any question when the respondent does not know. The engine
never replaces it by a default: it checks whether the answer could matter."""


class AnswersFile(BaseModel):
    """An answers file: the questionnaire's id and the answers by question id."""

    model_config = ConfigDict(extra="forbid", defer_build=True, populate_by_name=True)

    schema_url: str | None = Field(default=None, alias="$schema",
                                   description="Where an editor finds the file's JSON Schema; not read by the app.")
    questionnaire: str | None = Field(
        default=None, description="Questionnaire id; the default questionnaire when left out."
    )
    answers: dict[str, Any] = Field(description="Answers by question id.")


def check_value(question: Question, value: Any) -> str | None:
    """Why ``value`` is not a valid answer to ``question``, or None when it is."""
    if value == DONT_KNOW:
        return None
    kind = question.type
    if kind in ("integer", "number", "percent"):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return f"expected a number, got {_describe(value)}"
        if isinstance(value, float) and not math.isfinite(value):
            return "expected a finite number"
        if abs(value) >= MAX_NUMBER:
            return f"is too large a number (at most {MAX_NUMBER_DIGITS} digits)"
        if kind == "integer" and not float(value).is_integer():
            return f"expected a whole number, got {value}"
        low, high = question.lower, question.upper
        if low is not None and value < low:
            return f"{_num(value)} is below the minimum of {_num(low)}"
        if high is not None and value > high:
            return f"{_num(value)} is above the maximum of {_num(high)}"
        return None
    if kind == "yes_no":
        if isinstance(value, bool) or (isinstance(value, str) and value.lower() in _YES):
            return None
        return f"expected yes or no, got {_describe(value)}"
    if kind == "single_choice":
        if not isinstance(value, str):
            return f"expected one of {', '.join(question.option_values())}, got {_describe(value)}"
        if value not in question.option_values():
            return f"'{value}' is not one of {', '.join(question.option_values())}{_did_you_mean(value, question.option_values())}"
        return None
    if kind == "multiple_choice":
        if not isinstance(value, list):
            return f"expected a list of {', '.join(question.option_values())}, got {_describe(value)}"
        for item in value:
            if not isinstance(item, str) or item not in question.option_values():
                return (f"'{item}' is not one of {', '.join(question.option_values())}"
                        f"{_did_you_mean(str(item), question.option_values())}")
        if len(set(value)) != len(value):
            return "lists the same choice twice"
        return None
    if kind == "text":
        if not isinstance(value, str):
            return f"expected text, got {_describe(value)}"
        # control characters are refused where text is typed (limits.text_problem), not in a file, so that a
        # document saved before that check still opens; a lone surrogate can never be saved
        if has_surrogate(value) or len(value) > question.max_length:
            return text_problem(value, question.max_length)
        return None
    return f"unknown question type {kind}"  # pragma: no cover


def normalise(question: Question, value: Any) -> Any:
    """The canonical form of a valid answer (ints for integers, bools for yes/no)."""
    if value == DONT_KNOW:
        return DONT_KNOW
    if question.type == "yes_no" and isinstance(value, str):
        return _YES[value.lower()]
    if question.type == "integer":
        return int(value)
    if question.type in ("number", "percent") and isinstance(value, float) and value.is_integer():
        return int(value)
    if question.type == "multiple_choice":
        order = question.option_values()
        return sorted(value, key=order.index)
    return value


def _num(value: float) -> str:
    return f"{value:g}"


def _describe(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "yes/no"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f"text '{shown}'"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return f"{type(value).__name__} {value!r}"


def _did_you_mean(name: str, known: list[str]) -> str:
    lowered = {k.lower(): k for k in known}
    if name.lower() in lowered:
        return f" (did you mean '{lowered[name.lower()]}'?)"
    close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def visible_questions(questionnaire: Questionnaire, values: dict[str, Any]) -> set[str]:
    """Ids of the questions shown for these answers; hidden answers do not count."""
    known = {k: v for k, v in values.items() if v is not None and v != DONT_KNOW}
    scope = Scope(known)
    hidden = set()
    for qid, condition in questionnaire.conditional_questions:  # each after those it depends on
        if not condition.holds(scope):
            hidden.add(qid)
            known.pop(qid, None)
    return set(questionnaire.questions) - hidden


def checked_values(q: Questionnaire, values: dict[str, Any], where: str, problems: list[Problem]) -> dict[str, Any]:
    """The values that fit their questions, normalised; a problem for each one that does not."""
    out: dict[str, Any] = {}
    for qid, value in values.items():
        if qid not in q.questions:
            problems.append(Problem(f"{where}.{qid}", f"no such question in questionnaire '{q.id}'"
                                    f"{_did_you_mean(str(qid), list(q.questions))}"))
        elif value is not None:
            problem = check_value(q.questions[qid], value)
            if problem:
                problems.append(Problem(f"{where}.{qid}", problem))
            else:
                out[qid] = normalise(q.questions[qid], value)
    return out


def check_answers(questionnaire: Questionnaire, raw: dict[str, Any]) -> tuple[dict[str, Any], list[Problem]]:
    """Validate answers by id; returns the normalised answers and every problem found."""
    problems: list[Problem] = []
    values: dict[str, Any] = {}
    known = questionnaire.questions
    for qid, value in raw.items():
        if qid not in known:
            problems.append(Problem(f"answers.{qid}", "no such question in questionnaire "
                                    f"'{questionnaire.id}'{_did_you_mean(str(qid), list(known))}"))
            continue
        if value is None:
            continue
        problem = check_value(known[qid], value)
        if problem:
            problems.append(Problem(f"answers.{qid}", problem))
        else:
            values[qid] = normalise(known[qid], value)
    visible = visible_questions(questionnaire, values)
    missing = missing_required(questionnaire, values, visible)
    if missing:
        problems.append(Problem("answers", f"{len(missing)} required answer{'s' if len(missing) > 1 else ''} "
                                f"missing: {', '.join(missing)}"))
    for check in failed_checks(questionnaire, values, visible):
        left, right = values[check.left], values[check.right]
        problems.append(Problem(f"answers.{check.left}", f"{pick_en(check.message)} "
                                f"({check.left} = {left}, {check.right} = {right})"))
    return values, problems


def is_answered(value: Any) -> bool:
    """What counts as an answer, for the wizard, the command line and the client list alike: a value someone
    gave, "don't know" included. Nothing, blank text and a list with nothing ticked are no answer; nor is a
    questionnaire's default, which a new assessment does not hold."""
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, list):
        return bool(value)
    return True


def answer_progress(questionnaire: Questionnaire, values: dict[str, Any], visible: set[str] | None = None,
                    among: list[str] | None = None) -> tuple[int, int]:
    """(answered, shown): how many of the questions on show (of ``among`` when given) have an answer."""
    if visible is None:
        visible = visible_questions(questionnaire, values)
    shown = [qid for qid in (among if among is not None else questionnaire.questions) if qid in visible]
    return sum(1 for qid in shown if is_answered(values.get(qid))), len(shown)


def missing_required(questionnaire: Questionnaire, values: dict[str, Any], visible: set[str]) -> list[str]:
    """Required questions on show that have no answer ("don't know" counts as one)."""
    return [qid for qid, q in questionnaire.questions.items()
            if q.required and qid in visible and not is_answered(values.get(qid))]


def failed_checks(questionnaire: Questionnaire, values: dict[str, Any], visible: set[str]) -> list[Check]:
    """Cross-field checks the answers break; a missing or "don't know" answer breaks none."""
    failed = []
    for check in questionnaire.checks:
        left, right = values.get(check.left), values.get(check.right)
        if left is None or right is None or DONT_KNOW in (left, right):
            continue
        if check.left in visible and check.right in visible and not check.holds(left, right):
            failed.append(check)
    return failed


def pick_en(text: dict[str, str]) -> str:
    return text["en"]


def validate_answers(questionnaire: Questionnaire, raw: dict[str, Any],
                     source: str | Path | None = None) -> dict[str, Any]:
    values, problems = check_answers(questionnaire, raw)
    if problems:
        raise AnswersError(source, problems)
    return values


def load_answers_file(path: str | Path) -> AnswersFile:
    path = Path(path)
    what = "an answers file (YAML or JSON with 'answers')"
    text = read_text(path, AnswersError, what)
    data = parse(text, path, AnswersError, what)
    if not isinstance(data, dict):
        raise AnswersError(path, f"expected a mapping with an 'answers' key at the top, got {_describe(data)}")
    return answers_file_from_data(data, text, path)


def answers_file_from_data(data: dict[str, Any], text: str, path: Path) -> AnswersFile:
    """Check the parsed mapping of an answers file (its answers are checked against the questionnaire later)."""
    if "answers" not in data:
        raise AnswersError(path, "has no 'answers' key: expected {questionnaire: <id>, answers: {<question id>: <value>}}")
    try:
        return AnswersFile.model_validate(data)
    except ValidationError as exc:
        raise AnswersError(path, problems_from_validation(exc, data, text, path)) from None
