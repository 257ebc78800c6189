"""Per-language texts and the small formatting the results need.

A text in a data file is either a plain string (English) or a mapping from a
language code to a string, ``{en: ..., fr: ..., de: ...}``.  English is always
required, so any missing language falls back to it.
"""

from __future__ import annotations

import string
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator

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
    """The ``{name}`` fields a template uses, in order."""
    return [field for _, field, _, _ in string.Formatter().parse(template) if field]


class _Values(dict):
    def __missing__(self, key: str) -> str:  # pragma: no cover - guarded at load time
        return "{" + key + "}"


def fill(template: str, values: dict[str, str]) -> str:
    """Fill ``{name}`` fields; unknown names are left visible, never crash."""
    try:
        return template.format_map(_Values(values))
    except (ValueError, IndexError, AttributeError, KeyError):  # odd braces in an edited text
        return template


def format_number(value: float, lang: str = DEFAULT_LANGUAGE, decimals: int = 0) -> str:
    text = f"{value:,.{decimals}f}"
    if lang.startswith("fr"):
        # French groups thousands with a narrow no-break space and uses a comma.
        text = text.replace(",", "\u202f").replace(".", ",")
    elif lang.startswith("de"):
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text


CURRENCY_SYMBOLS = {"EUR": "€", "GBP": "£", "USD": "$", "CHF": "CHF", "PLN": "zł"}


def format_money(amount: float | None, currency: str, lang: str = DEFAULT_LANGUAGE) -> str:
    if amount is None:
        return "—"
    symbol = CURRENCY_SYMBOLS.get(currency, currency)
    number = format_number(amount, lang)
    if lang.startswith(("fr", "de")) or symbol in {"zł", "CHF"} or len(symbol) > 1:
        return f"{number}\u00a0{symbol}"
    return f"{symbol}{number}"


def format_money_range(low: float | None, high: float | None, currency: str,
                       lang: str = DEFAULT_LANGUAGE) -> str:
    if low is None or high is None:
        return "—"
    return f"{format_money(low, currency, lang)} – {format_money(high, currency, lang)}"


def lower_first(text: str) -> str:
    """A title inside a sentence: 'Budget approved' -> 'budget approved'; 'MLOps engineers' stays."""
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():
        return text[0].lower() + text[1:]
    return text
