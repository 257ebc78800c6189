"""The hiring kit's data (``assets/kit.yaml``): the job post's items, the interview stages and the
scorecards' attributes. Every item names its source passage or says it is an assumption, like the
scoring rules; loading checks what it refers to (questions, signals, focus areas, documents)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

from pydantic import Field, StringConstraints, model_validator

from .conditions import Condition
from .datafile import line_of, load_model, render_loc
from .errors import Problem, QuestionnaireError
from .rules import SENIORITIES, Identifier, Item, Rules, Seniority, Traced, _Strict
from .text import LocalText, placeholders, template_problems

KIT_FORMAT = 1
DEFAULT_KIT = "kit.yaml"
# Fields a kit text may use besides question ids.
KIT_FIELDS = {"company", "seniority"}
# The facts a kit condition may read: the kit is made from a finished result.
KIT_FACTS = {"decision", "seniority", "signals_present", "mandate_missing"}


class JobPostRules(_Strict):
    about: list[Item] = Field(min_length=1)
    missions: list[Item] = Field(min_length=1)
    team: list[Item] = Field(min_length=1)
    focus_requirements: list[Item] = Field(default=[], description="One must-have per focus area, by its id.")
    nice_to_have: list[Item] = []
    soft_skills: list[Item] = []
    offer: list[Item] = []


class Stage(Traced):
    id: Identifier
    days: tuple[int, int] = Field(description="Target days after the previous stage: fewest, most.")
    title: LocalText
    minutes: int | None = Field(default=None, ge=5, le=480, description="How long the stage lasts, for an interview.")
    panel: LocalText
    purpose: LocalText

    @model_validator(mode="after")
    def _ordered(self) -> Stage:
        low, high = self.days
        if not 0 <= low <= high <= 120:
            raise ValueError(f"days [{low}, {high}] must be 0 <= fewest <= most <= 120")
        return self


class InterviewPlanRules(_Strict):
    stages: list[Stage] = Field(min_length=2, max_length=8)
    notes: list[Item] = []
    panel: list[Item] = Field(min_length=1)


class Category(_Strict):
    id: Identifier
    title: LocalText


class Attribute(Traced):
    id: Identifier
    category: Identifier
    stage: Identifier
    title: LocalText
    focus: list[Identifier] = Field(default=[], description="Applies when one of these focus areas is in the profile.")
    when: Condition | None = None
    validate_: LocalText = Field(alias="validate", description="What to ask or have the candidate do.")
    operated: LocalText = Field(description="What an answer from someone who operated it in production sounds like.")
    studied: LocalText = Field(description="What an answer from someone who only studied it sounds like.")


class ScorecardRules(_Strict):
    scale: list[Item] = Field(min_length=1)
    categories: list[Category] = Field(min_length=3, max_length=4)
    max_attributes: int = Field(6, ge=1, le=6)
    attributes: list[Attribute] = Field(min_length=3)


class KitRules(_Strict):
    format_version: int = KIT_FORMAT
    id: Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_.-]*$", max_length=64)]
    version: str
    titles: dict[Seniority, LocalText]
    job_post: JobPostRules
    open_points: list[Item] = []
    interview_plan: InterviewPlanRules
    scorecard: ScorecardRules

    @model_validator(mode="after")
    def _complete(self) -> KitRules:
        if self.format_version > KIT_FORMAT:
            raise ValueError(f"format_version {self.format_version} was written by a newer readiness-app; "
                             f"this one reads format {KIT_FORMAT}")
        missing = [s for s in SENIORITIES if s not in self.titles]
        if missing:
            raise ValueError(f"titles needs a title for {', '.join(missing)}")
        return self


def walk(kit: KitRules) -> Iterator[tuple[list[str | int], Any]]:
    """(location, object) for every traced object of the kit's data."""
    jp = kit.job_post
    for name in ("about", "missions", "team", "focus_requirements", "nice_to_have", "soft_skills", "offer"):
        for i, item in enumerate(getattr(jp, name)):
            yield ["job_post", name, i], item
    for i, item in enumerate(kit.open_points):
        yield ["open_points", i], item
    for name in ("stages", "notes", "panel"):
        for i, item in enumerate(getattr(kit.interview_plan, name)):
            yield ["interview_plan", name, i], item
    for name in ("scale", "attributes"):
        for i, item in enumerate(getattr(kit.scorecard, name)):
            yield ["scorecard", name, i], item


