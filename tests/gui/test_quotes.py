"""The wizard's "why" details and the business case quote the source documents word for word, and
show a summary in our words beside a passage, labelled and without quotation marks."""

from __future__ import annotations

import html
import re

from PySide6.QtWidgets import QLabel

from readiness_app.ui.result_page import TraceItem
from readiness_app.ui.support_view import BusinessCaseView
from tests.test_sources import check_printed, documents, results


def plain(rich: str) -> str:
    return html.unescape(re.sub(r"<br\s*/?>", "\n", re.sub(r"<(?!br)[^>]+>", "", rich)))


def test_why_details_quote_only_the_documents_and_label_summaries(qtbot, ruleset):
    documents()
    problems, summaries = [], 0
    for where, result in results(ruleset):
        for trace in [t for t in result.traces() if t.source] + [s.trace for s in result.signals]:
            item = TraceItem()
            qtbot.addWidget(item)
            item.set_trace(trace, result)
            item.toggle.setChecked(True)
            details = "\n".join(plain(label.text()) for label in item.details.findChildren(QLabel))
            shown = f"{item.text.toolTip()}\n{details}"
            problems += check_printed(f"wizard {where} {trace.rule}", shown, result)
            if trace.source.summary:
                summaries += 1
                assert "Summary: " in item.text.toolTip() and "Summary: " in details, trace.rule
    assert not problems, "\n".join(problems)
    assert summaries >= 8


def test_business_case_quotes_its_aim_and_labels_its_summary(qtbot, ruleset):
    documents()
    for where, result in results(ruleset, with_case_summary=True):
        if not (result.business_case and result.business_case.source):
            continue
        view = BusinessCaseView()
        qtbot.addWidget(view)
        view.show_case(result.business_case, result.language, True)
        shown = plain(view.aim.text())
        assert not check_printed(f"business case {where}", shown, result)
        assert "Summary: " in shown and result.business_case.source.summary in shown, where
