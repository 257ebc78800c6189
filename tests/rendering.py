"""One answers file rendered by every shell (the CLI's text, ``explain``, the JSON
result, the PDF), the inputs the rendering tests share, and the checks of the
words a reader sees.

The renderings of a file are made once per test session: the consistency test
and the text test read the same outputs."""

from __future__ import annotations

import contextlib
import io
import json
import math
import re
import tempfile
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from pypdf import PdfReader

from readiness_app import cli
from readiness_app.core.answers import DONT_KNOW
from tests.helpers import ALL_SIGNALS, CALM, EXAMPLES, ROOT, answers

LANGS = ("en", "fr")
_OUT = Path(tempfile.mkdtemp(prefix="renderings-"))


# -- the inputs -------------------------------------------------------------

def _yaml_answers(path: Path) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))["answers"]


def _write_answers(name: str, values: dict[str, Any]) -> Path:
    path = _OUT / f"{name}.yaml"
    path.write_text(yaml.safe_dump({"questionnaire": "mlops-readiness", "answers": values}, allow_unicode=True),
                    encoding="utf-8")
    return path


def _workshop_with_a_disagreement() -> Path:
    """A client file where two respondents disagree on whether a production model can be
    recreated and nobody settled it: the agreed answer is "don't know"."""
    from readiness_app.core.document import new_document, save_document
    from readiness_app.core.ruleset import load_ruleset
    from readiness_app.core.workshop import add_respondent, set_respondent_answer

    base = _yaml_answers(EXAMPLES / "industrial-germany.yaml")
    doc = new_document(load_ruleset())
    doc, cto = add_respondent(doc, "Jana Vogel", "CTO", answers=base)
    doc, lead = add_respondent(doc, "Tobias Brandt", "Data lead", answers=base)
    doc = set_respondent_answer(doc, cto.id, "reproducibility", "yes")
    doc = set_respondent_answer(doc, lead.id, "reproducibility", "no")
    doc = set_respondent_answer(doc, cto.id, "degradation_incidents_12m", 0)
    doc = set_respondent_answer(doc, lead.id, "degradation_incidents_12m", 3)
    path = _OUT / "workshop-disagreement.json"
    save_document(doc, path)
    return path


def _generated() -> dict[str, Path]:
    """Answer sets the examples do not cover: "don't know" answers, and counts of one and two
    that put every template in the singular and the plural."""
    germany = _yaml_answers(EXAMPLES / "industrial-germany.yaml")
    scaleup = _yaml_answers(EXAMPLES / "scaleup-all-signals.yaml")
    sets = {
        # two of the three signals present hang on answers nobody knows: the decision is provisional
        "dont-know-decision": {**germany, "degradation_incidents_12m": DONT_KNOW, "reproducibility": DONT_KNOW},
        # a mandate item nobody can vouch for
        "dont-know-sponsor": {**scaleup, "executive_sponsor": DONT_KNOW},
        "dont-know-numbers": {**scaleup, "infra_time_share": DONT_KNOW, "ml_practitioners": DONT_KNOW,
                              "retraining_hours_per_month": DONT_KNOW},
        # one of everything: every count in the singular, one mandate item missing
        "one-of-each": answers(ALL_SIGNALS, models_in_production=1, critical_models=1, teams_consuming_models=1,
                               degradation_incidents_12m=1, retraining_hours_per_month=1, ml_practitioners=1,
                               existing_mlops_engineers=1, executive_sponsor=False),
        # two of everything, an approved budget missing only
        "two-of-each": answers(ALL_SIGNALS, models_in_production=2, critical_models=2, teams_consuming_models=2,
                               degradation_incidents_12m=2, retraining_hours_per_month=2, ml_practitioners=2,
                               existing_mlops_engineers=2, budget_approved=False, budget_ceiling=60000,
                               ml_practitioner_yearly_cost=90000),
        "calm": answers(CALM),
        "nothing-in-production": answers(CALM, models_in_production=0, critical_models=0),
    }
    return {name: _write_answers(name, values) for name, values in sets.items()}


