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
from pathlib import Path

from .text import DEFAULT_LANGUAGE, LANGUAGES, language_of, template_problems

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
        written.append(target)
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
