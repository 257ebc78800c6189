"""Errors the user can act on.

Every problem with a file a user wrote (a questionnaire, a rules file, an
answers file) is raised as a :class:`ReadinessError` that names the file, the
place inside it and what is wrong.  The CLI turns these into exit status 2 and
the wizard into a dialog; anything else escaping is a bug.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a file: where (a dotted path or id) and what."""

    location: str
    message: str
    line: int | None = None

    def render(self, source: str | None = None) -> str:
        where = source or ""
        if self.line is not None:
            where = f"{where}:{self.line}" if where else f"line {self.line}"
        parts = [p for p in (where, self.location) if p]
        prefix = ": ".join(parts)
        return f"{prefix}: {self.message}" if prefix else self.message


class ReadinessError(Exception):
    """Base class of every error that is the user's input, not a bug."""

    def __init__(self, source: str | Path | None, problems: list[Problem] | str):
        if isinstance(problems, str):
            problems = [Problem("", problems)]
        self.source = str(source) if source is not None else None
        self.problems = problems
        super().__init__(self.render())

    def render(self) -> str:
        lines = [p.render(self.source) for p in self.problems]
        if len(lines) == 1:
            return lines[0]
        head = f"{self.source}: {len(lines)} problems" if self.source else f"{len(lines)} problems"
        return head + "\n" + "\n".join(f"  - {p.render()}" for p in self.problems)


class QuestionnaireError(ReadinessError):
    """The questionnaire or its rules file is broken."""


class AnswersError(ReadinessError):
    """An answers file or assessment document cannot be used."""


class OutputError(ReadinessError):
    """A result or report cannot be written where the user asked."""
