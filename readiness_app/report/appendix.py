"""The appendix: every answer by section with the notes, the methodology, the
references behind every numbered marker, and the two source documents."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer, Table, TableStyle
from reportlab.platypus.flowables import FrameSplitter

from ..core.result import Trace
from .base import RendererBase
from .refs import Reference
from .styles import MUTED, WARN, Paragraph, colour_hex, esc, grid_style
from .texts import Texts


class Appendix(RendererBase):
    """Story methods for the appendix (mixed into the renderer)."""

    def _appendix(self) -> list:
        s = self.styles
        # Two columns that start where the body ends, rather than on a page of their own.
        return [CondPageBreak(self.height * 0.25), Paragraph(esc(self.t("appendix")), s["H1"]), *self._sources(),
                FrameSplitter("appendix", ["left", "right"], gap=8, required=self.height * 0.15),
                *self._answers(), *self._methodology(), *self._references()]

    def _answers(self) -> list:
        r, s, t = self.result, self.styles, self.t
        out = [Paragraph(esc(t("a_title")), s["H2"])]
        notes = dict(self.notes)
        muted, warn = colour_hex(MUTED), colour_hex(WARN)
        disputed = self.disputed_questions()
        for section in r.answers:
            block = [Paragraph(esc(section.title), s["H3"])]
            for q in section.questions:
                if not q.visible:  # a question the answers made moot: nothing to read
                    continue
                if not q.answered:
                    answer = f'<font color="{muted}">{esc(q.display)}</font>'
                else:
                    answer = f"<b>{esc(q.display)}</b>"
                if q.id in disputed:
                    answer += f' <font color="{warn}">({esc(t("disputed_short"))})</font>'
                label = esc((q.short or q.label).strip())
                joiner = " " if label.endswith(("?", ":")) else esc(t("colon"))
                block.append(Paragraph(label + joiner + answer, s["Answer"]))
            note = notes.pop(section.id, None)
            if note and note.strip():
                block += self._note(note)
            out += block
        leftover = [(k, v) for k, v in notes.items() if v and v.strip()]
        if leftover:
            out.append(Paragraph(esc(t("other_notes")), s["H3"]))
            for key, text in leftover:
                out += self._note(text, label=key)
        return out

    def _note(self, text: str, label: str | None = None) -> list:
        s = self.styles
        head = esc(self.t("notes")) + (f" ({esc(label)})" if label else "")
        pieces = note_pieces(text.strip())
        if len(pieces) == 1:
            # A Paragraph, not a table cell: a note of any length splits across pages.
            return [Spacer(1, 3), Paragraph(f"<b>{head}.</b> {esc(pieces[0])}", s["NoteBox"])]
        # A long note: one paragraph per piece, so that laying out a page never breaks the
        # rest of the note into lines again. The pieces share one tinted box: no space and
        # no padding where one piece meets the next.
        box = s["NoteBox"]
        top, right, bottom, left = box.borderPadding
        first = ParagraphStyle("NoteBoxFirst", box, spaceAfter=0, borderPadding=(top, right, 1, left))
        middle = ParagraphStyle("NoteBoxMiddle", box, spaceBefore=0, spaceAfter=0, borderPadding=(0, right, 1, left))
        last = ParagraphStyle("NoteBoxLast", box, spaceBefore=0, borderPadding=(0, right, bottom, left))
        out: list = [Spacer(1, 3), Paragraph(f"<b>{head}.</b> {esc(pieces[0])}", first)]
        out += [Paragraph(esc(piece), middle) for piece in pieces[1:-1]]
        out.append(Paragraph(esc(pieces[-1]), last))
        return out

    def _methodology(self) -> list:
        m, s, t = self.result.methodology, self.styles, self.t
        out = [Paragraph(esc(t("b_title")), s["H2"]), Paragraph(esc(m.score_formula), s["Small"])]
        head = [Paragraph(esc(t("head_term")), s["HeadCell"])]
        head += [Paragraph(esc(t(k)), s["HeadCellRight"]) for k in ("head_weight", "head_strength", "head_points")]
        rows = [head] + [[Paragraph(esc(x.title), s["Cell"]), Paragraph(self.num(x.weight), s["CellRight"]),
                          Paragraph(self.num(x.strength, 2), s["CellRight"]),
                          Paragraph(self.num(x.points, 2), s["CellRight"])]
                         for x in m.score_terms]
        w = self.col_width
        table = Table(rows, colWidths=[w * 0.44, w * 0.17, w * 0.22, w * 0.17], repeatRows=1)
        table.setStyle(TableStyle(grid_style() + [("TOPPADDING", (0, 0), (-1, -1), 1.5),
                                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                                                  ("LEFTPADDING", (1, 0), (-1, -1), 2),
                                                  ("RIGHTPADDING", (1, 0), (-1, -1), 3)]))
        out += [table, Spacer(1, 4), Paragraph(esc(m.weights_note), s["Small"])]
        out.append(Paragraph(t("method_signals_named"), s["Small"]))
        out.append(Paragraph(t("method_decision") + " " + " ".join(esc(x) for x in m.decision_rules), s["Small"]))
        out.append(Paragraph(esc(t("method_files", rules=m.rules_file, bands=m.bands_file)), s["Small"]))
        return out

    def _references(self) -> list:
        r, s, t = self.result, self.styles, self.t
        labels = {q.id: (q.short or q.label, q.display if q.visible else t("not_asked_short"))
                  for section in r.answers for q in section.questions}
        docs = {d.id: d for d in r.sources}
        signal_refs = [ref for ref in (self.refs.find(sig.rule) for sig in r.signals) if ref]
        out = [Paragraph(esc(t("c_title")), s["H2"])]
        quoted: dict[tuple[str, str], int] = {}
        # the weights note is stated in the methodology just above
        stated: dict[str, str] = {r.methodology.weights_note.strip(): t("b_title")} if r.methodology.weights_note else {}
        for ref in self.refs.items:
            head = f'<a name="{ref.anchor}"/><b>{ref.number}</b>\u2002<b>{esc(ref.topic)}.</b>'
            if not ref.parts:
                trace = ref.trace
                if trace.rule == "score":
                    numbers = ", ".join(str(x.number) for x in signal_refs)
                    answers = esc(t("ref_score_answers", numbers=numbers))
                else:
                    answers = _answers_markup(trace.answers, labels, [x for x in signal_refs if x is not ref], t)
                parts = [head, answers, *self._grounds(trace, ref.number, docs, quoted, stated)]
            else:  # a list under one number: each item with its answers and passage, in the list's order
                always = not any(tr.answers for _, tr in ref.parts)
                parts = [head] + ([esc(t("ref_always"))] if always else [])
                named = None
                for label, trace in ref.parts:
                    item = [f"<i>{esc(label)}</i>{esc(t('colon'))}"]
                    if not always:
                        item.append(_answers_markup(trace.answers, labels, signal_refs, t))
                    doc = trace.source.document if trace.source else None
                    item += self._grounds(trace, ref.number, docs, quoted, stated, name=doc != named)
                    named = doc
                    parts.append("<br/>" + " ".join(item))  # each item on a line of its own
            # a reference is kept whole: a passage and its summary never part at a column or page break
            out.append(KeepTogether([Paragraph(" ".join(parts), s["Ref"])]))
        if len(out) > 1:  # the heading never at the foot of a column without its first reference
            out[:2] = [KeepTogether([out[0], *out[1]._content])]
        return out

    def _grounds(self, trace: Trace, number: int, docs: dict, quoted: dict[tuple[str, str], int],
                 stated: dict[str, str], name: bool = True) -> list[str]:
        """The passage (quoted once; later references point back to it) with its summary, and the
        assumption (said once), of one trace."""
        t = self.t
        parts = []
        if trace.source:
            doc = docs.get(trace.source.document)
            who = f"{doc.publisher} {doc.year}" if doc else (trace.source.document or t("the_sources"))
            key = (trace.source.document, trace.source.passage.strip())
            if key in quoted:
                parts.append(esc(t("ref_quoted_in", name=who, n=quoted[key])))
            else:
                quoted[key] = number
                lead = f"{esc(who)}{esc(t('colon'))}" if name else ""
                parts.append(f"{lead}<i>{esc(t('quoted', text=trace.source.passage))}</i>")
            if trace.source.summary:  # a paraphrase, in our words: beside the quote, never in quotation marks
                parts.append(esc(t("summary", text=trace.source.summary)))
        if trace.assumption:  # said once: a later reference resting on the same one points back to it
            said = stated.get(trace.assumption.strip())
            parts.append(f'<font color="{colour_hex(WARN)}"><b>{esc(t("ref_assumption"))}</b></font> '
                         + (esc(t("ref_assumption_again", where=said)) if said else esc(trace.assumption)))
            stated.setdefault(trace.assumption.strip(), str(number))
        return parts

    def _sources(self) -> list:
        t = self.t
        docs = esc(t("semicolon")).join(t("source_doc", publisher=esc(d.publisher), year=d.year, title=esc(d.title))
                                        for d in self.result.sources)
        return [Paragraph(t("sources_note", docs=docs), self.styles["Small"])]


NOTE_PIECE = 3000  # characters: about half a column of the appendix


def note_pieces(text: str, size: int = NOTE_PIECE) -> list[str]:
    """A note cut into pieces of at most about ``size`` characters, where the text allows:
    between lines, else between words, else (a word longer than a piece) inside the word.

    A note up to ``size`` is one piece, as it always was. Each longer one is laid out on its
    own, so the time a note takes grows with its length, not with its length squared."""
    if len(text) <= size:
        return [text]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    pieces: list[str] = []
    start, end = 0, len(text)
    while end - start > size:
        limit = start + size
        # a line break not next to another (an empty line stays inside a piece)
        cut = text.rfind("\n", start + size // 2, limit)
        while cut > start and (text[cut - 1] == "\n" or text[cut + 1:cut + 2] == "\n"):
            cut = text.rfind("\n", start + size // 2, cut)
        if cut > start:
            pieces.append(text[start:cut])
            start = cut + 1
            continue
        cut = text.rfind(" ", start + size // 2, limit)
        if cut > start:
            pieces.append(text[start:cut])
            start = cut + 1
            continue
        pieces.append(text[start:limit])
        start = limit
    pieces.append(text[start:])
    return pieces


def _answers_markup(answers: list[str], labels: dict[str, tuple[str, str]], earlier: list[Reference],
                    t: Texts) -> str:
    """'Answers: label value; ...'; a long list cites the signals whose answers it repeats by their numbers."""
    if not answers:
        return esc(t("ref_always"))
    rest = list(answers)
    cited = []
    if len(answers) > 3:
        for ref in earlier:
            own = ref.trace.answers
            if own and set(own) <= set(rest) and len(own) > 1:
                cited.append(ref.number)
                rest = [q for q in rest if q not in own]
    shown = esc(t("semicolon")).join(f"{esc(labels.get(q, (q, '?'))[0])} <b>{esc(labels.get(q, (q, '?'))[1])}</b>"
                                     for q in rest)
    if not cited:
        return t("ref_answers", shown=shown)
    which = ", ".join(str(n) for n in cited)
    lead = esc(t.plural("ref_answers_of", len(cited), numbers=which))
    return t("ref_answers", shown=f"{lead}{esc(t('semicolon'))}{shown}" if shown else lead)