@cache
def inputs() -> dict[str, Path]:
    """Every example, the generated answer sets and a workshop with an unsettled disagreement, by name."""
    found = {p.name: p for p in sorted(EXAMPLES.iterdir()) if p.suffix in (".yaml", ".yml", ".json")}
    found.update({f"{name}.yaml": path for name, path in _generated().items()})
    found["workshop-disagreement.json"] = _workshop_with_a_disagreement()
    return found


INPUT_NAMES = sorted(p.name for p in EXAMPLES.iterdir() if p.suffix in (".yaml", ".yml", ".json")) + [
    "dont-know-decision.yaml", "dont-know-sponsor.yaml", "dont-know-numbers.yaml", "one-of-each.yaml",
    "two-of-each.yaml", "calm.yaml", "nothing-in-production.yaml", "workshop-disagreement.json"]

# what the consistency test renders: the examples, the "don't know" sets and the workshop in dispute
CONSISTENCY_NAMES = [n for n in INPUT_NAMES if n not in ("one-of-each.yaml", "two-of-each.yaml", "calm.yaml",
                                                         "nothing-in-production.yaml", "dont-know-numbers.yaml")]


def user_strings(path: Path) -> list[str]:
    """What the user typed into the file (names, notes, free text): it is shown as given, in any language."""
    data = json.loads(path.read_text(encoding="utf-8")) if path.suffix == ".json" else yaml.safe_load(
        path.read_text(encoding="utf-8"))
    out: list[str] = []

    def walk(value: Any, key: str = "") -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                walk(v, k)
        elif isinstance(value, list):
            for v in value:
                walk(v, key)
        elif isinstance(value, str) and key in ("company_name", "name", "role", "note", "label", "prepared_by",
                                                  "prepared_for", "imported_from") and value.strip():
            out.append(value.strip())

    walk(data)
    for notes in (data.get("notes") or {}).values() if isinstance(data, dict) else ():
        if isinstance(notes, str) and notes.strip():
            out.append(notes.strip())
    return out


# -- the renderings ---------------------------------------------------------

APPENDIX_TITLE = {"en": "Appendix", "fr": "Annexe"}


@dataclass
class PdfPage:
    number: int
    body: str  # the text before the appendix
    appendix: str = ""


@dataclass
class Rendered:
    name: str
    lang: str
    cli: str
    explain: str
    result: dict[str, Any]
    pdf: list[PdfPage] = field(default_factory=list)
    exit_codes: tuple[int, int] = (0, 0)
    errors: str = ""


def _run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(argv)
    return code, out.getvalue(), err.getvalue()


@cache
def render(name: str, lang: str) -> Rendered:
    """``assess`` (text, ``--json``, ``--pdf``) and ``explain`` of one input in one language."""
    path = inputs()[name]
    stem = f"{Path(name).stem}-{lang}"
    out_json, out_pdf = _OUT / f"{stem}.result.json", _OUT / f"{stem}.pdf"
    code, text, err = _run(["assess", str(path), "--lang", lang, "--json", str(out_json), "--pdf", str(out_pdf)])
    code2, explained, err2 = _run(["explain", str(path), "--lang", lang])
    assert code == 0 and code2 == 0, f"{name} ({lang}): assess exited {code}, explain {code2}: {err}{err2}"
    result = json.loads(out_json.read_text(encoding="utf-8"))
    return Rendered(name, lang, text, explained, result, pdf_pages(out_pdf, lang), (code, code2), err + err2)


def _matrix(m: list[float], n: list[float]) -> list[float]:
    return [m[0] * n[0] + m[1] * n[2], m[0] * n[1] + m[1] * n[3], m[2] * n[0] + m[3] * n[2],
            m[2] * n[1] + m[3] * n[3], m[4] * n[0] + m[5] * n[2] + n[4], m[4] * n[1] + m[5] * n[3] + n[5]]


_MARK = re.compile(r"[\d,\s]+")


