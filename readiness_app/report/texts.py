"""Every sentence, heading and label the report writes itself, in the result's language.

The texts live in the gettext catalogue under ``report.<key>`` (``assets/locale``; see
``core/catalogue.py``); the texts that come from the engine and the data files are already in the
result's language. A language that lacks a text reads English. Templates take their values by name;
the values are escaped by the caller, the markup in a template is the report's own. French uses a
no-break space before ``: ; ? !`` and inside guillemets."""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from ..core import catalogue
from ..core.text import fill, format_date, language_of, lower_first, shown_counts


class Texts:
    """The report's own texts in one language: ``t(key, **values)``."""

    def __init__(self, lang: str | None):
        self.lang = language_of(lang)

    def __call__(self, key: str, /, **values: object) -> str:
        template = catalogue.text(f"report.{key}", self.lang)
        return template.format(**values) if values else template

    def plural(self, key: str, n: int, /, **values: object) -> str:
        """The form that agrees with ``n`` (the language's CLDR rule: French counts 0 and 1 as singular)."""
        return catalogue.plural(f"report.{key}", n, self.lang).format(n=n, **values)

    def counted(self, key: str, /, decimals: int | None = None, **counts: float) -> str:
        """A text whose nouns agree with counts, fractions included, through plural blocks (CLDR rule);
        each count shown as the language writes it, with ``decimals`` when given."""
        shown, read = shown_counts(counts, self.lang, decimals)
        return fill(catalogue.text(f"report.{key}", self.lang), shown, self.lang, read)

    def join(self, items: Sequence[str], last: str = "and") -> str:
        """'a, b and c'."""
        items = [i for i in items if i]
        if len(items) < 2:
            return "".join(items)
        return self("list_sep").join(items[:-1]) + self(last) + items[-1]

    def date(self, day: datetime.date) -> str:
        """'9 June 2026', '1er juin 2026'."""
        return format_date(day, self.lang)


def lower_level(title: str) -> str:
    """'Senior' -> 'senior' inside a sentence; 'ML lead' stays as it is."""
    return lower_first(title)
