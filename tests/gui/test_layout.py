"""Every page, tab and dialog of the wizard fits a projector's 1024×768 and a laptop's 1366×768, in English
and French, on a light and a dark desktop: no label or button cut, no tab behind scroll arrows, nothing past
the visible edge without a scroll bar to reach it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QWidget

from tests.helpers import EXAMPLES

from .fit import dark_palette, problems

SIZES = ((1024, 768), (1366, 768))
WORKSHOP = {"en": "workshop-finlytics.json", "fr": "workshop-finlytics-fr.json"}


def _settle() -> None:
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()


def _check(found: dict[str, list[str]], where: str, window: QWidget) -> None:
    _settle()
    lines = problems(window)
    if lines:
        found[where] = lines


def _views(qtbot, window, where: str, found: dict[str, list[str]]) -> None:
    """Each section page, then the result page with each of its tabs (a reason opened on the first)."""
    for index, page in enumerate(window.pages):
        assert window.go_to_page(index)
        _check(found, f"{where}, page {index + 1} “{page.title()}”", window)
    assert window.go_to_page(len(window.pages))
    page = window.result_page
    qtbot.waitUntil(lambda: not page.support_pending(), timeout=15000)
    tabs = page.tabs
    for index in range(tabs.count()):
        if tabs.isTabVisible(index):
            tabs.setCurrentIndex(index)
            _check(found, f"{where}, result tab {index} “{tabs.tabText(index)}”", window)
    tabs.setCurrentIndex(0)
    for item in page.why.items[:2]:
        item.toggle.setChecked(True)
    _check(found, f"{where}, result with two reasons opened", window)
    for item in page.why.items[:2]:
        item.toggle.setChecked(False)


def _dialogs(window, where: str, found: dict[str, list[str]], pdf) -> None:
    from readiness_app.ui.export import PreviewDialog, pdf_preview_available
    from readiness_app.ui.workshop_view import RespondentDialog, SnapshotDialog

    shown = [RespondentDialog(window), RespondentDialog(window, source="answers-of-anna.json", name="Anna"),
             SnapshotDialog(window, "Visit 3")]
    if pdf_preview_available():
        shown.append(PreviewDialog(pdf, window))
    for dialog in shown:
        dialog.show()
        _check(found, f"{where}, dialog “{dialog.windowTitle()}”", dialog)
        if dialog.width() > window.width() or dialog.height() > window.height():
            found.setdefault(f"{where}, dialog “{dialog.windowTitle()}”", []).append(
                f"{dialog.width()}×{dialog.height()} is larger than the window")
        dialog.close()
        dialog.deleteLater()


@pytest.fixture(scope="module")
def report_pdf(tmp_path_factory):
    from readiness_app.core.document import load_document
    from readiness_app.core.engine import assess
    from readiness_app.core.ruleset import load_ruleset
    from readiness_app.core.workshop import agreed_answers
    from readiness_app.report import write_report

    ruleset = load_ruleset()
    doc = load_document(EXAMPLES / WORKSHOP["en"], ruleset)[0]
    path = tmp_path_factory.mktemp("preview") / "preview.pdf"
    write_report(assess(ruleset, agreed_answers(doc), lang="en"), path)
    return path


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_view_fits_at_1024_and_1366_in_light_and_dark(qtbot, make_window, in_language, lang, report_pdf):
    in_language(lang)
    window = make_window()
    assert window.open_path(EXAMPLES / WORKSHOP[lang], ask=False)
    app = QApplication.instance()
    light = app.palette()
    found: dict[str, list[str]] = {}
    try:
        for dark in (False, True):
            app.setPalette(dark_palette() if dark else light)
            for width, height in SIZES:
                window.resize(width, height)
                _settle()
                where = f"{lang} {width}×{height} {'dark' if dark else 'light'}"
                if (window.width(), window.height()) != (width, height):
                    found[where] = [f"the window will not shrink to {width}×{height}: it is "
                                    f"{window.width()}×{window.height()}"]
                _views(qtbot, window, where, found)
                _dialogs(window, where, found, report_pdf)
    finally:
        app.setPalette(light)
        window.model.set_modified(False)
    report = "\n".join(f"{where}:\n  " + "\n  ".join(lines[:12]) + (f"\n  … {len(lines) - 12} more"
                                                                      if len(lines) > 12 else "")
                       for where, lines in found.items())
    assert not found, f"{len(found)} views do not fit:\n{report}"
