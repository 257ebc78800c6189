"""The questionnaire as data: sections of typed questions with help texts,
conditions and per-language labels, validated when loaded."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from .conditions import Condition
from .datafile import line_of, parse, read_text
from .errors import Problem, QuestionnaireError
from .text import LocalText, pick

QUESTIONNAIRE_FORMAT = 1

Identifier = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$", max_length=64)]
QuestionType = Literal["integer", "number", "percent", "yes_no", "single_choice", "multiple_choice", "text"]
NUMERIC_TYPES = ("integer", "number", "percent")
CHOICE_TYPES = ("single_choice", "multiple_choice")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True, defer_build=True)


class Option(_Strict):
    value: Annotated[str, StringConstraints(min_length=1, max_length=64)]
    label: LocalText
    help: LocalText | None = None


class Question(_Strict):
    id: Identifier
    type: QuestionType
    label: LocalText
    short: LocalText | None = Field(default=None, description="A short name for the answer, used in sentences and tables.")
    help: LocalText | None = Field(default=None, description="Why the question is asked: which signal it feeds.")
    required: bool = True
    default: Any = None
    min: float | None = None
    max: float | None = None
    step: float | None = None
    unit: LocalText | None = None
    max_length: int = Field(default=5000, ge=1)
    options: list[Option] | None = None
    visible_if: Condition | None = None

    @model_validator(mode="after")
    def _consistent(self) -> Question:
        if self.type in CHOICE_TYPES:
            if not self.options or len(self.options) < 2:
                raise ValueError(f"a {self.type} question needs at least two options")
            values = [o.value for o in self.options]
            if "dont_know" in values:
                raise ValueError("'dont_know' is reserved for the don't-know answer every question has")
            dupes = sorted({v for v in values if values.count(v) > 1})
            if dupes:
                raise ValueError(f"option value {', '.join(dupes)} is listed twice")
        elif self.options is not None:
            raise ValueError(f"a {self.type} question takes no options")
        if self.type not in NUMERIC_TYPES and (self.min is not None or self.max is not None):
            raise ValueError(f"a {self.type} question takes no min or max")
        if self.type == "percent":
            for name, bound in (("min", self.min), ("max", self.max)):
                if bound is not None and not 0 <= bound <= 100:
                    raise ValueError(f"a percent question's {name} must lie between 0 and 100")
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError(f"min ({self.min:g}) is greater than max ({self.max:g})")
        if self.type == "integer":
            for name, bound in (("min", self.min), ("max", self.max)):
                if bound is not None and not float(bound).is_integer():
                    raise ValueError(f"an integer question's {name} must be a whole number")
        if self.default is not None:
            from .answers import check_value  # local: answers imports this module

            problem = check_value(self, self.default)
            if problem:
                raise ValueError(f"default {self.default!r}: {problem}")
        return self

    # helpers the engine and the shells share
    @property
    def lower(self) -> float | None:
        return 0.0 if self.type == "percent" and self.min is None else self.min

    @property
    def upper(self) -> float | None:
        return 100.0 if self.type == "percent" and self.max is None else self.max

    def option_label(self, value: str, lang: str = "en") -> str:
        for option in self.options or []:
            if option.value == value:
                return pick(option.label, lang)
        return value

    def option_values(self) -> list[str]:
        return [o.value for o in self.options or []]


class Ask(_Strict):
    """Who in a company usually knows a section's answers: where to go for an answer nobody had."""

    who: LocalText = Field(description="The people to ask, as a phrase ('the ML or data science lead').")
    basis: Literal["judgement"] = Field(description="Where the advice comes from: a judgement of the "
                                                    "questionnaire's authors; the sources do not say who knows what.")


class Section(_Strict):
    id: Identifier
    title: LocalText
    description: LocalText | None = None
    ask: Ask | None = Field(default=None, description="Who usually knows the answers of this section.")
    questions: list[Question] = Field(min_length=1)


class Check(_Strict):
    """A rule across two numeric answers, e.g. critical models ≤ models in production."""

    id: Identifier
    left: Identifier
    op: Literal["le", "lt", "ge", "gt", "eq", "ne"]
    right: Identifier
    message: LocalText

    def holds(self, left: float, right: float) -> bool:
        return {
            "le": left <= right, "lt": left < right, "ge": left >= right,
            "gt": left > right, "eq": left == right, "ne": left != right,
        }[self.op]


