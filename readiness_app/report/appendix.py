"""The appendix: every answer by section with the notes, the methodology, the
references behind every numbered marker, and the two source documents."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import FrameSplitter

from .refs import Reference
from .styles import MUTED, WARN, colour_hex, esc, grid_style


class Appendix:
    """Story methods for the appendix (mixed into the renderer)."""

    def _appendix(self) -> list:
        s = self.styles
        # Two columns that start where the body ends, rather than on a page of their own.
        return [CondPageBreak(self.height * 0.25), Paragraph("Appendix", s["H1"]), *self._sources(),
                FrameSplitter("appendix", ["left", "right"], gap=8, required=self.height * 0.15),
                *self._answers(), *self._methodology(), *self._references()]

    def _answers(self) -> list:
        r, s = self.result, self.styles
        out = [Paragraph("A  Your answers", s["H2"])]
        notes = dict(self.notes)
        muted = colour_hex(MUTED)
        for section in r.answers:
            block = [Paragraph(esc(section.title), s["H3"])]
            for q in section.questions:
                if not q.visible:
                    answer = f'<font color="{muted}">not asked (does not apply)</font>'
                elif not q.answered:
                    answer = f'<font color="{muted}">{esc(q.display)}</font>'
                else:
                    answer = f"<b>{esc(q.display)}</b>"
                label = esc((q.short or q.label).strip())
                joiner = " " if label.endswith(("?", ":")) else ": "
                block.append(Paragraph(label + joiner + answer, s["Answer"]))
            note = notes.pop(section.id, None)
            if note and note.strip():
                block += self._note(note)
            out += block
        leftover = [(k, v) for k, v in notes.items() if v and v.strip()]
        if leftover:
            out.append(Paragraph("Other notes", s["H3"]))
            for key, text in leftover:
                out += self._note(text, label=key)
        return out

    def _note(self, text: str, label: str | None = None) -> list:
        s = self.styles
        head = "Notes" + (f" ({esc(label)})" if label else "")
        # A Paragraph, not a table cell: a note of any length splits across pages.
        return [Spacer(1, 3), Paragraph(f"<b>{head}.</b> {esc(text.strip())}", s["NoteBox"])]

    def _methodology(self) -> list:
        m, s = self.result.methodology, self.styles
        out = [Paragraph("B  Methodology", s["H2"]), Paragraph(esc(m.score_formula), s["Small"])]
        head = [Paragraph(t, s["HeadCell"]) for t in ("Score term", "Weight", "Strength", "Points")]
        head[1:] = [Paragraph(t, s["HeadCellRight"]) for t in ("Weight", "Strength", "Points")]
        rows = [head] + [[Paragraph(esc(t.title), s["Cell"]), Paragraph(f"{t.weight:g}", s["CellRight"]),
                          Paragraph(f"{t.strength:.2f}", s["CellRight"]), Paragraph(f"{t.points:.2f}", s["CellRight"])]
                         for t in m.score_terms]
        w = self.col_width
        table = Table(rows, colWidths=[w * 0.52, w * 0.15, w * 0.18, w * 0.15], repeatRows=1)
        table.setStyle(TableStyle(grid_style() + [("TOPPADDING", (0, 0), (-1, -1), 1.5),
                                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                                                  ("LEFTPADDING", (1, 0), (-1, -1), 2),
                                                  ("RIGHTPADDING", (1, 0), (-1, -1), 3)]))
        out += [table, Spacer(1, 4), Paragraph(esc(m.weights_note), s["Small"])]
        out.append(Paragraph("<b>Signals.</b> Each counts as present when its threshold, printed under its name in "
                             "section 1, is met.", s["Small"]))
        out.append(Paragraph("<b>How the decision is made</b> (the first rule that holds wins). "
                             + " ".join(esc(x) for x in m.decision_rules), s["Small"]))
        out.append(Paragraph(f"Thresholds, weights and texts live in {esc(m.rules_file)}; the salary bands in "
                             f"{esc(m.bands_file)}. Both files can be edited; a figure that is an assumption rather "
                             "than a published number is marked as such in the references below.", s["Small"]))
        return out

    def _references(self) -> list:
        r, s = self.result, self.styles
        labels = {q.id: (q.short or q.label, q.display if q.visible else "not asked")
                  for section in r.answers for q in section.questions}
        docs = {d.id: d for d in r.sources}
        signal_refs = [ref for ref in (self.refs.find(sig.rule) for sig in r.signals) if ref]
        out = [Paragraph("C  References", s["H2"])]
        quoted: dict[tuple[str, str], int] = {}
        for ref in self.refs.items:
            trace = ref.trace
            if trace.rule == "score":
                numbers = ", ".join(str(x.number) for x in signal_refs)
                answers = (f"Answers: those behind each signal (references {numbers}) and the context terms of "
                           "the Methodology.")
            else:
                answers = _answers_markup(trace.answers, labels, [x for x in signal_refs if x is not ref])
            parts = [f'<a name="{ref.anchor}"/><b>{ref.number}</b>\u2002<b>{esc(ref.topic)}.</b>', answers]
            if trace.source:
                doc = docs.get(trace.source.document)
                name = f"{doc.publisher} {doc.year}" if doc else (trace.source.document or "The sources")
                key = (trace.source.document, trace.source.passage.strip())
                if key in quoted:  # a passage is quoted once; later references point back to it
                    parts.append(f"{esc(name)}, the passage quoted in {quoted[key]}.")
                else:
                    quoted[key] = ref.number
                    parts.append(f"{esc(name)}: <i>\u201c{esc(trace.source.passage)}\u201d</i>")
            if trace.assumption:
                parts.append(f'<font color="{colour_hex(WARN)}"><b>Assumption:</b></font> {esc(trace.assumption)}')
            out.append(Paragraph(" ".join(parts), s["Ref"]))
        return out

    def _sources(self) -> list:
        docs = "; ".join(f"<b>{esc(d.publisher)} {d.year}</b>: {esc(d.publisher)}, <i>{esc(d.title)}</i>"
                         for d in self.result.sources)
        return [Paragraph(f"<b>Sources.</b> {docs}. A lists your answers, under the short name of each question, "
                          "and B how they were scored. Each number in the report points to C: the answers behind the "
                          "sentence or figure, and the passage of the source (cited by the short names above) or the "
                          "assumption it rests on.", self.styles["Small"])]


def _answers_markup(answers: list[str], labels: dict[str, tuple[str, str]], earlier: list[Reference]) -> str:
    """'Answers: label value; ...'; a long list cites the signals whose answers it repeats by their numbers."""
    if not answers:
        return "Always applies."
    rest = list(answers)
    cited = []
    if len(answers) > 3:
        for ref in earlier:
            own = ref.trace.answers
            if own and set(own) <= set(rest) and len(own) > 1:
                cited.append(ref.number)
                rest = [q for q in rest if q not in own]
    shown = "; ".join(f"{esc(labels.get(q, (q, '?'))[0])} <b>{esc(labels.get(q, (q, '?'))[1])}</b>" for q in rest)
    if not cited:
        return f"Answers: {shown}."
    which = ", ".join(str(n) for n in cited)
    lead = f"the answers of reference{'s' if len(cited) > 1 else ''} {which}"
    return f"Answers: {lead}; {shown}." if shown else f"Answers: {lead}."
