"""Reading YAML and JSON data files, and turning validation errors into problems
that name the place in the file (with a line number where YAML keeps one)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from .errors import Problem, ReadinessError


def _yaml() -> tuple[ModuleType, Any]:
    """PyYAML and its fastest safe loader (imported only when a YAML file is read)."""
    import yaml

    return yaml, getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when the wheel has it

MAX_FILE_BYTES = 5 * 1024 * 1024  # no real questionnaire or answers file comes near this

Loc = Sequence[str | int]
Model = TypeVar("Model", bound=BaseModel)


def read_text(path: Path, error: type[ReadinessError], what: str) -> str:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise error(path, f"no such file (expected {what})") from None
    except OSError as exc:
        raise error(path, f"cannot read it: {exc.strerror or exc}") from None
    if path.is_dir():
        raise error(path, f"is a folder, expected {what}")
    if size > MAX_FILE_BYTES:
        raise error(path, f"is {size // (1024 * 1024)} MB, far too large for {what} (limit 5 MB)")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise error(path, f"cannot read it: {exc.strerror or exc}") from None
    if b"\x00" in raw[:4096]:
        raise error(path, f"is a binary file, not {what}")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise error(path, f"is not UTF-8 text (byte {exc.start}): expected {what}") from None


def parse(text: str, path: Path, error: type[ReadinessError], what: str) -> Any:
    """YAML (a superset of JSON) or JSON by extension; never a raw traceback."""
    if not text.strip():
        raise error(path, f"is empty, expected {what}")
    if path.suffix.lower() == ".json":
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            raise error(path, [Problem("", f"not valid JSON: {exc.msg} (column {exc.colno})", exc.lineno)]) from None
    yaml, loader = _yaml()
    try:
        return yaml.load(text, Loader=loader)  # noqa: S506 - CSafeLoader/SafeLoader only
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise error(path, [Problem("", f"not valid YAML: {problem}", line)]) from None


def render_loc(loc: Loc, data: Any = None) -> str:
    """``sections[2].questions[0] (rollback).min`` from a pydantic location."""
    out = ""
    node = data
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
            node = node[part] if isinstance(node, list) and part < len(node) else None
            if isinstance(node, dict) and isinstance(node.get("id"), str):
                out += f" ({node['id']})"
        else:
            out += ("." if out else "") + str(part)
            node = node.get(part) if isinstance(node, dict) else None
    return out


def line_of(text: str, loc: Loc, path: Path) -> int | None:
    """The line where ``loc`` starts in a YAML/JSON text, or None."""
    yaml, loader = _yaml()
    try:
        node = yaml.compose(text, Loader=loader)
    except yaml.YAMLError:
        return None
    best = node.start_mark.line + 1 if node is not None else None
    for part in loc:
        if node is None:
            break
        if isinstance(node, yaml.MappingNode) and isinstance(part, str):
            match = [(k, v) for k, v in node.value if getattr(k, "value", None) == part]
            if not match:
                break
            key, node = match[0]
            best = key.start_mark.line + 1
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
            best = node.start_mark.line + 1
        else:
            break
    return best


_ALIASES = {"in_": "in", "not_": "not"}


def problems_from_validation(exc: ValidationError, data: Any, text: str, path: Path) -> list[Problem]:
    problems = []
    for err in exc.errors(include_url=False):
        loc = [_ALIASES.get(p, p) if isinstance(p, str) else p for p in err["loc"]]
        # pydantic adds the branch of a union or a validator name to the path
        loc = [p for p in loc if not (isinstance(p, str) and ("[" in p or p.startswith("function-")))]
        message = err["msg"]
        if err["type"] == "extra_forbidden":
            message = "unknown key (check its spelling)"
        elif err["type"] == "missing":
            message = "required key is missing"
        elif message.startswith("Value error, "):
            message = message[len("Value error, "):]
        problems.append(Problem(render_loc(loc, data), message, line_of(text, loc, path)))
    return _dedupe(problems)


def _dedupe(problems: list[Problem]) -> list[Problem]:
    seen: set[tuple[str, str]] = set()
    out = []
    for p in problems:
        if (p.location, p.message) not in seen:
            seen.add((p.location, p.message))
            out.append(p)
    return out


def load_model(path: Path, model: type[Model], error: type[ReadinessError], what: str,
               top: str) -> tuple[Model, Any, str]:
    """Read, parse and validate a data file: (the validated model, the raw data, the text).

    ``top`` says what the file must hold at its top when it is not a mapping."""
    text = read_text(path, error, what)
    data = parse(text, path, error, what)
    return validate_data(model, data, text, path, error, top), data, text


def validate_data(model: type[Model], data: Any, text: str, path: Path, error: type[ReadinessError],
                  top: str) -> Model:
    if not isinstance(data, dict):
        raise error(path, f"expected a mapping with {top} at the top")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise error(path, problems_from_validation(exc, data, text, path)) from None
