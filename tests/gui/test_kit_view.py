"""The hiring kit in the wizard: a window beside it with the job post, the open points, the interview plan
and the scorecards of the current result, each line's reasons a click away; copied as Markdown, exported as
Markdown or Word; the reason there is none for a "not yet"; the draft notice while the mandate is missing."""

from __future__ import annotations

import io
import sys

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from readiness_app.core.answers import DONT_KNOW
from readiness_app.core.kit import build_kit, kit_refusal
from tests.helpers import ALL_SIGNALS, CALM, answers

from .fit import problems


def _assessed(window, raw) -> None:
    for qid, value in raw.items():
        window.model.set_answer(qid, value)
    assert window.model.is_complete()


@pytest.fixture(autouse=True)
def _saved_at_the_end(request):
    """Each window left with nothing to save, so that closing it asks nothing."""
    yield
    for name in ("window", "make_window"):
        if name in request.fixturenames:
            from readiness_app.ui.main_window import MainWindow

            for widget in QApplication.topLevelWidgets():
                if isinstance(widget, MainWindow):
                    widget.model.undo_stack.clear()
                    widget.model.set_modified(False)


def _open(qtbot, window):
    from readiness_app.ui.kit_view import KitView

    window.kit_action.trigger()
    view = window.findChild(KitView)
    assert view is not None
    qtbot.waitExposed(view)
    return view


def _settle() -> None:
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()


def _texts(view) -> str:
    """What the view's labels say, tab by tab (hidden tabs too: the reader reaches them with a click)."""
    return "\n".join(label.text() for label in view.findChildren(QLabel))


def test_the_view_shows_the_job_post_of_a_hire_and_each_line_s_reasons(qtbot, window):
    _assessed(window, ALL_SIGNALS)
    view = _open(qtbot, window)
    kit = build_kit(window.model.result(), window.model.ruleset)
    assert view.heading.text() == kit.heading == "Hiring kit: Senior MLOps Engineer, Finlytics SAS"
    shown = _texts(view)
    for line in (kit.job_post.title, kit.job_post.missions[0], kit.open_points[0],
                 kit.interview_plan.stages[1].panel, kit.scorecard.categories[0].attributes[0].validate):
        assert line.text in shown, line.rule
    assert [view.tabs.tabText(i) for i in range(view.tabs.count())] == [
        kit.labels.job_post, kit.labels.open_points, kit.labels.interview_plan, kit.labels.scorecards]
    assert not view.notice.isVisible()
    # the reasons behind a line, as on the result page: the answers, the rule, the passage
    item = view.trace_items()[1]
    item.toggle.setChecked(True)
    details = " ".join(label.text() for label in item.details.findChildren(QLabel))
    assert "Rule:" in details
    assert view.width() <= view.screen().availableGeometry().width() * 0.6 + 1
    assert not view.isModal()


def test_no_kit_for_a_not_yet_says_why(qtbot, window):
    _assessed(window, CALM)
    view = _open(qtbot, window)
    refusal = kit_refusal(window.model.result())
    assert refusal and view.notice.text() == refusal and view.notice.isVisible()
    assert not view.tabs.isVisible()
    assert not view.copy_button.isEnabled() and not view.word_button.isEnabled()


def test_a_kit_that_waits_for_the_mandate_says_so_on_top(qtbot, window):
    _assessed(window, answers(ALL_SIGNALS, budget_approved=False, executive_sponsor=DONT_KNOW))
    view = _open(qtbot, window)
    assert window.model.result().decision == "secure_mandate_first"
    assert not view.notice.isVisible() and view.draft_box.isVisible()
    draft = view.draft.items[0]
    assert draft.text.text().startswith("Draft: This kit waits for the mandate")
    assert view.draft_box.geometry().bottom() < view.tabs.geometry().top()  # on top of the kit
    assert view.tabs.isVisible()
    draft.toggle.setChecked(True)  # what it waits for, with the answers behind it
    assert "budget" in " ".join(b.text() for b in draft.details.findChildren(QPushButton)).lower()


