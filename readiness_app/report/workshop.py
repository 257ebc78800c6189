"""Sections 6 and 7, for a workshop: the questions the respondents answered
differently, with every answer and the one the group settled, and what changed
since the previous visit. Also the short forms the cover and the summary use.

Everything here comes from ``core.workshop.workshop_summary``; the report only
lays it out."""

from __future__ import annotations

import datetime
from collections import deque
from typing import TYPE_CHECKING, Any

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table, TableStyle

from ..core.phrases import phrase
from ..core.text import format_money_range
from .appendix import note_pieces
from .base import RendererBase
from .styles import BRAND, DECISION_COLOURS, MUTED, RULE, WARN, WARN_BG, Paragraph, colour_hex, esc, grid_style

if TYPE_CHECKING:
    from ..core.workshop import Disagreement, Progress, RespondentAnswer, WorkshopSummary

_MAX_COLUMNS = 4  # respondents side by side; more share one column


def _day(value: str | datetime.date | datetime.datetime | None) -> datetime.date | None:
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


_TALL_ROW = 0.5  # of the page's height: a table row taller than this is cut into several
_ROW_PART = 0.25  # of the page's height: the height of each of those rows


def stacked(cells: list[Any], widths: list[float], tall: float, part: float) -> list[list[Any]]:
    """A table row as it is, or, when a cell is taller than ``tall``, as several rows: each cell's
    flowables in order, no more than ``part`` high in each row (a paragraph taller than that is
    split), so that a table continues on the next page whatever a cell holds."""
    columns = [cell if isinstance(cell, list) else [cell] for cell in cells]
    heights = [[_height(f, w) for f in column] for column, w in zip(columns, widths, strict=True)]
    if all(sum(h) <= tall for h in heights):
        return [cells]
    cut = [_parts(column, w, part) for column, w in zip(columns, widths, strict=True)]
    return [[c[i] if i < len(c) else "" for c in cut] for i in range(max(len(c) for c in cut))]


def _height(flowable: Flowable, width: float) -> float:
    return flowable.wrap(width, 0x7FFFFFFF)[1] + flowable.getSpaceBefore() + flowable.getSpaceAfter()


def _parts(flowables: list[Flowable], width: float, part: float) -> list[list[Flowable]]:
    out: list[list[Flowable]] = [[]]
    queue = deque(flowables)
    room = part
    while queue:
        f = queue.popleft()
        h = _height(f, width)
        if h <= room or (not out[-1] and h <= part):
            out[-1].append(f)
            room -= h
            continue
        pieces = f.split(width, room) if room > 0 else []
        if len(pieces) > 1:
            out[-1].append(pieces[0])
            queue.extendleft(reversed(pieces[1:]))
        elif out[-1]:
            queue.appendleft(f)
        else:  # cannot be split: it stays whole, as it always did
            out[-1].append(f)
        out.append([])
        room = part
    return [p for p in out if p]


_ROW_TEXT = 1500  # characters of a list in one row of the cover: a few hundred names take several rows


def _listed(label: str, items: list[str], sep: str) -> list[tuple[str, str]]:
    """A labelled list as cover rows: one row, or for a long list several, the label on the first,
    so that the table can continue on the next page (no cell is taller than a page)."""
    rows: list[list[str]] = [[]]
    size = 0
    for item in items:
        if rows[-1] and size + len(item) > _ROW_TEXT:
            rows.append([])
            size = 0
        rows[-1].append(item)
        size += len(item) + len(sep)
    tail = sep.rstrip()
    return [(label if i == 0 else "", sep.join(row) + (tail if i < len(rows) - 1 else ""))
            for i, row in enumerate(rows)]


