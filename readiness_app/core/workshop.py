"""A workshop: several respondents for one client, the questions they disagree
on (ordered by how much the disagreement moves the recommendation), the answers
the group settles, and dated snapshots to compare visits.

Respondents' own answers are never written here except when a respondent is
added or imported; settling and snapshots only add to the document."""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, cast

from .answers import DONT_KNOW
from .document import AssessmentDocument, Respondent, Settlement, Snapshot, SnapshotSummary, now
from .engine import assess, display_value
from .errors import AnswersError, Problem
from .limits import MAX_NUMBER
from .phrases import phrase
from .questionnaire import Question
from .result import Decision, Result
from .ruleset import Ruleset
from .text import format_money_range


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, list) and isinstance(b, list):
        return sorted(a) == sorted(b)
    return bool(a == b)


def agreed_answers(doc: AssessmentDocument) -> dict[str, Any]:
    """What the recommendation uses: the answers everyone gave alike, the settled
    ones, and "don't know" where respondents differ and nothing is settled."""
    if not doc.respondents:
        return dict(doc.answers)
    out: dict[str, Any] = {}
    qids = dict.fromkeys(q for r in doc.respondents for q in r.answers)
    for qid in list(qids) + [q for q in doc.settled if q not in qids]:
        if qid in doc.settled:
            out[qid] = doc.settled[qid].value
            continue
        given = [r.answers[qid] for r in doc.respondents if r.answers.get(qid) is not None]
        if not given:
            continue
        known = [v for v in given if v != DONT_KNOW]
        if not known:
            out[qid] = DONT_KNOW
        elif all(_same(v, known[0]) for v in known):
            out[qid] = known[0]
        else:
            out[qid] = DONT_KNOW
    return out


def with_agreed(doc: AssessmentDocument) -> AssessmentDocument:
    """The document with its ``answers`` set to the agreed answers."""
    if not doc.respondents:
        return doc
    return doc.model_copy(update={"answers": agreed_answers(doc)})


def _new_id(doc: AssessmentDocument, name: str) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:30] or "respondent"
    taken = {r.id for r in doc.respondents}
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def add_respondent(doc: AssessmentDocument, name: str, role: str = "", answers: dict[str, Any] | None = None,
                   imported_from: str = "") -> tuple[AssessmentDocument, Respondent]:
    """A new document with one more respondent. The first respondent of a
    document that already has answers starts from them (nothing is lost)."""
    if not name.strip():
        raise AnswersError(None, "a respondent needs a name")
    start = dict(answers) if answers is not None else ({} if doc.respondents else dict(doc.answers))
    person = Respondent(id=_new_id(doc, name), name=name.strip(), role=role.strip(), answers=start,
                        imported_from=imported_from)
    updated = doc.model_copy(update={"respondents": [*doc.respondents, person]})
    return with_agreed(updated), person


def import_respondent(doc: AssessmentDocument, ruleset: Ruleset, path: str | Path, name: str, role: str = "",
                      ) -> tuple[AssessmentDocument, Respondent]:
    """Add a respondent from an answers file or another saved assessment."""
    from .session import open_file

    path = Path(path)
    opened = open_file(path, ruleset)
    other, other_ruleset = opened.document, opened.ruleset
    if other_ruleset.questionnaire.id != ruleset.questionnaire.id:
        raise AnswersError(path, f"answers a different questionnaire ({other_ruleset.questionnaire.id})")
    return add_respondent(doc, name, role, agreed_answers(other), imported_from=path.name)


def set_respondent_answer(doc: AssessmentDocument, respondent_id: str, qid: str, value: Any) -> AssessmentDocument:
    """One respondent's answer; ``None`` removes it (unanswered, not a null)."""
    def answered(answers: dict[str, Any]) -> dict[str, Any]:
        rest = {k: v for k, v in answers.items() if k != qid}
        return rest if value is None else {**rest, qid: value}

    people = [r.model_copy(update={"answers": answered(r.answers)}) if r.id == respondent_id else r
              for r in doc.respondents]
    return with_agreed(doc.model_copy(update={"respondents": people}))


