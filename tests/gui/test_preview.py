"""The report preview: a window beside the wizard (not over it, not modal), page by page, zoomed, fitted to
the width and printed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.helpers import ALL_SIGNALS

from .driver import complete

pytest.importorskip("PySide6.QtPdfWidgets")


def _preview(qtbot, window):
    complete(qtbot, window, ALL_SIGNALS)
    qtbot.mouseClick(window.result_page.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.preview is not None and window.preview.isVisible(), timeout=60000)
    return window.preview


def test_the_preview_leaves_the_wizard_usable_and_in_view(qtbot, window):
    preview = _preview(qtbot, window)
    screen = preview.screen().availableGeometry()
    assert preview.windowModality() == Qt.WindowModality.NonModal
    assert preview.width() <= screen.width() * 0.6 + 1
    assert window.isEnabled() and window.result_page.export_button.isEnabled()
    preview.close()


def test_the_preview_pages_zooms_fits_the_width_and_prints(qtbot, window, tmp_path):
    pypdf = pytest.importorskip("pypdf")
    preview = _preview(qtbot, window)
    count = preview.document.pageCount()
    assert count >= 2
    assert not preview.previous_button.isEnabled()
    qtbot.mouseClick(preview.next_button, Qt.MouseButton.LeftButton)
    assert preview.current_page() == 1 and preview.page_box.value() == 2
    preview.page_box.setValue(count)
    assert preview.current_page() == count - 1 and not preview.next_button.isEnabled()
    fitted = preview.view.zoomMode()
    qtbot.mouseClick(preview.zoom_in_button, Qt.MouseButton.LeftButton)
    bigger = preview.view.zoomFactor()
    qtbot.mouseClick(preview.zoom_out_button, Qt.MouseButton.LeftButton)
    assert preview.view.zoomFactor() < bigger
    qtbot.mouseClick(preview.fit_button, Qt.MouseButton.LeftButton)
    assert preview.view.zoomMode() == fitted
    assert preview.print_button.isVisible()
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    preview.print_to(printer)
    assert len(pypdf.PdfReader(str(tmp_path / "printed.pdf")).pages) == count
    preview.close()
