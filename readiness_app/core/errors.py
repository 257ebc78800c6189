"""Errors the user can act on.

Every problem with a file a user wrote (a questionnaire, a rules file, an
answers file) is raised as a :class:`ReadinessError` that names the file, the
place inside it and what is wrong.  The CLI turns these into exit status 2 and
the wizard into a dialog; anything else escaping is a bug.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .limits import MAX_PROBLEMS

_UNPRINTABLE = "[\x00-\x1f\x7f-\x9f\ud800-\udfff]"


def printable(text: str) -> str:
    """``text`` safe to print anywhere: control characters and lone surrogates (from a hostile file or a
    file name that is not UTF-8) shown as escapes such as ``\\x1b`` or ``\\udcff``, never written raw."""
    if text.isascii() and text.isprintable():
        return text
    return re.sub(_UNPRINTABLE, lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a file: where (a dotted path or id) and what."""

    location: str
    message: str
    line: int | None = None

    def render(self, source: str | None = None) -> str:
        where = printable(source or "")
        if self.line is not None:
            where = f"{where}:{self.line}" if where else f"line {self.line}"
        parts = [p for p in (where, printable(self.location)) if p]
        prefix = ": ".join(parts)
        message = printable(self.message)
        return f"{prefix}: {message}" if prefix else message


class ReadinessError(Exception):
    """Base class of every error that is the user's input, not a bug."""

    def __init__(self, source: str | Path | None, problems: list[Problem] | str):
        if isinstance(problems, str):
            problems = [Problem("", problems)]
        self.source = str(source) if source is not None else None
        self.problems = problems
        super().__init__(self.render())

    def render(self) -> str:
        if len(self.problems) == 1:
            return self.problems[0].render(self.source)
        lines = self.problems
        head = f"{printable(self.source)}: {len(lines)} problems" if self.source else f"{len(lines)} problems"
        listed = [f"  - {p.render()}" for p in self.problems[:MAX_PROBLEMS]]
        if len(self.problems) > MAX_PROBLEMS:
            listed.append(f"  ... and {len(self.problems) - MAX_PROBLEMS} more")
        return head + "\n" + "\n".join(listed)


class QuestionnaireError(ReadinessError):
    """The questionnaire or its rules file is broken."""


class AnswersError(ReadinessError):
    """An answers file or assessment document cannot be used."""


class OutputError(ReadinessError):
    """A result or report cannot be written where the user asked."""
