"""The limits a file must keep to, shared by reading and editing.

Reading refuses a file over these limits with a message naming the place; the
wizard applies the same limits while the user edits, so a document the app
writes is always one it can read back. :func:`text_problem` and
:func:`clean_text` check text where it enters (typed, pasted or imported).
"""

from __future__ import annotations

import re
from typing import Final

MAX_FILE_BYTES: Final = 16 * 1024 * 1024
"""The largest file read (an answers file, an assessment, a questionnaire). A document at every other
limit below stays under it (tests check the largest the default questionnaire allows)."""

MAX_NOTE_LENGTH: Final = 20_000
"""Characters in one section's note."""

MAX_NAME_LENGTH: Final = 200
"""Characters in a respondent's name or role and a snapshot's label."""

MAX_TEXT_LENGTH: Final = 5_000
"""Characters in any other text field, such as the note of a settled answer (a text answer has its
question's own ``max_length``)."""

MAX_FILE_NAME_LENGTH: Final = 255
"""Characters in a file name kept in a document (where a respondent was imported from)."""

MAX_RESPONDENTS: Final = 300
"""Respondents in one workshop."""

MAX_SNAPSHOTS: Final = 300
"""Snapshots (visits) kept in one document."""

MAX_DEPTH: Final = 64
"""Levels of nesting (mappings and lists inside one another) in a file; ours use fewer than ten."""

MAX_NUMBER_DIGITS: Final = 15
"""Digits before the decimal point of any number in a file: a number must be below 10**15."""

MAX_NUMBER: Final = 10 ** MAX_NUMBER_DIGITS

MAX_PROBLEMS: Final = 200
"""Problems listed for one file; more are counted, not listed."""

_SURROGATES = "[\ud800-\udfff]"
# C0 and C1 control characters, DEL; newline and tab are kept in multi-line text
_CONTROLS = "[\x00-\x08\x0b-\x1f\x7f-\x9f]"
_CONTROLS_LINE = "[\x00-\x1f\x7f-\x9f]"


def _pattern(source: str) -> re.Pattern[str]:
    return re.compile(source)  # re keeps compiled patterns: compiled on first use, not at start-up


def has_surrogate(text: str) -> bool:
    """True when ``text`` holds a lone surrogate, which no file encoding can store."""
    return not text.isascii() and _pattern(_SURROGATES).search(text) is not None


def text_problem(text: str, limit: int = MAX_TEXT_LENGTH, *, multiline: bool = True) -> str | None:
    """Why ``text`` cannot be stored as typed, or None when it can.

    Call it where text enters the document (a field edited, a note typed or
    pasted, a name imported): a lone surrogate (from a bad copy-paste) cannot
    be written to any file; control characters other than newline and tab
    (only newline and tab in ``multiline`` text, neither in a one-line field)
    are invisible and break reports; text longer than ``limit`` characters
    would make a file the app refuses to read back. The message is a sentence
    for the user, e.g. "contains a character that cannot be saved (U+D800)"."""
    if has_surrogate(text):
        bad = _pattern(_SURROGATES).search(text)
        assert bad is not None
        return f"contains a character that cannot be saved (U+{ord(bad.group()):04X}, half of a pair)"
    control = _pattern(_CONTROLS if multiline else _CONTROLS_LINE).search(text)
    if control is not None:
        return f"contains an invisible control character (U+{ord(control.group()):04X})"
    if len(text) > limit:
        return f"is {len(text)} characters long, the limit is {limit}"
    return None


def clean_text(text: str, limit: int | None = MAX_TEXT_LENGTH, *, multiline: bool = True) -> tuple[str, list[str]]:
    """``text`` made storable, and what was changed (one sentence each; empty when nothing was).

    Lone surrogates become U+FFFD (the replacement character), control
    characters are removed (a carriage return before a newline too; newline and
    tab are kept in ``multiline`` text and become spaces in a one-line field), and
    the text is cut at ``limit`` characters
    (no cut when ``limit`` is None). Use it for text pasted or imported, where
    refusing would lose the rest; :func:`text_problem` where the user types."""
    changes: list[str] = []
    if has_surrogate(text):
        text = _pattern(_SURROGATES).sub("\ufffd", text)
        changes.append("characters that cannot be saved were replaced by \ufffd")
    if not multiline and ("\n" in text or "\t" in text):
        text = text.replace("\r\n", " ").replace("\n", " ").replace("\t", " ")
        changes.append("line breaks and tabs became spaces")
    pattern = _pattern(_CONTROLS if multiline else _CONTROLS_LINE)
    if pattern.search(text):
        text = pattern.sub("", text)  # the carriage return of a Windows line end too
        changes.append("invisible control characters were removed")
    if limit is not None and len(text) > limit:
        text = text[:limit]
        changes.append(f"the text was cut at {limit} characters")
    return text, changes
