"""Reading YAML and JSON data files safely, and turning validation errors into
problems that name the place in the file (with a line number where one is known).

Reading is bounded: only regular files are read (never a pipe, a device or a
socket, which could block or never end), in chunks up to
:data:`.limits.MAX_FILE_BYTES`; YAML aliases are refused (a file of a kilobyte
could otherwise expand to gigabytes); nesting is at most
:data:`.limits.MAX_DEPTH` levels; numbers must be finite and below
:data:`.limits.MAX_NUMBER`; a key given twice in a mapping and text that is not
valid Unicode are refused. Each of these is a :class:`.ReadinessError` naming
the place, never another exception."""

from __future__ import annotations

import json
import math
import os
import re
import stat
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from .errors import Problem, ReadinessError
from .limits import MAX_DEPTH, MAX_FILE_BYTES, MAX_NUMBER, MAX_NUMBER_DIGITS, MAX_PROBLEMS, has_surrogate

Loc = Sequence[str | int]
Model = TypeVar("Model", bound=BaseModel)

_CHUNK = 256 * 1024
_MB = 1024 * 1024


def _yaml() -> tuple[ModuleType, Any]:
    """PyYAML and its fastest safe loader (imported only when a YAML file is read)."""
    import yaml

    return yaml, getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when the wheel has it


# -- reading the bytes ----------------------------------------------------------------

def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a file"


def _too_large(path: Path, error: type[ReadinessError], what: str, size: int | None) -> ReadinessError:
    shown = f"{size // _MB} MB" if size is not None else f"over {MAX_FILE_BYTES // _MB} MB"
    return error(path, f"is {shown}, far too large for {what} (limit {MAX_FILE_BYTES // _MB} MB)")