def _page_text(page) -> str:
    """The text of a page with the superscript reference marks left out (a reader sees them as
    small raised numbers, the text extraction glues them to the word before)."""
    parts: list[tuple[float, float, str]] = []

    def visit(text, cm, tm, _font, size) -> None:
        if text:
            m = _matrix(list(tm), list(cm))
            parts.append((size * math.hypot(m[2], m[3]), m[5], text))

    page.extract_text(visitor_text=visit)
    out: list[str] = []
    prev: tuple[float, float, str] | None = None
    for size, y, text in parts:
        if (prev is not None and _MARK.fullmatch(text) and text.strip() and size < prev[0] * 0.9
                and not prev[2].endswith("\n")):
            out.append("\n" if text.endswith("\n") else "")
            continue
        if prev is not None and not prev[2].endswith("\n") and abs(y - prev[1]) > 1.5:
            out.append("\n")
        out.append(text)
        if text.strip():
            prev = (size, y, text)
    return "".join(out).replace("\x7f", "•")


def pdf_pages(path: Path, lang: str) -> list[PdfPage]:
    pages: list[PdfPage] = []
    in_appendix = False
    title = APPENDIX_TITLE[lang]
    for number, page in enumerate(PdfReader(path).pages, 1):
        text = _page_text(page)
        if in_appendix:
            pages.append(PdfPage(number, "", text))
            continue
        lines = text.split("\n")
        at = next((i for i, line in enumerate(lines) if line.strip() == title), None)
        if at is None:
            pages.append(PdfPage(number, text))
        else:
            in_appendix = True
            pages.append(PdfPage(number, "\n".join(lines[:at]), "\n".join(lines[at:])))
    return pages


# -- normalising ------------------------------------------------------------

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009\u2007]+")


def flat(text: str) -> str:
    """Whitespace of any kind (no-break, narrow no-break, line breaks) as one plain space."""
    return _SPACES.sub(" ", text).strip()


def fold(text: str) -> str:
    return flat(text).casefold().replace("’", "'")


# -- the facts every rendering must show --------------------------------------

@dataclass
class Facts:
    decision_label: str
    provisional: bool
    missing: list[str]  # titles of the missing mandate items
    in_place: list[str]
    band: tuple[str, str] | None  # formatted lower and upper figures
    weeks: tuple[int, int] | None  # None when no hire is advised
    fte: str | None  # the status quo's total, one decimal


PROVISIONAL_WORD = {"en": "provisional", "fr": "provisoire"}


def facts(result: dict[str, Any]) -> Facts:
    from readiness_app.core.text import format_money, format_number

    lang = result["language"]
    items = result["mandate"]["items"]
    missing_ids = set(result["mandate"]["missing"])
    budget = result["budget"]
    band = None
    # a "not yet" advises no band and no timeline: the renderings need not show them
    hiring = budget.get("recommended", True)
    if hiring and budget.get("base_min") is not None:
        band = (format_money(budget["base_min"], budget["currency"], lang),
                format_money(budget["base_max"], budget["currency"], lang))
    bc = result.get("business_case")
    weeks = result["time_to_hire_weeks"]
    return Facts(
        decision_label=result["decision_label"],
        provisional=bool(result["confidence"] and result["confidence"]["provisional"]),
        missing=[i["title"] for i in items if i["id"] in missing_ids],
        in_place=[i["title"] for i in items if i["id"] not in missing_ids],
        band=band,
        weeks=(weeks["min"], weeks["max"]) if hiring else None,
        fte=format_number(bc["total_fte"], lang, 1) if bc and bc.get("total_fte") is not None else None,
    )


MISSING_WORD = {"en": r"missing|still lacks", "fr": r"manque(?:nt)?|manquants?|manquantes?"}
IN_PLACE_WORD = {"en": "in place", "fr": "en place"}
_AND = {"en": r"(?:,\s*and\s+|,\s*|\s+and\s+)", "fr": r"(?:,\s*et\s+|,\s*|\s+et\s+)"}


def _money(symbol: str) -> str:
    return rf"(?:{re.escape(symbol)}\s?)?\d[\d,. ]*\d(?:\s?{re.escape(symbol)})?"


def band_problems(text: str, f: Facts, currency: str, lang: str) -> list[str]:
    """The band a rendering gives first is the result's band (other bands may follow: the table
    of every seniority, what would change it)."""
    if f.band is None:
        return []
    lo, hi = (flat(x) for x in f.band)
    symbol = re.sub(r"[\d\s,.]", "", lo) or currency
    money = _money(symbol)
    text = flat(text)
    ranges = [m for m in re.finditer(rf"({money})\s*(?:–|-|—|to|à)\s*({money})", text)
              if symbol in m.group(0)]
    if not ranges:
        return [f"budget: no band is shown (the result's is {lo} – {hi})"]
    first = ranges[0]
    if (flat(first.group(1)), flat(first.group(2))) != (lo, hi):
        return [f"budget: the first band shown is “{first.group(0)}”, the result's is {lo} – {hi}"]
    return []