def _texts(obj: Any) -> list[tuple[str, dict[str, str]]]:
    names = ("text", "title", "panel", "purpose", "validate_", "operated", "studied")
    return [(name.rstrip("_"), getattr(obj, name)) for name in names if isinstance(getattr(obj, name, None), dict)]


def kit_problems(kit: KitRules, rules: Rules, question_ids: set[str]) -> list[tuple[list[str | int], str]]:
    """What the kit's data refers to and does not exist, and texts that do not parse."""
    problems: list[tuple[list[str | int], str]] = []
    docs = {d.id for d in rules.documents}
    signals = {s.id for s in rules.signals}
    focus = {f.id for f in rules.profile.focus_areas}
    stages = {s.id for s in kit.interview_plan.stages}
    categories = {c.id for c in kit.scorecard.categories}
    for loc, obj in walk(kit):
        if obj.source is not None and obj.source.document not in docs:
            problems.append((loc + ["source", "document"], f"unknown document '{obj.source.document}' "
                             f"(documents: {', '.join(sorted(docs))})"))
        cond = getattr(obj, "when", None)
        if cond is not None:
            problems += [(loc + ["when"], f"refers to question '{q}', which does not exist")
                         for q in cond.questions() if q not in question_ids]
            problems += [(loc + ["when"], f"fact '{f}' is not known to the kit (known: {', '.join(sorted(KIT_FACTS))})")
                         for f in cond.facts() if f not in KIT_FACTS]
            problems += [(loc + ["when"], f"refers to signal '{s}', which is not defined")
                         for s in cond.signals() if s not in signals]
        for name, text in _texts(obj):
            for lang, template in text.items():
                problems += [(loc + [name, lang], p) for p in template_problems(template)]
                problems += [(loc + [name, lang], f"text uses '{{{f}}}', which is neither a question id nor "
                              f"one of {', '.join(sorted(KIT_FIELDS))}")
                             for f in placeholders(template) if f not in question_ids and f not in KIT_FIELDS]
    for i, item in enumerate(kit.job_post.focus_requirements):
        if item.id not in focus:
            problems.append((["job_post", "focus_requirements", i, "id"], f"'{item.id}' is not a focus area"))
    for i, attr in enumerate(kit.scorecard.attributes):
        at: list[str | int] = ["scorecard", "attributes", i]
        if attr.category not in categories:
            problems.append((at + ["category"], f"'{attr.category}' is not a category"))
        if attr.stage not in stages:
            problems.append((at + ["stage"], f"'{attr.stage}' is not a stage of the interview plan"))
        problems += [(at + ["focus"], f"'{f}' is not a focus area") for f in attr.focus if f not in focus]
    return problems


def kit_path(rules_path: Path) -> Path:
    """The kit's data beside the rules in use (a user's own copy of the rules may have its own), else the
    packaged one."""
    beside = rules_path.parent / DEFAULT_KIT
    if beside.is_file():
        return beside
    from .ruleset import data_dir

    return data_dir("assets") / DEFAULT_KIT


_LOADED: dict[tuple[Path, float, int], tuple[Rules, KitRules]] = {}


def load_kit_rules(path: Path, rules: Rules, question_ids: set[str]) -> KitRules:
    """The kit's data, checked against the rules and questions it is used with (kept while unchanged)."""
    path = path.resolve()
    key = (path, path.stat().st_mtime if path.exists() else -1.0, id(rules))
    cached = _LOADED.get(key)
    if cached is not None and cached[0] is rules:
        return cached[1]
    kit, data, text = load_model(path, KitRules, QuestionnaireError, "a hiring kit file (YAML)",
                                 "id, version, titles, job_post, interview_plan and scorecard")
    found = kit_problems(kit, rules, set(question_ids))
    if found:
        raise QuestionnaireError(path, [Problem(render_loc(loc, data), msg, line_of(text, loc, path))
                                        for loc, msg in found])
    _LOADED.clear()  # one kit in use at a time
    _LOADED[key] = (rules, kit)
    return kit