def settle(doc: AssessmentDocument, qid: str, value: Any, note: str = "") -> AssessmentDocument:
    """Record the group's answer (or DONT_KNOW) for a question; respondents keep theirs."""
    settled = {**doc.settled, qid: Settlement(value=value, note=note)}
    return with_agreed(doc.model_copy(update={"settled": settled}))


def unsettle(doc: AssessmentDocument, qid: str) -> AssessmentDocument:
    settled = {k: v for k, v in doc.settled.items() if k != qid}
    return with_agreed(doc.model_copy(update={"settled": settled}))


# -- disagreements ------------------------------------------------------------

@dataclass
class RespondentAnswer:
    respondent: str
    name: str
    role: str
    value: Any
    display: str
    decision: str
    decision_label: str
    seniority: str
    score: int


@dataclass
class Disagreement:
    question: str
    label: str
    section: str
    answers: list[RespondentAnswer]
    moves_decision: bool
    moves_seniority: bool
    score_spread: int
    settled: Settlement | None
    agreed_display: str
    text: str = ""
    decisions: list[str] = field(default_factory=list)


def disagreements(doc: AssessmentDocument, ruleset: Ruleset, lang: str = "en") -> list[Disagreement]:
    """Questions where respondents differ, the ones that move the decision first.

    Each respondent's answer is scored in place of the agreed one, all other
    agreed answers unchanged: the engine's own re-scoring says how much the
    disagreement matters."""
    q = ruleset.questionnaire
    agreed = agreed_answers(doc)
    out = []
    for qid, question in q.questions.items():
        given = [(r, r.answers[qid]) for r in doc.respondents if r.answers.get(qid) is not None]
        values = [v for _, v in given]
        if len(given) < 2 or all(_same(v, values[0]) for v in values):
            continue
        rows = []
        scored: dict[str, Result] = {}  # respondents often give the same answer: score each answer once
        for person, value in given:
            key = json.dumps(value, sort_keys=True, default=str)
            result = scored.get(key)
            if result is None:
                result = scored[key] = assess(ruleset, {**agreed, qid: value}, lang, decision_support=False)
            rows.append(RespondentAnswer(person.id, person.name, person.role, value, _show(question, value, lang),
                                         result.decision, result.decision_label, result.profile.seniority,
                                         result.score))
        decisions = sorted({r.decision for r in rows})
        scores = [r.score for r in rows]
        item = Disagreement(
            question=qid, label=_label(question, lang), section=q.section_of[qid], answers=rows,
            moves_decision=len(decisions) > 1, moves_seniority=len({r.seniority for r in rows}) > 1,
            score_spread=max(scores) - min(scores), settled=doc.settled.get(qid),
            agreed_display=_show(question, agreed.get(qid), lang), decisions=decisions,
        )
        item.text = "; ".join(f"{r.name}: {r.display}" for r in rows)
        out.append(item)
    out.sort(key=lambda d: (not d.moves_decision, not d.moves_seniority, -d.score_spread,
                            list(q.questions).index(d.question)))
    return out


def _label(question: Question, lang: str) -> str:
    from .text import pick

    return pick(question.short or question.label, lang)


def _show(question: Question, value: Any, lang: str) -> str:
    if value is None:
        return phrase("not_answered", lang)
    if value == DONT_KNOW:
        return phrase("dont_know", lang)
    return display_value(question, value, lang)


# -- snapshots and progress ---------------------------------------------------------

def summary_of(result: Result) -> SnapshotSummary:
    return SnapshotSummary(
        decision=result.decision, decision_label=result.decision_label, score=result.score,
        signals=[s.id for s in result.signals if s.present],
        signal_titles={s.id: s.title for s in result.signals},
        seniority=result.profile.seniority, seniority_title=result.profile.seniority_title,
        band_min=result.budget.base_min, band_max=result.budget.base_max, currency=result.budget.currency,
        market=result.budget.market, market_label=result.budget.market_label,
    )