class Questionnaire(_Strict):
    format_version: int = Field(QUESTIONNAIRE_FORMAT, description="Format of this file; this release reads 1.")
    id: Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_.-]*$", max_length=64)]
    version: Annotated[str, StringConstraints(min_length=1, max_length=32)]
    title: LocalText
    description: LocalText | None = None
    languages: list[str] = ["en"]
    rules: str | None = Field(
        default=None,
        description="Rules file, relative to this file; the packaged rules when left out.",
    )
    sections: list[Section] = Field(min_length=1)
    checks: list[Check] = []

    @model_validator(mode="after")
    def _format(self) -> Questionnaire:
        if self.format_version > QUESTIONNAIRE_FORMAT:
            raise ValueError(
                f"format_version {self.format_version} was written by a newer readiness-app; "
                f"this one reads format {QUESTIONNAIRE_FORMAT}"
            )
        return self

    @cached_property
    def questions(self) -> dict[str, Question]:
        return {q.id: q for s in self.sections for q in s.questions}

    @cached_property
    def conditional_questions(self) -> list[tuple[str, Condition]]:
        """Questions with a ``visible_if``, each after the questions its condition reads."""
        conditional = {q.id: q.visible_if for q in self.questions.values() if q.visible_if is not None}
        order: list[str] = []
        while len(order) < len(conditional):  # cycles are refused when the file loads
            for qid, condition in conditional.items():
                if qid not in order and all(d not in conditional or d in order for d in condition.questions()):
                    order.append(qid)
        return [(qid, conditional[qid]) for qid in order]

    @cached_property
    def section_of(self) -> dict[str, str]:
        return {q.id: s.id for s in self.sections for q in s.questions}

    def question(self, question_id: str) -> Question:
        return self.questions[question_id]


# -- checks pydantic cannot express: references across the file -------------

def cross_reference_problems(data: Questionnaire) -> list[tuple[list[str | int], str]]:
    problems: list[tuple[list[str | int], str]] = []
    seen: dict[str, list[str | int]] = {}
    section_ids: set[str] = set()
    for si, section in enumerate(data.sections):
        if section.id in section_ids:
            problems.append((["sections", si, "id"], f"section id '{section.id}' is used twice"))
        section_ids.add(section.id)
        for qi, question in enumerate(section.questions):
            loc: list[str | int] = ["sections", si, "questions", qi]
            if question.id in seen:
                problems.append((loc + ["id"], f"question id '{question.id}' is used twice "
                                 f"(first at {_where(seen[question.id], data)})"))
            else:
                seen[question.id] = loc
    questions = {q.id: q for s in data.sections for q in s.questions}
    for si, section in enumerate(data.sections):
        for qi, question in enumerate(section.questions):
            if question.visible_if is None:
                continue
            loc = ["sections", si, "questions", qi, "visible_if"]
            for ref in question.visible_if.questions():
                if ref not in questions:
                    problems.append((loc, f"refers to question '{ref}', which does not exist{_suggest(ref, questions)}"))
            if question.visible_if.facts() or question.visible_if.signals():
                problems.append((loc, "visible_if can only refer to answers (q: ...), not facts or signals"))
    cycle = _visibility_cycle(questions)
    if cycle:
        first = cycle[0]
        problems.append((seen[first] + ["visible_if"], "visible_if conditions go round in a circle: " + " → ".join(cycle)))
    for ci, check in enumerate(data.checks):
        for side in ("left", "right"):
            ref = getattr(check, side)
            if ref not in questions:
                problems.append((["checks", ci, side], f"refers to question '{ref}', which does not exist{_suggest(ref, questions)}"))
            elif questions[ref].type not in NUMERIC_TYPES:
                problems.append((["checks", ci, side], f"question '{ref}' is not a number"))
    return problems


def _where(loc: list[str | int], data: Questionnaire) -> str:
    si, qi = int(loc[1]), int(loc[3])
    return f"section '{data.sections[si].id}', question {qi + 1}"


def _suggest(name: str, known: Any) -> str:
    import difflib

    close = difflib.get_close_matches(name, list(known), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _visibility_cycle(questions: dict[str, Question]) -> list[str] | None:
    edges = {qid: [r for r in (q.visible_if.questions() if q.visible_if else []) if r in questions]
             for qid, q in questions.items()}
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in edges[node]:
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        stack.pop()
        state[node] = 2
        return None

    for qid in questions:
        if qid not in state:
            found = visit(qid)
            if found:
                return found
    return None


def load_questionnaire(path: str | Path) -> Questionnaire:
    """Read and validate a questionnaire file; QuestionnaireError names every problem."""
    path = Path(path)
    text = read_text(path, QuestionnaireError, "a questionnaire (YAML or JSON)")
    data = parse(text, path, QuestionnaireError, "a questionnaire (YAML or JSON)")
    return questionnaire_from_data(data, text, path)


def questionnaire_from_data(data: Any, text: str, path: Path) -> Questionnaire:
    from .datafile import render_loc, validate_data

    questionnaire = validate_data(Questionnaire, data, text, path, QuestionnaireError,
                                  "id, version, title and sections")

    found = cross_reference_problems(questionnaire)
    if found:
        raise QuestionnaireError(
            path, [Problem(render_loc(loc, data), msg, line_of(text, loc, path)) for loc, msg in found]
        )
    return questionnaire