def read_bytes(path: Path, error: type[ReadinessError], what: str) -> bytes:
    """The bytes of a regular file of at most :data:`.limits.MAX_FILE_BYTES`, read in chunks.

    A folder, a named pipe, a device (``/dev/zero``) or a socket is refused with a clear message without
    being read; a file that grows while it is read is cut off at the limit, not followed."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise error(path, f"no such file (expected {what})") from None
    except (OSError, ValueError) as exc:
        raise error(path, f"cannot read it: {getattr(exc, 'strerror', None) or exc}") from None
    if stat.S_ISDIR(info.st_mode):
        raise error(path, f"is a folder, expected {what}")
    if not stat.S_ISREG(info.st_mode):
        raise error(path, f"is not a regular file (it is {_kind(info.st_mode)}), expected {what}")
    if info.st_size > MAX_FILE_BYTES:
        raise _too_large(path, error, what, info.st_size)
    # non-blocking: should the path become a pipe after the check above, opening it must not wait for a writer
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise error(path, f"cannot read it: {exc.strerror or exc}") from None
    try:
        opened = os.fstat(fd)  # the file actually opened
        if not stat.S_ISREG(opened.st_mode):
            raise error(path, f"is not a regular file (it is {_kind(opened.st_mode)}), expected {what}")
        chunks: list[bytes] = []
        total = 0
        while True:
            chunk = os.read(fd, min(_CHUNK, MAX_FILE_BYTES + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > MAX_FILE_BYTES:
                raise _too_large(path, error, what, None)
    except OSError as exc:
        raise error(path, f"cannot read it: {exc.strerror or exc}") from None
    finally:
        os.close(fd)
    return b"".join(chunks)


def read_text(path: Path, error: type[ReadinessError], what: str) -> str:
    """The UTF-8 text of a file (see :func:`read_bytes` for what is refused)."""
    raw = read_bytes(Path(path), error, what)
    if b"\x00" in raw[:4096]:
        raise error(path, f"is a binary file, not {what}")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise error(path, f"is not UTF-8 text (byte {exc.start}): expected {what}") from None


# -- parsing ---------------------------------------------------------------------------

class _Refused(Exception):
    """Something the checking YAML loader does not accept, with its line."""

    def __init__(self, line: int | None, message: str):
        super().__init__(message)
        self.line = line
        self.message = message


class _BigNumber:
    """A JSON integer with too many digits to convert (reported with its place by :func:`_tree_problems`)."""

    __slots__ = ("digits",)

    def __init__(self, literal: str):
        self.digits = len(literal.lstrip("-"))


class _Duplicated(dict[str, Any]):
    """A JSON object that gives a key twice (reported with its place by :func:`_tree_problems`)."""

    duplicate: str = ""


def _json_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) == len(pairs):
        return out
    seen: set[str] = set()
    twice = _Duplicated(out)
    for key, _ in pairs:
        if key in seen:
            twice.duplicate = key
            break
        seen.add(key)
    return twice


def _json_int(literal: str) -> int | _BigNumber:
    # Python refuses to convert more than 4300 digits, and a few hundred are already no answer
    return int(literal) if len(literal) <= MAX_NUMBER_DIGITS + 2 else _BigNumber(literal)


_ALIAS = ("an alias (*name) or a merge (<<) repeats another part of the file: these files do not support them "
          "(a small file could expand without limit); write the value out")
_TOO_DEEP = f"is nested more than {MAX_DEPTH} levels deep"
_TOO_LARGE = f"is too large a number (at most {MAX_NUMBER_DIGITS} digits)"
_NOT_FINITE = "is not a finite number (infinity or not-a-number cannot be used)"
_SURROGATE = "contains a character that is not valid text (a lone surrogate, half of a pair)"

_LOADER: Any = None


def _checking_loader() -> Any:
    """The safe loader (libyaml's when available) that refuses aliases, keys given twice and numbers too
    large or not finite, each with its line; built once."""
    global _LOADER
    if _LOADER is not None:
        return _LOADER
    yaml, base = _yaml()
    from yaml.constructor import ConstructorError
    from yaml.nodes import MappingNode

    def line(node: Any) -> int:
        return int(node.start_mark.line) + 1

    class Loader(base):  # type: ignore[misc, valid-type]
        def construct_object(self, node: Any, deep: bool = False) -> Any:
            if node in self.constructed_objects or node in self.recursive_objects:
                raise _Refused(line(node), f"the value anchored here (&name) is used again: {_ALIAS}")
            return super().construct_object(node, deep)

        def construct_mapping(self, node: Any, deep: bool = False) -> Any:
            if not isinstance(node, MappingNode):
                return super().construct_mapping(node, deep)
            self.flatten_mapping(node)
            mapping: dict[Any, Any] = {}
            first: dict[Any, int] = {}
            for key_node, value_node in node.value:
                if key_node in self.constructed_objects or value_node in self.constructed_objects:
                    raise _Refused(line(key_node), _ALIAS)
                key = self.construct_object(key_node, deep=deep)
                try:
                    hash(key)
                except TypeError:
                    raise ConstructorError("while constructing a mapping", node.start_mark,
                                           "found unhashable key", key_node.start_mark) from None
                if key in mapping:
                    raise _Refused(line(key_node), f"the key '{key}' is given twice in the same mapping (first on "
                                   f"line {first[key]}); only one can be kept, remove the other")
                first[key] = line(key_node)
                mapping[key] = self.construct_object(value_node, deep=deep)
            return mapping

        def construct_sequence(self, node: Any, deep: bool = False) -> Any:
            for child in getattr(node, "value", ()):
                if child in self.constructed_objects:
                    raise _Refused(line(node), _ALIAS)
            return super().construct_sequence(node, deep)

        def construct_yaml_int(self, node: Any) -> Any:
            digits = sum(ch.isdigit() for ch in str(node.value)[:1000])
            if digits > MAX_NUMBER_DIGITS + 1:
                raise _Refused(line(node), f"a number of {digits}{'+' if digits >= 1000 else ''} digits is too large "
                               f"(at most {MAX_NUMBER_DIGITS} digits)")
            value = super().construct_yaml_int(node)
            if abs(value) >= MAX_NUMBER:
                raise _Refused(line(node), f"{node.value} {_TOO_LARGE}")
            return value

        def construct_yaml_float(self, node: Any) -> Any:
            value = super().construct_yaml_float(node)
            if not math.isfinite(value):
                raise _Refused(line(node), f"{node.value} {_NOT_FINITE}")
            if abs(value) >= MAX_NUMBER:
                raise _Refused(line(node), f"{node.value[:40]} {_TOO_LARGE}")
            return value

    Loader.add_constructor("tag:yaml.org,2002:int", Loader.construct_yaml_int)
    Loader.add_constructor("tag:yaml.org,2002:float", Loader.construct_yaml_float)
    _LOADER = Loader
    return Loader


def _deep_line(text: str) -> int | None:
    """The line where brackets first nest deeper than the limit (for a parser that gave up before saying)."""
    depth = 0
    for match in re.finditer(r'"(?:[^"\\\n]|\\.)*"|[\[\]{}]', text):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return text.count("\n", 0, match.start()) + 1
        elif token in "]}":
            depth -= 1
    return None


def parse(text: str, path: Path, error: type[ReadinessError], what: str) -> Any:
    """YAML (a superset of JSON) or JSON by extension, checked as the module says; never a raw traceback."""
    if not text.strip():
        raise error(path, f"is empty, expected {what}")
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(text, object_pairs_hook=_json_pairs, parse_int=_json_int, parse_constant=float)
        except json.JSONDecodeError as exc:
            raise error(path, [Problem("", f"not valid JSON: {exc.msg} (column {exc.colno})", exc.lineno)]) from None
        except RecursionError:
            raise error(path, [Problem("", _TOO_DEEP, _deep_line(text))]) from None
    else:
        yaml = _yaml()[0]
        try:
            data = yaml.load(text, Loader=_checking_loader())  # noqa: S506 - a SafeLoader subclass
        except _Refused as exc:
            raise error(path, [Problem("", exc.message, exc.line)]) from None
        except RecursionError:  # the pure-Python composer, when libyaml is missing
            raise error(path, [Problem("", _TOO_DEEP, _deep_line(text))]) from None
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = mark.line + 1 if mark is not None else None
            problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
            message = _TOO_DEEP if "nesting depth" in problem else f"not valid YAML: {problem}"
            raise error(path, [Problem("", message, line)]) from None
    found = _tree_problems(data)
    if found:
        index = LineIndex(text, path)
        problems = []
        for loc, message, key in found:
            line = index.line(loc)
            if key is not None:
                lines = index.key_lines(loc, key)
                line = lines[-1] if lines else line
                if len(lines) > 1:
                    message += f" (lines {', '.join(map(str, lines))})"
            problems.append(Problem(render_loc(loc, data), message, line))
        raise error(path, problems)
    return data


def _scalar_problem(value: Any) -> str | None:
    if isinstance(value, str):
        return _SURROGATE if has_surrogate(value) else None
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return _TOO_LARGE if abs(value) >= MAX_NUMBER else None
    if isinstance(value, float):
        if not math.isfinite(value):
            return _NOT_FINITE
        return _TOO_LARGE if abs(value) >= MAX_NUMBER else None
    if isinstance(value, _BigNumber):
        return f"is a number of {value.digits} digits, too large (at most {MAX_NUMBER_DIGITS} digits)"
    return None


def _tree_problems(data: Any) -> list[tuple[list[str | int], str, str | None]]:
    """(place, problem, duplicated key or None) for everything parsed that cannot be used, in one pass."""
    found: list[tuple[list[str | int], str, str | None]] = []
    loc: list[str | int] = []

    def visit(node: Any, depth: int) -> None:
        if len(found) >= MAX_PROBLEMS:
            return
        if depth > MAX_DEPTH:
            found.append((loc[:3], _TOO_DEEP, None))  # the line says where; the first steps say in what
            return
        if isinstance(node, (dict, list)):
            if isinstance(node, _Duplicated):
                found.append((list(loc), f"the key '{node.duplicate}' is given twice in the same mapping; only "
                              "one can be kept, remove the other", node.duplicate))
            for key, value in node.items() if isinstance(node, dict) else enumerate(node):
                loc.append(key)
                if isinstance(key, str) and has_surrogate(key):
                    found.append((list(loc), f"the key {_SURROGATE[:-1]}", None))
                if isinstance(value, (dict, list)):
                    visit(value, depth + 1)
                else:
                    problem = _scalar_problem(value)
                    if problem:
                        found.append((list(loc), problem, None))
                loc.pop()
        else:
            problem = _scalar_problem(node)
            if problem:
                found.append((list(loc), problem, None))

    visit(data, 1)
    return found


# -- places and lines ------------------------------------------------------------------

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


class LineIndex:
    """The lines of places in one YAML or JSON text, parsed once however many places are asked for
    (reporting a thousand problems costs one parse, not a thousand)."""

    def __init__(self, text: str, path: Path | None = None):
        self.text = text
        self._keys: dict[int, dict[str, list[tuple[Any, Any]]]] = {}
        self._root: Any = None
        self._composed = False

    def _compose(self) -> Any:
        if not self._composed:
            self._composed = True
            yaml, loader = _yaml()
            # libyaml refuses a lone surrogate escape that JSON allows: blank it out, same length
            text = re.sub(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}", "XXXXXX", self.text) if "\\u" in self.text else self.text
            try:
                self._root = yaml.compose(text, Loader=loader)
            except (yaml.YAMLError, RecursionError):
                self._root = None
        return self._root

    def _pairs(self, node: Any, key: str) -> list[tuple[Any, Any]]:
        table = self._keys.get(id(node))
        if table is None:
            table = {}
            for k, v in node.value:
                table.setdefault(str(getattr(k, "value", "")), []).append((k, v))
            self._keys[id(node)] = table
        return table.get(key, [])

    def _walk(self, loc: Loc) -> tuple[Any, int | None, bool]:
        """The node at ``loc`` (or the deepest one reached), its line, and whether it was reached."""
        yaml = _yaml()[0]
        node = self._compose()
        best = node.start_mark.line + 1 if node is not None else None
        for part in loc:
            if node is None:
                return None, best, False
            if isinstance(node, yaml.MappingNode) and isinstance(part, str):
                match = self._pairs(node, part)
                if not match:
                    return node, best, False
                key, node = match[0]
                best = key.start_mark.line + 1
            elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
                node = node.value[part]
                best = node.start_mark.line + 1
            else:
                return node, best, False
        return node, best, True

    def line(self, loc: Loc) -> int | None:
        """The line where ``loc`` starts (the nearest enclosing place found), or None."""
        return self._walk(loc)[1]

    def key_lines(self, loc: Loc, key: str) -> list[int]:
        """The lines of every occurrence of ``key`` in the mapping at ``loc``."""
        yaml = _yaml()[0]
        node, _, reached = self._walk(loc)
        if not reached or not isinstance(node, yaml.MappingNode):
            return []
        return [k.start_mark.line + 1 for k, _ in self._pairs(node, key)]


_last_index: LineIndex | None = None


def line_of(text: str, loc: Loc, path: Path) -> int | None:
    """The line where ``loc`` starts in a YAML/JSON text, or None (the text is parsed once for many calls)."""
    global _last_index
    if _last_index is None or _last_index.text is not text:
        _last_index = LineIndex(text, path)
    return _last_index.line(loc)


_ALIASES = {"in_": "in", "not_": "not"}


def problems_from_validation(exc: ValidationError, data: Any, text: str | None, path: Path) -> list[Problem]:
    """One problem per validation error, with its line in ``text`` (no lines without a text)."""
    index = LineIndex(text, path) if text is not None else None
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
        problems.append(Problem(render_loc(loc, data), message, index.line(loc) if index else None))
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
