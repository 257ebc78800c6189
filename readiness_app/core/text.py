"""Per-language texts and the small formatting the results need.

A text in a data file is either a plain string (English) or a mapping from a
language code to a string, ``{en: ..., fr: ..., de: ...}``.  English is always
required, so any missing language falls back to it.
"""

from __future__ import annotations

import copy
import datetime
import functools
import re
import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import AfterValidator, BeforeValidator

if TYPE_CHECKING:
    from babel import Locale
    from babel.numbers import NumberPattern

# The languages the app speaks (the command line's --lang, the report, the wizard's list); English is the
# one every text has.
LANGUAGES = ("en", "fr")
DEFAULT_LANGUAGE = "en"


def _from_plain_string(value: Any) -> Any:
    if isinstance(value, str):
        return {DEFAULT_LANGUAGE: value}
    return value


def _needs_english(value: dict[str, str]) -> dict[str, str]:
    if DEFAULT_LANGUAGE not in value:
        raise ValueError("needs an English text under 'en' (other languages fall back to it)")
    for lang, text in value.items():
        if not (2 <= len(lang) <= 5) or not lang.replace("-", "").isalpha():
            raise ValueError(f"'{lang}' is not a language code such as en, fr or de")
        if not text.strip():
            raise ValueError(f"the '{lang}' text is empty")
    return value


LocalText = Annotated[
    dict[str, str], BeforeValidator(_from_plain_string), AfterValidator(_needs_english)
]


def pick(text: dict[str, str] | None, lang: str = DEFAULT_LANGUAGE) -> str:
    """The text in ``lang``, falling back to English; '' for no text."""
    if not text:
        return ""
    return text.get(lang) or text.get(lang.split("-")[0]) or text[DEFAULT_LANGUAGE]


def placeholders(template: str) -> list[str]:
    """The ``{name}`` fields a template uses, in order, plural blocks and their branches included."""
    out: list[str] = []
    try:
        parts = _parts(template)
    except ValueError:  # unbalanced braces: template_problems says so
        return out
    for part in parts:
        if isinstance(part, str):
            out += [field for _, field, _, _ in string.Formatter().parse(part) if field]
        else:
            out.append(part.name)
            for branch in part.branches.values():
                out += placeholders(branch)
    return out


# -- plural agreement inside a template ---------------------------------------------------------------
#
# A template agrees a noun (or a verb) with a count through a plural block, the ICU MessageFormat syntax
# translators know:  "{models_in_production, plural, one {# model} other {# models}} in production".
# A branch is chosen by the CLDR plural category of the count in the text's language (Babel), so French
# reads 0 and 1 as singular and English only 1; "=N" matches the exact count first, and "unknown" is
# chosen when nobody knows the number (without it, "other" is used). "#" is the count as shown (or
# "an unknown number of"); a branch may use other {fields}. Every block needs an "other" branch.

PLURAL_CATEGORIES = ("zero", "one", "two", "few", "many", "other")
_PLURAL_HEAD = re.compile(r"\s*(\w+)\s*,\s*plural\s*,")
_BRANCH = re.compile(r"\s*(=\d+|[a-z]+)\s*\{")


@dataclass(frozen=True)
class _Plural:
    name: str
    branches: dict[str, str]


def _closing(text: str, start: int) -> int:
    """The index of the brace that closes the one at ``start``; -1 when there is none."""
    depth = 0
    for i in range(start, len(text)):
        if text[i] == "{":
            depth += 1
        elif text[i] == "}":
            depth -= 1
            if depth == 0:
                return i
    return -1


def _parse_plural(body: str) -> _Plural | None:
    head = _PLURAL_HEAD.match(body)
    if head is None:
        return None
    branches: dict[str, str] = {}
    pos = head.end()
    while pos < len(body) and body[pos:].strip():
        m = _BRANCH.match(body, pos)
        if m is None:
            raise ValueError(f"plural block of '{head.group(1)}': expected a category and a {{text}} "
                             f"at \"{body[pos:].strip()[:20]}\"")
        end = _closing(body, m.end() - 1)
        if end < 0:
            raise ValueError(f"plural block of '{head.group(1)}': a branch is not closed")
        branches[m.group(1)] = body[m.end():end]
        pos = end + 1
    return _Plural(head.group(1), branches)


