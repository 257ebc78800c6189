"""Charts drawn with reportlab.graphics: the radar of the assessment areas and
the small strength bars of the signals table (vector, so they print sharply)."""

from __future__ import annotations

import math
import textwrap

from reportlab.graphics.charts.spider import SpiderChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors

from ..core.result import AreaScore
from .fonts import REGULAR
from .styles import ACCENT, BRAND, RULE

_RINGS = (1.0, 0.75, 0.5, 0.25)
LABEL_SIZE = 8.5
LABEL_WIDTH = 16  # characters on one line of an axis label


def label_lines(title: str) -> list[str]:
    """An axis label on one or more lines, broken only at spaces: a word longer than a line keeps its
    line ("Reproductibilité", "infrastructure") rather than being cut in two."""
    return textwrap.wrap(title, LABEL_WIDTH, break_long_words=False, break_on_hyphens=False) or [""]


def radar_chart(areas: list[AreaScore], width: float, height: float) -> Drawing:
    """Gap size per area on a fixed 0-1 scale (rings at quarters), data in one strand."""
    drawing = Drawing(width, height)
    if len(areas) < 3:  # a radar needs three axes; show nothing misleading
        return drawing
    chart = SpiderChart()
    size = min(width * 0.5, height * 0.74)
    chart.width = chart.height = size
    cx, cy = width / 2, height / 2
    chart.x, chart.y = cx - size / 2, cy - size / 2
    # The rings are strands too; the outer one pins the scale to 1 so a small gap never fills the chart.
    chart.data = [[ring] * len(areas) for ring in _RINGS] + [[max(0.0, min(1.0, a.value)) for a in areas]]
    chart.labels = None
    chart.startAngle = 90
    chart.direction = "clockwise"
    for i in range(len(_RINGS)):
        chart.strands[i].strokeColor = RULE
        chart.strands[i].strokeWidth = 0.8 if i == 0 else 0.5
        chart.strands[i].fillColor = None
    data = chart.strands[len(_RINGS)]
    data.fillColor = colors.Color(ACCENT.red, ACCENT.green, ACCENT.blue, alpha=0.28)
    data.strokeColor = ACCENT
    data.strokeWidth = 1.6
    data.symbol = "FilledCircle"
    data.symbolSize = 3.2
    chart.spokes.strokeColor = RULE
    chart.spokes.strokeWidth = 0.5
    drawing.add(chart)
    # Axis labels: anchored away from the chart so they never sit on the polygon.
    radius = size / 2 + 7
    font, leading = LABEL_SIZE, LABEL_SIZE * 1.18
    for i, area in enumerate(areas):
        angle = math.radians(90 - 360 * i / len(areas))
        x, y = cx + radius * math.cos(angle), cy + radius * math.sin(angle)
        c, s = math.cos(angle), math.sin(angle)
        anchor = "start" if c > 0.25 else ("end" if c < -0.25 else "middle")
        lines = label_lines(area.title)
        block = leading * len(lines)
        top = y + (block if s > 0.5 else (0 if s < -0.5 else block / 2)) - font * 0.8
        for n, line in enumerate(lines):
            drawing.add(String(x, top - n * leading, line, fontName=REGULAR, fontSize=font, fillColor=BRAND,
                               textAnchor=anchor))
    return drawing


def strength_bar(value: float, present: bool, width: float = 34, height: float = 5.5) -> Drawing:
    """A small horizontal bar, filled in proportion to a 0-1 value (a strength or a gap). The value itself is
    not printed: a decimal in the body of the report reads as a precision the rules do not have; the appendix
    gives the figures."""
    value = max(0.0, min(1.0, value))
    drawing = Drawing(width, height + 2)
    drawing.add(Rect(0, 1, width, height, fillColor=colors.HexColor("#e6ebf0"), strokeColor=None))
    if value > 0:
        drawing.add(Rect(0, 1, width * value, height, strokeColor=None,
                         fillColor=ACCENT if present else colors.HexColor("#9aa7b4")))
    return drawing
