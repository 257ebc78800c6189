"""The PDF shows a band derived from the company's pay grid: the figures in the market's currency, where
they come from, each step, and in the appendix each step's passage and the ratio it assumes."""

from __future__ import annotations

import datetime
import io
import re

from pypdf import PdfReader

from readiness_app.report import render_report_bytes
from tests.helpers import ALL_SIGNALS, answers

DAY = datetime.date(2026, 6, 9)


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("-\n", "-")).strip()


def pdf_text(data: bytes) -> str:
    return flat(" ".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages))


def test_the_report_shows_the_pay_grid_band_with_its_steps_and_their_passages(score):
    result = score(answers(ALL_SIGNALS, hiring_market="UK", pay_cloud_engineer=85000, pay_top_engineering=140000,
                           budget_ceiling=90000))
    text = pdf_text(render_report_bytes(result, date=DAY))
    assert "£102,000 – £140,000" in text and "£71,000 – £99,000" in text
    assert "derived from your pay grid (cloud engineer £85,000, top of grid £140,000)" in text
    assert "How the bands follow from your pay grid" in text
    for step in result.budget.derivation:
        assert flat(step.text) in text
        assert flat(step.source.passage) in text or "the passage quoted in" in text
    assert "0.83 to 1.17 times the cloud engineer's pay" in text  # the assumption, with its values
    assert "£12,000 below" in text
    assert "No published figure" not in text


def test_the_french_report_writes_the_derivation_in_french(score):
    result = score(answers(ALL_SIGNALS, hiring_market="DE", pay_top_engineering=130000), "fr")
    text = pdf_text(render_report_bytes(result, date=DAY))
    assert "Comment les fourchettes découlent de votre grille" in text
    assert "2,17" in text and "Source des fourchettes" in text