def _listed(text: str, titles: list[str], lang: str) -> list[tuple[set[str], str]]:
    """Lists of mandate items a text calls missing ("missing: A, B", "A and B missing", "il manque : A
    et B"), each as the set of titles and the words that list them."""
    if not titles:
        return []
    t = "(?:" + "|".join(re.escape(x) for x in sorted(titles, key=len, reverse=True)) + ")"
    items = rf"{t}(?:{_AND[lang]}{t})*"
    word = MISSING_WORD[lang]
    found = []
    for pattern in (rf"(?:{word})\s*:?\s*({items})", rf"({items})\s*(?:is |are |sont |est )?(?:{word})\b"):
        for m in re.finditer(pattern, text):
            found.append(({x for x in titles if x in m.group(1)}, m.group(0)))
    return found


def mandate_problems(text: str, f: Facts, lang: str) -> list[str]:
    """The mandate items a text calls missing are the result's missing items, and none of them is
    shown as in place."""
    low = fold(text)
    titles = [fold(x) for x in f.missing + f.in_place]
    missing = {fold(x) for x in f.missing}
    problems = []
    listed = _listed(low, titles, lang)
    called = set().union(*(s for s, _ in listed)) if listed else set()
    for title in sorted(missing - called):
        problems.append(f"mandate: “{title}” is missing in the result, the text never calls it missing")
    for shown, words in listed:
        for title in sorted(shown - missing):
            problems.append(f"mandate: “{title}” is in place in the result, the text says “{words}”")
    place = IN_PLACE_WORD[lang]
    for title in sorted(missing):
        m = re.search(re.escape(title) + r"\W{0,4}" + place, low)
        if m:
            problems.append(f"mandate: “{title}” is missing in the result, the text says “{m.group(0)}”")
    return problems


def fact_problems(text: str, f: Facts, lang: str, currency: str = "EUR") -> list[str]:
    """What ``text`` (one whole rendering) fails to show, or shows otherwise, of the result's facts."""
    problems = []
    low = fold(text)
    if fold(f.decision_label) not in low:
        problems.append(f"decision: “{f.decision_label}” is not shown")
    word = PROVISIONAL_WORD[lang]
    if f.provisional and word not in low:
        problems.append(f"provisional: the decision is provisional but “{word}” is not shown")
    if not f.provisional and word in low:
        at = low.index(word)
        problems.append(f"provisional: the decision is firm but the text says “…{flat(text)[max(0, at - 60):at + 40]}…”")
    problems += mandate_problems(text, f, lang)
    problems += band_problems(text, f, currency, lang)
    if f.weeks is not None:
        a, b = f.weeks
        weeks = re.search(r"(?<![\d.,])(\d+)\s*(?:–|-|—|to|à)\s*(\d+)\s*(?:weeks|semaines)", flat(text))
        if weeks is None:
            problems.append(f"weeks: no weeks range is shown (the result's is {a} to {b} weeks)")
        elif (int(weeks.group(1)), int(weeks.group(2))) != (a, b):
            problems.append(f"weeks: the first range shown is “{weeks.group(0)}”, the result's is {a} to {b} weeks")
    if f.fte is not None and not re.search(rf"(?<![\d.,]){re.escape(f.fte)}(?![\d])", flat(text)):
        problems.append(f"business case: the total of {f.fte} FTE is not shown")
    return problems


# -- the words ----------------------------------------------------------------

@cache
def rule_ids() -> frozenset[str]:
    """Every id of assets/rules.yaml that cannot be an ordinary word (it has an underscore)."""
    data = yaml.safe_load((ROOT / "assets" / "rules.yaml").read_text(encoding="utf-8"))
    ids: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            if isinstance(value.get("id"), str):
                ids.add(value["id"])
            for k, v in value.items():
                if "_" in str(k) and isinstance(v, (dict, list)):
                    ids.add(str(k))
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    walk(data)
    return frozenset(i for i in ids if "_" in i)


