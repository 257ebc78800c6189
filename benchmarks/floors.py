"""The floors: what the libraries alone cost, measured in the same run.

Each function returns the source of a small script run in a fresh process."""

from __future__ import annotations

PYDANTIC = """
from pydantic import BaseModel
class Answers(BaseModel):
    models: int
    market: str
Answers.model_validate({"models": 3, "market": "FR"})
"""

# The report stands on reportlab's page layout (platypus) and charts (graphics): the
# floor imports both and lays out a one-page PDF with a paragraph and a small chart.
PYDANTIC_AND_PDF = PYDANTIC + """
import sys
from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate
drawing = Drawing(100, 40)
drawing.add(Rect(0, 0, 80, 30))
story = [Paragraph("One page", getSampleStyleSheet()["Normal"]), drawing]
SimpleDocTemplate(sys.argv[1], pagesize=A4).build(story)
"""

# A bare wizard: PySide6 and pydantic imported, one model, an empty QWizard shown;
# exits after its first paint (and reports its peak memory).
QWIZARD = PYDANTIC + """
import os, resource, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWizard, QWizardPage
app = QApplication(sys.argv[:1])
wizard = QWizard()
page = QWizardPage()
page.setTitle("Page")
wizard.addPage(page)
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False
spy = FirstPaint()
page.installEventFilter(spy)
wizard.resize(1280, 720)
wizard.show()
app.exec()
print("PEAK_KB", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""
