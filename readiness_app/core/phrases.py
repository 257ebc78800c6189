"""Sentences the engine writes itself (the rest comes from the data files), per language.

The texts live in the gettext catalogue (``assets/locale/readiness_app.pot`` in English, ``fr.po``...;
see ``catalogue``): add or change a phrase there, under a key without a prefix, then compile. A language
that lacks a phrase reads English (a test lists what French lacks: nothing)."""

from __future__ import annotations

from . import catalogue
from .text import DEFAULT_LANGUAGE, fill, format_number


def phrase(key: str, lang: str = DEFAULT_LANGUAGE, **values: object) -> str:
    """The phrase in ``lang`` (English when missing), with ``{name}`` fields filled."""
    text = catalogue.text(key, lang)
    return text.format(**values) if values else text


def phrase_n(key: str, n: float, lang: str = DEFAULT_LANGUAGE, **values: object) -> str:
    """The form of the phrase that agrees with ``n`` in ``lang`` (CLDR plural rule), fields filled."""
    return catalogue.plural(key, n, lang).format(n=n, **values)


def phrase_counted(key: str, lang: str = DEFAULT_LANGUAGE, **counts: float) -> str:
    """A phrase whose nouns agree with several counts through plural blocks (see ``text.fill``); each count
    is shown as the language writes numbers."""
    shown = {name: format_number(value, lang, 0 if float(value).is_integer() else 1) for name, value in counts.items()}
    return fill(catalogue.text(key, lang), shown, lang, dict(counts))


def missing(lang: str) -> list[str]:
    """Keys of the catalogue a language still lacks (the template's, untranslated)."""
    return catalogue.catalogue_problems() if lang != DEFAULT_LANGUAGE else []