RULE_REF = re.compile(r"\b(?:decision|signals?|seniority|profile|mandate|advice|budget|salary_bands|time_to_hire|"
                      r"business_case|areas|score|sensitivity|background|focus_areas|tooling|must_have|"
                      r"interview_checks|soft_skills|total_comp_notes|ceiling_advice|stretchers)\.[A-Za-z_][\w.]*")

EN_IN_FR = re.compile(r"\b(?i:the|and|of|is|are|with|to|your|this|that|which|when|would|could|should|from|"
                      r"there|their|they|has|have|was|were|weeks|hours|months|missing|strength|yearly|written|"
                      r"present|not|answers?|rules?)\b|\b(?:Decision|Signals|Profile|Focus|Hiring|Why|Confidence|Mandate|"
                      r"Assumptions|Business case|FTE)\b|\bBudget:")

FILE_NAME = re.compile(r"[\w./-]+\.(?:yaml|yml|json|pdf|txt)\b")
PLURAL_S = re.compile(r"[A-Za-zÀ-ÿ]\((?:s|es|x|e)\)")
DOUBLED_WORD = re.compile(r"\b([^\W\d_]{2,})[ \t\u00a0\u202f\u2009]+\1\b", re.IGNORECASE)  # on one line
BRACKETS = re.compile(r"\(([^()]+)\)\s*\(([^()]+)\)")
UNKNOWN_GLUED = re.compile(r"(?:not answered|don't know|sans réponse|ne sait pas|je ne sais pas|unknown)\s*%")
EN_NUMBER = re.compile(r"(?<![\d.,/])\d+\.\d+(?![\d.,/])")

EN_NOUNS = ("models|incidents|signals|weeks|hours|engineers|answers|items|inputs|teams|scientists|practitioners|"
            "reasons|months|years|respondents|questions|snapshots|visits|decisions|changes|pipelines|figures")
EN_NOUN = ("model|incident|signal|week|hour|engineer|answer|item|input|team|reason|month|year|respondent|question|"
           "snapshot|visit|change|pipeline")
FR_NOUNS = ("modèles|incidents|signaux|semaines|heures|ingénieurs|réponses|éléments|équipes|praticiens|raisons|"
            "années|répondants|questions|instantanés|visites|décisions|changements|pipelines|équivalents|critiques")
FR_NOUN = ("modèle|incident|signal|semaine|heure|ingénieur|réponse|élément|équipe|praticien|raison|année|"
           "répondant|question|visite|changement")

AGREEMENT = {
    "en": [
        (re.compile(r"\b1 of (?:the )?\d+ (?:[\w-]+ )*?\w+s are\b"), "one of several … are"),
        (re.compile(r"(?<![\d.,])(?:[2-9]|[1-9]\d+) of (?:the )?\d+ (?:[\w-]+ )*?\w+s is\b"), "several of … is"),
        (re.compile(r"\b\w+ and (?:[\w-]+ ){0,4}?is missing\b"), "two things … is missing"),
        (re.compile(r"(?<!of )(?<!of the )(?<![\d.,])(?:[2-9]|[1-9]\d+) (?:[a-z-]+ )?"
                    r"(?:items|answers|inputs|signals|models|incidents) (?:is|was|has)\b"), "a plural count with “is”"),
        (re.compile(rf"(?<![\d.,])1 (?:[a-z-]+ )?(?:{EN_NOUNS})\b"), "1 with a plural noun"),
        (re.compile(rf"(?<![\d.,])(?:[02-9]|[1-9]\d+) (?:(?!a |an |per |each )[a-z-]+ )?(?:{EN_NOUN})\b(?![-’'])"),
         "a count other than 1 with a singular noun"),
    ],
    "fr": [
        (re.compile(r"\b1 des \d+ (?:[\w-]+ )*?\w+ sont\b"), "1 des … sont"),
        (re.compile(rf"(?<![\d.,])[01](?:,\d+)? (?:[a-zé-]+ )?(?:{FR_NOUNS})\b"),
         "0 ou 1 (ou 1,x) avec un nom au pluriel"),
        (re.compile(rf"(?<![\d.,])(?:[2-9]|[1-9]\d+) (?:(?!par |un |une |chaque |de |d’)[a-zé-]+ )?(?:{FR_NOUN})\b(?![-’'])"),
         "2 ou plus avec un nom au singulier"),
    ],
}


