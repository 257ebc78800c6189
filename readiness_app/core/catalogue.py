"""The words the app writes itself (the core's sentences, the report's, the command line's), per language,
from one gettext catalogue.

Sources: ``assets/locale/readiness_app.pot`` (English: each entry's ``msgctxt`` is the key the code asks
for, its ``msgid`` the English text, with ``msgid_plural`` where a count decides) and
``assets/locale/<lang>.po`` (the translation, the format translators' tools read). The app reads the
compiled ``<lang>.mo`` next to them with the standard library's gettext, and only for the language in use;
``python -m readiness_app.core.catalogue`` compiles them again after an edit (a test fails while a ``.mo``
is older than its source). The plural rule of each ``.mo`` (its Plural-Forms) is the CLDR one, written
by Babel when it compiles. A text a language lacks reads English.
"""

from __future__ import annotations

import functools
import gettext
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .text import DEFAULT_LANGUAGE, LANGUAGES, language_of, template_problems

if TYPE_CHECKING:
    from babel import Locale

DOMAIN = "readiness_app"


def locale_dir() -> Path:
    from .ruleset import data_dir

    return data_dir("assets") / "locale"


class Catalogue:
    """One language's texts by key: ``text(key)`` and ``plural(key, n)``."""

    def __init__(self, translations: gettext.GNUTranslations):
        self._plural_index = translations.plural  # type: ignore[attr-defined]  # from the Plural-Forms header
        self.texts: dict[str, str] = {}
        self.plurals: dict[str, dict[int, str]] = {}
        # gettext keys a message by "context\x04msgid" (and the form's index for a plural); the app asks
        # by context alone, so the catalogue is indexed once by it.
        for key, value in translations._catalog.items():  # type: ignore[attr-defined]
            if isinstance(key, tuple):
                context, sep, _ = key[0].partition("\x04")
                if sep and value:
                    self.plurals.setdefault(context, {})[key[1]] = value
            else:
                context, sep, _ = key.partition("\x04")
                if sep and value:
                    self.texts[context] = value

    def text(self, key: str) -> str | None:
        return self.texts.get(key)

    def plural(self, key: str, n: float) -> str | None:
        forms = self.plurals.get(key)
        if not forms:
            return None
        return forms.get(self._plural_index(int(abs(n)))) or forms.get(max(forms))


@functools.cache
def catalogue(lang: str) -> Catalogue:
    """The compiled catalogue of ``lang`` (English for a language the app does not speak)."""
    code = language_of(lang)
    with open(locale_dir() / f"{code}.mo", "rb") as fp:
        return Catalogue(gettext.GNUTranslations(fp))