@functools.lru_cache(maxsize=4096)
def _parts(template: str) -> tuple[str | _Plural, ...]:
    """The template cut into plain pieces and plural blocks (once per template: the engine fills the same
    few hundred templates for every result)."""
    return tuple(_cut(template))


def _cut(template: str) -> list[str | _Plural]:
    if "plural" not in template:
        return [template]
    parts: list[str | _Plural] = []
    plain = 0
    i = 0
    while i < len(template):
        if template.startswith("{{", i):
            i += 2
            continue
        if template[i] == "{":
            end = _closing(template, i)
            if end < 0:
                raise ValueError("a '{' is not closed")
            block = _parse_plural(template[i + 1:end])
            if block is not None:
                parts += [template[plain:i], block]
                plain = end + 1
            i = end + 1
            continue
        i += 1
    parts.append(template[plain:])
    return [p for p in parts if p != ""]


def template_problems(template: str) -> list[str]:
    """What is wrong with a template's plural blocks (unknown category, no 'other', braces)."""
    try:
        parts = _parts(template)
    except ValueError as exc:
        return [str(exc)]
    problems = []
    for part in parts:
        if isinstance(part, str):
            continue
        for key in part.branches:
            if key not in PLURAL_CATEGORIES and key != "unknown" and not key.startswith("="):
                problems.append(f"plural block of '{part.name}': '{key}' is not a plural category "
                                f"({', '.join(PLURAL_CATEGORIES)}, =N or unknown)")
        if "other" not in part.branches:
            problems.append(f"plural block of '{part.name}' has no 'other' branch")
        for branch in part.branches.values():
            problems += template_problems(branch)
    return problems


def plural_category(count: float | Decimal, lang: str = DEFAULT_LANGUAGE) -> str:
    """The CLDR plural category of ``count`` in ``lang``: 'one', 'other', 'many'..."""
    # keyed by the number as written: Decimal('1.0') equals 1 but is 'other' in English
    return _category(type(count) is Decimal, str(count), lang)


@functools.lru_cache(maxsize=4096)
def _category(exact: bool, written: str, lang: str) -> str:
    count: float | Decimal = Decimal(written) if exact else (int(written) if written.lstrip("-").isdigit()
                                                               else float(written))
    return str(_locale(lang).plural_form(count if count >= 0 else -count))


class _Values(dict[str, str]):
    def __missing__(self, key: str) -> str:  # pragma: no cover - guarded at load time
        return "{" + key + "}"


def fill(template: str, values: dict[str, str], lang: str = DEFAULT_LANGUAGE,
         counts: Mapping[str, float | Decimal | None] | None = None, _count_shown: str | None = None) -> str:
    """Fill ``{name}`` fields and plural blocks; unknown names are left visible, never crash.

    ``counts`` holds the numbers plural blocks agree with (None: nobody knows the number); a Decimal
    keeps the decimals it is shown with, which CLDR rules read ("1.0 hours" in English)."""
    try:
        parts = _parts(template)
    except ValueError:  # odd braces in an edited text
        return template
    out = []
    for part in parts:
        if isinstance(part, str):
            if _count_shown is not None:  # '#' of the block this branch belongs to, not of a nested one
                part = part.replace("#", _count_shown.replace("{", "{{").replace("}", "}}"))
            try:
                out.append(part.format_map(_Values(values)))
            except (ValueError, IndexError, AttributeError, KeyError):  # odd braces in an edited text
                out.append(part)
            continue
        counted = counts or {}
        count = counted.get(part.name)
        if part.name not in counted:  # not a number at all: the text stays readable, in its general form
            branch = part.branches.get("other", "")
        elif count is None:
            branch = part.branches.get("unknown", part.branches.get("other", ""))
        else:
            branch = (part.branches.get(f"={count:g}")
                      or part.branches.get(plural_category(count, lang))
                      or part.branches.get("other", ""))
        out.append(fill(branch, values, lang, counts, values.get(part.name, "{" + part.name + "}")))
    return "".join(out)



