"""The wizard's result shows a band derived from the company's pay grid with each step, and where there is
no figure, the questions that give one are a click away."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from tests.helpers import ALL_SIGNALS

from .driver import block, complete, page_index


def test_a_band_from_the_pay_grid_shows_its_steps(qtbot, window):
    complete(qtbot, window, {**ALL_SIGNALS, "hiring_market": "UK", "pay_cloud_engineer": 85000,
                             "pay_top_engineering": 140000})
    result = window.result_page
    assert "£102,000" in result.budget_label.text()
    assert "derived from your pay grid" in result.budget_label.text()
    shown = [i.text.text() for i in result.budget_traces.items if not i.isHidden()]
    assert any(t.startswith("Junior: £71,000") for t in shown)
    assert any(t.startswith("Senior and lead: £102,000") for t in shown)


def test_no_figure_leads_to_the_pay_grid_questions(qtbot, window):
    complete(qtbot, window, {**ALL_SIGNALS, "hiring_market": "DE"})
    result = window.result_page
    assert "No published figure for Germany" in result.budget_label.text()
    item = next(i for i in result.budget_traces.items if "publish no salary figure" in i.text.text())
    qtbot.mouseClick(item.toggle, Qt.MouseButton.LeftButton)
    label = window.model.ruleset.questionnaire.questions["pay_cloud_engineer"].label["en"]
    target = next(b for b in item.details.findChildren(QPushButton) if b.text().startswith(label))
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton)
    assert page_index(window) == len(window.pages) - 1  # the page that asks it
    assert block(window, "pay_cloud_engineer").isVisible()


def test_an_assumption_reads_as_written_in_the_details(qtbot, window):
    complete(qtbot, window, {**ALL_SIGNALS, "hiring_market": "UK", "pay_cloud_engineer": 85000,
                             "pay_top_engineering": 140000})
    item = next(i for i in window.result_page.budget_traces.items if i.text.text().startswith("Junior:"))
    qtbot.mouseClick(item.toggle, Qt.MouseButton.LeftButton)
    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QLabel

    said = [label for label in item.details.findChildren(QLabel) if "Assumption" in label.text()]
    assert said
    for label in said:  # what the reader sees: the apostrophe, not its escape
        shown = label.text()
        if label.textFormat() != Qt.TextFormat.PlainText:
            doc = QTextDocument()
            doc.setHtml(shown)
            shown = doc.toPlainText() if label.textFormat() == Qt.TextFormat.RichText else shown
        assert "cloud engineer's pay" in shown and "&#" not in shown