class WorkshopSections(RendererBase):
    """Story methods for the workshop and the progress since the last visit (mixed into the renderer)."""

    # -- what the other sections ask -------------------------------------------------
    def has_disagreement_section(self) -> bool:
        w = self.workshop
        return bool(w and len(w.respondents) > 1)

    def since_section_number(self) -> int:
        return 7 if self.has_disagreement_section() else 6

    def disputed_questions(self) -> set[str]:
        w = self.workshop
        return {d.question for d in w.disagreements} if w else set()

    def person(self, name: str, role: str) -> str:
        return self.t("person_role", name=name, role=role) if role.strip() else name

    def visit_text(self, label: str, date: str | None) -> str:
        """'First workshop, 20 August 2026'; the date alone when the visit has no label."""
        day = _day(date)
        when = self.t.date(day) if day else (date or "")
        label = label.strip()
        if not label or label == date:
            return when
        return self.t("since_visit", label=label, date=when) if when else label

    def _ws(self) -> WorkshopSummary:
        """The workshop: the parts below are made only when there is one."""
        assert self.workshop is not None
        return self.workshop

    def _since(self) -> Progress:
        """What moved since the last visit: asked only when there is a snapshot to compare with."""
        progress = self._ws().progress
        assert progress is not None
        return progress

    def _last_visit(self) -> str:
        w = self._ws()
        p = self._since()
        date = w.snapshots[-1][0] if w.snapshots else None
        label = w.snapshots[-1][1] if w.snapshots else p.before_label
        return self.visit_text(label or p.before_label, date)

    def cover_workshop_rows(self) -> list[tuple[str, str]]:
        w, t = self.workshop, self.t
        if w is None:
            return []
        rows: list[tuple[str, str]] = []
        if w.respondents:
            rows += _listed(t("cover_respondents"), [self.person(n, r) for n, r in w.respondents], t("list_sep"))
        if w.snapshots:
            rows += _listed(t("cover_visits"), [self.visit_text(label, date) for date, label in w.snapshots],
                            t("semicolon"))
        return rows

    def summary_workshop_rows(self) -> list[tuple[str, str, str]]:
        """Key-fact rows: the disputed answers, then the change since the last visit."""
        w, t = self.workshop, self.t
        if w is None:
            return []
        rows = []
        if self.has_disagreement_section():
            people = len(w.respondents)
            n = len(w.disagreements)
            if n:
                value = t.plural("fact_workshop_value", n, people=people)
                moved = [d.label for d in w.disagreements if d.moves_decision]
                open_ = [d for d in w.disagreements if d.settled is None]
                detail = []
                if moved:
                    detail.append(t("fact_workshop_moved", questions=t.join(moved)))
                detail.append(t.plural("fact_workshop_open", len(open_)) if open_ else t("fact_workshop_settled"))
                rows.append((t("fact_workshop"), value, esc(" ".join(detail))))
            else:
                rows.append((t("fact_workshop"), t("fact_workshop_none", people=people), ""))
        p = w.progress
        if p is not None:
            b, a = p.before, p.after
            head = (t("fact_since_decision", before=esc(b.decision_label), after=esc(a.decision_label))
                    if p.decision_changed else t("fact_since_same"))
            score = (t("fact_since_score", before=b.score, after=a.score, delta=f"{p.score_delta:+d}")
                     if p.score_delta else t("fact_since_score_same", score=a.score))
            rows.append((t("fact_since"), f"{head}{esc(t('semicolon'))}{esc(score)}",
                         esc(t("since_detail", visit=self._last_visit()))))
        return rows

    # -- the sections ----------------------------------------------------------------
    def _workshop_sections(self) -> list:
        out: list = []
        if self.has_disagreement_section():
            out += self._disagreements()
        if self._ws().progress is not None:
            out += self._since_last()
        return out

    def _disagreements(self) -> list:
        w, s, t = self._ws(), self.styles, self.t
        if len(w.respondents) <= _MAX_COLUMNS:  # few: named here, and one column each in the table
            people = t.join([self.person(n, r) for n, r in w.respondents])
            intro = t("ws_people", n=len(w.respondents), people=people)
        else:  # many: page 1 lists them; the table names each one beside their answer
            intro = t("ws_people_count", n=len(w.respondents))
        items = sorted(w.disagreements, key=lambda d: not d.moves_decision)  # stable: the core's order otherwise
        intro += " " + (t.plural("ws_disputed", len(items)) if items else t("ws_none"))
        head = [Paragraph(esc(t("sec_workshop")), s["H1"]), Paragraph(esc(intro), s["Body"])]
        if not items:
            return [CondPageBreak(self.height * 0.15), KeepTogether(head)]
        table = self._disagreement_table(items)
        out = [CondPageBreak(self.height * 0.3), *head, Spacer(1, 2), table]
        legend = t("ws_legend_bold") + (" " + t("ws_legend") if any(d.moves_decision for d in items) else "")
        out.append(Paragraph(esc(legend), s["Muted"]))
        return out

    def _disagreement_table(self, items: list[Disagreement]) -> Table:
        w, s, t = self._ws(), self.styles, self.t
        side_by_side = len(w.respondents) <= _MAX_COLUMNS
        width = self.width
        first, last = width * 0.22, width * 0.28
        if side_by_side:
            names = [(n, r) for n, r in w.respondents]
            each = (width - first - last) / len(names)
            head = [Paragraph(esc(t("ws_head_question")), s["HeadCell"])]
            head += [Paragraph(f"{esc(n)}" + (f'<br/><font size="8">{esc(r)}</font>' if r else ""), s["HeadCell"])
                     for n, r in names]
            widths = [first] + [each] * len(names) + [last]
        else:
            names = []
            head = [Paragraph(esc(t(k)), s["HeadCell"]) for k in ("ws_head_question", "ws_head_answers")]
            widths = [first, width - first - last, last]
        head.append(Paragraph(esc(t("ws_head_agreed")), s["HeadCell"]))
        rows: list[list[Any]] = [head]
        spans: list[tuple[int, int, Disagreement]] = []  # the rows of each question, first and last
        inner = [w - 10 for w in widths]  # the cells' left and right padding
        for d in items:
            parts = stacked([self._question_cell(d), *self._answer_cells(d, names), self._agreed_cell(d)],
                            inner, self.height * _TALL_ROW, self.height * _ROW_PART)
            spans.append((len(rows), len(rows) + len(parts) - 1, d))
            rows += parts
        table = Table(rows, colWidths=widths, repeatRows=1)
        style = grid_style() + [("TOPPADDING", (0, 1), (-1, -1), 4), ("BOTTOMPADDING", (0, 1), (-1, -1), 5)]
        if len(rows) == len(items) + 1:
            style += [("BACKGROUND", (0, i), (-1, i), WARN_BG) for i, d in enumerate(items, 1) if d.moves_decision]
        else:  # a question on several rows reads as one: no rule and no padding between them
            style = [c for c in style if c[:3] != ("LINEBELOW", (0, 0), (-1, -1))]
            style += [("LINEBELOW", (0, last), (-1, last), 0.4, RULE) for _, last, _ in spans]
            style += [("BACKGROUND", (0, first), (-1, last), WARN_BG) for first, last, d in spans
                      if d.moves_decision]
            for first, last, _ in spans:
                if last > first:
                    style += [("BOTTOMPADDING", (0, first), (-1, last - 1), 0),
                              ("TOPPADDING", (0, first + 1), (-1, last), 0)]
        table.setStyle(TableStyle(style))
        return table

    def _section_title(self, section_id: str) -> str:
        for section in self.result.answers:
            if section.id == section_id:
                return section.title
        return ""

    def _question_cell(self, d: Disagreement) -> list:
        s, t = self.styles, self.t
        warn = colour_hex(WARN)
        cell = [Paragraph(esc(d.label), s["CellBold"])]
        section = self._section_title(d.section)
        if section:
            cell.append(Paragraph(esc(section), s["CellMuted"]))
        flags = []
        if d.moves_decision:
            flags.append(f'<font color="{warn}"><b>{esc(t("ws_moves_decision"))}</b></font>')
        if d.moves_seniority:
            flags.append(f'<font color="{warn}"><b>{esc(t("ws_moves_seniority"))}</b></font>')
        scores = [a.score for a in d.answers]
        if d.score_spread:
            flags.append(esc(t("ws_score_spread", low=min(scores), high=max(scores))))
        if flags:
            cell.append(Spacer(1, 2))
            cell.append(Paragraph("<br/>".join(flags), s["CellMuted"]))
        return cell

    def _answer_markup(self, d: Disagreement, a: RespondentAnswer) -> str:
        text = esc(a.display)
        return f"<b>{text}</b>" if a.display == d.agreed_display else text

    def _gives(self, d: Disagreement, a: RespondentAnswer) -> Paragraph | None:
        """Under an answer that moves the decision: the decision it gives."""
        if not d.moves_decision:
            return None
        colour = colour_hex(DECISION_COLOURS.get(a.decision, BRAND))
        return Paragraph(f'<font color="{colour}">{esc(self.t("ws_gives", decision=a.decision_label))}</font>',
                         self.styles["CellMuted"])

    def _answer_cells(self, d: Disagreement, names: list[tuple[str, str]]) -> list:
        s = self.styles
        if names:
            cells: list[Any] = []
            for name, role in names:
                a = next((x for x in d.answers if x.name == name and x.role == role), None)
                if a is None:
                    cells.append(Paragraph(f'<font color="{colour_hex(MUTED)}">{esc(phrase("not_answered", self.t.lang))}'
                                           "</font>", s["Cell"]))
                    continue
                gives = self._gives(d, a)
                cells.append([Paragraph(self._answer_markup(d, a), s["Cell"])] + ([gives] if gives else []))
            return cells
        lines = []
        for a in d.answers:
            lines.append(Paragraph(f"{esc(a.name)}{esc(self.t('colon'))}{self._answer_markup(d, a)}", s["Cell"]))
            gives = self._gives(d, a)
            if gives:
                lines.append(gives)
        return [lines]

    def _agreed_cell(self, d: Disagreement) -> list:
        s, t = self.styles, self.t
        unknown = phrase("dont_know", t.lang)
        if d.settled is not None:
            cell = [Paragraph(f"<b>{esc(d.agreed_display)}</b>", s["Cell"])]
            # a long note in pieces, each laid out on its own (see the appendix's notes)
            cell += [Paragraph(f"<i>{esc(piece)}</i>", s["Cell"]) for piece in note_pieces(d.settled.note.strip())
                     if piece]
            day = _day(d.settled.settled)
            if day:
                cell.append(Paragraph(esc(t("ws_settled_on", date=t.date(day))), s["CellMuted"]))
            return cell
        if not d.agreed_display or d.agreed_display == unknown:
            return [Paragraph(f'<font color="{colour_hex(WARN)}"><b>{esc(t("ws_unsettled"))}</b></font>', s["Cell"]),
                    Paragraph(esc(t("ws_unsettled_note")), s["CellMuted"])]
        return [Paragraph(f"<b>{esc(d.agreed_display)}</b>", s["Cell"]),
                Paragraph(esc(t("ws_agreed_known")), s["CellMuted"])]

    def _since_last(self) -> list:
        w, s, t = self._ws(), self.styles, self.t
        p = self._since()
        b, a = p.before, p.after
        lang = t.lang
        total = len(self.result.signals)
        heading = Paragraph(esc(t("sec_since")), s["H1"])
        intro = Paragraph(esc(t("since_intro", visit=self._last_visit())), s["Body"])
        date = w.snapshots[-1][0] if w.snapshots else None
        day = _day(date)
        before_head = t("since_head_before") + (f"<br/>{esc(t.date(day))}" if day else "")
        now_head = t("since_head_now") + f"<br/>{esc(t.date(self.date))}"
        head = [Paragraph("", s["HeadCell"]), Paragraph(before_head, s["HeadCell"]),
                Paragraph(now_head, s["HeadCell"]), Paragraph(esc(t("since_head_change")), s["HeadCell"])]
        warn = colour_hex(WARN)

        def change(changed: bool, text: str | None = None) -> Paragraph:
            if changed:
                return Paragraph(f'<font color="{warn}"><b>{esc(text or t("since_changed"))}</b></font>', s["Cell"])
            return Paragraph(f'<font color="{colour_hex(MUTED)}">{esc(t("since_unchanged"))}</font>', s["Cell"])

        def decision(label: str, key: str) -> Paragraph:
            colour = colour_hex(DECISION_COLOURS.get(key, BRAND))
            return Paragraph(f'<font color="{colour}"><b>{esc(label)}</b></font>', s["Cell"])

        titles = {**b.signal_titles, **a.signal_titles}
        moved = []
        if p.appeared:
            moved.append(t("since_appeared", signals=t("list_sep").join(titles.get(i, i) for i in p.appeared)))
        if p.disappeared:
            moved.append(t("since_disappeared", signals=t("list_sep").join(titles.get(i, i) for i in p.disappeared)))
        delta = p.score_delta
        rows = [head,
                [Paragraph(esc(t("since_decision")), s["CellBold"]), decision(b.decision_label, b.decision),
                 decision(a.decision_label, a.decision), change(p.decision_changed)],
                [Paragraph(esc(t("hiring_need")), s["CellBold"]), Paragraph(f"{b.score} / 100", s["Cell"]),
                 Paragraph(f"<b>{a.score}</b> / 100", s["Cell"]),
                 change(delta != 0, t.plural("since_points", delta, delta=f"{delta:+d}"))],
                [Paragraph(esc(t("since_signals")), s["CellBold"]),
                 Paragraph(esc(t("since_count", n=len(b.signals), total=total)), s["Cell"]),
                 Paragraph(esc(t("since_count", n=len(a.signals), total=total)), s["Cell"]),
                 change(bool(moved), t("semicolon").join(moved))],
                [Paragraph(esc(t("since_profile")), s["CellBold"]), Paragraph(esc(b.seniority_title), s["Cell"]),
                 Paragraph(esc(a.seniority_title), s["Cell"]), change(p.seniority_changed)],
                [Paragraph(esc(t("since_band")), s["CellBold"]),
                 Paragraph(esc(format_money_range(b.band_min, b.band_max, b.currency, lang)), s["Cell"]),
                 Paragraph(esc(format_money_range(a.band_min, a.band_max, a.currency, lang)), s["Cell"]),
                 change(p.band_changed)]]
        width = self.width
        table = Table(rows, colWidths=[width * 0.22, width * 0.26, width * 0.26, width * 0.26])
        style = grid_style() + [("TOPPADDING", (0, 1), (-1, -1), 3), ("BOTTOMPADDING", (0, 1), (-1, -1), 4)]
        table.setStyle(TableStyle(style))
        out = [CondPageBreak(self.height * 0.22), KeepTogether([heading, intro, Spacer(1, 2), table])]
        if len(w.snapshots) > 1:
            visits = t("semicolon").join(self.visit_text(label, d) for d, label in w.snapshots)
            out.append(Paragraph(esc(t("since_visits", visits=visits)), s["Muted"]))
        return out