def summary_problem(summary: SnapshotSummary, ruleset: Ruleset) -> str | None:
    """Why a stored snapshot summary cannot be shown as it is (a damaged or hand-edited file), or None.

    Its decision, seniority and signals must be ones the rules know, its score within 0 to 100 and its
    band two finite amounts, the lower first."""
    r = ruleset.rules
    decisions = list(r.decision.labels)
    levels = [lv.id for lv in r.profile.levels]
    if summary.decision not in decisions:
        return f"decision '{summary.decision}' is not one of {', '.join(decisions)}"
    if summary.seniority not in levels:
        return f"seniority '{summary.seniority}' is not one of {', '.join(levels)}"
    if not 0 <= summary.score <= 100:
        return f"score {summary.score} is not between 0 and 100"
    unknown = sorted(set(summary.signals) - {s.id for s in r.signals})
    if unknown:
        return f"signal '{unknown[0]}' is not one the rules define"
    low, high = summary.band_min, summary.band_max
    for amount in (low, high):
        if amount is not None and not (math.isfinite(amount) and 0 <= amount < MAX_NUMBER):
            return f"band amount {amount} is not a salary"
    if low is not None and high is not None and low > high:
        return f"band minimum {low:g} is above its maximum {high:g}"
    return None


def checked_snapshots(snapshots: list[Snapshot], ruleset: Ruleset, problems: list[Problem]) -> list[Snapshot]:
    """The snapshots with any summary that cannot be shown as stored (:func:`summary_problem`) scored
    again from the snapshot's own answers; a problem naming the snapshot when its answers cannot be."""
    from .answers import validate_answers

    out = []
    for i, snap in enumerate(snapshots):
        problem = summary_problem(snap.summary, ruleset)
        if problem is None:
            out.append(snap)
            continue
        try:
            result = assess(ruleset, validate_answers(ruleset.questionnaire, snap.answers), decision_support=False)
        except AnswersError:
            problems.append(Problem(f"snapshots[{i}].summary", f"{problem}, and the snapshot's answers are not "
                                    "complete enough to work it out again"))
            continue
        out.append(snap.model_copy(update={"summary": summary_of(result)}))
    return out


def take_snapshot(doc: AssessmentDocument, ruleset: Ruleset, label: str = "",
                  taken: datetime | None = None) -> AssessmentDocument:
    """Add a dated snapshot of the agreed answers and their result."""
    from .answers import validate_answers

    answers = agreed_answers(doc)
    result = assess(ruleset, validate_answers(ruleset.questionnaire, answers), doc.language,
                    decision_support=False)
    snap = Snapshot(taken=taken or now(), label=label, answers=answers, summary=summary_of(result))
    return doc.model_copy(update={"snapshots": [*doc.snapshots, snap]})


@dataclass
class Progress:
    """What changed between two assessments (an earlier visit and now)."""

    before: SnapshotSummary
    after: SnapshotSummary
    before_label: str
    after_label: str
    score_delta: int
    decision_changed: bool
    seniority_changed: bool
    band_changed: bool
    appeared: list[str]
    disappeared: list[str]
    lines: list[str]


def relabel(summary: SnapshotSummary, ruleset: Ruleset, lang: str) -> SnapshotSummary:
    """The summary with its decision, seniority and signal names in ``lang`` (stored ones are
    in the language of the day the snapshot was taken)."""
    from .text import pick

    r = ruleset.rules
    levels: dict[str, str] = {lv.id: pick(lv.title, lang) for lv in r.profile.levels}
    market = ruleset.bands.market(summary.market) if summary.market else None
    return summary.model_copy(update={
        "market_label": pick(market.label, lang) if market else summary.market_label,
        "decision_label": pick(r.decision.labels.get(cast(Decision, summary.decision)), lang) or summary.decision_label,
        "seniority_title": levels.get(summary.seniority, summary.seniority_title),
        "signal_titles": {s.id: pick(s.title, lang) for s in r.signals},
    })