def text(key: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """The text of ``key`` in ``lang``, English when the language lacks it."""
    found = catalogue(lang).text(key)
    if found is None:
        found = catalogue(DEFAULT_LANGUAGE).text(key)
        if found is None:
            raise KeyError(f"no text '{key}' in the catalogue")
    return found


def plural(key: str, n: float, lang: str = DEFAULT_LANGUAGE) -> str:
    """The form of ``key`` that agrees with ``n`` in ``lang`` (CLDR rule), English when the language lacks it."""
    found = catalogue(lang).plural(key, n)
    if found is None:
        found = catalogue(DEFAULT_LANGUAGE).plural(key, n)
        if found is None:
            raise KeyError(f"no plural text '{key}' in the catalogue")
    return found


# -- the CLDR data the app formats with -------------------------------------------------------------------
#
# Babel reads a language's whole CLDR file (a few hundred kB of pickled data, and its date module) the
# first time a number is formatted: about 30 ms, a tenth of the command line's start-up. The app uses a
# sliver of it (number symbols and patterns, currency symbols, the plural rule, month names, list patterns), which
# ``<lang>.cldr.json`` beside the catalogue holds, extracted from Babel when the catalogues are compiled
# (a test fails when it differs from the installed Babel's). Babel's own formatting code runs on it.


def cldr_extract(lang: str) -> dict[str, Any]:
    """The part of Babel's CLDR data for ``lang`` that the app formats with, as plain JSON values."""
    from babel import Locale

    locale = Locale.parse(lang)
    system = locale.default_numbering_system
    return {
        "default_numbering_system": system,
        "number_symbols": {system: dict(locale.number_symbols[system])},
        "decimal_format": locale.decimal_formats[None].pattern,
        "currency_format": locale.currency_formats["standard"].pattern,
        "percent_format": locale.percent_formats[None].pattern,
        "currency_symbols": dict(locale.currency_symbols),
        "plural_rules": dict(locale.plural_form.rules),
        "months": {str(month): name for month, name in locale.months["format"]["wide"].items()},
        "list_patterns": {style: dict(locale.list_patterns[style]) for style in ("standard", "or")},
    }


def babel_locale(lang: str) -> Locale:
    """A Babel locale for ``lang`` that formats from the extracted CLDR data (Babel's full data when the
    extract is missing)."""
    from babel import Locale

    code = language_of(lang)
    path = locale_dir() / f"{code}.cldr.json"
    if not path.is_file():
        return Locale.parse(code)
    return _extract_locale(code, json.loads(path.read_text(encoding="utf-8")))


def _extract_locale_class() -> type[Locale]:
    from babel import Locale
    from babel.numbers import parse_pattern
    from babel.plural import PluralRule

    class ExtractLocale(Locale):
        """Babel's locale with its data taken from the extract instead of Babel's locale file."""

        def __init__(self, code: str, extract: dict[str, Any]):
            super().__init__(code)
            self._extract = {
                "default_numbering_system": extract["default_numbering_system"],
                "number_symbols": extract["number_symbols"],
                "decimal_formats": {None: parse_pattern(extract["decimal_format"])},
                "currency_formats": {"standard": parse_pattern(extract["currency_format"])},
                "percent_formats": {None: parse_pattern(extract["percent_format"])},
                "currency_symbols": extract["currency_symbols"],
                "plural_form": PluralRule(extract["plural_rules"]),
                "months": {"format": {"wide": {int(k): v for k, v in extract["months"].items()}}},
                "list_patterns": extract.get("list_patterns", {}),
                # Babel looks a currency's name up even for a pattern that shows only its symbol
                "currency_names": {}, "currency_names_plural": {},
            }

        @property
        def _data(self) -> dict[str, Any]:  # type: ignore[override]
            return self._extract

    return ExtractLocale


def _extract_locale(code: str, extract: dict[str, Any]) -> Locale:
    global _extract_class  # the class is built once, on first use (it needs Babel imported)
    if _extract_class is None:
        _extract_class = _extract_locale_class()
    return _extract_class(code, extract)  # type: ignore[arg-type]


_extract_class: type[Locale] | None = None


# -- keeping the compiled catalogues in step with their sources (needs Babel's message tools) ------------


def compile_catalogues(folder: Path | None = None) -> list[Path]:
    """Compile ``<lang>.mo`` for every language from the template (English) and ``<lang>.po``."""
    from babel.messages.catalog import Catalog
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    folder = folder or locale_dir()
    with open(folder / f"{DOMAIN}.pot", "rb") as fp:
        template = read_po(fp)
    written = []
    for lang in LANGUAGES:
        if lang == DEFAULT_LANGUAGE:
            # English is the template itself: every text is its own translation.
            catalog = Catalog(locale=lang, domain=DOMAIN, project=template.project, version=template.version,
                              creation_date=template.creation_date, revision_date=template.creation_date,
                              fuzzy=False)
            for message in template:
                if message.id:
                    catalog.add(message.id, message.id, context=message.context)
        else:
            with open(folder / f"{lang}.po", "rb") as fp:
                catalog = read_po(fp, locale=lang)
        target = folder / f"{lang}.mo"
        with open(target, "wb") as out:
            write_mo(out, catalog)
        extract = folder / f"{lang}.cldr.json"
        extract.write_text(json.dumps(cldr_extract(lang), ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                           encoding="utf-8")
        written += [target, extract]
    return written


def catalogue_problems(folder: Path | None = None) -> list[str]:
    """Keys of the template a language's ``.po`` lacks or leaves untranslated, and keys it has in excess."""
    from babel.messages.pofile import read_po

    folder = folder or locale_dir()
    with open(folder / f"{DOMAIN}.pot", "rb") as fp:
        template = {m.context: m for m in read_po(fp) if m.id}
    problems = []
    for lang in LANGUAGES:
        if lang == DEFAULT_LANGUAGE:
            continue
        with open(folder / f"{lang}.po", "rb") as fp:
            found = {m.context: m for m in read_po(fp, locale=lang) if m.id}
        for key, message in template.items():
            theirs = found.get(key)
            strings = (theirs.string if isinstance(theirs.string, (list, tuple)) else [theirs.string]) \
                if theirs else []
            if not theirs or not all(strings) or theirs.fuzzy:
                problems.append(f"{lang}.po: '{key}' has no translation")
            elif isinstance(message.id, (list, tuple)) != isinstance(theirs.id, (list, tuple)):
                problems.append(f"{lang}.po: '{key}' is plural in one file and not in the other")
        problems += [f"{lang}.po: '{key}' is not in the template" for key in found if key not in template]
        for key, message in found.items():
            texts = [t for part in (message.id, message.string)
                     for t in ([part] if isinstance(part, str) else list(part or ()))]
            problems += [f"{lang}.po: '{key}': {problem}" for text in texts for problem in template_problems(text)]
    return problems


if __name__ == "__main__":  # pragma: no cover
    for path in compile_catalogues():
        print(f"compiled {path}")
