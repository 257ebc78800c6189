"""Export the PDF report from the result page and preview it."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt

from tests.helpers import ALL_SIGNALS

from .driver import answer, complete, current_page, page_index, type_into


def _pdf_text(path) -> str:
    pypdf = pytest.importorskip("pypdf")
    return "\n".join(page.extract_text() or "" for page in pypdf.PdfReader(str(path)).pages)


def test_export_writes_the_pdf_with_the_decision_and_the_notes(qtbot, window, dialogs, tmp_path):
    answer(qtbot, window, "company_name", "Finlytics SAS")
    type_into(qtbot, current_page(window).notes, "Board meets on Friday.")
    complete(qtbot, window, ALL_SIGNALS)
    target = tmp_path / "report.pdf"
    dialogs.save_file = str(target)
    page = window.result_page
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    kind, title, start = next(s for s in dialogs.shown if s[0] == "save-dialog")
    assert start.endswith(".pdf") and "Finlytics-SAS-mlops-readiness-" in start
    qtbot.waitUntil(lambda: page.open_pdf.isVisible(), timeout=60000)
    assert target.is_file() and target.stat().st_size > 1000
    text = _pdf_text(target)
    assert "Hire an MLOps engineer" in text
    assert "Board meets on Friday." in text
    assert "report.pdf" in page.export_status.text()
    qtbot.mouseClick(page.open_pdf, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.show_folder, Qt.MouseButton.LeftButton)
    assert dialogs.urls == [str(target), str(tmp_path)]


def test_export_failure_is_reported_and_nothing_is_lost(qtbot, window, dialogs, tmp_path):
    complete(qtbot, window, ALL_SIGNALS)
    dialogs.save_file = str(tmp_path / "missing-folder" / "report.pdf")
    qtbot.mouseClick(window.result_page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "critical" in dialogs.kinds(), timeout=60000)
    assert "does not exist" in dialogs.last("critical")
    assert window.wizard.currentPage() is window.result_page
    assert not window.result_page.open_pdf.isVisible()


def test_export_is_refused_until_the_assessment_is_complete(qtbot, window, dialogs):
    window.export_action.trigger()
    assert dialogs.kinds() == ["information"]
    assert page_index(window) == 0


def test_preview_shows_the_report_in_the_app(qtbot, window, dialogs):
    pytest.importorskip("PySide6.QtPdfWidgets")
    complete(qtbot, window, ALL_SIGNALS)
    qtbot.mouseClick(window.result_page.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.preview is not None and window.preview.isVisible(), timeout=60000)
    assert window.preview.document.pageCount() >= 2
    window.preview.close()


def test_starting_the_app_loads_neither_reportlab_nor_qtpdf(tmp_path):
    import os
    import subprocess

    from tests.helpers import ROOT

    code = ("import os, sys; os.environ['QT_QPA_PLATFORM']='offscreen';"
            "from readiness_app.ui.app import create_window; app, w = create_window(); w.show(); app.processEvents();"
            "bad = [m for m in sys.modules if m.startswith(('reportlab', 'PySide6.QtPdf', 'readiness_app.report'))];"
            "print(bad); sys.exit(1 if bad else 0)")
    env = {**os.environ, "READINESS_APP_DATA_DIR": str(tmp_path), "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env, cwd=ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
