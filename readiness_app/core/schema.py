"""The JSON Schema of an answers file for one questionnaire, so that an editor completes question ids,
offers the choices and flags a wrong value before the app is even run.

The schema is written from the questionnaire (one property per question, with its type, range, choices and
"dont_know", its label as title and its help as description); the app's own checks stay the reference:
a file the schema accepts is one the app reads, except for what a schema cannot say (a question asked
only when another answer allows it, or an answer that must not exceed another)."""

from __future__ import annotations

from typing import Any

from .answers import _YES, DONT_KNOW
from .questionnaire import Question, Questionnaire
from .text import pick

DIALECT = "https://json-schema.org/draft/2020-12/schema"
_DONT_KNOW = {"const": DONT_KNOW, "title": "Don't know", "description": "Nobody can answer this yet."}


def _number(question: Question) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "integer" if question.type == "integer" else "number"}
    if question.lower is not None:
        out["minimum"] = int(question.lower) if question.type == "integer" else question.lower
    if question.upper is not None:
        out["maximum"] = int(question.upper) if question.type == "integer" else question.upper
    return out


def _value(question: Question, lang: str) -> list[dict[str, Any]]:
    kind = question.type
    if kind in ("integer", "number", "percent"):
        return [_number(question)]
    if kind == "yes_no":
        return [{"type": "boolean"}, {"enum": sorted(_YES)}]
    if kind == "single_choice":
        return [{"const": o.value, "title": pick(o.label, lang)} for o in question.options or []]
    if kind == "multiple_choice":
        return [{"type": "array", "uniqueItems": True,
                 "items": {"oneOf": [{"const": o.value, "title": pick(o.label, lang)} for o in question.options or []]}}]
    return [{"type": "string", "maxLength": question.max_length}]


def question_schema(question: Question, lang: str = "en") -> dict[str, Any]:
    out: dict[str, Any] = {"title": pick(question.label, lang)}
    help_text = pick(question.help, lang)
    if help_text:
        out["description"] = help_text
    if question.unit:
        out["description"] = (out.get("description", "") + f" Unit: {pick(question.unit, lang)}.").strip()
    out["anyOf" if question.type != "single_choice" else "oneOf"] = [*_value(question, lang), _DONT_KNOW]
    return out


def answers_schema(questionnaire: Questionnaire, lang: str = "en") -> dict[str, Any]:
    """The JSON Schema of ``{questionnaire: <id>, answers: {<question id>: <value>}}`` for this questionnaire."""
    conditional = {qid for qid, _ in questionnaire.conditional_questions}
    required = [qid for qid, q in questionnaire.questions.items() if q.required and qid not in conditional]
    title = pick(questionnaire.title, lang)
    return {
        "$schema": DIALECT,
        "$id": f"https://readiness-app.invalid/schemas/answers/{questionnaire.id}/{questionnaire.version}",
        "title": f"Answers to “{title}” ({questionnaire.id} {questionnaire.version})",
        "description": "An answers file for readiness-app: the questionnaire's id and an answer per question id. "
                       f"Every question also takes \"{DONT_KNOW}\". Questions asked only after another answer "
                       "(such as how incidents were detected) are not listed as required.",
        "type": "object",
        "additionalProperties": False,
        "required": ["answers"],
        "properties": {
            "$schema": {"type": "string", "description": "Where an editor finds this schema."},
            "questionnaire": {"const": questionnaire.id, "description": "The questionnaire these answers are for."},
            "answers": {
                "type": "object",
                "additionalProperties": False,
                "required": required,
                "properties": {qid: question_schema(q, lang) for qid, q in questionnaire.questions.items()},
            },
        },
    }