# -- numbers, money and dates per language (Babel, from CLDR) -------------------------------------------


def language_of(lang: str | None) -> str:
    """'fr', 'fr-CA', 'fr_FR' -> 'fr'; a language the app does not speak reads English."""
    code = (lang or DEFAULT_LANGUAGE).strip().lower().replace("_", "-").split("-")[0]
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


@functools.cache
def _locale(lang: str) -> Locale:
    # Imported here: Babel is loaded only once a number is shown, and reads only that language's data.
    from .catalogue import babel_locale

    return babel_locale(language_of(lang))


@functools.cache
def _pattern(lang: str, kind: str, decimals: int) -> NumberPattern:
    from babel.numbers import parse_pattern

    locale = _locale(lang)
    base = locale.currency_formats["standard"] if kind == "currency" else locale.decimal_formats[None]
    pattern = copy.copy(parse_pattern(base))
    pattern.frac_prec = (decimals, decimals)
    return pattern


@functools.lru_cache(maxsize=4096)
def format_number(value: float, lang: str = DEFAULT_LANGUAGE, decimals: int = 0) -> str:
    """A number with the language's grouping and decimal signs: '95,000.5', '95 000,5' (remembered: a
    result shows the same few numbers many times, and Babel takes a while over each)."""
    from babel.numbers import format_decimal

    return format_decimal(value, format=_pattern(lang, "decimal", decimals), locale=_locale(lang))


def format_percent(value: float, lang: str = DEFAULT_LANGUAGE) -> str:
    """A share given from 0 to 100 as the language writes it: '30%', '30 %'."""
    from babel.numbers import format_percent as babel_percent

    return babel_percent(value / 100, locale=_locale(lang))


@functools.lru_cache(maxsize=4096)
def format_money(amount: float | None, currency: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """A whole amount of money: '€95,000', '95 000 €' ('—' when there is none)."""
    if amount is None:
        return "—"
    from babel.numbers import format_currency

    return format_currency(amount, currency, format=_pattern(lang, "currency", 0), locale=_locale(lang),
                           currency_digits=False)


def format_money_range(low: float | None, high: float | None, currency: str,
                       lang: str = DEFAULT_LANGUAGE) -> str:
    if low is None or high is None:
        return "—"
    return f"{format_money(low, currency, lang)} – {format_money(high, currency, lang)}"


def format_date(day: datetime.date, lang: str = DEFAULT_LANGUAGE) -> str:
    """'9 June 2026', '1er juin 2026'."""
    from babel.dates import format_date as babel_date

    text = babel_date(day, "d MMMM y", locale=_locale(lang))
    if language_of(lang) == "fr" and day.day == 1:
        text = "1er" + text[1:]  # French writes the first of the month as an ordinal, which CLDR leaves out
    return text


def format_list(items: Sequence[str], lang: str = DEFAULT_LANGUAGE,
                style: Literal["standard", "or"] = "standard") -> str:
    """'a, b and c' ('standard') or 'a, b or c' ('or') in the language's own way ('a, b ou c')."""
    from babel.lists import format_list as babel_list

    return babel_list(list(items), style=style, locale=_locale(lang)) if items else ""


def lower_first(text: str) -> str:
    """A title inside a sentence: 'Budget approved' -> 'budget approved'; 'MLOps engineers' stays."""
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():
        return text[0].lower() + text[1:]
    return text


def shown_counts(counts: Mapping[str, float], lang: str, decimals: int | None = None
                 ) -> tuple[dict[str, str], dict[str, float | Decimal | None]]:
    """Counts as a text shows them and as its plural blocks read them: with ``decimals``, both keep that
    many decimals ("1.0"); without, a whole number has none and a fraction one."""
    shown: dict[str, str] = {}
    read: dict[str, float | Decimal | None] = {}
    for name, value in counts.items():
        places = decimals if decimals is not None else (0 if float(value).is_integer() else 1)
        shown[name] = format_number(value, lang, places)
        read[name] = round(Decimal(str(value)), places)
    return shown, read