def _drop_quotes(text: str) -> str:
    """Quoted passages left out (the sources are quoted in their own language); a quote that a page
    break cut is left out up to the break, or from its start."""
    opening = min((text.find(c) for c in "“«" if c in text), default=len(text))
    closing = min((text.find(c) for c in "”»" if c in text), default=len(text))
    if closing < opening:
        text = " … " + text[closing + 1:]
    text = re.sub(r"“[^”]*(?:”|$)", " … ", text)
    return re.sub(r"«[^»]*(?:»|$)", " … ", text)


def sentences(text: str) -> list[str]:
    flat_text = flat(text)
    parts = re.split(r"(?<=[.!?])\s+(?=[\"“«(]?[A-ZÀ-Ý0-9])|\s+•\s+|\s+-\s+(?=[A-ZÀ-Ý])", flat_text)
    return [p.strip() for p in parts if p.strip()]


@dataclass
class Where:
    renderer: str
    lang: str
    name: str
    part: str = ""

    def __str__(self) -> str:
        return f"[{self.renderer} · {self.lang} · {self.name}{' · ' + self.part if self.part else ''}]"


def _context(text: str, m: re.Match, width: int = 70) -> str:
    start, end = max(0, m.start() - width), min(len(text), m.end() + width)
    return ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")


@dataclass
class Exempt:
    """Text a rendering may show in another language or with ids: what the user typed, the
    sources' titles, product names."""

    strings: list[str]

    def strip(self, text: str) -> str:
        for s in sorted(self.strings, key=len, reverse=True):
            if s:  # where it stands as typed, not inside a word (a one-letter name is not every 'u')
                text = re.sub(rf"(?<!\w){re.escape(s)}(?!\w)", " … ", text)
        return text


def exempt_for(result: dict[str, Any], path: Path | None) -> Exempt:
    strings = list(user_strings(path)) if path is not None else []
    for src in result.get("sources", []):
        strings += [src.get("title") or "", src.get("publisher") or ""]
        strings.append(f"{src.get('publisher')} {src.get('year')}")
    budget = result.get("budget") or {}
    if budget.get("source"):
        strings.append(budget["source"])
    profile = result.get("profile") or {}
    for f in profile.get("focus_areas", []):
        strings += f.get("tooling", [])
    for t in profile.get("tooling", []):
        strings += t.get("tools", [])
    return Exempt([flat(s) for s in strings if s])


