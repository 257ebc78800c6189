"""Sentences the engine writes itself (the rest comes from the data files), per language.

The texts live in the gettext catalogue (``assets/locale/readiness_app.pot`` in English, ``fr.po``...;
see ``catalogue``): add or change a phrase there, under a key without a prefix, then compile. A language
that lacks a phrase reads English (a test lists what French lacks: nothing)."""

from __future__ import annotations

from collections.abc import Mapping

from . import catalogue
from .text import DEFAULT_LANGUAGE, fill, shown_counts


def phrase(key: str, lang: str = DEFAULT_LANGUAGE, **values: object) -> str:
    """The phrase in ``lang`` (English when missing), with ``{name}`` fields filled."""
    text = catalogue.text(key, lang)
    return text.format(**values) if values else text


def phrase_n(key: str, n: float, lang: str = DEFAULT_LANGUAGE, **values: object) -> str:
    """The form of the phrase that agrees with ``n`` in ``lang`` (CLDR plural rule), fields filled."""
    return catalogue.plural(key, n, lang).format(n=n, **values)


def phrase_counted(key: str, lang: str = DEFAULT_LANGUAGE, shown: Mapping[str, object] | None = None,
                   decimals: int | None = None, **counts: float) -> str:
    """A phrase whose nouns agree with one or more counts through plural blocks (see ``text.fill``), which
    also work for a fraction ("1.5 full-time equivalents", "1,5 équivalent temps plein"). Each count is
    shown as the language writes numbers (with ``decimals`` when given); ``shown`` fills the phrase's
    other fields."""
    values, read = shown_counts(counts, lang, decimals)
    values.update({name: str(value) for name, value in (shown or {}).items()})
    return fill(catalogue.text(key, lang), values, lang, read)


def missing(lang: str) -> list[str]:
    """Keys of the catalogue a language still lacks (the template's, untranslated)."""
    return catalogue.catalogue_problems() if lang != DEFAULT_LANGUAGE else []
