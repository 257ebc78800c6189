"""Colours, paragraph styles and the small text helpers every section uses.

Every string that reaches a Paragraph goes through :func:`esc` first: the
report's own markup is the only markup reportlab ever sees."""

from __future__ import annotations

import re
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.platypus import Paragraph as _Paragraph

from .fonts import BOLD, ITALIC, REGULAR

INK = colors.HexColor("#1d2733")
MUTED = colors.HexColor("#5b6775")
RULE = colors.HexColor("#c9d1da")
BRAND = colors.HexColor("#1f3a5f")
ACCENT = colors.HexColor("#2a7f8f")
PALE = colors.HexColor("#eef3f7")
HIGHLIGHT = colors.HexColor("#e3f1ec")
WARN = colors.HexColor("#a85d00")
WARN_BG = colors.HexColor("#fff4e2")
OK = colors.HexColor("#2e7d4f")
MISSING = colors.HexColor("#b23b2e")

DECISION_COLOURS = {
    "hire": colors.HexColor("#2e7d4f"),
    "secure_mandate_first": colors.HexColor("#b86e00"),
    "not_yet": colors.HexColor("#4d5f73"),
    "cannot_assess_yet": colors.HexColor("#5b5a8c"),
}

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def esc(text: object) -> str:
    """Plain text as Paragraph markup: tags print literally, line breaks are kept."""
    clean = _CONTROL.sub("", str(text)).replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return escape(clean).replace("\n", "<br/>")


def marked(text: str, spans: list[tuple[int, int]] | list[list[int]]) -> str:
    """Plain text as markup with the result's emphasis spans in bold."""
    out, at = [], 0
    for start, end in sorted((int(a), int(b)) for a, b in spans):
        if start < at or end > len(text):  # overlapping or stale spans: show the text plainly
            continue
        out += [esc(text[at:start]), f"<b>{esc(text[start:end])}</b>"]
        at = end
    return "".join(out) + esc(text[at:])


def colour_hex(colour: colors.Color) -> str:
    return "#" + colour.hexval()[2:]


def build_stylesheet(base: float = 10) -> StyleSheet1:
    """The one stylesheet of the report; sizes derive from ``base`` (the body text).

    Body text is ``base`` (10 pt) with a generous leading; tables, notes and references are never
    below 8 pt, so that the report reads on paper and on a projector."""
    sheet = StyleSheet1()
    lead = base * 1.45
    small = max(8.0, base - 1)
    cell = max(8.0, base - 1)
    tiny = max(8.0, base - 1.2)  # a superscript mark in it is drawn at 0.8 of its size: never under 7 pt
    fine = max(8.0, base - 1.8)  # answers and references: no marks, many lines

    def add(name: str, parent: str | None = None, **kw: Any) -> None:
        kw.setdefault("fontName", REGULAR)
        style = ParagraphStyle(name, parent=sheet[parent] if parent else None, **kw)
        sheet.add(style)

    add("Body", fontSize=base, leading=lead, textColor=INK, spaceAfter=5, alignment=TA_LEFT)
    add("Lead", "Body", fontSize=base + 1.5, leading=(base + 1.5) * 1.4, spaceAfter=6)
    add("Small", "Body", fontSize=small, leading=small * 1.4, spaceAfter=3)
    add("Muted", "Small", textColor=MUTED)
    add("Cell", "Body", fontSize=cell, leading=cell * 1.35, spaceAfter=0)
    add("CellBold", "Cell", fontName=BOLD)
    add("CellMuted", "Cell", fontSize=tiny, leading=tiny * 1.35, textColor=MUTED)
    add("CellRight", "Cell", alignment=TA_RIGHT)
    add("HeadCell", "Cell", fontName=BOLD, textColor=colors.white, fontSize=tiny + 0.3,
        leading=(tiny + 0.3) * 1.3)
    add("HeadCellRight", "HeadCell", alignment=TA_RIGHT)
    add("Bullet", "Body", leftIndent=12, bulletIndent=1, spaceAfter=4)
    add("Step", "Bullet", leftIndent=15)
    add("Ref", "Body", fontSize=fine, leading=fine * 1.22, leftIndent=13, firstLineIndent=-13, spaceAfter=2)
    add("Answer", "Body", fontSize=fine, leading=fine * 1.3, spaceAfter=1.5, leftIndent=8, firstLineIndent=-8)
    add("Quote", "Body", fontName=ITALIC)
    add("H1", "Body", fontName=BOLD, fontSize=base + 6, leading=(base + 6) * 1.2, textColor=BRAND,
        spaceBefore=12, spaceAfter=6, keepWithNext=1)
    add("H2", "Body", fontName=BOLD, fontSize=base + 2, leading=(base + 2) * 1.25, textColor=BRAND,
        spaceBefore=9, spaceAfter=4, keepWithNext=1)
    add("H3", "Body", fontName=BOLD, fontSize=base + 0.5, leading=(base + 0.5) * 1.3, textColor=INK,
        spaceBefore=7, spaceAfter=3, keepWithNext=1)
    add("Kicker", "Body", fontName=BOLD, fontSize=tiny + 0.3, leading=base + 1, textColor=ACCENT, spaceAfter=3)
    add("CoverTitle", "Body", fontName=BOLD, fontSize=22, leading=26, textColor=BRAND, spaceAfter=3)
    add("CoverSub", "Body", fontSize=small, leading=small * 1.35, textColor=MUTED, spaceAfter=10)
    add("Banner", "Body", fontName=BOLD, fontSize=18, leading=22, textColor=colors.white, spaceAfter=0)
    add("BannerSmall", "Body", fontSize=base, leading=base * 1.35, textColor=colors.white, spaceAfter=0)
    add("BannerRight", "BannerSmall", alignment=TA_RIGHT)
    add("BannerGuide", "BannerRight", fontSize=small, leading=small * 1.3)
    add("BannerScore", "BannerRight", fontSize=24, leading=29, spaceBefore=1, spaceAfter=2)
    add("Headline", "Body", fontName=BOLD, fontSize=base + 2, leading=(base + 2) * 1.35, textColor=INK,
        spaceBefore=9, spaceAfter=6)
    add("NoteBox", "Small", backColor=PALE, borderPadding=(5, 7, 6, 7), leftIndent=7, rightIndent=7,
        spaceBefore=5, spaceAfter=9)
    add("Notice", "Body", fontSize=base, leading=base * 1.4, textColor=INK, spaceAfter=0)
    return sheet


def grid_style(header: bool = True) -> list[tuple]:
    """The look of every data table: a dark header row, hairlines between rows."""
    cmds: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5),
    ]
    if header:
        cmds += [("BACKGROUND", (0, 0), (-1, 0), BRAND), ("LINEBELOW", (0, 0), (-1, 0), 0, BRAND),
                 ("VALIGN", (0, 0), (-1, 0), "MIDDLE")]
    return cmds


class Paragraph(_Paragraph):
    """A paragraph that lays its lines out once per width.

    Tables and frames ask a paragraph for its size several times at the same
    width (to size columns, to place it, to draw it); breaking the lines again
    each time is most of what a report costs to build."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        cached = self.__dict__.get("_wrapped")
        if cached is not None and cached[0] == availWidth and self.__dict__.get("blPara") is cached[2]:
            self.width, self.height = cached[1]
            return cached[1]
        size = super().wrap(availWidth, availHeight)
        self.__dict__["_wrapped"] = (availWidth, (self.width, self.height), self.__dict__.get("blPara"))
        return size