def word_problems(text: str, where: Where, *, result: dict[str, Any], exempt: Exempt, ids_allowed: bool = False,
                  repeats: bool = False) -> list[str]:
    """Every problem a reader would see in ``text``, one line each, saying where and quoting it."""
    lang = where.lang
    problems: list[str] = []
    body = exempt.strip(flat(text))

    def say(kind: str, found: str) -> None:
        problems.append(f"{where} {kind}: {found!r}")

    for m in PLURAL_S.finditer(body):
        say("“(s)” plural", _context(body, m))
    # a heading and the sentence under it, or two cells of a table, may start with the same word:
    # a doubled word is looked for within one line
    lines = exempt.strip(re.sub(r"[ \t\u00a0\u202f\u2009]+", " ", text))
    for m in DOUBLED_WORD.finditer(lines):
        if m.group(1).lower() not in ("nous", "vous"):
            say("doubled word", _context(lines, m).replace("\n", " ⏎ "))
    whole = flat(text)  # a source's title and the year after it: both the renderer's doing
    for m in BRACKETS.finditer(whole):
        a, b = m.group(1).strip().casefold(), m.group(2).strip().casefold()
        if a == b or a in b or b in a:
            say("doubled bracket group", _context(whole, m))
    for m in UNKNOWN_GLUED.finditer(body):
        say("unknown answer glued to a unit", _context(body, m))
    unquoted = flat(FILE_NAME.sub(" … ", _drop_quotes(body)))
    for pattern, rule in AGREEMENT[lang]:
        for m in pattern.finditer(unquoted):
            say(f"singular/plural ({rule})", _context(unquoted, m))
    if lang == "fr":
        for m in EN_IN_FR.finditer(unquoted):
            say(f"English in French output (“{m.group(0)}”)", _context(unquoted, m))
        versions = {str(result.get("questionnaire", {}).get("version")),
                    str(result.get("questionnaire", {}).get("rules_version"))}
        for m in EN_NUMBER.finditer(unquoted):
            if m.group(0) not in versions:
                say(f"English number format in French output (“{m.group(0)}”)", _context(unquoted, m))
    if not ids_allowed:
        ids = rule_ids() | {r for r in _all_values(result, "rule") if isinstance(r, str) and re.search(r"[._]", r)}
        for m in RULE_REF.finditer(body):
            say("rule id outside the appendix", _context(body, m))
        for m in _ids_pattern(frozenset(ids)).finditer(body):
            say(f"rule id outside the appendix (“{m.group(0)}”)", _context(body, m))
        for m in re.finditer(r"\b(?:strength|force|intensité)\s*:?\s*\d+[.,]\d+", body, re.IGNORECASE):
            say("strength decimal outside the appendix", _context(body, m))
        shown = {}
        for value in sorted(strength_figures(result)):
            m = re.search(rf"(?<![\d.,]){re.escape(value)}(?![\d])(?!\s*(?:FTE|ETP))", body)
            if m:
                shown[value] = _context(body, m)
        if shown:  # one line for all of them: the first one's words say where
            say(f"strength decimals outside the appendix ({', '.join(shown)})", next(iter(shown.values())))
    if repeats:
        seen: dict[str, int] = {}
        for s in sentences(_drop_quotes(body)):
            if len(s.split()) >= 5:
                seen[s] = seen.get(s, 0) + 1
        for s, n in seen.items():
            if n > 1:
                say(f"sentence repeated {n} times", s)
    return problems


@cache
def _ids_pattern(ids: frozenset[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(i) for i in sorted(ids, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{alternatives})(?![\w])")


def _all_values(value: Any, key: str) -> list[Any]:
    out: list[Any] = []
    if isinstance(value, dict):
        for k, v in value.items():
            if k == key:
                out.append(v)
            out += _all_values(v, key)
    elif isinstance(value, list):
        for v in value:
            out += _all_values(v, key)
    return out


def strength_figures(result: dict[str, Any]) -> set[str]:
    """The signals' strengths as a reader would see them (two decimals, the language's own
    separator), less any figure the result shows for another reason (an FTE, a share)."""
    lang = result["language"]

    def shown(x: float) -> str:
        s = f"{x:.2f}"
        return s.replace(".", ",") if lang == "fr" else s

    strengths = {shown(s["strength"]) for s in result["signals"] if 0 < s["strength"] < 1}
    # every figure of the business case (FTEs, assumptions such as a share of 0.50) is shown as itself
    others = {shown(x) for x in _numbers(result.get("business_case"))}
    return strengths - others


def _numbers(value: Any) -> list[float]:
    if isinstance(value, dict):
        return [x for v in value.values() for x in _numbers(v)]
    if isinstance(value, list):
        return [x for v in value for x in _numbers(v)]
    return [float(value)] if isinstance(value, (int, float)) and not isinstance(value, bool) else []


SENTENCE_FIELDS = ("text", "headline", "evidence", "sentence", "formula", "action", "reason", "not_counted")


def json_sentences(result: dict[str, Any]) -> list[tuple[str, str]]:
    """(path, sentence) for every field of the JSON result a shell shows as a sentence."""
    out: list[tuple[str, str]] = []

    def walk(value: Any, path: str, key: str = "") -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                walk(v, f"{path}.{k}", k)
        elif isinstance(value, list):
            for i, v in enumerate(value):
                walk(v, f"{path}[{i}]", key)
        elif isinstance(value, str) and key in SENTENCE_FIELDS:
            out.append((path.lstrip("."), value))

    walk(result, "")
    return out


def report(problems: list[str]) -> str:
    return f"what a reader would see ({len(problems)}):\n  " + "\n  ".join(problems)