def test_the_view_follows_the_answers(qtbot, window):
    _assessed(window, CALM)
    view = _open(qtbot, window)
    assert view.notice.isVisible()
    _assessed(window, ALL_SIGNALS)
    qtbot.waitUntil(lambda: view.heading.text().startswith("Hiring kit: Senior MLOps Engineer"), timeout=3000)
    assert not view.notice.isVisible() and view.copy_button.isEnabled()
    window.model.set_language("fr")
    qtbot.waitUntil(lambda: view.heading.text().startswith("Kit de recrutement"), timeout=3000)


def test_copy_puts_the_markdown_on_the_clipboard(qtbot, window):
    _assessed(window, ALL_SIGNALS)
    view = _open(qtbot, window)
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(view.copy_button, Qt.MouseButton.LeftButton)
    text = QGuiApplication.clipboard().text()
    assert text.startswith("# Hiring kit: Senior MLOps Engineer, Finlytics SAS\n")
    assert "## Interview plan" in text and "## Scorecards" in text


def test_export_word_writes_a_document_python_docx_reads_back(qtbot, window, dialogs, tmp_path, monkeypatch):
    for name in [n for n in sys.modules if n == "docx" or n.startswith("docx.")]:
        monkeypatch.delitem(sys.modules, name)
    _assessed(window, ALL_SIGNALS)
    view = _open(qtbot, window)
    assert "docx" not in sys.modules  # python-docx loads when a Word file is asked for, not with the view
    target = tmp_path / "kit"
    dialogs.save_file = str(target)
    qtbot.mouseClick(view.word_button, Qt.MouseButton.LeftButton)
    kind, title, start = next(s for s in dialogs.shown if s[0] == "save-dialog")
    assert start.endswith(".docx") and "Finlytics-SAS" in start
    written = tmp_path / "kit.docx"  # the extension is added
    import docx

    document = docx.Document(io.BytesIO(written.read_bytes()))
    assert document.paragraphs[0].text == "Hiring kit: Senior MLOps Engineer, Finlytics SAS"
    assert "Senior MLOps Engineer" in [p.text for p in document.paragraphs]
    assert str(written) in view.status.text()


def test_export_markdown_writes_the_file_and_a_failure_is_said(qtbot, window, dialogs, tmp_path):
    _assessed(window, ALL_SIGNALS)
    view = _open(qtbot, window)
    target = tmp_path / "kit.md"
    dialogs.save_file = str(target)
    qtbot.mouseClick(view.markdown_button, Qt.MouseButton.LeftButton)
    assert target.read_text(encoding="utf-8").startswith("# Hiring kit: Senior MLOps Engineer")
    dialogs.save_file = str(tmp_path / "missing-folder" / "kit.docx")
    qtbot.mouseClick(view.word_button, Qt.MouseButton.LeftButton)
    assert "does not exist" in dialogs.last("critical")
    assert not (tmp_path / "missing-folder").exists()


def test_the_result_page_opens_the_kit(qtbot, window):
    _assessed(window, ALL_SIGNALS)
    for page in window.pages:  # answered from outside the pages: they look again
        page.refresh()
    assert window.go_to_page(len(window.pages))
    from readiness_app.ui.kit_view import KitView

    button = window.result_page.findChild(type(window.result_page.export_button), "kit_button")
    assert button is not None and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.findChild(KitView).isVisible()
    assert window.kit_action.shortcut().toString() == "Ctrl+K"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_view_fits_a_1024_and_a_1366_by_768_screen(qtbot, make_window, in_language, lang):
    in_language(lang)
    window = make_window()
    window.resize(1024, 768)
    _assessed(window, answers(ALL_SIGNALS, budget_approved=False))
    window.model.set_language(lang)
    view = _open(qtbot, window)
    if lang == "fr":
        assert view.copy_button.text() == "&Copier en Markdown"
        assert view.heading.text().startswith("Kit de recrutement")
    found = {}
    # 60 % of the screen, down to an 800×600 projector
    for width, height in ((int(800 * 0.6), 600 - 60), (int(1024 * 0.6), 768 - 60), (int(1366 * 0.6), 768 - 60)):
        view.resize(width, height)
        for index in range(view.tabs.count()):
            view.tabs.setCurrentIndex(index)
            for item in view.trace_items()[:2]:
                item.toggle.setChecked(True)
            _settle()
            lines = problems(view)
            if lines:
                found[f"{width}×{height} tab {view.tabs.tabText(index)}"] = lines
    assert not found, found
