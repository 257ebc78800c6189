"""The source documents the rules quote, and what counts as quoting them word for word.

A passage is verbatim when it occurs in its document's text once both are normalised the same way:
runs of whitespace, the kind of quotation mark or apostrophe (a quote within a quote takes the other
kind), the kind of dash or hyphen, and the case of the passage's first letter (a quote may start
mid-sentence). Nothing else: a dropped word, an added clause or a changed ending is not a quote."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# The documents sit outside the repository (../shared/sources beside the clone, as on CI).
SOURCES = ROOT.parent / "shared" / "sources"

_QUOTES = str.maketrans({c: '"' for c in "'\"‘’‚‛“”„‟′″«»"})
_DASHES = str.maketrans({c: "-" for c in "‐‑‒–—―−"})
_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    return _SPACE.sub(" ", text.translate(_QUOTES).translate(_DASHES)).strip()


def unwrapped(text: str) -> str:
    """Text as a renderer laid it out, lines joined again: a line that ends on a word's hyphen was
    broken there, so the next line's word follows it directly."""
    return _SPACE.sub(" ", re.sub(r"(?<=\w)-\s*\n\s*(?=\w)", "-", text))


def needs_sources() -> Path:
    """The sources folder; the calling test is skipped, saying why, when it is not there."""
    if not SOURCES.is_dir():
        pytest.skip(f"the source documents are not available (no folder {SOURCES}); "
                    "the quotes cannot be checked against them")
    return SOURCES


@cache
def documents() -> dict[str, str]:
    """Normalised text of each document the rules cite, by document id (its file named in the rules)."""
    from readiness_app.core import load_ruleset

    folder = needs_sources()
    texts = {}
    for doc in load_ruleset().rules.documents:
        assert doc.file, f"document {doc.id} names no file in the rules"
        path = folder / doc.file
        assert path.is_file(), f"document {doc.id}: {path} is missing"
        texts[doc.id] = normalise(path.read_text(encoding="utf-8"))
    return texts


def is_verbatim(passage: str, document: str | None = None) -> bool:
    """``passage`` occurs word for word in ``document`` (any cited document when None)."""
    text = normalise(passage)
    if not text:
        return False
    variants = {text, text[0].lower() + text[1:], text[0].upper() + text[1:]}
    texts = [documents()[document]] if document else list(documents().values())
    return any(v in doc for v in variants for doc in texts)


# Text between a pair of quotation marks, as the renderers print a quote (English and French marks).
_QUOTED = re.compile(r"“([^”]*)”|« ?([^»]*?) ?»|\"([^\"]*)\"")


def quoted_spans(text: str) -> list[str]:
    """Every span of ``text`` printed inside quotation marks, with its whitespace normalised."""
    return [_SPACE.sub(" ", next(g for g in m.groups() if g is not None)).strip()
            for m in _QUOTED.finditer(text)]


def misquoted(text: str, sources: list[tuple[str, str | None]]) -> list[str]:
    """The spans of ``text`` printed in quotation marks that come from the sources, given as
    (passage, summary) pairs, yet are not word for word in a document: a summary, or a passage
    that is not verbatim. A quoted span comes from the sources when it holds a passage or a summary,
    or is a part of one (a quote cut short)."""
    cited = [normalise(t) for pair in sources for t in pair if t]
    bad = []
    for span in quoted_spans(text):
        s = normalise(span)
        if len(s.split()) < 3 or not any(c in s or s in c for c in cited):
            continue
        if not is_verbatim(s):
            bad.append(span)
    return bad


def summaries_quoted(text: str, summaries: list[str]) -> list[str]:
    """The summaries that ``text`` prints inside quotation marks."""
    spans = [normalise(span) for span in quoted_spans(text)]
    return [s for s in summaries if any(normalise(s) in span for span in spans)]