def compare(before: SnapshotSummary, after: SnapshotSummary, before_label: str = "before",
            after_label: str = "now", lang: str = "en", ruleset: Ruleset | None = None) -> Progress:
    if ruleset is not None:
        before, after = relabel(before, ruleset, lang), relabel(after, ruleset, lang)
    titles = {**before.signal_titles, **after.signal_titles}
    appeared = [s for s in after.signals if s not in before.signals]
    disappeared = [s for s in before.signals if s not in after.signals]
    def band(summary: SnapshotSummary) -> str:
        return format_money_range(summary.band_min, summary.band_max, summary.currency, lang)

    lines = [phrase("cmp_score", lang, before=before.score, after=after.score,
                    delta=f"{after.score - before.score:+d}") if after.score != before.score
             else phrase("cmp_score_same", lang, score=after.score)]
    if before.decision != after.decision:
        lines.append(phrase("cmp_decision", lang, before=before.decision_label, after=after.decision_label))
    else:
        lines.append(phrase("cmp_decision_same", lang, decision=after.decision_label))
    if appeared:
        lines.append(phrase("cmp_appeared", lang, signals=", ".join(titles.get(i, i) for i in appeared)))
    if disappeared:
        lines.append(phrase("cmp_disappeared", lang, signals=", ".join(titles.get(i, i) for i in disappeared)))
    if before.seniority != after.seniority:
        lines.append(phrase("cmp_seniority", lang, before=before.seniority_title, after=after.seniority_title))
    if before.market and after.market and before.market != after.market:
        names = {"before": before.market_label or before.market, "after": after.market_label or after.market}
        lines.append(phrase("cmp_market_currency", lang, currency=after.currency, **names)
                     if before.currency != after.currency else phrase("cmp_market", lang, **names))
    if (before.band_min, before.band_max) != (after.band_min, after.band_max):
        lines.append(phrase("cmp_band", lang, before=band(before), after=band(after)))
    return Progress(before, after, before_label, after_label, after.score - before.score,
                    before.decision != after.decision, before.seniority != after.seniority,
                    (before.band_min, before.band_max) != (after.band_min, after.band_max),
                    appeared, disappeared, lines)


def since_last_snapshot(doc: AssessmentDocument, current: Result, ruleset: Ruleset | None = None) -> Progress | None:
    """The change from the latest snapshot to the current result, if there is one."""
    if not doc.snapshots:
        return None
    last = doc.snapshots[-1]
    label = last.label or last.taken.date().isoformat()
    now_label = "maintenant" if current.language.startswith("fr") else "now"
    return compare(last.summary, summary_of(current), label, now_label, current.language, ruleset)


@dataclass
class WorkshopSummary:
    """What the report says about a workshop: who answered, what they disputed
    and how it was settled, and what moved since the last visit."""

    respondents: list[tuple[str, str]]  # (name, role)
    disagreements: list[Disagreement]
    progress: Progress | None
    snapshots: list[tuple[str, str]]  # (date, label) of every visit kept


def workshop_summary(doc: AssessmentDocument, ruleset: Ruleset, result: Result) -> WorkshopSummary | None:
    """None for a plain assessment (one respondent, no visits kept)."""
    if not doc.respondents and not doc.snapshots:
        return None
    return WorkshopSummary(
        respondents=[(r.name, r.role) for r in doc.respondents],
        disagreements=disagreements(doc, ruleset, result.language) if len(doc.respondents) > 1 else [],
        progress=since_last_snapshot(doc, result, ruleset),
        snapshots=[(s.taken.date().isoformat(), s.label) for s in doc.snapshots],
    )
